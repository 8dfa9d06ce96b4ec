//! Two to four profiles or scenarios side by side (`#/compare`): pick them,
//! see each tier, the incentives, the next steps and every input that
//! differs in columns.

use crate::date::Date;
use crate::rules::{rulebook_by_id, rulebook_for, Rulebook};
use crate::side_by_side::{side_by_side, MAX_COLUMNS};
use crate::web::components::side_by_side::SideBySideTable;
use crate::web::i18n::use_lang;
use crate::web::props::Shared;
use crate::web::state::RulebookChoice;
use crate::web::state::Store;
use crate::web::util::today;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub store: Store,
}

thread_local! {
    /// What the user last picked on this page in this visit (ids), so the
    /// printed client pack compares the same columns; empty until a pick.
    static PICKED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// The columns of the printed client pack's comparison: the picks made on
/// this page when they include the active profile or its base (chosen for
/// this client), else the active profile's family (its base and the base's
/// scenarios); none when fewer than two. Store order, at most four.
pub fn print_columns(store: &Store) -> Vec<(String, Rc<crate::profile::Profile>)> {
    let base = store.base_of(&store.active).to_string();
    let picked = PICKED.with(|p| p.borrow().clone());
    let ids: Vec<String> = if picked.iter().any(|id| *id == store.active || *id == base) {
        picked
    } else {
        std::iter::once(base.clone())
            .chain(store.variants_of(&base).map(|e| e.id.clone()))
            .collect()
    };
    let columns: Vec<_> = store
        .entries
        .iter()
        .filter(|e| ids.contains(&e.id))
        .take(MAX_COLUMNS)
        .map(|e| (e.name.clone(), e.profile.clone()))
        .collect();
    if columns.len() < 2 {
        vec![]
    } else {
        columns
    }
}

/// The active profile's family first: its base and the base's scenarios.
fn default_picks(store: &Store) -> Vec<String> {
    let base = store.base_of(&store.active).to_string();
    let mut out = vec![base.clone()];
    out.extend(store.variants_of(&base).map(|e| e.id.clone()));
    if out.len() < 2 {
        out.extend(
            store
                .entries
                .iter()
                .filter(|e| e.id != base)
                .map(|e| e.id.clone())
                .take(1),
        );
    }
    out.truncate(MAX_COLUMNS);
    out
}

#[function_component]
pub fn SideBySidePage(p: &Props) -> Html {
    let l = use_lang();
    let store = &p.store;
    let picks = use_state(|| default_picks(store));
    let only_differing = use_state(|| true);
    let active = store.active();
    let date = active.profile.assessment_date.unwrap_or_else(today);
    let rulebook = chosen(&store.rulebook, date);
    // Columns in the store's order, whatever order they were picked in.
    let columns: Vec<(String, Rc<crate::profile::Profile>)> = store
        .entries
        .iter()
        .filter(|e| picks.contains(&e.id))
        .map(|e| (e.name.clone(), e.profile.clone()))
        .collect();
    // Computed again once the policies arrive (the incentives row).
    let catalog = crate::web::catalog::use_catalog().state;
    let table = (*use_memo(
        (columns.clone(), date, rulebook.id, catalog),
        move |(cols, date, _, _)| {
            let refs: Vec<(&str, &crate::profile::Profile)> =
                cols.iter().map(|(n, p)| (n.as_str(), &**p)).collect();
            Shared(Rc::new(side_by_side(&refs, *date, rulebook, true)))
        },
    ))
    .clone();
    let toggle = |id: String| {
        let picks = picks.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            let mut next = (*picks).clone();
            next.retain(|x| *x != id);
            if on {
                next.push(id.clone());
            }
            PICKED.with(|p| p.borrow_mut().clone_from(&next));
            picks.set(next);
        })
    };
    let on_only = {
        let only = only_differing.clone();
        Callback::from(move |e: Event| {
            only.set(e.target_unchecked_into::<HtmlInputElement>().checked())
        })
    };
    let full = picks.len() >= MAX_COLUMNS;
    html! {
        <div class="rules-page side-by-side-page">
            <h1>{ l.t("方案并排对比", "Profiles and scenarios side by side") }</h1>
            <fieldset class="sbs-picks">
                <legend>{ l.t("选择 2 至 4 个档案或方案", "Choose 2 to 4 profiles or scenarios") }</legend>
                { for store.entries.iter().map(|e| {
                    let id = format!("sbs-pick-{}", e.id);
                    let checked = picks.contains(&e.id);
                    let base = e.parent.as_ref().and_then(|p| store.entries.iter().find(|x| &x.id == p));
                    let label = match base {
                        Some(b) => format!("{}{}{}{}", l.t("方案：", "Scenario: "), e.name, l.t("，基于 ", ", based on "), b.name),
                        None => e.name.clone(),
                    };
                    html! {
                        <span class="check">
                            <input type="checkbox" id={id.clone()} checked={checked} disabled={full && !checked} onchange={toggle(e.id.clone())} data-sbs-pick={e.name.clone()} />
                            <label for={id} class="entry-name">{ label }</label>
                        </span>
                    }
                }) }
            </fieldset>
            <p class="portfolio-basis">{ crate::basis::basis_line(date, rulebook.name, rulebook.provisional, l.lang) }</p>
            if catalog != crate::web::catalog::CatalogState::Loaded {
                <p class="notice notice-info">{ l.t("地方激励合计将在地方政策加载后计算：", "The local incentives are computed once the local policies have arrived: ") }<crate::web::catalog::CatalogPending /></p>
            }
            if table.0.names.len() < 2 {
                <p class="notice notice-info">{ l.t("请至少选择两个档案或方案。可在“自评”页用“新建方案”建立方案。", "Choose at least two. Scenarios are made with “New scenario” on the assessment page.") }</p>
            } else {
                <span class="check">
                    <input type="checkbox" id="sbs-only-differing" checked={*only_differing} onchange={on_only} />
                    <label for="sbs-only-differing">{ l.t("只列出不同的数据", "List only the inputs that differ") }</label>
                </span>
                <SideBySideTable table={table} only_differing={*only_differing} />
            }
        </div>
    }
}

/// The rulebook a choice names on a date.
pub fn chosen(choice: &RulebookChoice, date: Date) -> &'static Rulebook {
    match choice {
        RulebookChoice::Auto => rulebook_for(date),
        RulebookChoice::Pinned(id) => rulebook_by_id(id).unwrap_or_else(|| rulebook_for(date)),
    }
}
