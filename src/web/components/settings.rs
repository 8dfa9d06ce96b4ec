//! The assessment's settings above the form: its date, the rules applied,
//! the side-by-side of two rulebooks, and the filing calendar. A component
//! of its own, with callbacks made once: a keystroke in the form, which
//! changes none of these, does not redraw them.

use super::calendar_button::CalendarButton;
use crate::rules::{rulebook_by_id, rulebook_for, Rulebook, RULEBOOKS};
use crate::web::i18n::use_lang;
use crate::web::props::Latest;
use crate::web::state::RulebookChoice;
use crate::Date;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The assessment date (the profile's, else today).
    pub date: Date,
    /// Whether the profile gives the date (else it is today's).
    pub date_given: bool,
    pub choice: RulebookChoice,
    /// The rulebook applied.
    pub rulebook: &'static str,
    pub compare: bool,
    pub on_date: Callback<Option<Date>>,
    pub on_rulebook: Callback<RulebookChoice>,
    pub on_compare: Callback<bool>,
    /// For the calendar button, which reads the profile when pressed.
    pub latest: Latest,
    pub today: Date,
}

/// The rulebooks compared side by side: the newest and the one it replaced.
pub fn compared() -> [&'static Rulebook; 2] {
    let n = RULEBOOKS.len();
    [RULEBOOKS[n.saturating_sub(2)], RULEBOOKS[n - 1]]
}

#[function_component]
pub fn AssessmentSettings(p: &Props) -> Html {
    let l = use_lang();
    let date = p.date;
    let rulebook = rulebook_by_id(p.rulebook).unwrap_or_else(|| rulebook_for(date));
    let choice_value = match &p.choice {
        RulebookChoice::Auto => "auto",
        RulebookChoice::Pinned(id) => id.as_str(),
    };
    let on_date = p.on_date.reform(|e: Event| {
        e.target_unchecked_into::<HtmlInputElement>()
            .value()
            .parse()
            .ok()
    });
    let on_rulebook = p.on_rulebook.reform(|e: Event| {
        let v = e.target_unchecked_into::<HtmlSelectElement>().value();
        if v == "auto" {
            RulebookChoice::Auto
        } else {
            RulebookChoice::Pinned(v)
        }
    });
    let on_compare = p
        .on_compare
        .reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().checked());
    html! {
        <div class="assessment-settings fold-panel" id="assessment-settings">
            <label for="assessment-date">{ l.t("评估日期", "Assessment date") }</label>
            <input id="assessment-date" name="assessment_date" type="date" value={date.to_string()} onchange={on_date} />
            <span class="help">{ if p.date_given { "" } else { l.t("（默认今天）", "(today by default)") } }</span>
            <CalendarButton latest={p.latest.clone()} today={p.today} />
            <label for="rulebook-choice">{ l.t("适用规则", "Rules") }</label>
            <select id="rulebook-choice" name="rulebook" onchange={on_rulebook}>
                <option value="auto" selected={choice_value == "auto"}>{ format!("{}（{}）", l.t("按评估日期", "By date"), l.text(rulebook_for(date).name)) }</option>
                { for RULEBOOKS.iter().map(|r| html! {
                    <option value={r.id} selected={choice_value == r.id}>{ l.text(r.name) }</option>
                }) }
            </select>
            <span class="check">
                <input type="checkbox" id="compare-toggle" name="compare" checked={p.compare} onchange={on_compare} />
                <label for="compare-toggle">{ { let [a, b] = compared().map(|r| r.validity.from.year()); if l.is_en() { format!("Compare the {a} and {b} rules") } else { format!("对比 {a} 与 {b} 规则") } } }</label>
            </span>
            if let Some(note) = rulebook.note.filter(|_| rulebook.provisional) {
                <p class="provisional rulebook-note">{ l.text(note) }</p>
            }
        </div>
    }
}
