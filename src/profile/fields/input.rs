//! Reading what a user typed (or a CSV cell) into a field's value: full-width
//! digits, thousands separators, and a message in both languages when the
//! text is not a value of the field.

use super::{Field, Kind, Value};
use crate::text::{Message, Text};
use rust_decimal::Decimal;
use std::str::FromStr;

impl Field {
    /// Parses what a user typed (or a CSV cell) into a value of this field.
    /// Blank means "unknown". Accepts full-width digits and thousands
    /// separators, as Chinese spreadsheets write them.
    pub fn parse(&self, input: &str) -> Result<Value, Message> {
        let s = normalize_input(input);
        if s.is_empty() {
            return Ok(Value::Empty);
        }
        match self.kind {
            Kind::Money { signed } => {
                let negative = s.starts_with('-');
                let d = match parse_decimal(&s) {
                    Ok(d) => d,
                    Err(NotDecimal::TooLarge) if negative && !signed => {
                        return Err(Message::new("不能为负数", "must not be negative"))
                    }
                    Err(NotDecimal::TooLarge) => return Err(too_large_wan()),
                    Err(NotDecimal::TooPrecise) => return Err(too_precise()),
                    Err(NotDecimal::Exponent) => return Err(exponent()),
                    Err(NotDecimal::Text) => return Err(not_a_number()),
                };
                if !signed && d.is_sign_negative() && !d.is_zero() {
                    return Err(Message::new("不能为负数", "must not be negative"));
                }
                if d.abs() > crate::limits::MAX_WAN {
                    return Err(too_large_wan());
                }
                Ok(Value::Decimal(d))
            }
            Kind::Percent | Kind::Score => {
                let out_of_range =
                    || Message::new("应在 0 到 100 之间", "must be between 0 and 100");
                let d = match parse_decimal(s.trim_end_matches('%')) {
                    Ok(d) => d,
                    Err(NotDecimal::TooLarge) => return Err(out_of_range()),
                    Err(NotDecimal::TooPrecise) => return Err(too_precise()),
                    Err(NotDecimal::Exponent) => return Err(exponent()),
                    Err(NotDecimal::Text) => return Err(not_a_number()),
                };
                if d.is_sign_negative() && !d.is_zero() || d > Decimal::ONE_HUNDRED {
                    return Err(Message::new(
                        "应在 0 到 100 之间",
                        "must be between 0 and 100",
                    ));
                }
                Ok(Value::Decimal(d))
            }
            Kind::Count => {
                if s.starts_with('-') {
                    return Err(Message::new("不能为负数", "must not be negative"));
                }
                s.parse::<u32>().map(Value::Count).map_err(|_| {
                    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
                        Message::new("数值过大", "too large")
                    } else {
                        Message::new("请输入整数", "enter a whole number")
                    }
                })
            }
            Kind::Bool => match s.to_lowercase().as_str() {
                "true" | "yes" | "y" | "1" | "是" | "有" | "√" | "✓" => Ok(Value::Bool(true)),
                "false" | "no" | "n" | "0" | "否" | "无" | "×" => Ok(Value::Bool(false)),
                _ => Err(Message::new("请填“是”或“否”", "enter yes or no")),
            },
            Kind::Choice(options) => super::choice::find(self.path, options, &s)
                .map(Value::Choice)
                .ok_or_else(|| super::choice::unknown(options, input)),
            Kind::Text => Ok(Value::Text(input.trim().to_string())),
            Kind::Date => crate::date::Date::from_str(&s)
                .map(Value::Date)
                .map_err(|_| Message::new("日期格式应为 YYYY-MM-DD", "dates are YYYY-MM-DD")),
        }
    }

    /// The label of a choice value.
    pub fn choice_label(&self, value: &str) -> Option<Text> {
        match self.kind {
            Kind::Choice(options) => options.iter().find(|(v, _)| *v == value).map(|(_, l)| *l),
            _ => None,
        }
    }
}

/// Full-width digits and punctuation to ASCII; thousands separators out.
fn normalize_input(input: &str) -> String {
    input
        .trim()
        .chars()
        .filter_map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
            '．' | '。' => Some('.'),
            '－' | '−' => Some('-'),
            '％' => Some('%'),
            ',' | '，' | ' ' | '\u{3000}' | '_' => None,
            c => Some(c),
        })
        .collect()
}

/// Why a number could not be read.
enum NotDecimal {
    /// Not a number at all.
    Text,
    /// A number beyond what `Decimal` holds (about 7.9 × 10²⁸), or beyond
    /// the largest amount a field takes.
    TooLarge,
    /// More decimal places than a field keeps ([`crate::limits::MAX_DECIMAL_PLACES`]): a value with
    /// more would have to be rounded, i.e. rewritten.
    TooPrecise,
    /// Written with an exponent (`1e5`): taken as written it would show a
    /// different number from the one typed, so it is refused.
    Exponent,
}

fn parse_decimal(s: &str) -> Result<Decimal, NotDecimal> {
    let exponent = s.contains(['e', 'E']);
    let parsed = if exponent {
        Decimal::from_scientific(s)
    } else {
        Decimal::from_str(s)
    };
    match parsed {
        // A huge number is named for its size whatever its notation.
        Ok(d) if exponent && d.abs() > crate::limits::MAX_WAN => Err(NotDecimal::TooLarge),
        Ok(_) if exponent => Err(NotDecimal::Exponent),
        Ok(d) if d.normalize().scale() > crate::limits::MAX_DECIMAL_PLACES => {
            Err(NotDecimal::TooPrecise)
        }
        Ok(d) => Ok(d),
        Err(_) => Err(match numeric_magnitude(s) {
            Some(m) if m > 0 => NotDecimal::TooLarge,
            Some(_) => NotDecimal::TooPrecise,
            None => NotDecimal::Text,
        }),
    }
}

/// For text shaped like a number (`-12.5`, `1e40`), roughly its decimal
/// magnitude (digits before the point plus the exponent); `None` for text.
fn numeric_magnitude(s: &str) -> Option<i64> {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (mantissa, exponent) = match s.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i64>().ok()?),
        None => (s, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() && frac.is_empty() || !digits(int) || !digits(frac) {
        return None;
    }
    let int = int.trim_start_matches('0');
    Some(int.len() as i64 + exponent)
}

fn not_a_number() -> Message {
    Message::new("请输入数字", "enter a number")
}

fn too_large_wan() -> Message {
    let (zh, en) = crate::profile::too_large_wan();
    Message::new(zh, en)
}

fn too_precise() -> Message {
    let (zh, en) = crate::profile::too_precise();
    Message::new(zh, en)
}

fn exponent() -> Message {
    Message::new(
        "请直接写出数字，不用科学计数法（如 1e5 请写 100000）",
        "write the number out, without an exponent (100000, not 1e5)",
    )
}
