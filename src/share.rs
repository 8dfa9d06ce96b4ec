//! Share links: the whole profile in the URL fragment (after `#`, which
//! browsers never send to a server). The fragment is
//! `share/<summary>/<payload>`: a short human-readable summary (company and
//! tiers) and `1` + base64url(zlib(compact sme-profile/1 JSON)). zlib's
//! checksum makes a link altered by even one character fail cleanly; the
//! decoded profile is validated like any imported file.
//!
//! A scenario's link (payload version `2`) carries its name, its base's
//! name and the base profile too, so it opens as that scenario beside its
//! base ("方案：…，基于 …"); the two profiles compress together, so the base
//! costs little.

use crate::profile::{parse_profile, ParseError, Profile};
use crate::text::Message;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

/// The fragment prefix of a share link.
pub const PREFIX: &str = "share/";
/// The payload format version of a profile's link.
const VERSION: char = '1';
use crate::limits::{MAX_PROFILE_BYTES, MAX_SHARE_CHARS};
/// The payload format version of a scenario's link.
const SCENARIO: char = '2';

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

/// A scenario of a base profile, as a link carries it.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioOf {
    pub name: String,
    pub base_name: String,
    pub base: Profile,
}

/// What a link opens: a profile, and for a scenario its name and base.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub profile: Profile,
    pub scenario: Option<ScenarioOf>,
}

/// The payload for a scenario: its name, its base's name, the scenario's
/// profile and the base's, one JSON document per line.
pub fn encode_scenario(profile: &Profile, of: &ScenarioOf) -> String {
    let lines = [
        serde_json::to_string(&of.name).unwrap_or_default(),
        serde_json::to_string(&of.base_name).unwrap_or_default(),
        serde_json::to_string(profile).unwrap_or_default(),
        serde_json::to_string(&of.base).unwrap_or_default(),
    ];
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(lines.join("\n").as_bytes(), 9);
    let mut out = String::with_capacity(1 + packed.len() * 4 / 3 + 2);
    out.push(SCENARIO);
    URL_SAFE_NO_PAD.encode_string(packed, &mut out);
    out
}

/// The text of a payload, refused when the link or what it inflates to is
/// over the limit (a scenario carries two profiles and two names).
fn inflate(rest: &str, limit: usize) -> Result<String, ShareError> {
    if rest.len() > MAX_SHARE_CHARS {
        return Err(ShareError::TooLong);
    }
    let packed = URL_SAFE_NO_PAD
        .decode(rest.trim())
        .map_err(|_| ShareError::Damaged)?;
    let json = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, limit).map_err(
        |e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::TooLong,
            _ => ShareError::Damaged,
        },
    )?;
    String::from_utf8(json).map_err(|_| ShareError::Damaged)
}

/// A profile (and for a scenario, its name and base) from a payload.
pub fn open(payload: &str) -> Result<Opened, ShareError> {
    if let Some(rest) = payload.strip_prefix(SCENARIO) {
        let text = inflate(rest, 2 * MAX_PROFILE_BYTES + 4096)?;
        let mut lines = text.split('\n');
        let mut next = || lines.next().ok_or(ShareError::Damaged);
        let name: String = serde_json::from_str(next()?).map_err(|_| ShareError::Damaged)?;
        let base_name: String = serde_json::from_str(next()?).map_err(|_| ShareError::Damaged)?;
        let profile = parse_profile(next()?).map_err(ShareError::Invalid)?;
        let base = parse_profile(next()?).map_err(ShareError::Invalid)?;
        return Ok(Opened {
            profile,
            scenario: Some(ScenarioOf {
                name,
                base_name,
                base,
            }),
        });
    }
    decode(payload).map(|profile| Opened {
        profile,
        scenario: None,
    })
}

/// A profile from a payload (a scenario's link gives the scenario).
pub fn decode(payload: &str) -> Result<Profile, ShareError> {
    if payload.starts_with(SCENARIO) {
        return open(payload).map(|o| o.profile);
    }
    let rest = payload.strip_prefix(VERSION).ok_or(ShareError::Foreign)?;
    parse_profile(&inflate(rest, MAX_PROFILE_BYTES)?).map_err(ShareError::Invalid)
}

/// A readable summary: the company name (or a scenario's name), shortened
/// without leaving a bracket open, and one mark per tier, with characters
/// that would break the fragment removed.
pub fn summary(profile: &Profile, tiers: &[(&str, bool)]) -> String {
    summary_named(profile.company.name.as_deref().unwrap_or("企业"), tiers)
}

/// [`summary`] under a given name.
pub fn summary_named(name: &str, tiers: &[(&str, bool)]) -> String {
    let clean: String = name
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '/' | '#' | '?' | '%' | '&'))
        .collect();
    let name = crate::text::shorten(&clean, 16);
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

/// The fragment (without `#`) for a scenario and its summary.
pub fn scenario_fragment(profile: &Profile, of: &ScenarioOf, summary: &str) -> String {
    format!("{PREFIX}{summary}/{}", encode_scenario(profile, of))
}

/// The payload of a fragment (with or without the leading `#`), if the
/// fragment is a share link at all. Browsers may percent-encode the
/// summary; only the payload matters.
fn payload(fragment: &str) -> Option<&str> {
    let rest = fragment.trim_start_matches('#').strip_prefix(PREFIX)?;
    Some(rest.rsplit('/').next().unwrap_or_default())
}

/// The profile in a fragment, if the fragment is a share link at all
/// (`None` otherwise).
pub fn from_fragment(fragment: &str) -> Option<Result<Profile, ShareError>> {
    payload(fragment).map(decode)
}

/// What a fragment opens (a profile, or a scenario with its base), if it
/// is a share link at all.
pub fn open_fragment(fragment: &str) -> Option<Result<Opened, ShareError>> {
    payload(fragment).map(open)
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
            from_fragment("share/x/9abc").unwrap().unwrap_err(),
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

    #[test]
    fn a_scenario_link_opens_as_the_scenario_with_its_base_and_stays_short() {
        let base = example();
        let mut plan = base.clone();
        plan.financials.rd_expense.y1 = Some(rust_decimal::Decimal::from(400));
        let of = ScenarioOf {
            name: "示例精密机械有限公司（方案：研发费用增加 280 万元）".into(),
            base_name: "示例精密机械有限公司".into(),
            base: base.clone(),
        };
        let f = scenario_fragment(&plan, &of, &summary_named(&of.name, &[("创新", true)]));
        // The summary is shortened without leaving a bracket open.
        assert!(f.starts_with("share/示例精密机械有限公司…·创新✔/"), "{f}");
        let encoded: usize = f
            .chars()
            .map(|c| if c.is_ascii() { 1 } else { 3 * c.len_utf8() })
            .sum();
        assert!(encoded < 2000, "{encoded} characters");
        let opened = open_fragment(&f).unwrap().unwrap();
        assert_eq!(opened.profile, plan);
        assert_eq!(opened.scenario, Some(of));
        // The plain decoder gives the scenario's profile.
        assert_eq!(from_fragment(&f).unwrap().unwrap(), plan);
        // Altered, it is refused like any link.
        let i = f.len() - 12;
        let mut bytes = f.clone().into_bytes();
        bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
        assert!(open_fragment(&String::from_utf8(bytes).unwrap())
            .unwrap()
            .is_err());
        // A plain profile's link opens with no scenario.
        let plain = fragment(&base, "x");
        assert_eq!(open_fragment(&plain).unwrap().unwrap().scenario, None);
    }
}
