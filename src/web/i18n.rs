//! The page language: a context and a hook (cross-cutting state only).

use crate::text::{Lang, Message, Text};
use yew::prelude::*;

/// The language in effect, with a way to change it.
#[derive(Clone, PartialEq)]
pub struct LangContext {
    pub lang: Lang,
    pub set: Callback<Lang>,
}

impl LangContext {
    /// Chinese or English, by the current language.
    pub fn t<'a>(&self, zh: &'a str, en: &'a str) -> &'a str {
        match self.lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    pub fn text(&self, t: Text) -> &'static str {
        t.get(self.lang)
    }

    pub fn msg<'a>(&self, m: &'a Message) -> &'a str {
        m.get(self.lang)
    }

    pub fn is_en(&self) -> bool {
        self.lang == Lang::En
    }

    /// A legal term: in English, the official Chinese beside it.
    pub fn term(&self, t: Text) -> String {
        match self.lang {
            Lang::Zh => t.zh.to_string(),
            Lang::En if t.en.contains(t.zh) => t.en.to_string(),
            Lang::En => format!("{} ({})", t.en, t.zh),
        }
    }
}

#[hook]
pub fn use_lang() -> LangContext {
    use_context::<LangContext>().expect("LangContext is provided by App")
}
