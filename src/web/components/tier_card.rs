//! One tier's verdict, always visible: word, colour and icon (never colour
//! alone), the score against its pass mark, the category sub-scores against
//! their minimums; for a 待定, what settles it. Carries the stable hooks `data-tier`, `data-qualified`,
//! `data-score`.

use super::materials::Materials;
use super::missing_fields::MissingFields;
use super::score_bar::ScoreBar;
use crate::engine::Verdict;
use crate::logic::Tri;
use crate::web::i18n::use_lang;
use crate::web::props::TierOf;
use yew::prelude::*;

#[derive(Properties)]
pub struct Props {
    /// The tier, in the report: a keystroke's new report does not copy
    /// four tiers' views into the cards' props to compare them.
    pub tier: TierOf,
    /// The same tier in the report whose materials the card lists (see
    /// [`super::results::SummaryProps::materials`]).
    pub materials: TierOf,
    #[prop_or_default]
    pub compact: bool,
}

/// Equal when the tier is and the materials listed are.
impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        self.tier == other.tier
            && self.compact == other.compact
            && self.materials.same(&other.materials, |t| &t.materials)
    }
}

/// A verdict's icon and word in the page's language.
pub fn verdict_words(verdict: Verdict, en: bool) -> (&'static str, &'static str) {
    let w = verdict.words();
    (verdict.icon(), if en { w.en } else { w.zh })
}

#[function_component]
pub fn TierCard(p: &Props) -> Html {
    let l = use_lang();
    let t = p.tier.view();
    let key_name = p.tier.key;
    let (icon, word) = verdict_words(t.verdict, l.is_en());
    let score_text = match (t.score_range, t.max_score) {
        (Some([a, b]), Some(m)) if a == b => format!("{a} / {m} {}", l.t("分", "pts")),
        (Some([a, b]), Some(m)) => format!("{a}–{b} / {m} {}", l.t("分", "pts")),
        _ => String::new(),
    };
    let route = match t.route {
        Some("direct") => Some(l.t("经直通条件", "via a direct condition")),
        Some("score") => Some(l.t("经评分", "by score")),
        _ => None,
    };
    html! {
        // Class lists written out: `classes!` builds and hashes a set per
        // element, and a keystroke may redraw every card.
        <article class={format!("tier-card verdict-{}{}", t.verdict.key(), if p.compact { " compact" } else { "" })}
            data-tier={key_name} data-qualified={t.qualified.to_string()} data-verdict={t.verdict.key()}
            data-score={t.score.map(|s| s.to_string())} data-score-max={t.score_range.map(|r| r[1].to_string())}
            aria-labelledby={format!("tier-{key_name}")}>
            <h3 id={format!("tier-{key_name}")}>{ l.term(t.name) }</h3>
            <p class="verdict"><span class="icon" aria-hidden="true">{ icon }</span>{ " " }<strong>{ word }</strong>
                if let Some(r) = route { <span class="route">{ format!("（{r}）") }</span> }
            </p>
            if let (Some([a, b]), Some(max), Some(pass)) = (t.score_range, t.max_score, t.pass_mark) {
                <div class="score">
                    <ScoreBar min={a} max_possible={b} of={max} bar={pass}
                        label={format!("{score_text}，{} {pass} {}", l.t("及格线", "pass mark"), l.t("分", "pts"))} />
                    <p class="score-text"><span class="num">{ score_text.clone() }</span>
                        <span class="bar-note">{ format!(" · {} {pass}", l.t("及格线", "pass at")) }</span></p>
                </div>
                if !p.compact {
                    <ul class="categories">
                        { for t.categories.iter().map(|c| html! {
                            <li>
                                <span class="cat-name">{ l.text(c.name) }</span>
                                <ScoreBar small=true min={c.score_range[0]} max_possible={c.score_range[1]} of={c.max} bar={c.minimum}
                                    label={format!("{} {}/{}{}", l.text(c.name), c.score, c.max, c.minimum.map(|m| format!("，{} {m}", l.t("最低", "minimum"))).unwrap_or_default())} />
                                <span class="num">{ format!("{}/{}", c.score, c.max) }
                                    if let Some(m) = c.minimum { <span class="min">{ format!(" ≥{m}") }</span> }
                                </span>
                            </li>
                        }) }
                    </ul>
                }
            } else if !p.compact {
                <ul class="dimensions">
                    { for t.conditions.iter().map(|d| {
                        let i = Verdict::of(Tri::from_option(d.met)).icon();
                        html! { <li class={match d.met { Some(true) => "met", None => "unknown", Some(false) => "unmet" }}>
                            <span aria-hidden="true">{ i }</span>{ " " }{ l.text(d.name) }
                            <span class="visually-hidden">{ match d.met { Some(true) => l.t("：满足", ": met"), None => l.t("：待定", ": to confirm"), Some(false) => l.t("：不满足", ": not met") } }</span>
                        </li> }
                    }) }
                </ul>
            }
            if !t.warnings.is_empty() {
                <ul class="tier-warnings" aria-label={l.t("核查提示（不影响结论）", "Checks (the verdict stands)")}>
                    { for t.warnings.iter().map(|w| html! {
                        <li data-warning={w.id}><span aria-hidden="true">{ "⚠" }</span>{ " " }{ l.text(w.text) }</li>
                    }) }
                </ul>
            }
            if !t.missing_groups.is_empty() {
                <MissingFields note={t.missing_note.clone()} groups={t.missing_groups.clone()} />
            }
            if t.confidence != "official" {
                <p class="provisional">{ l.t("依据二手资料，暂定", "Provisional: from secondary sources") }</p>
            }
            if !p.compact && p.materials.get().is_some_and(|m| m.materials.is_some()) {
                <Materials tier={p.materials.clone()} />
            }
        </article>
    }
}
