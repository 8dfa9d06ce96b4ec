//! Reading a profile from JSON text, with errors a user can act on: a
//! syntax error names its line and column, a wrong type or an impossible
//! value names the field's dotted path (`financials.rd_expense.y1`).

use super::{validate, Achievement, FieldError, Profile, PROFILE_FORMAT};
use std::fmt;

/// Why a profile document was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// Not JSON: the position of the first error (1-based) and what is
    /// wrong there.
    Syntax {
        line: usize,
        column: usize,
        zh: String,
        en: String,
    },
    /// JSON, but a field has the wrong type or an unknown value: what is
    /// expected there, in words.
    Field {
        path: String,
        zh: String,
        en: String,
    },
    /// Well-typed, but values that cannot be (negative revenue, more R&D
    /// staff than staff, a value over a limit, …). All such errors are listed.
    Invalid(Vec<FieldError>),
}

impl ParseError {
    /// One message per problem, each naming where it is, in Chinese.
    pub fn lines_zh(&self) -> Vec<String> {
        match self {
            ParseError::Syntax {
                line, column, zh, ..
            } => vec![format!("第 {line} 行第 {column} 列：JSON 格式错误，{zh}")],
            ParseError::Field { path, zh, .. } => vec![format!("{path}：{zh}")],
            ParseError::Invalid(errs) => errs
                .iter()
                .map(|e| format!("{}：{}", e.path, e.zh))
                .collect(),
        }
    }

    /// One message per problem, in English.
    pub fn lines_en(&self) -> Vec<String> {
        match self {
            ParseError::Syntax {
                line, column, en, ..
            } => vec![format!("line {line} column {column}: malformed JSON, {en}")],
            ParseError::Field { path, en, .. } => vec![format!("{path}: {en}")],
            ParseError::Invalid(errs) => errs
                .iter()
                .map(|e| format!("{}: {}", e.path, e.en))
                .collect(),
        }
    }

    /// The field paths concerned (empty for a syntax error).
    pub fn paths(&self) -> Vec<&str> {
        match self {
            ParseError::Syntax { .. } => vec![],
            ParseError::Field { path, .. } => vec![path],
            ParseError::Invalid(errs) => errs.iter().map(|e| e.path.as_str()).collect(),
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.lines_en().join("; "))
    }
}

impl std::error::Error for ParseError {}

/// Parses and validates an `sme-profile/1` document.
pub fn parse_profile(text: &str) -> Result<Profile, ParseError> {
    let profile = parse_unvalidated(text)?;
    let errors = validate(&profile);
    if errors.is_empty() {
        Ok(profile)
    } else {
        Err(ParseError::Invalid(errors))
    }
}

