//! A score drawn against its bar: inline SVG, no chart library. The filled
//! part is the sure score, a hatched part the range still open, a line the
//! pass mark. Described in words for screen readers.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub min: u32,
    pub max_possible: u32,
    pub of: u32,
    /// The bar to clear (pass mark or category minimum).
    #[prop_or_default]
    pub bar: Option<u32>,
    pub label: AttrValue,
    #[prop_or_default]
    pub small: bool,
}

#[function_component]
pub fn ScoreBar(p: &Props) -> Html {
    // Positions in hundredths of the 100-unit view box, with integers only
    // (float formatting would add code to the wasm for nothing).
    let of = p.of.max(1);
    let pos = |v: u32| v.min(p.of) * 10_000 / of;
    let x = |v: u32| {
        let h = pos(v);
        format!("{}.{:02}", h / 100, h % 100)
    };
    let h = if p.small { "8" } else { "14" };
    let ok = p.bar.is_none_or(|b| p.min >= b);
    html! {
        // Class lists as fixed strings: `classes!` builds and hashes a set
        // per element, and a keystroke redraws some sixteen bars.
        <svg class={if p.small { "score-bar small" } else { "score-bar" }} viewBox={if p.small { "0 0 100 8" } else { "0 0 100 14" }} preserveAspectRatio="none"
            role="img" aria-label={p.label.clone()} focusable="false">
            <rect class="track" x="0" y="0" width="100" height={h} />
            if p.max_possible > p.min {
                <rect class="open" x={x(p.min)} y="0" width={{ let w = pos(p.max_possible) - pos(p.min); format!("{}.{:02}", w / 100, w % 100) }} height={h} />
            }
            <rect class={if ok { "fill fill-ok" } else { "fill fill-short" }} x="0" y="0" width={x(p.min)} height={h} />
            if let Some(b) = p.bar {
                <line class="pass" x1={x(b)} x2={x(b)} y1="0" y2={h} />
            }
        </svg>
    }
}
