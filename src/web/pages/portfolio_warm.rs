//! The portfolio's warm-up. The first run of wasm code is slow: V8 runs
//! each function as baseline code first and recompiles the hot ones in the
//! background, so the first 10,000-row .xlsx took about twice as long as
//! the second. When a user points at or focuses the file chooser, the
//! Excel reader is loaded and its own small workbook (300 rows in the
//! template's columns, `xlsx/warm-up.xlsx`) goes, three times, the way a
//! user's file goes — read by the reader, handed over, read into profiles
//! and scored, then drawn as the table in an element that is not in the
//! page — with nothing shown or kept: the time a user spends in the file
//! dialog is spent on the compiling.
//! It runs once a page, in short slices, and stops as soon as a user's
//! files arrive (they need not wait for it). It fetches nothing but the
//! reader, which the file would need anyway, and changes no state; when it
//! is done it leaves a `performance` mark, `sme-portfolio-warm`.

use crate::date::Date;
use crate::portfolio::{import_rows, score_pending, Row};
use crate::rules::rulebook_for;
use crate::text::Lang;
use crate::web::components::portfolio_table::PortfolioTable;
use crate::web::excel::{read_xlsx, sample_xlsx};
use crate::web::i18n::LangContext;
use crate::web::props::Shared;
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;
use yew::prelude::*;

/// How many times the sample goes the whole way. V8 recompiles a function
/// once it has run enough of its code; once is not enough for what runs
/// once a workbook (calamine's opening, which reads the shared strings) or
/// a few times a row, and a function first recompiled during a user's
/// 10,000 rows was both slow for them and compiled at their expense (on
/// this 2-core machine, 0.6 s of compiling during the import after one
/// pass, measured with `--js-flags=--trace-wasm-compilation-times`).
const PASSES: usize = 3;

/// Data rows read and scored per slice: a few milliseconds once warm, a
/// few tens the first time, so a file picked meanwhile waits little.
const SLICE_ROWS: usize = 50;

thread_local! {
    /// Whether the warm-up was started (once a page), and whether a
    /// user's files have arrived since (it then stops).
    static STARTED: Cell<bool> = const { Cell::new(false) };
    static STOPPED: Cell<bool> = const { Cell::new(false) };
}

/// Starts the warm-up, scoring on `date` and showing in `lang`, unless it
/// has run or is running (after a user's files, it only loads the reader).
pub fn warm_up(date: Date, lang: Lang) {
    if STARTED.replace(true) {
        return;
    }
    yew::platform::spawn_local(async move {
        // Loads the reader (a failure is said when a file needs it); once
        // a file has been read there is nothing left to warm.
        let Ok(sample) = sample_xlsx().await else {
            return;
        };
        let mut scored: Vec<Row> = Vec::new();
        for pass in 0..PASSES {
            yew::platform::time::sleep(Duration::ZERO).await;
            if STOPPED.get() {
                return;
            }
            let Ok(mut rows) = read_xlsx(&sample, u32::MAX).await else {
                return;
            };
            if rows.is_empty() {
                return;
            }
            let header = rows.remove(0);
            for chunk in rows.chunks(SLICE_ROWS) {
                yew::platform::time::sleep(Duration::ZERO).await;
                if STOPPED.get() {
                    return;
                }
                let sheet = std::iter::once(header.clone()).chain(chunk.iter().cloned());
                scored.extend(
                    import_rows(sheet)
                        .pending()
                        .iter()
                        .map(|p| score_pending(p, date)),
                );
            }
            if pass + 1 < PASSES {
                scored.clear();
            }
        }
        // The table drawn once, in an element that is never in the page.
        yew::platform::time::sleep(Duration::ZERO).await;
        if STOPPED.get() {
            return;
        }
        let root = gloo::utils::document().create_element("div");
        if let Ok(root) = root {
            let table = yew::Renderer::<Table>::with_root_and_props(
                root,
                TableProps {
                    rows: Shared(Rc::new(scored)),
                    date,
                    lang,
                },
            )
            .render();
            yew::platform::time::sleep(Duration::ZERO).await;
            table.destroy();
        }
        if let Some(p) = gloo::utils::window().performance() {
            let _ = p.mark("sme-portfolio-warm");
        }
    });
}

/// A user's files have arrived: the warm-up, if running, stops.
pub fn stop_warm_up() {
    STOPPED.set(true);
}

#[derive(Properties, PartialEq)]
struct TableProps {
    rows: Shared<Vec<Row>>,
    date: Date,
    lang: Lang,
}

/// The portfolio's table of the sample's rows, as the page draws it.
#[function_component]
fn Table(p: &TableProps) -> Html {
    let context = LangContext {
        lang: p.lang,
        set: Callback::noop(),
    };
    let view = Shared(Rc::new((0..p.rows.0.len()).collect()));
    let tiers: Vec<_> = rulebook_for(p.date).tiers.iter().map(|t| t.id).collect();
    html! {
        <ContextProvider<LangContext> {context}>
            <PortfolioTable rows={p.rows.clone()} {view} {tiers} sort={(String::from("row"), true)} on_sort={Callback::noop()} on_open={Callback::noop()} />
        </ContextProvider<LangContext>>
    }
}
