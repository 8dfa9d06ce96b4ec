//! Hello, world in Yew: the smallest app with the same framework.
use yew::prelude::*;

#[function_component]
fn App() -> Html {
    html! { <h1 data-hello="true">{ "Hello, world" }</h1> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
