fn main() {
    let j = baogao::segment::jieba();
    for s in std::env::args().skip(1) {
        let tags = j.tag(&s, true);
        let v: Vec<String> = tags
            .iter()
            .map(|t| format!("{}/{}", t.word, t.tag))
            .collect();
        println!("{}", v.join(" "));
    }
}
