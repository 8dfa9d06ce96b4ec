//! Bilingual text. Chinese is the language of the law and the default of the
//! page; English is the second language. Legal terms keep the Chinese term
//! beside the English rendering where the English alone would be ambiguous.

use serde::Serialize;

/// A pair of static strings, Chinese and English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Text {
    pub zh: &'static str,
    pub en: &'static str,
}

impl Text {
    pub const fn new(zh: &'static str, en: &'static str) -> Self {
        Text { zh, en }
    }

    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

/// Shorthand for declaring [`Text`] in rule tables.
#[macro_export]
macro_rules! t {
    ($zh:expr, $en:expr) => {
        $crate::text::Text::new($zh, $en)
    };
}

/// The two languages of the product.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Zh,
    En,
}

/// An owned bilingual message, for text composed at run time (reasons,
/// advice, validation errors).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    pub zh: String,
    pub en: String,
}

impl Message {
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Self {
        Message {
            zh: zh.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

impl From<Text> for Message {
    fn from(t: Text) -> Self {
        Message::new(t.zh, t.en)
    }
}

/// Opening brackets and quotes, each with its closing partner.
const PAIRS: [(char, char); 8] = [
    ('（', '）'),
    ('(', ')'),
    ('【', '】'),
    ('[', ']'),
    ('《', '》'),
    ('“', '”'),
    ('「', '」'),
    ('〔', '〕'),
];

/// A name shortened to at most `max` characters (never inside a
/// character), and never leaving a bracket or quote open: the cut goes
/// back to before the bracket the kept part opened, and "…" marks it.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let kept: Vec<char> = s.chars().take(max.saturating_sub(1)).collect();
    // Where the outermost bracket still open at the cut was opened.
    let mut open: Vec<(usize, char)> = Vec::new();
    for (i, c) in kept.iter().enumerate() {
        if let Some(&(_, close)) = PAIRS.iter().find(|(o, _)| o == c) {
            open.push((i, close));
        } else if open.last().is_some_and(|&(_, close)| close == *c) {
            open.pop();
        }
    }
    let end = open.first().map_or(kept.len(), |&(i, _)| i);
    let mut out: String = kept[..end].iter().collect();
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::shorten;

    #[test]
    fn a_shortened_name_closes_every_bracket_it_keeps() {
        assert_eq!(shorten("临沂精密机械", 16), "临沂精密机械");
        assert_eq!(
            shorten("示例精密机械有限公司（方案：研发费用增加 23.5 万元）", 16),
            "示例精密机械有限公司…"
        );
        assert_eq!(shorten("甲（乙）丙丁戊己庚", 6), "甲（乙）丙…");
        for n in 1..40 {
            let s = shorten("企业（方案：研发（加）“人员”）与《标准》", n);
            assert!(s.chars().count() <= n.max(1), "{s}");
            for (o, c) in super::PAIRS {
                assert_eq!(s.matches(o).count(), s.matches(c).count(), "{s}");
            }
        }
    }
}
