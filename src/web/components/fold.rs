//! A fold for narrow screens: the button that opens and closes the panel
//! right after it (the profile actions, the assessment settings), so that
//! a phone's first screen shows the first question rather than a toolbar.
//! On a wide screen the button is not shown and the panel always is
//! (styles/phone.css, `.fold-toggle`). The panel is hidden by CSS, never
//! taken out of the page, so nothing typed in it is lost when it closes.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The id of the panel, which must be the button's next sibling.
    pub controls: AttrValue,
    /// The button's words: what the panel holds.
    pub children: Html,
}

#[function_component]
pub fn FoldButton(props: &Props) -> Html {
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    html! {
        <button type="button" class="fold-toggle no-print" aria-expanded={open.to_string()}
            aria-controls={props.controls.clone()} onclick={toggle}>
            <span class="fold-label">{ props.children.clone() }</span>
            <span class="fold-mark" aria-hidden="true">{ if *open { "▲" } else { "▼" } }</span>
        </button>
    }
}
