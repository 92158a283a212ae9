//! Lines that repeat across the reports of one site: a folder of pages saved from the same
//! website shares its header and footer (the site's name, its column names, a notice
//! about browsers), which a single page cannot always tell from text. A short line that
//! stands above or below the report text in at least three of a folder's reports, and in
//! at least half of them, is that site's chrome.
//!
//! Lines a document itself repeats from report to report are never taken: headings, the
//! salutation and the addressee (`区委、区政府:`), dates, and titles naming a report.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::doclines;
use super::markers::line_marker;
use super::title::{clean_line, names_report};

/// Longest line (in characters) taken as site chrome.
const MAX_CHARS: usize = 40;

/// Lines above the text's first line and below its last that are looked at.
const ZONE_LINES: usize = 15;

/// Fewest reports of a folder that must share a line.
const MIN_REPORTS: usize = 3;

/// The chrome lines of one site, as their trimmed text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteChrome {
    lines: HashSet<String>,
}

impl SiteChrome {
    pub fn contains(&self, line: &str) -> bool {
        !self.lines.is_empty() && self.lines.contains(line)
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The lines, in no particular order.
    pub fn lines(&self) -> impl Iterator<Item = &str> {
        self.lines.iter().map(String::as_str)
    }
}

/// A line that reads as report text: a heading, or a sentence-length paragraph.
fn reads_as_text(s: &str) -> bool {
    line_marker(s).is_some_and(|m| !m.damaged)
        || (s.chars().count() >= 25 && s.contains(['。', ',', '\u{ff0c}', ';', '\u{ff1b}']))
}

/// The header and footer lines of a text that could be a site's chrome: the lines above
/// its first line of text and below its last, read from the ends only.
fn candidates(text: &str) -> HashSet<String> {
    let header = text
        .lines()
        .take_while(|l| !reads_as_text(l.trim()))
        .take(ZONE_LINES * 2);
    let footer = text
        .lines()
        .rev()
        .take_while(|l| !reads_as_text(l.trim()))
        .take(ZONE_LINES * 2);
    header
        .chain(footer)
        .map(clean_line)
        .filter(|s| {
            s.chars().any(super::markers::is_han)
                && s.chars().count() <= MAX_CHARS
                && line_marker(s).is_none()
                && !doclines::is_document_line(s, false)
                && !names_report(s)
        })
        .collect()
}

/// Learn a site's chrome from the texts of its reports.
pub fn learn(texts: &[&str]) -> SiteChrome {
    if texts.len() < MIN_REPORTS {
        return SiteChrome::default();
    }
    let mut counts: HashMap<String, usize> = HashMap::new();
    for text in texts {
        for line in candidates(text) {
            *counts.entry(line).or_default() += 1;
        }
    }
    let needed = MIN_REPORTS.max(texts.len().div_ceil(2));
    SiteChrome {
        lines: counts
            .into_iter()
            .filter(|&(_, n)| n >= needed)
            .map(|(line, _)| line)
            .collect(),
    }
}

/// The chrome of each report's site, learnt per folder from the texts of the reports in
/// it (shared by the folder's reports): `None` for a report whose folder shares none.
pub fn chrome_per_report(reports: &[(&Path, &str)]) -> Vec<Option<Arc<SiteChrome>>> {
    let mut by_folder: HashMap<PathBuf, Vec<usize>> = HashMap::new();
    for (i, (path, _)) in reports.iter().enumerate() {
        let folder = path.parent().map(Path::to_path_buf).unwrap_or_default();
        by_folder.entry(folder).or_default().push(i);
    }
    let mut chrome_of = vec![None; reports.len()];
    for members in by_folder.values() {
        let texts: Vec<&str> = members.iter().map(|&i| reports[i].1).collect();
        let chrome = Arc::new(learn(&texts));
        if !chrome.is_empty() {
            for &i in members {
                chrome_of[i] = Some(chrome.clone());
            }
        }
    }
    chrome_of
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Report;

    fn page(title: &str, body: &str) -> String {
        format!(
            "某某县人民政府\n政务公开专栏\n{title}\n2022年,我局坚持依法行政,{body}各项工作取得新成效,群众满意度持续提升。\n一、主要工作\n全年办理案件12件。\n县委、县政府:\n网站维护:县政府办公室\n"
        )
    }

    #[test]
    fn lines_a_site_repeats_are_its_chrome() {
        let a = page("某某县司法局2022年度法治政府建设工作报告", "甲");
        let b = page("某某县教育局2022年度法治政府建设工作报告", "乙");
        let c = page("某某县民政局2022年度法治政府建设工作报告", "丙");
        let chrome = learn(&[&a, &b, &c]);
        assert!(chrome.contains("某某县人民政府"));
        assert!(chrome.contains("政务公开专栏"));
        assert!(chrome.contains("网站维护:县政府办公室"));
        // Document lines every report shares are not chrome.
        assert!(!chrome.contains("县委、县政府:"));
        assert!(!chrome.contains("一、主要工作"));
        // Two reports are not a site.
        assert!(learn(&[&a, &b]).is_empty());
    }

    #[test]
    fn reports_are_read_again_with_their_site_chrome() {
        let dir = PathBuf::from("site");
        let reports: Vec<Report> = ["甲", "乙", "丙"]
            .iter()
            .enumerate()
            .map(|(i, body)| {
                let text = page(&format!("某某县第{i}局2022年度法治政府建设工作报告"), body);
                crate::parse_report(dir.join(format!("{i}.txt")), text)
            })
            .collect();
        assert!(!reports[0].meta.clutter_lines.contains(&2));
        let texts: Vec<(&Path, &str)> = reports.iter().map(|r| (&*r.path, &*r.text)).collect();
        let chrome = chrome_per_report(&texts);
        let reports: Vec<Report> = reports
            .iter()
            .zip(chrome)
            .map(|(r, chrome)| {
                let chrome = chrome.expect("one site");
                crate::parse::parse_report_with(r.path.clone(), r.text.clone(), Some(chrome))
            })
            .collect();
        for r in &reports {
            assert!(
                r.meta.clutter_lines.contains(&1),
                "{:?}",
                r.meta.clutter_lines
            );
            assert!(
                r.meta.clutter_lines.contains(&2),
                "{:?}",
                r.meta.clutter_lines
            );
            assert_eq!(r.meta.title_lines, [3]);
        }
    }

    #[test]
    fn a_site_line_inside_the_report_text_stays() {
        let chrome = learn(&[
            &page("某某县司法局2022年度法治政府建设工作报告", "甲"),
            &page("某某县教育局2022年度法治政府建设工作报告", "乙"),
            &page("某某县民政局2022年度法治政府建设工作报告", "丙"),
        ]);
        let text = "某某县人民政府\n一、主要工作\n全年办理案件12件,群众满意度持续提升。\n某某县人民政府\n二、存在问题\n队伍建设有待加强,专业人员仍然不足。\n";
        let r = crate::parse::parse_report_with(
            "t.txt".into(),
            text.to_string(),
            Some(Arc::new(chrome)),
        );
        assert_eq!(r.meta.clutter_lines, [1]);
    }
}
