//! Chinese and Arabic numerals as they appear in heading markers.
//!
//! Markers use small numbers: 一 … 九十九 (rarely beyond), 1 … 99, ① … ⑳. Full-width
//! digits are read like ASCII ones because web copies mix both.

/// Whether `c` can be part of a Chinese numeral.
pub fn is_chinese_digit(c: char) -> bool {
    matches!(
        c,
        '零' | '〇' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '百'
    )
}

fn digit_value(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// Value of a Chinese numeral written the usual way: `七` 7, `十` 10, `十二` 12,
/// `二十` 20, `二十三` 23, `一百零五` 105. `None` for a run that is not a well-formed
/// numeral (`十三五`, `一二`), so slogans are not taken for numbers.
pub fn parse_chinese(s: &str) -> Option<u32> {
    let chars: Vec<char> = s.chars().collect();
    if chars.is_empty() || chars.len() > 5 {
        return None;
    }
    let mut total = 0u32;
    let mut pending: Option<u32> = None;
    let mut last_unit = u32::MAX;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '十' | '百' => {
                let unit = if c == '十' { 10 } else { 100 };
                if unit >= last_unit {
                    return None;
                }
                // A leading 十 means 一十.
                let implicit_one = total == 0 && unit == 10;
                let n = match pending.take() {
                    Some(n) => n,
                    None if implicit_one => 1,
                    None => return None,
                };
                if n == 0 {
                    return None;
                }
                total += n * unit;
                last_unit = unit;
            }
            '零' | '〇' => {
                // 一百零五: a zero only stands between a unit and a digit.
                if pending.is_some() || last_unit != 100 || i + 1 >= chars.len() {
                    return None;
                }
            }
            _ => {
                let d = digit_value(c)?;
                if pending.is_some() {
                    return None;
                }
                pending = Some(d);
            }
        }
        i += 1;
    }
    if let Some(d) = pending {
        if last_unit == 10 && !total.is_multiple_of(10) {
            return None;
        }
        if last_unit == 100 && chars.len() >= 2 && chars[chars.len() - 2] == '百' {
            // 一百五 (150) is spoken style; in markers it does not occur. Refuse it.
            return None;
        }
        total += d;
    }
    (total > 0).then_some(total)
}

/// The Chinese numeral for `n`, as written in markers and prose, over the whole `u32`
/// range: `十二`, `一百零五`, `一千零一十`, `十万`, `四十二亿九千四百九十六万七千二百九十五`.
/// Groups of four digits take 万 and 亿; a run of zeros inside the number is one 零, and
/// a leading 一十 is written 十.
pub fn to_chinese(n: u32) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    const UNITS: [&str; 4] = ["千", "百", "十", ""];
    if n == 0 {
        return "零".to_string();
    }
    let groups = [
        (n / 100_000_000, "亿"),
        (n / 10_000 % 10_000, "万"),
        (n % 10_000, ""),
    ];
    let mut out = String::new();
    // A zero was passed since the last digit written (one 零 stands for the run).
    let mut zero = false;
    for (group, group_unit) in groups {
        if group == 0 {
            zero |= !out.is_empty();
            continue;
        }
        let digits = [group / 1000, group / 100 % 10, group / 10 % 10, group % 10];
        for (d, unit) in digits.into_iter().zip(UNITS) {
            if d == 0 {
                zero |= !out.is_empty();
                continue;
            }
            if zero {
                out.push('零');
                zero = false;
            }
            // 十二, 十万: a leading 一十 is said 十.
            if !(out.is_empty() && d == 1 && unit == "十") {
                out.push(DIGITS[d as usize]);
            }
            out.push_str(unit);
        }
        out.push_str(group_unit);
    }
    out
}

/// ASCII or full-width decimal digit value.
pub fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// ① … ⑳ (U+2460 – U+2473) → 1 … 20.
pub fn circled_value(c: char) -> Option<u32> {
    let cp = c as u32;
    (0x2460..=0x2473).contains(&cp).then(|| cp - 0x2460 + 1)
}

/// ⑴ … ⒇ (U+2474 – U+2487) → 1 … 20: a parenthesised number as one character.
pub fn paren_digit_value(c: char) -> Option<u32> {
    let cp = c as u32;
    (0x2474..=0x2487).contains(&cp).then(|| cp - 0x2474 + 1)
}

/// ⒈ … ⒛ (U+2488 – U+249B) → 1 … 20: a number with a full stop as one character.
pub fn digit_stop_value(c: char) -> Option<u32> {
    let cp = c as u32;
    (0x2488..=0x249B).contains(&cp).then(|| cp - 0x2488 + 1)
}

/// The circled numeral for `n`, or `(n)` past ⑳.
pub fn to_circled(n: u32) -> String {
    match n {
        1..=20 => char::from_u32(0x2460 + n - 1)
            .map(String::from)
            .unwrap_or_default(),
        _ => format!("({n})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals() {
        let cases = [
            ("一", 1),
            ("七", 7),
            ("十", 10),
            ("十二", 12),
            ("二十", 20),
            ("二十三", 23),
            ("九十九", 99),
            ("一百", 100),
            ("一百零五", 105),
            ("一百一十二", 112),
        ];
        for (s, n) in cases {
            assert_eq!(parse_chinese(s), Some(n), "{s}");
            assert_eq!(
                to_chinese(n),
                if s == "一百一十二" {
                    "一百一十二"
                } else {
                    s
                }
            );
        }
    }

    #[test]
    fn malformed_runs_are_not_numbers() {
        for s in [
            "",
            "十三五",
            "一二",
            "十十",
            "零",
            "二十零",
            "百",
            "三一",
            "一百五",
        ] {
            assert_eq!(parse_chinese(s), None, "{s}");
        }
    }

    #[test]
    fn special_digit_characters() {
        assert_eq!(circled_value('①'), Some(1));
        assert_eq!(circled_value('⑳'), Some(20));
        assert_eq!(circled_value('1'), None);
        assert_eq!(paren_digit_value('⑶'), Some(3));
        assert_eq!(digit_stop_value('⒉'), Some(2));
        assert_eq!(arabic_digit('７'), Some(7));
        assert_eq!(to_circled(3), "③");
    }

    #[test]
    fn chinese_numerals_over_the_whole_range() {
        let cases = [
            (0, "零"),
            (10, "十"),
            (19, "十九"),
            (100, "一百"),
            (110, "一百一十"),
            (999, "九百九十九"),
            (1000, "一千"),
            (1005, "一千零五"),
            (1010, "一千零一十"),
            (1200, "一千二百"),
            (10_000, "一万"),
            (10_010, "一万零一十"),
            (100_000, "十万"),
            (110_000, "十一万"),
            (1_000_001, "一百万零一"),
            (20_030_000, "二千零三万"),
            (100_000_000, "一亿"),
            (100_000_100, "一亿零一百"),
            (u32::MAX, "四十二亿九千四百九十六万七千二百九十五"),
        ];
        for (n, s) in cases {
            assert_eq!(to_chinese(n), s, "{n}");
        }
        // Every number up to 999 reads back as itself; nothing ever writes 零百.
        for n in 1..=999 {
            assert_eq!(parse_chinese(&to_chinese(n)), Some(n), "{n}");
        }
        for n in (0..u32::MAX).step_by(7_919_993) {
            let s = to_chinese(n);
            assert!(
                !s.contains("零百") && !s.contains("零零") && !s.ends_with('零') || n == 0,
                "{n}: {s}"
            );
        }
    }
}
