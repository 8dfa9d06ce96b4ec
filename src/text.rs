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
