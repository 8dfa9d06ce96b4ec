//! The portfolio's Excel buttons: the template and the results as .xlsx,
//! written by the Excel module the page loads on demand (the first press
//! fetches it; a status line says so), with the same columns as the CSV,
//! a frozen header row and dropdowns of the allowed Chinese values.

use crate::date::Date;
use crate::portfolio::{results_book, template_book, Book, Pending, Row};
use crate::web::examples::EXAMPLES;
use crate::web::excel::{write_xlsx, XLSX_MIME};
use crate::web::i18n::use_lang;
use crate::web::props::Shared;
use crate::web::util::download;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub rows: Shared<Vec<Row>>,
    /// Shared: compared by address, not row by row, on every re-render.
    pub pending: Shared<Vec<Pending>>,
    pub date: Date,
}

/// Writes a book and offers it as a download; the state holds what the
/// user is told meanwhile and after a failure.
fn save(
    book: Book,
    name: &'static str,
    busy: UseStateHandle<bool>,
    error: UseStateHandle<Option<String>>,
) {
    busy.set(true);
    error.set(None);
    yew::platform::spawn_local(async move {
        let written = write_xlsx(&book)
            .await
            .and_then(|bytes| download(name, XLSX_MIME, &bytes));
        busy.set(false);
        if let Err(e) = written {
            error.set(Some(e));
        }
    });
}

#[function_component]
pub fn PortfolioExcel(p: &Props) -> Html {
    let l = use_lang();
    let busy = use_state(|| false);
    let error = use_state(|| None::<String>);
    let template = {
        let (busy, error) = (busy.clone(), error.clone());
        Callback::from(move |_| {
            let book = template_book(&EXAMPLES[1].profile());
            save(book, "企业数据模板.xlsx", busy.clone(), error.clone());
        })
    };
    let results = {
        let (busy, error) = (busy.clone(), error.clone());
        let (rows, pending, date) = (p.rows.clone(), p.pending.clone(), p.date);
        Callback::from(move |_| {
            let book = results_book(&rows.0, &pending.0, date);
            save(book, "portfolio.xlsx", busy.clone(), error.clone());
        })
    };
    html! {
        <>
            <button type="button" data-excel="template" disabled={*busy} onclick={template}>{ l.t("下载 Excel 模板", "Download the Excel template") }</button>
            if !p.rows.0.is_empty() {
                <button type="button" data-excel="results" disabled={*busy} onclick={results}>{ l.t("导出 Excel", "Export Excel") }</button>
            }
            if *busy {
                <span role="status" data-excel-busy="true">{ l.t("正在生成 Excel 文件…", "Writing the Excel file…") }</span>
            }
            if let Some(e) = &*error {
                <span role="alert" class="notice notice-error" data-excel-error="true">{ e.clone() }</span>
            }
        </>
    }
}
