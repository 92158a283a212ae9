//! Dates as reports and web pages write them: `2021-01-27`, `2021/1/27`, `2021.01.27`,
//! `2024年1月19日`, and the official style `二〇二四年一月十九日`.

use crate::report::Date;

use super::numerals::{arabic_digit, parse_chinese};

/// Year bounds for anything taken as the year of a report or a date.
pub const MIN_YEAR: i32 = 1949;
pub const MAX_YEAR: i32 = 2100;

/// Parse a string that is a date and nothing else (surrounding spaces allowed).
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    let (date, len) = date_at(s)?;
    s[len..].trim().is_empty().then_some(date)
}

/// The first date in `s` and its byte range.
pub fn find_date(s: &str) -> Option<(Date, std::ops::Range<usize>)> {
    s.char_indices()
        .filter(|&(i, c)| {
            let boundary = s[..i]
                .chars()
                .next_back()
                .is_none_or(|p| arabic_digit(p).is_none() && !is_cn_year_digit(p));
            boundary && (arabic_digit(c).is_some() || is_cn_year_digit(c))
        })
        .find_map(|(i, _)| date_at(&s[i..]).map(|(d, len)| (d, i..i + len)))
}

fn is_cn_year_digit(c: char) -> bool {
    matches!(
        c,
        '〇' | '○' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
    )
}

/// The value of a digit of a year written in Chinese numerals (`二〇二三`, `二○一四`:
/// pages often write the zero as a circle).
fn cn_year_digit(c: char) -> Option<u32> {
    match c {
        '〇' | '○' | '零' => Some(0),
        _ => parse_chinese(c.encode_utf8(&mut [0; 4])).filter(|&d| d < 10),
    }
}

/// A date at the very start of `s`, with its byte length.
fn date_at(s: &str) -> Option<(Date, usize)> {
    numeric_date_at(s).or_else(|| chinese_date_at(s))
}

fn take_digits(s: &str, max: usize) -> Option<(u32, usize)> {
    let mut value = 0;
    let mut len = 0;
    for (count, c) in s.chars().enumerate() {
        match arabic_digit(c) {
            Some(d) if count < max => {
                value = value * 10 + d;
                len += c.len_utf8();
            }
            Some(_) => return None,
            None => break,
        }
    }
    (len > 0).then_some((value, len))
}

fn valid(year: u32, month: u32, day: u32) -> Option<Date> {
    let year = year as i32;
    ((MIN_YEAR..=MAX_YEAR).contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day))
        .then_some(Date { year, month, day })
}

fn numeric_date_at(s: &str) -> Option<(Date, usize)> {
    let (year, mut pos) = take_digits(s, 4)?;
    if pos != 4 {
        return None;
    }
    let sep = s[pos..].chars().next()?;
    let cjk = sep == '年';
    if !matches!(sep, '-' | '/' | '.' | '年') {
        return None;
    }
    pos += sep.len_utf8();
    let (month, len) = take_digits(&s[pos..], 2)?;
    pos += len;
    let sep2 = s[pos..].chars().next()?;
    let expected = if cjk { '月' } else { sep };
    if sep2 != expected {
        return None;
    }
    pos += sep2.len_utf8();
    let (day, len) = take_digits(&s[pos..], 2)?;
    pos += len;
    if cjk {
        if !s[pos..].starts_with('日') && !s[pos..].starts_with('号') {
            return None;
        }
        pos += '日'.len_utf8();
    }
    Some((valid(year, month, day)?, pos))
}

/// `二〇二四年一月十九日`.
fn chinese_date_at(s: &str) -> Option<(Date, usize)> {
    let mut year = 0u32;
    let mut pos = 0;
    for c in s.chars().take(4) {
        let d = cn_year_digit(c)?;
        year = year * 10 + d;
        pos += c.len_utf8();
    }
    let rest = &s[pos..];
    let rest = rest.strip_prefix('年')?;
    pos += '年'.len_utf8();
    let month_end = rest.find('月')?;
    let month = parse_chinese(&rest[..month_end])?;
    let rest = &rest[month_end + '月'.len_utf8()..];
    pos += month_end + '月'.len_utf8();
    let day_end = rest.find('日')?;
    let day = parse_chinese(&rest[..day_end])?;
    pos += day_end + '日'.len_utf8();
    Some((valid(year, month, day)?, pos))
}

/// The first `NNNN年` in `s` with a plausible year, as a number: in Arabic digits (a
/// space before 年 allowed, as copies of printed pages have it: `2018 年度`) or in
/// Chinese numerals (`二〇二三年`).
pub fn first_year(s: &str) -> Option<i32> {
    s.match_indices('年').find_map(|(i, _)| {
        let before = &s[..i];
        let arabic = before.trim_end_matches(' ');
        let digits: Vec<u32> = arabic.chars().rev().map_while(arabic_digit).collect();
        let digits = if digits.len() == 4 {
            digits
        } else {
            before.chars().rev().map_while(cn_year_digit).collect()
        };
        if digits.len() != 4 {
            return None;
        }
        let year = digits.iter().rev().fold(0, |acc, &d| acc * 10 + d as i32);
        (MIN_YEAR..=MAX_YEAR).contains(&year).then_some(year)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(year: i32, month: u32, day: u32) -> Date {
        Date { year, month, day }
    }

    #[test]
    fn numeric_forms() {
        assert_eq!(parse_date("2021-01-27"), Some(d(2021, 1, 27)));
        assert_eq!(parse_date("2021/1/7"), Some(d(2021, 1, 7)));
        assert_eq!(parse_date("2021.06.21"), Some(d(2021, 6, 21)));
        assert_eq!(parse_date(" 2024年1月19日 "), Some(d(2024, 1, 19)));
        assert_eq!(parse_date("2024年1月19号"), Some(d(2024, 1, 19)));
    }

    #[test]
    fn chinese_form() {
        assert_eq!(parse_date("二〇二四年一月十九日"), Some(d(2024, 1, 19)));
        assert_eq!(
            parse_date("二〇二一年十二月三十一日"),
            Some(d(2021, 12, 31))
        );
    }

    #[test]
    fn not_dates() {
        for s in [
            "2021",
            "2021-13-01",
            "1850-01-01",
            "2021-01",
            "2021年",
            "12/25",
            "2021-1/3",
        ] {
            assert_eq!(parse_date(s), None, "{s}");
        }
    }

    #[test]
    fn finds_a_date_inside_text() {
        let s = "序号:27发布机构:示范区网站发布:2021-06-21";
        let (date, range) = find_date(s).unwrap();
        assert_eq!(date, d(2021, 6, 21));
        assert_eq!(&s[range], "2021-06-21");
        assert_eq!(find_date("索引号: 011158671/2021-03075"), None);
    }

    #[test]
    fn first_year_in_text() {
        assert_eq!(first_year("关于2021年法治政府建设情况的报告"), Some(2021));
        assert_eq!(first_year("襄城区人民政府2020年度"), Some(2020));
        assert_eq!(first_year("第12345年"), None);
        assert_eq!(first_year("没有年份"), None);
    }
}
