//! What a person may write for a choice: the code, the Chinese or English
//! label, the label without its bracketed gloss (省级 for 省级（省部级）) or
//! the gloss alone, and the everyday words a spreadsheet carries (制造业 is
//! 工业 in the 2011 size regulation's rows). And, when none matches, the
//! allowed values in words.

use crate::text::{Message, Text};

/// Everyday words for a choice, by field path: (word, code). Only words
/// that name one option without doubt (批发和零售业 spans two rows, so it
/// is not here).
const ALIASES: &[(&str, &[(&str, &str)])] = &[
    (
        "company.industry",
        &[
            // 《中小企业划型标准规定》 第三条: 工业 covers 采矿业, 制造业 and
            // 电力、热力、燃气及水生产和供应业.
            ("制造业", "industry"),
            ("采矿业", "industry"),
            ("电力、热力、燃气及水生产和供应业", "industry"),
            ("农业", "agriculture"),
            ("林业", "agriculture"),
            ("畜牧业", "agriculture"),
            ("牧业", "agriculture"),
            ("渔业", "agriculture"),
            ("农林牧渔业", "agriculture"),
            ("建筑", "construction"),
            ("批发", "wholesale"),
            ("零售", "retail"),
            ("交通运输", "transport"),
            ("运输业", "transport"),
            ("仓储", "warehousing"),
            ("邮政", "postal"),
            ("住宿", "accommodation"),
            ("餐饮", "catering"),
            ("信息传输", "information_transmission"),
            ("软件业", "software_it"),
            ("软件和信息技术服务", "software_it"),
            ("信息技术服务业", "software_it"),
            ("房地产", "real_estate"),
            ("房地产业", "real_estate"),
            ("物业", "property_management"),
            ("租赁和商务服务", "leasing_business"),
            ("其他", "other"),
            ("其它", "other"),
        ],
    ),
    (
        "qualifications.rd_institution",
        &[
            ("国家", "national"),
            ("省部级", "provincial"),
            ("省", "provincial"),
            ("市", "municipal"),
            ("县级", "below_municipal"),
            ("区县级", "below_municipal"),
            ("区级", "below_municipal"),
            ("无", "none"),
            ("没有", "none"),
            ("未建立", "none"),
        ],
    ),
    (
        "qualifications.sci_tech_award.level",
        &[
            ("省级", "provincial"),
            ("省部级", "provincial"),
            ("国家级", "national"),
            ("没有", "none"),
            ("未获奖", "none"),
        ],
    ),
    (
        "qualifications.maker_china",
        &[
            ("无", "none"),
            ("没有", "none"),
            ("500强", "top500"),
            ("全国500强", "top500"),
            ("50强", "top50"),
            ("全国50强", "top50"),
        ],
    ),
];

/// Spaces, quotes and half-width brackets do not decide a match.
fn normalize(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '“' | '”' | '"' | '\'' | '‘' | '’'))
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            c => c,
        })
        .collect::<String>()
        .to_lowercase()
}

/// The label without its bracketed gloss, and the gloss: 省级（省部级） →
/// (省级, 省部级).
fn parts(label: &str) -> (String, Option<String>) {
    let label = normalize(label);
    match label.split_once('（') {
        Some((head, rest)) => (
            head.to_string(),
            Some(rest.trim_end_matches('）').to_string()),
        ),
        None => (label, None),
    }
}

/// The code `input` names among `options` for the field at `path`.
pub(super) fn find(
    path: &str,
    options: &'static [(&'static str, Text)],
    input: &str,
) -> Option<&'static str> {
    let s = normalize(input);
    if s.is_empty() {
        return None;
    }
    let by_label = options.iter().find(|(code, label)| {
        let (head, gloss) = parts(label.zh);
        *code == s
            || normalize(label.zh) == s
            || normalize(label.en) == s
            || head == s
            || gloss.as_deref() == Some(s.as_str())
    });
    if let Some((code, _)) = by_label {
        return Some(code);
    }
    let alias = ALIASES
        .iter()
        .find(|(p, _)| *p == path)
        .and_then(|(_, words)| words.iter().find(|(w, _)| normalize(w) == s))?;
    options
        .iter()
        .find(|(code, _)| *code == alias.1)
        .map(|(code, _)| *code)
}

/// "无效选项“x”，可填：国家级；省级（省部级）；…": the allowed values in words.
pub(super) fn unknown(options: &[(&str, Text)], input: &str) -> Message {
    let zh: Vec<&str> = options.iter().map(|(_, l)| l.zh).collect();
    let en: Vec<&str> = options.iter().map(|(_, l)| l.en).collect();
    Message::new(
        format!("无效选项“{}”，可填：{}", input.trim(), zh.join("；")),
        format!(
            "unknown option “{}”; one of: {}",
            input.trim(),
            en.join("; ")
        ),
    )
}

#[cfg(test)]
mod tests {
    use crate::profile::fields::{field, Value};

    #[test]
    fn chinese_words_codes_and_aliases_all_read() {
        let cases = [
            ("company.industry", "制造业", "industry"),
            ("company.industry", "工业", "industry"),
            ("company.industry", "industry", "industry"),
            (
                "company.industry",
                "Software and IT services",
                "software_it",
            ),
            ("company.industry", "软件和信息技术服务业", "software_it"),
            ("company.industry", "农、林、牧、渔业", "agriculture"),
            ("qualifications.rd_institution", "省级", "provincial"),
            (
                "qualifications.rd_institution",
                "省级(省部级)",
                "provincial",
            ),
            ("qualifications.rd_institution", "国家级", "national"),
            ("qualifications.rd_institution", "未建立研发机构", "none"),
            ("qualifications.rd_institution", "无", "none"),
            ("qualifications.sci_tech_award.level", "省级", "provincial"),
            (
                "qualifications.sci_tech_award.level",
                "国家级科技奖励",
                "national",
            ),
            ("qualifications.maker_china", "全国 500 强企业组", "top500"),
            ("qualifications.maker_china", "50强", "top50"),
        ];
        for (path, input, code) in cases {
            assert_eq!(
                field(path).unwrap().parse(input),
                Ok(Value::Choice(code)),
                "{path} {input}"
            );
        }
    }

    #[test]
    fn an_unknown_choice_lists_the_allowed_values_in_words() {
        let e = field("qualifications.rd_institution")
            .unwrap()
            .parse("银河级")
            .unwrap_err();
        assert_eq!(
            e.zh,
            "无效选项“银河级”，可填：国家级；省级（省部级）；市级；市级以下；未建立研发机构"
        );
        assert!(!e.zh.contains("provincial"), "{}", e.zh);
        assert!(e.en.contains("Provincial (ministerial)"), "{}", e.en);
    }
}
