//! Text from a file's bytes, as people's tools write it: UTF-8 with or
//! without a byte-order mark, UTF-16 with one (Excel's "Unicode text"), or
//! GBK (what Excel and Notepad save on Chinese Windows). The GBK decoder is
//! the caller's: the browser's `TextDecoder` on the page (no tables in the
//! wasm), `encoding_rs` in the command line. Anything else is refused with
//! a message that says how to save the file as UTF-8.

use crate::text::Message;
use std::borrow::Cow;

/// How a file's text was encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
    Gbk,
}

/// Decodes GBK strictly: `None` when the bytes are not GBK.
pub type GbkDecoder<'a> = &'a dyn Fn(&[u8]) -> Option<String>;

/// The text of a file, or why it cannot be read.
pub fn decode<'a>(bytes: &'a [u8], gbk: GbkDecoder) -> Result<(Cow<'a, str>, Encoding), Message> {
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        return std::str::from_utf8(rest)
            .map(|s| (Cow::Borrowed(s), Encoding::Utf8))
            .map_err(|_| not_readable());
    }
    let utf16 = |rest: &[u8], le: bool| -> Result<(Cow<'a, str>, Encoding), Message> {
        if rest.len() % 2 != 0 {
            return Err(not_readable());
        }
        let units = rest.chunks_exact(2).map(|c| {
            if le {
                u16::from_le_bytes([c[0], c[1]])
            } else {
                u16::from_be_bytes([c[0], c[1]])
            }
        });
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map(|s| (Cow::Owned(s), Encoding::Utf16))
            .map_err(|_| not_readable())
    };
    if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        return utf16(rest, true);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        return utf16(rest, false);
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok((Cow::Borrowed(s), Encoding::Utf8));
    }
    match gbk(bytes) {
        Some(s) => Ok((Cow::Owned(s), Encoding::Gbk)),
        None => Err(not_readable()),
    }
}

/// GBK (as GB18030, its superset) decoded strictly, natively; the page
/// uses the browser's decoder instead.
#[cfg(not(target_arch = "wasm32"))]
pub fn gbk(bytes: &[u8]) -> Option<String> {
    let (text, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
    (!had_errors).then(|| text.into_owned())
}

/// In a wasm build there is no GBK decoder (the page uses the browser's);
/// this keeps `assess` compiling when `cargo test --target wasm32…` builds
/// every binary, and refuses GBK as unreadable there.
#[cfg(target_arch = "wasm32")]
pub fn gbk(_bytes: &[u8]) -> Option<String> {
    None
}

/// How to save a file as UTF-8.
const HOW_ZH: &str =
    "Excel 中“另存为”选择“CSV UTF-8（逗号分隔）”；记事本中“另存为”把编码选为“UTF-8”";
const HOW_EN: &str =
    "in Excel, Save As \"CSV UTF-8 (Comma delimited)\"; in Notepad, Save As with Encoding \"UTF-8\"";

/// The refusal of a file that is neither UTF-8, UTF-16 nor GBK.
pub fn not_readable() -> Message {
    Message::new(
        format!("文件的文字编码无法识别（既不是 UTF-8，也不是 GBK）。请另存为 UTF-8 编码后重试：{HOW_ZH}。"),
        format!("The file's text encoding is not recognised (neither UTF-8 nor GBK). Save it as UTF-8 and try again: {HOW_EN}."),
    )
}

/// The note that a file was read as GBK.
pub fn read_as_gbk() -> Message {
    Message::new(
        format!("文件为 GBK 编码，已按 GBK 读取，请核对中文是否正确。今后建议保存为 UTF-8（{HOW_ZH}）。"),
        format!("The file is GBK-encoded and was read as GBK; please check the Chinese text. Better to save it as UTF-8 ({HOW_EN})."),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_gbk(_: &[u8]) -> Option<String> {
        None
    }

    /// A stand-in decoder that knows one word: 企业 (c6f3 d2b5 in GBK).
    fn tiny_gbk(b: &[u8]) -> Option<String> {
        let s = b.strip_suffix(b"\xc6\xf3\xd2\xb5")?;
        std::str::from_utf8(s).ok().map(|s| format!("{s}企业"))
    }

    #[test]
    fn boms_utf16_and_gbk() {
        let (t, e) = decode("\u{feff}企业".as_bytes(), &no_gbk).unwrap();
        assert_eq!((t.as_ref(), e), ("企业", Encoding::Utf8));
        let le: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("企业".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(
            decode(&le, &no_gbk).unwrap(),
            (Cow::from("企业"), Encoding::Utf16)
        );
        let be: Vec<u8> = [0xfe, 0xff]
            .into_iter()
            .chain("企业".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be, &no_gbk).unwrap().0, "企业");
        let gbk = b"name:\xc6\xf3\xd2\xb5";
        assert_eq!(
            decode(gbk, &tiny_gbk).unwrap(),
            (Cow::from("name:企业"), Encoding::Gbk)
        );
        let refused = decode(gbk, &no_gbk).unwrap_err();
        assert!(
            refused.zh.contains("UTF-8") && refused.zh.contains("另存为"),
            "{}",
            refused.zh
        );
        assert!(refused.en.contains("Save As"), "{}", refused.en);
        assert!(
            decode(b"\xef\xbb\xbf\xff", &tiny_gbk).is_err(),
            "a BOM then garbage"
        );
        #[cfg(not(target_arch = "wasm32"))]
        {
            assert_eq!(super::gbk(b"\xc6\xf3\xd2\xb5").as_deref(), Some("企业"));
            assert_eq!(super::gbk(b"\xff\xff"), None);
        }
    }
}
