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

/// The Chinese numeral for `n` (1 ..= 999), as written in markers.
pub fn to_chinese(n: u32) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let mut out = String::new();
    let hundreds = n / 100;
    let tens = (n / 10) % 10;
    let ones = n % 10;
    if hundreds > 0 {
        out.push(DIGITS[hundreds as usize % 10]);
        out.push('百');
        if tens == 0 && ones > 0 {
            out.push('零');
        }
    }
    if tens > 0 {
        if !(tens == 1 && hundreds == 0) {
            out.push(DIGITS[tens as usize]);
        }
        out.push('十');
    }
    if ones > 0 || n == 0 {
        out.push(DIGITS[ones as usize]);
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
}