/// Parses the JSON and checks types and the format tag, but not the values.
pub fn parse_unvalidated(text: &str) -> Result<Profile, ParseError> {
    // The document must be a JSON object before its fields are looked at,
    // so that `[]` or `"x"` reads as "not a profile" rather than a type error
    // at the root with an empty path (serde reads an array into a struct
    // element by element, so the error would name `[0]`).
    // A byte-order mark (as Windows editors write) is not part of the JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let body = text.trim_start();
    if !body.starts_with('{') {
        serde_json::from_str::<serde::de::IgnoredAny>(body).map_err(syntax)?;
        return Err(not_an_object());
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let result: Result<Profile, _> = serde_path_to_error::deserialize(&mut de);
    let profile = match result {
        Ok(p) => {
            de.end().map_err(syntax)?;
            p
        }
        Err(e) => return Err(classify(e, "")),
    };
    if profile.format != PROFILE_FORMAT {
        let (zh, en) = if profile.format.is_empty() {
            ("缺少".to_string(), "missing".to_string())
        } else {
            let shown: String = profile.format.chars().take(40).collect();
            (format!("为 {shown:?}"), format!("is {shown:?}"))
        };
        return Err(ParseError::Field {
            path: "format".into(),
            zh: format!("格式标记{zh}：企业档案文件应带有 \"format\": \"{PROFILE_FORMAT}\""),
            en: format!("the format tag {en}: a company profile file carries \"format\": \"{PROFILE_FORMAT}\""),
        });
    }
    Ok(profile)
}

/// A serde error as a syntax error or a field's, its path under `prefix`.
fn classify(e: serde_path_to_error::Error<serde_json::Error>, prefix: &str) -> ParseError {
    let path = e.path().to_string();
    let inner = e.into_inner();
    match inner.classify() {
        serde_json::error::Category::Data if path != "." || !prefix.is_empty() => {
            let path = match (prefix, path.as_str()) {
                ("", p) => p.to_string(),
                (pre, ".") => pre.to_string(),
                (pre, p) if p.starts_with('[') => format!("{pre}{p}"),
                (pre, p) => format!("{pre}.{p}"),
            };
            let message = strip_position(&inner.to_string());
            let (path, zh, en) = match super::bilingual::split(&message) {
                Some((zh, en)) => (path, zh.to_string(), en.to_string()),
                None => {
                    let (at, m) = super::expected::expected_at(&path);
                    (at, m.zh, m.en)
                }
            };
            ParseError::Field { path, zh, en }
        }
        serde_json::error::Category::Data => not_an_object(),
        _ => syntax(inner),
    }
}

/// A list of achievements on its own (a portfolio CSV's 成果 cell), read
/// as in a profile.
pub fn parse_achievements(text: &str) -> Result<Vec<Achievement>, ParseError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let list =
        serde_path_to_error::deserialize(&mut de).map_err(|e| classify(e, "achievements"))?;
    de.end().map_err(syntax)?;
    Ok(list)
}

fn not_an_object() -> ParseError {
    ParseError::Field {
        path: "(document)".into(),
        zh: "不是企业档案：文件应为一个 JSON 对象（{ … }，格式 sme-profile/1）".into(),
        en: "not a company profile: the file should be one JSON object ({ … }, format sme-profile/1)"
            .into(),
    }
}

fn syntax(e: serde_json::Error) -> ParseError {
    let (zh, en) = syntax_words(&strip_position(&e.to_string()));
    ParseError::Syntax {
        line: e.line(),
        column: e.column(),
        zh: zh.into(),
        en: en.into(),
    }
}

/// serde_json's syntax messages in words a user can act on.
fn syntax_words(message: &str) -> (&'static str, &'static str) {
    let table: [(&str, &str, &str); 13] = [
        (
            "EOF while parsing",
            "文件在此处意外结束，可能不完整",
            "the file ends here unexpectedly; it may be cut short",
        ),
        (
            "expected value",
            "此处应为一个值",
            "a value is expected here",
        ),
        (
            "trailing characters",
            "JSON 结束后还有多余的内容",
            "there is more text after the end of the JSON",
        ),
        (
            "trailing comma",
            "最后一项后面多了逗号",
            "there is a comma after the last item",
        ),
        (
            "key must be a string",
            "字段名须用双引号括起",
            "field names must be in double quotes",
        ),
        (
            "expected `,` or `}`",
            "此处缺少逗号或右花括号 }",
            "a comma or a closing } is missing here",
        ),
        (
            "expected `,` or `]`",
            "此处缺少逗号或右方括号 ]",
            "a comma or a closing ] is missing here",
        ),
        (
            "expected `:`",
            "字段名后缺少冒号",
            "a colon is missing after the field name",
        ),
        (
            "expected ident",
            "无法识别的词（true、false、null 须小写）",
            "an unknown word (true, false and null are lower case)",
        ),
        ("number", "数字格式错误", "a number is malformed"),
        (
            "control character",
            "文字中有未转义的控制字符（如换行）",
            "a text contains an unescaped control character (such as a line break)",
        ),
        (
            "recursion limit exceeded",
            "嵌套层数过多，企业档案只有几层",
            "nested too deeply; a profile is only a few levels deep",
        ),
        (
            "escape",
            "文字中的转义符无效",
            "a text contains an invalid escape",
        ),
    ];
    table
        .iter()
        .find(|(key, _, _)| message.contains(key))
        .map(|(_, zh, en)| (*zh, *en))
        .unwrap_or(("无法读取", "cannot be read"))
}

