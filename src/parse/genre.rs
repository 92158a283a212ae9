//! The genre of a report, read from its title (or, without one, from its opening).
//!
//! The review asks each genre only what fits it (the five required parts belong to the
//! 法治政府建设年度报告 alone), so a wrong genre turns into false findings: when the
//! words are not there the answer is `Other`, never a guess.

use crate::report::Genre;

/// Words naming each genre, simplified and traditional, in the order they are tried:
/// `依法行政(法治政府建设)工作报告` is a 法治政府 report by its newer name.
const GENRE_WORDS: &[(Genre, &[&str])] = &[
    (
        Genre::FazhiAnnual,
        &["法治政府建设", "法治政府建設", "法治建设", "法治建設"],
    ),
    (Genre::WorkReport, &["政府工作报告", "政府工作報告"]),
    (Genre::YifaXingzheng, &["依法行政"]),
    (
        Genre::WorkSummary,
        &["工作总结", "工作總結", "年度总结", "年度總結"],
    ),
];

/// The genre a title names, if it names one.
pub fn from_title(title: &str) -> Option<Genre> {
    let compact: String = title.chars().filter(|c| !c.is_whitespace()).collect();
    GENRE_WORDS
        .iter()
        .find(|(_, words)| words.iter().any(|w| compact.contains(w)))
        .map(|(g, _)| *g)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_name_their_genre() {
        let cases = [
            ("襄城区2020年法治政府建设年度报告", Some(Genre::FazhiAnnual)),
            (
                "寶山區羅店鎮2020年度法治政府建設情況報告",
                Some(Genre::FazhiAnnual),
            ),
            (
                "深圳市龙岗区人民政府2016年度依法行政(法治政府建设)工作报告",
                Some(Genre::FazhiAnnual),
            ),
            ("政 府 工 作 报 告", Some(Genre::WorkReport)),
            ("2013年依法行政工作情况报告", Some(Genre::YifaXingzheng)),
            ("中山市司法局2020年工作总结", Some(Genre::WorkSummary)),
            ("关于开展安全生产检查的通知", None),
        ];
        for (title, want) in cases {
            assert_eq!(from_title(title), want, "{title}");
        }
    }
}
