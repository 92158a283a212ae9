//! The reader on the development set of 30 real report openings
//! (`../shared/devset/reports`), scored against their hand reading
//! (`../shared/devset/gold/devset.json`) with the rules of `../shared/devset/score.py`:
//! headings, title, year, region (also read as "region or issuer", the gold's
//! `region_contains` naming the issuing place or body), publication date and page
//! clutter. Skips with a note when `../shared` is absent.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/devset");
    if dir.join("gold/devset.json").is_file() && dir.join("reports").is_dir() {
        Some(dir)
    } else {
        eprintln!("note: ../shared/devset is absent; the development-set score is skipped");
        None
    }
}

/// Traditional → simplified for the characters of this set's names (score.py's table).
const TRAD: &str = "內東區縣鎮廣門陽莊蘭蘇澤紹興臺灣慶萬億餘個項場條戶篇號級團陝齊魯遼寧貴雲閩豐華頭漢鄉街鹽鄭麗馬羅寶畝數總\
產經濟業財資會產發農計劃規開設對關報進嚴監證鄰議學習設實際統設處務員書動營積極機構輕險雙權導協調專實現\
應當經費預減額勞價傳遞認識說請讓變權術專點線邊關際兩與東從來時間長門開關問題簡單聯絡詞條熱";
const SIMP: &str = "内东区县镇广门阳庄兰苏泽绍兴台湾庆万亿余个项场条户篇号级团陕齐鲁辽宁贵云闽丰华头汉乡街盐郑丽马罗宝亩数总\
产经济业财资会产发农计划规开设对关报进严监证邻议学习设实际统设处务员书动营积极机构轻险双权导协调专实现\
应当经费预减额劳价传递认识说请让变权术专点线边关际两与东从来时间长门开关问题简单联络词条热";

/// score.py's `fold`: inline pinyin glosses (`經(jīng)`) removed, traditional folded.
fn fold(s: &str) -> String {
    let map: BTreeMap<char, char> = TRAD.chars().zip(SIMP.chars()).collect();
    let pinyin = |c: char| c.is_ascii_lowercase() || "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".contains(c);
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '(' {
            let n = chars[i + 1..].iter().take_while(|&&c| pinyin(c)).count();
            if n > 0 && chars.get(i + 1 + n) == Some(&')') {
                i += n + 2;
                continue;
            }
        }
        out.push(*map.get(&chars[i]).unwrap_or(&chars[i]));
        i += 1;
    }
    out
}

fn norm_num(s: &str) -> String {
    s.trim()
        .chars()
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            '．' => '.',
            '，' => ',',
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            c => c,
        })
        .collect()
}

fn norm_title(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{3000}' && *c != '\u{a0}')
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            '，' => ',',
            '：' => ':',
            '；' => ';',
            c => c,
        })
        .collect()
}

fn flatten(sections: &Value, out: &mut Vec<Value>) {
    for s in sections.as_array().into_iter().flatten() {
        out.push(s.clone());
        flatten(&s["children"], out);
    }
}

fn ratio(hits: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        hits as f64 / total as f64
    }
}

#[derive(Default, Debug)]
struct Score {
    n: usize,
    gold_h: usize,
    pred_h: usize,
    hits: usize,
    title: usize,
    year: usize,
    region: usize,
    region_or_issuer: usize,
    published: usize,
    clutter_tp: usize,
    clutter_gold: usize,
    clutter_pred: usize,
    misses: Vec<String>,
}