/// serde_json appends " at line L column C"; the path already says where.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_error_names_line_and_column() {
        let e =
            parse_profile("{\n  \"format\": \"sme-profile/1\",\n  \"company\": {,\n}").unwrap_err();
        match e {
            ParseError::Syntax { line, column, .. } => {
                assert_eq!(line, 3);
                assert_eq!(column, 15);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn wrong_type_names_the_path() {
        let e =
            parse_profile(r#"{"format":"sme-profile/1","financials":{"rd_expense":{"y1":"abc"}}}"#)
                .unwrap_err();
        assert_eq!(e.paths(), vec!["financials.rd_expense.y1"]);
        let e = parse_profile(r#"{"format":"sme-profile/1","company":{"industry":"mining"}}"#)
            .unwrap_err();
        assert_eq!(e.paths(), vec!["company.industry"]);
        assert!(e.to_string().contains("mining"));
    }

    #[test]
    fn numbers_are_read_exactly() {
        let p = parse_profile(
            r#"{"format":"sme-profile/1","financials":{"rd_expense":{"y1":0.1,"y2":"480.5"}}}"#,
        )
        .unwrap();
        assert_eq!(p.financials.rd_expense.y1.unwrap().to_string(), "0.1");
        assert_eq!(p.financials.rd_expense.y2.unwrap().to_string(), "480.5");
    }

    #[test]
    fn format_tag_is_required() {
        let e = parse_profile("{}").unwrap_err();
        assert_eq!(e.paths(), vec!["format"]);
        for not_object in [
            "[1,2]",
            " [{\"format\":\"sme-profile/1\"}]",
            "\"x\"",
            "\u{feff}42",
            "null",
        ] {
            let e = parse_profile(not_object).unwrap_err();
            assert_eq!(e.paths(), vec!["(document)"], "{not_object}: {e:?}");
        }
        let deep = "[".repeat(100_000);
        assert!(matches!(
            parse_profile(&deep),
            Err(ParseError::Syntax { .. })
        ));
        let e = parse_profile(r#"{"format":"sme-profile/1"} x"#).unwrap_err();
        assert!(matches!(e, ParseError::Syntax { .. }), "{e:?}");
    }

    #[test]
    fn unknown_fields_are_ignored() {
        let p = parse_profile(
            r#"{"format":"sme-profile/1","future":{"x":1},"company":{"mood":"ok","employees":5}}"#,
        )
        .unwrap();
        assert_eq!(p.company.employees, Some(5));
    }

    #[test]
    fn achievements_keep_numbers_and_attributes() {
        let p = parse_profile(
            r#"{"format":"sme-profile/1","achievements":[{"kind":"standard","level":"national","role":"lead","action":"draft","count":2}]}"#,
        )
        .unwrap();
        let a = &p.achievements[0];
        assert_eq!(a.count, 2);
        assert_eq!(a.attribute("level"), Some("national"));
        let back = serde_json::to_string(&p).unwrap();
        assert_eq!(parse_profile(&back).unwrap(), p);
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let p =
            parse_profile("\u{feff}{\"format\":\"sme-profile/1\",\"company\":{\"employees\":5}}")
                .unwrap();
        assert_eq!(p.company.employees, Some(5));
    }

    /// A wrong type says what is expected in words; no Rust type or serde
    /// internal reaches the user.
    #[test]
    fn wrong_types_are_told_in_words() {
        let doc = |body: &str| format!(r#"{{"format":"sme-profile/1",{body}}}"#);
        for (body, zh) in [
            (r#""company":{"employees":"many"}"#, "应为不小于 0 的整数"),
            (r#""company":{"employees":-3}"#, "应为不小于 0 的整数"),
            (r#""company":{"employees":1.5}"#, "应为不小于 0 的整数"),
            (
                r#""financials":{"rd_expense":{"y1":{"a":1}}}"#,
                "应为以万元计的数字",
            ),
            (
                r#""financials":{"rd_expense":{"y1":[1]}}"#,
                "应为以万元计的数字",
            ),
            (r#""financials":{"rd_expense":5}"#, "按年份"),
            (
                r#""qualifications":{"key_field":"maybe"}"#,
                "true（是）或 false（否）",
            ),
            (
                r#""qualifications":{"rd_institution":{"x":1}}"#,
                "应为以下之一：国家级；省级（省部级）",
            ),
            (r#""qualifications":{"honors":"高新"}"#, "荣誉列表"),
            (
                r#""achievements":[{"kind":"standard","count":"x"}]"#,
                "0 到 1,000 之间的整数",
            ),
            // A row without a kind is a row being filled in (kept, counts
            // nothing); a kind that is not text is an error.
            (r#""achievements":[{"kind":3}]"#, "应为文字"),
            (r#""achievements":{"kind":"standard"}"#, "成果列表"),
            (r#""company":3"#, "一组字段"),
            (r#""assessment_date":"2026/06/30""#, "YYYY-MM-DD"),
        ] {
            let zh_expected = zh;
            let e = parse_profile(&doc(body)).unwrap_err();
            let (zh, en) = (e.lines_zh().join(" "), e.lines_en().join(" "));
            assert!(zh.contains(zh_expected), "{body}: {zh}");
            for internal in [
                "u32",
                "Decimal",
                "serde",
                "Number",
                "invalid type",
                "private",
            ] {
                assert!(
                    !zh.contains(internal) && !en.contains(internal),
                    "{body}: {zh} / {en}"
                );
            }
        }
    }

    #[test]
    fn unknown_choices_name_the_labels_and_labels_are_accepted() {
        let e = parse_profile(r#"{"format":"sme-profile/1","company":{"industry":"mining"}}"#)
            .unwrap_err();
        let zh = e.lines_zh().join("");
        assert!(
            zh.starts_with("company.industry：无效选项“mining”，可填：农、林、牧、渔业；工业"),
            "{zh}"
        );
        assert!(!zh.contains("software_it"), "{zh}");
        let p = parse_profile(
            r#"{"format":"sme-profile/1","company":{"industry":"制造业"},"qualifications":{"rd_institution":"省级","sci_tech_award":{"level":"国家级"},"maker_china":"全国 50 强企业组","honors":["高新技术企业","知识产权示范企业"]}}"#,
        )
        .unwrap();
        assert_eq!(p.company.industry, Some(super::super::Industry::Industry));
        assert_eq!(
            p.qualifications.rd_institution,
            Some(super::super::RdInstitution::Provincial)
        );
        assert_eq!(p.qualifications.honors.as_ref().map(Vec::len), Some(2));
        // Written back, the codes are used.
        assert!(serde_json::to_string(&p)
            .unwrap()
            .contains("\"provincial\""));
    }

    #[test]
    fn syntax_errors_are_told_in_words() {
        for (text, zh) in [
            ("{\"format\": \"sme-profile/1\",", "意外结束"),
            ("{\"format\": \"sme-profile/1\" \"x\": 1}", "缺少逗号"),
            ("{format: 1}", "双引号"),
            ("{\"format\": \"sme-profile/1\",}", "多了逗号"),
        ] {
            let zh_line = parse_profile(text).unwrap_err().lines_zh().join("");
            assert!(zh_line.contains(zh), "{text}: {zh_line}");
        }
    }
}
