//! A section's fields, each with its text (the draft, else the value) and
//! why the draft is not accepted.

use super::field::Field;
use crate::profile::fields::Field as FieldDef;
use crate::text::Message;
use crate::web::state::Entry;
use yew::prelude::*;

/// What one field shows: its text (the draft, else the value) and why the
/// draft is not accepted.
#[derive(Clone, PartialEq)]
pub struct FieldState {
    pub path: &'static str,
    pub text: String,
    pub problem: Option<Message>,
}

impl FieldState {
    pub fn of(e: &Entry, f: &'static FieldDef) -> FieldState {
        FieldState {
            path: f.path,
            text: e.text_of(f),
            problem: e.problem(f.path),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct GroupProps {
    pub fields: Vec<FieldState>,
    pub on_change: Callback<(String, String)>,
}

/// A section's fields. A component of its own so that a keystroke
/// re-renders only the section it was typed in.
#[function_component]
pub fn FieldGroup(p: &GroupProps) -> Html {
    html! {
        <div class="grid">
            { for p.fields.iter().map(|f| html! {
                <Field key={f.path} path={f.path} text={f.text.clone()} problem={f.problem.clone()} on_change={p.on_change.clone()} />
            }) }
        </div>
    }
}