fn score(ours: &[Value], gold: &[Value]) -> Score {
    let mut s = Score::default();
    for g in gold {
        let file = g["file"].as_str().unwrap();
        s.n += 1;
        let r = ours
            .iter()
            .find(|r| r["path"].as_str().unwrap().ends_with(file))
            .unwrap_or_else(|| panic!("{file} not read"));
        let mut nodes = Vec::new();
        flatten(&r["sections"], &mut nodes);
        let gold_heads: Vec<&Value> = g["headings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|h| h["number"].is_string())
            .collect();
        let neutral: BTreeSet<u64> = g["headings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|h| !h["number"].is_string())
            .map(|h| h["line"].as_u64().unwrap())
            .collect();
        let heads: Vec<&Value> = nodes
            .iter()
            .filter(|n| {
                n["kind"] == "heading"
                    && n["number"].as_str().is_some_and(|s| !s.is_empty())
                    && !neutral.contains(&n["line"].as_u64().unwrap())
            })
            .collect();
        s.gold_h += gold_heads.len();
        s.pred_h += heads.len();
        let mut used = BTreeSet::new();
        for h in gold_heads {
            let mut forms = BTreeSet::from([norm_num(h["number"].as_str().unwrap())]);
            if let Some(w) = h["number_as_written"].as_str() {
                forms.insert(norm_num(w));
            }
            let mut ok = false;
            for (k, n) in heads.iter().enumerate() {
                if used.contains(&k) || n["line"] != h["line"] {
                    continue;
                }
                if !forms.contains(&norm_num(n["number"].as_str().unwrap())) {
                    continue;
                }
                let (t, gt) = (
                    norm_title(n["title"].as_str().unwrap()),
                    norm_title(h["title"].as_str().unwrap()),
                );
                ok = if h["truncated"] == true {
                    t.chars().take(8).eq(gt.chars().take(8))
                } else {
                    t == gt
                };
                used.insert(k);
                break;
            }
            if ok {
                s.hits += 1;
            } else {
                s.misses
                    .push(format!("{file}:{} heading {}", h["line"], h["title"]));
            }
        }
        let got = |k: &str| r[k].as_str().map(fold).unwrap_or_default();
        let title_ok = match g["title"].as_str() {
            Some(t) if !t.is_empty() => norm_title(&got("title")) == norm_title(&fold(t)),
            _ => r["title"].as_str().is_none_or(str::is_empty),
        };
        let part = g["region_contains"].as_str().map(fold).unwrap_or_default();
        let region_ok = !part.is_empty() && got("region").contains(&part);
        let issuer_ok = !part.is_empty() && got("issuer").contains(&part);
        let checks = [
            ("title", title_ok, &mut s.title),
            ("year", r["year"] == g["year"], &mut s.year),
            ("region", region_ok, &mut s.region),
            (
                "region/issuer",
                region_ok || issuer_ok,
                &mut s.region_or_issuer,
            ),
            (
                "published",
                r["published"] == g["published"],
                &mut s.published,
            ),
        ];
        for (name, ok, count) in checks {
            *count += usize::from(ok);
            if !ok {
                s.misses.push(format!("{file} {name}"));
            }
        }
        let gold_b: BTreeSet<u64> = g["boilerplate_lines"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_u64)
            .collect();
        let ours_b: BTreeSet<u64> = r["clutter_lines"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_u64)
            .collect();
        s.clutter_tp += gold_b.intersection(&ours_b).count();
        s.clutter_gold += gold_b.len();
        s.clutter_pred += ours_b.len();
        for l in ours_b.difference(&gold_b) {
            s.misses.push(format!("{file}:{l} clutter not in gold"));
        }
        for l in gold_b.difference(&ours_b) {
            s.misses.push(format!("{file}:{l} clutter missed"));
        }
    }
    s
}

#[test]
fn the_development_set_reads_as_its_gold() {
    let Some(dir) = shared() else {
        return;
    };
    let gold: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("gold/devset.json")).unwrap())
            .unwrap();
    let gold = gold["reports"].as_array().unwrap();
    // Only the files the gold names, as score.py does.
    let tmp = tempfile::tempdir().unwrap();
    for g in gold {
        let f = g["file"].as_str().unwrap();
        std::fs::copy(dir.join("reports").join(f), tmp.path().join(f)).unwrap();
    }
    let out = Command::cargo_bin("baogao")
        .unwrap()
        .args(["outline", "--json"])
        .arg(tmp.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ours: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let s = score(&ours, gold);
    let p = ratio(s.hits, s.pred_h);
    let r = ratio(s.hits, s.gold_h);
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    let cp = ratio(s.clutter_tp, s.clutter_pred);
    let cr = ratio(s.clutter_tp, s.clutter_gold);
    eprintln!(
        "devset: headings F1 {f1:.3} · title {}/{n} · year {}/{n} · region {}/{n} (region or issuer {}/{n}) · published {}/{n} · clutter P {cp:.3} R {cr:.3}\n{}",
        s.title,
        s.year,
        s.region,
        s.region_or_issuer,
        s.published,
        s.misses.join("\n"),
        n = s.n,
    );
    let n = s.n;
    assert!(f1 >= 0.99, "heading F1 {f1:.3}");
    assert!(ratio(s.title, n) >= 0.95, "title {}/{n}", s.title);
    assert!(ratio(s.year, n) >= 0.95, "year {}/{n}", s.year);
    assert!(ratio(s.region, n) >= 0.9, "region {}/{n}", s.region);
    assert!(
        ratio(s.region_or_issuer, n) >= 0.9,
        "region or issuer {}/{n}",
        s.region_or_issuer
    );
    assert!(
        ratio(s.published, n) >= 0.9,
        "published {}/{n}",
        s.published
    );
    assert!(cp >= 0.95, "clutter precision {cp:.3}");
    assert!(cr >= 0.9, "clutter recall {cr:.3}");
}

#[test]
fn the_scorer_folds_like_score_py() {
    assert_eq!(fold("現(xiàn)在馬鞍山"), "现在马鞍山");
    assert_eq!(norm_num("（１）"), "(1)");
    assert_eq!(norm_title("陵川县教育局 2025年"), "陵川县教育局2025年");
}
