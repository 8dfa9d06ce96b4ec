//! What to prepare for one tier: a closed 需准备的材料 under its card, the
//! materials the rules name (with the article) and the evidence behind
//! each answer the verdict rests on (`tiers.<tier>.materials`).

use crate::report::MaterialView;
use crate::web::i18n::use_lang;
use crate::web::props::TierOf;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// A tier whose view has materials.
#[derive(Properties)]
pub struct Props {
    pub tier: TierOf,
}

/// Equal when the materials are: a keystroke that changes the card but
/// not what to prepare leaves the list as it is.
impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        self.tier.same(&other.tier, |t| &t.materials)
    }
}

#[function_component]
pub fn Materials(p: &Props) -> Html {
    let l = use_lang();
    // The disclosure is closed: its summary line shows at once, its lists
    // (some thirty items a tier) one task later, so that a page's first
    // score, or a tier that just became applicable, does not wait for them.
    let listed = use_state(|| false);
    {
        let listed = listed.clone();
        use_effect_with((), move |_| {
            let timer = Timeout::new(0, move || listed.set(true));
            move || drop(timer)
        });
    }
    let Some(materials) = p.tier.get().and_then(|t| t.materials.as_ref()) else {
        return html! {};
    };
    let item = |m: &MaterialView| {
        let backs: Vec<&str> = m.backs.iter().map(|t| l.text(*t)).collect();
        let cite = m
            .citation
            .as_ref()
            .map(|c| format!("《{}》{}", c.document_zh, c.article));
        html! {
            <li data-material={m.id}>
                { l.text(m.name) }
                if !backs.is_empty() {
                    <span class="material-backs">{ format!("{}{}", l.t("（用于：", " (for: "), backs.join(l.t("、", ", "))) }{ l.t("）", ")") }</span>
                }
                if let Some(c) = cite { <span class="cite">{ format!(" — {c}") }</span> }
            </li>
        }
    };
    html! {
        <details class="materials" data-materials={p.tier.key}>
            <summary>{ l.t("需准备的材料", "What to prepare") }</summary>
            if *listed {
                <h4>{ l.t("申报材料", "Application") }</h4>
                <ul>{ for materials.application.iter().map(item) }</ul>
                if !materials.evidence.is_empty() {
                    <h4>{ l.t("佐证材料", "Evidence") }</h4>
                    <ul>{ for materials.evidence.iter().map(item) }</ul>
                }
            }
        </details>
    }
}
