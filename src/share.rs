//! Share links: the whole profile in the URL fragment (after `#`, which
//! browsers never send to a server). The fragment is
//! `share/<summary>/<payload>`: a short human-readable summary (company and
//! tiers) and `1` + base64url(zlib(compact sme-profile/1 JSON)). zlib's
//! checksum makes a link altered by even one character fail cleanly; the
//! decoded profile is validated like any imported file.

use crate::profile::{parse_profile, ParseError, Profile};
use crate::text::Message;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// The fragment prefix of a share link.
pub const PREFIX: &str = "share/";
/// The payload format version.
const VERSION: char = '1';
use crate::limits::{MAX_PROFILE_BYTES, MAX_SHARE_CHARS};

/// Why a link could not be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// Not a share link of this app.
    Foreign,
    /// A share link, but altered or cut short.
    Damaged,
    /// Longer than any link of this tool ([`MAX_SHARE_CHARS`]), or
    /// inflating to more than a profile file may hold.
    TooLong,
    /// It decodes, but not to a valid profile.
    Invalid(ParseError),
}

impl ShareError {
    pub fn message(&self) -> Message {
        match self {
            ShareError::Foreign => Message::new("这不是本工具生成的分享链接。", "This is not a share link of this tool."),
            ShareError::Damaged => Message::new(
                "分享链接已损坏或不完整（可能复制时被截断或改动），无法打开。您保存的档案未受影响。",
                "The share link is damaged or incomplete (perhaps cut or altered when copied) and cannot be opened. Your saved profiles are untouched.",
            ),
            ShareError::TooLong => Message::new(
                "分享链接过长，超过了企业档案的上限（1 MB），无法打开。您保存的档案未受影响。",
                "The share link is longer than a company profile can be (1 MB) and cannot be opened. Your saved profiles are untouched.",
            ),
            ShareError::Invalid(e) => Message::new(
                format!("分享链接中的档案无效：{}", e.lines_zh().join("；")),
                format!("The profile in the link is not valid: {}", e.lines_en().join("; ")),
            ),
        }
    }
}

/// The payload for a profile.
pub fn encode(profile: &Profile) -> String {
    let json = serde_json::to_vec(profile).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(&json, 9);
    let mut out = String::with_capacity(1 + packed.len() * 4 / 3 + 2);
    out.push(VERSION);
    URL_SAFE_NO_PAD.encode_string(packed, &mut out);
    out
}

/// A profile from a payload.
pub fn decode(payload: &str) -> Result<Profile, ShareError> {
    let rest = payload.strip_prefix(VERSION).ok_or(ShareError::Foreign)?;
    if rest.len() > MAX_SHARE_CHARS {
        return Err(ShareError::TooLong);
    }
    let packed = URL_SAFE_NO_PAD
        .decode(rest.trim())
        .map_err(|_| ShareError::Damaged)?;
    let json = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, MAX_PROFILE_BYTES)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::TooLong,
            _ => ShareError::Damaged,
        })?;
    let text = std::str::from_utf8(&json).map_err(|_| ShareError::Damaged)?;
    parse_profile(text).map_err(ShareError::Invalid)
}

/// A readable summary: the company name (shortened) and one mark per tier,
/// with characters that would break the fragment removed.
pub fn summary(profile: &Profile, tiers: &[(&str, bool)]) -> String {
    let name: String = profile
        .company
        .name
        .as_deref()
        .unwrap_or("企业")
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '/' | '#' | '?' | '%' | '&'))
        .take(16)
        .collect();
    let marks: String = tiers
        .iter()
        .map(|(short, ok)| format!("{short}{}", if *ok { "✔" } else { "✘" }))
        .collect();
    format!("{name}·{marks}")
}

/// The fragment (without `#`) for a profile and its summary.
pub fn fragment(profile: &Profile, summary: &str) -> String {
    format!("{PREFIX}{summary}/{}", encode(profile))
}

