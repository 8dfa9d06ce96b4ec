//! A profile file as the user gives it, to the page's 导入 JSON or to the
//! `assess` command: its size within [`MAX_PROFILE_BYTES`], not a
//! spreadsheet (those belong on 批量评估), its text in a known encoding,
//! then parsed and validated like every other door.

use super::{parse_profile, ParseError, Profile};
use crate::encoding::{self, Encoding, GbkDecoder};
use crate::limits::{MAX_PROFILE_BYTES, MAX_PROFILE_WORDS};
use crate::text::{Lang, Message};

/// Why a profile file was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum FileError {
    TooLarge,
    /// An .xlsx, .xls or .csv given where a profile is asked.
    Spreadsheet,
    Encoding(Message),
    Parse(ParseError),
}

impl FileError {
    /// One line per problem in `lang`.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        match self {
            FileError::Parse(e) => match lang {
                Lang::Zh => e.lines_zh(),
                Lang::En => e.lines_en(),
            },
            FileError::Encoding(m) => vec![m.get(lang).to_string()],
            FileError::TooLarge => vec![Message::new(
                format!("文件过大：企业档案最大 {MAX_PROFILE_WORDS}，这不是企业档案文件"),
                format!("the file is too large: a company profile is at most {MAX_PROFILE_WORDS}, so this is not one"),
            )
            .get(lang)
            .to_string()],
            FileError::Spreadsheet => vec![Message::new(
                "这是表格文件（Excel 或 CSV），不是企业档案（JSON）。多家企业的表格请在“批量评估”页面导入",
                "this is a spreadsheet (Excel or CSV), not a company profile (JSON). Import spreadsheets of companies on the 批量评估 (Portfolio) page",
            )
            .get(lang)
            .to_string()],
        }
    }
}

/// Whether a file is a spreadsheet, by its name or its first bytes (.xlsx
/// is a zip archive, .xls an OLE compound file).
pub fn is_spreadsheet(name: &str, bytes: &[u8]) -> bool {
    let lower = name.to_ascii_lowercase();
    [".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv"]
        .iter()
        .any(|ext| lower.ends_with(ext))
        || bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
}

/// The profile in a file, and a note when its encoding was not UTF-8.
pub fn read_profile_file(
    name: &str,
    bytes: &[u8],
    gbk: GbkDecoder,
) -> Result<(Profile, Option<Message>), FileError> {
    if bytes.len() > MAX_PROFILE_BYTES {
        return Err(FileError::TooLarge);
    }
    if is_spreadsheet(name, bytes) {
        return Err(FileError::Spreadsheet);
    }
    let (text, enc) = encoding::decode(bytes, gbk).map_err(FileError::Encoding)?;
    let profile = parse_profile(&text).map_err(FileError::Parse)?;
    Ok((profile, (enc == Encoding::Gbk).then(encoding::read_as_gbk)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_gbk(_: &[u8]) -> Option<String> {
        None
    }

    #[test]
    fn doors_before_the_parser() {
        let ok = br#"{"format":"sme-profile/1"}"#;
        assert!(read_profile_file("a.json", ok, &no_gbk).is_ok());
        let mut bom = b"\xef\xbb\xbf".to_vec();
        bom.extend_from_slice(ok);
        assert!(read_profile_file("a.json", &bom, &no_gbk).is_ok());
        assert_eq!(
            read_profile_file("list.xlsx", b"PK\x03\x04...", &no_gbk).unwrap_err(),
            FileError::Spreadsheet
        );
        assert_eq!(
            read_profile_file("renamed.json", b"PK\x03\x04...", &no_gbk).unwrap_err(),
            FileError::Spreadsheet
        );
        let e = read_profile_file("list.csv", b"a,b\n1,2\n", &no_gbk).unwrap_err();
        assert!(e.lines(Lang::Zh)[0].contains("批量评估"));
        let big = vec![b' '; MAX_PROFILE_BYTES + 1];
        let e = read_profile_file("big.json", &big, &no_gbk).unwrap_err();
        assert!(e.lines(Lang::Zh)[0].contains("1 MB"));
        let e = read_profile_file("gbk.json", b"{\"x\":\"\xc6\xf3\"}", &no_gbk).unwrap_err();
        assert!(matches!(e, FileError::Encoding(_)));
    }
}
