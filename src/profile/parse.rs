//! Reading a profile from JSON text, with errors a user can act on: a
//! syntax error names its line and column, a wrong type or an impossible
//! value names the field's dotted path (`financials.rd_expense.y1`).

use super::{validate, FieldError, Profile, PROFILE_FORMAT};
use std::fmt;

/// Why a profile document was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// Not JSON: the position of the first error (1-based).
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON, but a field has the wrong type or an unknown value.
    Field { path: String, message: String },
    /// Well-typed, but values that cannot be (negative revenue, more R&D
    /// staff than staff, …). All such errors are listed.
    Invalid(Vec<FieldError>),
}

impl ParseError {
    /// One message per problem, each naming where it is, in Chinese.
    pub fn lines_zh(&self) -> Vec<String> {
        match self {
            ParseError::Syntax {
                line,
                column,
                message,
            } => vec![format!(
                "第 {line} 行第 {column} 列：JSON 格式错误（{message}）"
            )],
            ParseError::Field { path, message } => {
                vec![format!("{path}：类型或取值无效（{message}）")]
            }
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
                line,
                column,
                message,
            } => vec![format!(
                "line {line} column {column}: malformed JSON ({message})"
            )],
            ParseError::Field { path, message } => vec![format!("{path}: {message}")],
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
    let body = text.trim_start_matches('\u{feff}').trim_start();
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
        Err(e) => {
            let path = e.path().to_string();
            let inner = e.into_inner();
            return Err(match inner.classify() {
                serde_json::error::Category::Data if path != "." => ParseError::Field {
                    path,
                    message: strip_position(&inner.to_string()),
                },
                serde_json::error::Category::Data => not_an_object(),
                _ => syntax(inner),
            });
        }
    };
    if profile.format != PROFILE_FORMAT {
        let found = if profile.format.is_empty() {
            "nothing".to_string()
        } else {
            format!("{:?}", profile.format)
        };
        return Err(ParseError::Field {
            path: "format".into(),
            message: format!("expected \"{PROFILE_FORMAT}\", found {found}"),
        });
    }
    Ok(profile)
}

fn not_an_object() -> ParseError {
    ParseError::Field {
        path: "(document)".into(),
        message: "expected a JSON object (an sme-profile/1 document)".into(),
    }
}

fn syntax(e: serde_json::Error) -> ParseError {
    let message = strip_position(&e.to_string());
    ParseError::Syntax {
        line: e.line(),
        column: e.column(),
        // serde_json stops at 128 levels; no profile comes near that.
        message: if message == "recursion limit exceeded" {
            "嵌套层数过多 nested too deeply; a profile is at most a few levels deep".into()
        } else {
            message
        },
    }
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
}