/// The profile in a fragment (with or without the leading `#`), if the
/// fragment is a share link at all (`None` otherwise).
pub fn from_fragment(fragment: &str) -> Option<Result<Profile, ShareError>> {
    let f = fragment.trim_start_matches('#');
    // Browsers may percent-encode the summary; only the payload matters.
    let rest = f.strip_prefix(PREFIX)?;
    let payload = rest.rsplit('/').next().unwrap_or_default();
    Some(decode(payload))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> Profile {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/linyi-precision.json"
        ))
        .unwrap();
        parse_profile(&text).unwrap()
    }

    #[test]
    fn round_trips_a_typical_profile_under_2000_characters() {
        let p = example();
        let f = fragment(
            &p,
            &summary(&p, &[("创新", true), ("专精", true), ("巨人", false)]),
        );
        assert!(
            f.starts_with("share/示例精密机械有限公司·创新✔专精✔巨人✘/"),
            "{f}"
        );
        // Even fully percent-encoded, as some apps copy it, it stays short.
        let encoded: usize = f
            .chars()
            .map(|c| if c.is_ascii() { 1 } else { 3 * c.len_utf8() })
            .sum();
        assert!(encoded < 2000, "{encoded} characters");
        assert_eq!(from_fragment(&format!("#{f}")).unwrap().unwrap(), p);
    }

    #[test]
    fn an_altered_or_foreign_link_is_refused() {
        let p = example();
        let f = fragment(&p, "x");
        // Change one character of the payload, everywhere it matters.
        let payload_start = f.rfind('/').unwrap() + 2;
        for i in (payload_start..f.len()).step_by(7) {
            let mut bytes = f.clone().into_bytes();
            bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
            let altered = String::from_utf8(bytes).unwrap();
            assert!(
                from_fragment(&altered).unwrap().is_err(),
                "altered at {i} still opened"
            );
        }
        assert_eq!(
            from_fragment(&f[..f.len() - 5]).unwrap().unwrap_err(),
            ShareError::Damaged
        );
        assert_eq!(
            from_fragment("share/x/2abc").unwrap().unwrap_err(),
            ShareError::Foreign
        );
        assert!(from_fragment("/rules").is_none());
        // A payload that inflates to something else than a profile.
        let not_a_profile = format!(
            "1{}",
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(b"{\"a\":1}", 6))
        );
        assert!(matches!(
            decode(&not_a_profile),
            Err(ShareError::Invalid(_))
        ));
        // A zip bomb is refused, not inflated.
        let bomb = format!(
            "1{}",
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec_zlib(
                &vec![b' '; 10_000_000],
                9
            ))
        );
        assert_eq!(decode(&bomb).unwrap_err(), ShareError::TooLong);
        assert_eq!(
            decode(&format!("1{}", "A".repeat(MAX_SHARE_CHARS + 1))).unwrap_err(),
            ShareError::TooLong
        );
    }

    /// A profile at every limit (the most achievements, the longest texts)
    /// still makes a link that opens; one achievement more is refused with
    /// the limit named, like an imported file.
    #[test]
    fn a_profile_at_every_limit_round_trips_and_one_over_is_refused() {
        use crate::limits::*;
        use crate::profile::Achievement;
        let mut p = example();
        p.company.name = Some("名".repeat(MAX_TEXT_CHARS));
        let word = |i: usize, k: usize| {
            format!("{i}-{k}-{}", "值".repeat(MAX_ACHIEVEMENT_WORD_CHARS - 12))
        };
        p.achievements = (0..MAX_ACHIEVEMENTS)
            .map(|i| {
                let mut a = Achievement::new(&word(i, 99), &[], MAX_ACHIEVEMENT_COUNT);
                for k in 0..MAX_ACHIEVEMENT_ATTRIBUTES {
                    a.attributes.insert(word(i, k), word(i, k + 10));
                }
                a
            })
            .collect();
        assert!(serde_json::to_vec(&p).unwrap().len() <= MAX_PROFILE_BYTES);
        let f = fragment(&p, "x");
        assert!(f.len() < MAX_SHARE_CHARS);
        assert_eq!(from_fragment(&f).unwrap().unwrap(), p);
        p.achievements.push(Achievement::new("standard", &[], 1));
        let e = from_fragment(&fragment(&p, "x")).unwrap().unwrap_err();
        assert!(e.message().zh.contains("最多 200 项"), "{}", e.message().zh);
    }
}
