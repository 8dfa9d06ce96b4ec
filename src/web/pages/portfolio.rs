//! Many companies at once, scored in the browser: import a CSV (template
//! downloadable; Chinese headers and values accepted) or several
//! `sme-profile/1` files, score them in slices so the page stays
//! responsive, then see the summary, filter (the count says how many rows
//! show), sort, open any row as a profile, and export CSV (UTF-8 with BOM)
//! or JSON. A row with a bad cell keeps its place, marked with its errors
//! in words. Everything states the assessment date and rulebook. Nothing
//! leaves the browser.

use crate::basis::basis_line;
use crate::date::Date;
use crate::engine::Verdict;
use crate::incentives::catalog::policies_loaded;
use crate::portfolio::{
    export_csv, score_pending, summarize, template_csv, view, CellError, Filter, Pending, Row,
};
use crate::rules::model::TierId;
use crate::rules::rulebook_for;
use crate::web::catalog::{use_catalog, CatalogPending, CatalogState};
use crate::web::components::portfolio_excel::PortfolioExcel;
use crate::web::components::portfolio_summary::{PortfolioSummary, VERDICT_COLUMNS};
use crate::web::components::portfolio_table::PortfolioTable;
use crate::web::components::tier_card::verdict_words;
use crate::web::examples::EXAMPLES;
use crate::web::i18n::use_lang;
use crate::web::pages::portfolio_files::{is_xlsx, read_files, with_sheets};
use crate::web::pages::portfolio_warm::{stop_warm_up, warm_up};
use crate::web::props::Shared;
use crate::web::state::{Action, Store};
use crate::web::util::{download, go_to_calculator, new_profile_id, now_ms, today};
use gloo::file::callbacks::FileReader;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub store: Store,
}

/// How long one slice of scoring runs before yielding to the browser (ms):
/// long enough that 10,000 rows take a handful of slices (each yield costs
/// a re-render of the progress bar and, after five nested timeouts, the
/// browser's 4 ms clamp), short enough that the page still answers.
const SLICE_MS: f64 = 40.0;

struct Job {
    input: Rc<Vec<Pending>>,
    date: Date,
    next: usize,
    rows: Vec<Row>,
    started: f64,
}

/// Rows read, problems of whole files, notes, and the date to score on.
type Read = (Rc<Vec<Pending>>, Rc<Vec<CellError>>, Vec<String>, Date);

/// What was read from the files, and its scores.
#[derive(Clone, PartialEq)]
struct Results {
    pending: Rc<Vec<Pending>>,
    rows: Shared<Vec<Row>>,
    /// Problems of a file as a whole (its header), not of a company.
    file_errors: Rc<Vec<CellError>>,
    notes: Vec<String>,
    millis: f64,
    date: Option<Date>,
    /// Whether the local policies were there when the rows were scored;
    /// if not, the rows are scored again once they arrive.
    with_policies: bool,
}

impl Default for Results {
    fn default() -> Self {
        Results {
            pending: Rc::default(),
            rows: Shared(Rc::default()),
            file_errors: Rc::default(),
            notes: vec![],
            millis: 0.0,
            date: None,
            with_policies: true,
        }
    }
}

fn run(
    job: Rc<RefCell<Job>>,
    progress: UseStateHandle<Option<(usize, usize)>>,
    done: Callback<(Vec<Row>, f64)>,
) {
    let finished = {
        let mut j = job.borrow_mut();
        let (input, date) = (j.input.clone(), j.date);
        let until = now_ms() + SLICE_MS;
        while j.next < input.len() {
            let row = score_pending(&input[j.next], date);
            j.rows.push(row);
            j.next += 1;
            // The clock is read every 64 rows: Date.now() crosses into JS.
            if j.next % 64 == 0 && now_ms() >= until {
                break;
            }
        }
        progress.set(Some((j.next, input.len())));
        j.next == input.len()
    };
    if finished {
        let mut j = job.borrow_mut();
        let rows = std::mem::take(&mut j.rows);
        done.emit((rows, now_ms() - j.started));
    } else {
        Timeout::new(0, move || run(job, progress, done)).forget();
    }
}

#[function_component]
pub fn PortfolioPage(p: &Props) -> Html {
    let l = use_lang();
    let results = use_state(Results::default);
    let progress = use_state(|| None::<(usize, usize)>);
    let readers = use_mut_ref(Vec::<FileReader>::new);
    let date = use_state(today);
    let filter = use_state(Filter::default);
    let sort = use_state(|| (String::from("row"), true));

    // Scores the read rows on a date, in slices.
    let start = {
        let results = results.clone();
        let progress = progress.clone();
        Callback::from(move |(input, file_errors, notes, date): Read| {
            let with_policies = policies_loaded();
            let job = Rc::new(RefCell::new(Job {
                input: input.clone(),
                date,
                next: 0,
                rows: Vec::new(),
                started: now_ms(),
            }));
            let done = {
                let results = results.clone();
                let progress = progress.clone();
                Callback::from(move |(rows, millis): (Vec<Row>, f64)| {
                    results.set(Results {
                        pending: input.clone(),
                        rows: Shared(Rc::new(rows)),
                        file_errors: file_errors.clone(),
                        notes: notes.clone(),
                        millis,
                        date: Some(date),
                        with_policies,
                    });
                    progress.set(None);
                })
            };
            run(job, progress.clone(), done);
        })
    };

    let loading = use_state(|| false);
    let on_files = {
        let readers = readers.clone();
        let loading = loading.clone();
        let filter = filter.clone();
        let start = start.clone();
        let date = *date;
        let lang = l.lang;
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(list) = input.files() else { return };
            let files: Vec<web_sys::File> =
                (0..list.length()).filter_map(|i| list.get(i)).collect();
            input.set_value("");
            if files.is_empty() {
                return;
            }
            stop_warm_up();
            filter.set(Filter::default());
            let pending = Rc::new(RefCell::new((files.len(), Vec::<(String, Vec<u8>)>::new())));
            readers.borrow_mut().clear();
            for f in files {
                let name = f.name();
                let pending = pending.clone();
                let (start, loading) = (start.clone(), loading.clone());
                let task = gloo::file::callbacks::read_as_bytes(
                    &gloo::file::Blob::from(f),
                    move |bytes| {
                        let mut pend = pending.borrow_mut();
                        pend.1.push((name, bytes.unwrap_or_default()));
                        pend.0 -= 1;
                        if pend.0 > 0 {
                            return;
                        }
                        let mut contents = std::mem::take(&mut pend.1);
                        contents.sort_by(|a, b| a.0.cmp(&b.0));
                        drop(pend);
                        // An .xlsx goes through the Excel module, fetched
                        // the first time one is picked.
                        if contents.iter().any(|(n, b)| is_xlsx(n, b)) {
                            loading.set(true);
                        }
                        yew::platform::spawn_local(async move {
                            let contents = with_sheets(contents).await;
                            loading.set(false);
                            let (input, file_errors, notes) = read_files(contents, lang);
                            start.emit((Rc::new(input), Rc::new(file_errors), notes, date));
                        });
                    },
                );
                readers.borrow_mut().push(task);
            }
        })
    };
    // Pointing at or focusing the file chooser loads the Excel reader and
    // warms up the import (portfolio_warm), so a file picked a moment
    // later finds them ready.
    let on = (*date, l.lang);
    let prefetch = Callback::from(move |_: PointerEvent| warm_up(on.0, on.1));
    let prefetch_focus = Callback::from(move |_: FocusEvent| warm_up(on.0, on.1));
    let on_date = {
        let date = date.clone();
        let results = results.clone();
        let start = start.clone();
        Callback::from(move |e: Event| {
            let Ok(d) = e
                .target_unchecked_into::<HtmlInputElement>()
                .value()
                .parse::<Date>()
            else {
                return;
            };
            date.set(d);
            if !results.pending.is_empty() {
                start.emit((
                    results.pending.clone(),
                    results.file_errors.clone(),
                    results.notes.clone(),
                    d,
                ));
            }
        })
    };

    // Rows scored before the local policies arrived are scored again once
    // they have: their incentives were not known.
    let catalog = use_catalog();
    {
        let (results, start) = (results.clone(), start.clone());
        use_effect_with(
            (catalog.state, results.with_policies),
            move |(state, with)| {
                if *state == CatalogState::Loaded && !with {
                    if let Some(d) = results.date {
                        start.emit((
                            results.pending.clone(),
                            results.file_errors.clone(),
                            results.notes.clone(),
                            d,
                        ));
                    }
                }
            },
        );
    }

    let r = (*results).clone();
    let scored_on = r.date.unwrap_or(*date);
    let rulebook = rulebook_for(scored_on);
    let tier_ids: Vec<TierId> = rulebook.tiers.iter().map(|t| t.id).collect();
    let shown = (*use_memo(
        (r.rows.clone(), (*filter).clone(), (*sort).clone()),
        |(rows, f, (key, asc))| Shared(Rc::new(view(&rows.0, f, key, *asc))),
    ))
    .clone();
    let summary = (*use_memo((r.rows.clone(), shown.clone()), |(rows, shown)| {
        Shared(Rc::new(summarize(shown.0.iter().map(|&i| &rows.0[i]))))
    }))
    .clone();
    let regions: Rc<Vec<String>> = use_memo(r.rows.clone(), |rows| {
        let mut v: Vec<String> = rows
            .0
            .iter()
            .map(|x| format!("{}{}", x.province, x.city))
            .collect();
        v.sort();
        v.dedup();
        v
    });

    let on_text = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            let mut f = (*filter).clone();
            f.text = e.target_unchecked_into::<HtmlInputElement>().value();
            filter.set(f);
        })
    };
    let on_verdict = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            let mut f = (*filter).clone();
            f.verdict = Filter::parse_choice(&v);
            filter.set(f);
        })
    };
    // The callbacks the summary and the table take are kept from render to
    // render (use_callback): each slice of scoring re-renders the page for
    // its progress bar, and with equal props the previous import's table
    // and summary are not re-rendered each time.
    let on_pick = use_callback(filter.clone(), |v: (TierId, Verdict), filter| {
        let mut f = (**filter).clone();
        f.verdict = Some(v);
        filter.set(f);
    });
    let on_region = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            let mut f = (*filter).clone();
            f.region = v.strip_prefix('=').map(String::from);
            filter.set(f);
        })
    };
    let on_errors_only = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            let mut f = (*filter).clone();
            f.errors_only = e.target_unchecked_into::<HtmlInputElement>().checked();
            filter.set(f);
        })
    };
    let clear = {
        let filter = filter.clone();
        Callback::from(move |_| filter.set(Filter::default()))
    };
    let on_sort = use_callback(sort.clone(), |key: String, sort| {
        let (k, asc) = (**sort).clone();
        let asc = if k == key { !asc } else { true };
        sort.set((key, asc));
    });
    let export_csv_cb = {
        let (rows, pending) = (r.rows.clone(), r.pending.clone());
        Callback::from(move |_| {
            let _ = download(
                "portfolio.csv",
                "text/csv;charset=utf-8",
                export_csv(&rows.0, &pending, scored_on).as_bytes(),
            );
        })
    };
    let export_json_cb = {
        let rows = r.rows.clone();
        Callback::from(move |_| {
            let doc = serde_json::json!({ "assessment_date": scored_on.to_string(), "rulebook": rulebook.id, "rows": &*rows.0 });
            let _ = download(
                "portfolio.json",
                "application/json",
                serde_json::to_string_pretty(&doc)
                    .unwrap_or_default()
                    .as_bytes(),
            );
        })
    };
    let template_cb = Callback::from(|_| {
        let _ = download(
            "企业数据模板.csv",
            "text/csv;charset=utf-8",
            template_csv(&EXAMPLES[1].profile()).as_bytes(),
        );
    });
    let on_open = use_callback(
        (p.store.dispatcher(), Shared(r.pending.clone())),
        |row: u32, (store, pending)| {
            if let Some(prof) = pending
                .0
                .iter()
                .find(|x| x.row == row)
                .and_then(|x| x.profile.clone())
            {
                let name = prof
                    .company
                    .name
                    .clone()
                    .unwrap_or_else(|| format!("#{row}"));
                store.dispatch(Action::Import {
                    id: new_profile_id(),
                    name,
                    profile: Box::new(prof),
                });
                go_to_calculator();
            }
        },
    );
    let verdict_value = filter
        .verdict
        .map(|(t, v)| Filter::choice(t, v))
        .unwrap_or_default();
    let region_value = filter
        .region
        .as_ref()
        .map(|g| format!("={g}"))
        .unwrap_or_default();
    let all = r.rows.0.len();
    let basis = basis_line(scored_on, rulebook.name, rulebook.provisional, l.lang);

    html! {
        <div class="rules-page portfolio-page">
            <h1>{ l.t("企业批量评估", "Portfolio") }</h1>
            <p>{ l.t("一次导入多家企业（Excel .xlsx 的第一个工作表、CSV 文件，或多个企业档案 JSON 文件），全部在本浏览器中评分，数据不会上传。每列对应档案的一个字段，表头可以用中文名称或字段路径；选项可填中文（如“省级”“制造业”“是/否”）。",
                "Import many companies at once (the first sheet of an Excel .xlsx, a CSV, or several profile JSON files); they are all scored in this browser and nothing is uploaded. Each column is a profile field; headers may be the Chinese labels or the field paths, and choices may be written in Chinese (省级, 制造业, 是/否).") }</p>
            <div class="toolbar">
                <label class="button" for="portfolio-files" onpointerenter={prefetch.clone()} onpointerdown={prefetch}>{ l.t("导入 Excel、CSV 或 JSON 文件", "Import Excel, CSV or JSON files") }</label>
                <input id="portfolio-files" class="visually-hidden" type="file" multiple=true accept=".xlsx,.csv,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onchange={on_files} onfocus={prefetch_focus} />
                <button type="button" onclick={template_cb}>{ l.t("下载 CSV 模板", "Download the CSV template") }</button>
                if all > 0 {
                    <button type="button" onclick={export_csv_cb}>{ l.t("导出 CSV", "Export CSV") }</button>
                    <button type="button" onclick={export_json_cb}>{ l.t("导出 JSON", "Export JSON") }</button>
                }
                <PortfolioExcel rows={r.rows.clone()} pending={Shared(r.pending.clone())} date={scored_on} />
                <label for="portfolio-date">{ l.t("评估日期", "Assessment date") }</label>
                <input id="portfolio-date" type="date" value={scored_on.to_string()} onchange={on_date} />
            </div>
            <p class="portfolio-basis" data-portfolio-basis={scored_on.to_string()}>{ basis.clone() }</p>
            if *loading {
                <p role="status" data-excel-loading="true">{ l.t("正在读取 Excel 文件（首次使用时加载 Excel 组件）…", "Reading the Excel file (the Excel component loads on first use)…") }</p>
            }
            if let Some((done, total)) = *progress {
                <div role="status" aria-live="polite" class="progress" data-progress={format!("{done}/{total}")}>
                    <progress max={total.to_string()} value={done.to_string()}></progress>
                    { format!(" {} {done} / {total}", l.t("正在评分", "Scoring")) }
                </div>
            }
            if all > 0 || !r.file_errors.is_empty() {
                <p role="status" data-portfolio-done={all.to_string()} data-portfolio-ms={(r.millis.round() as u64).to_string()}>
                    { format!("{} {all} {}，{} {} {}；{} {} {}", l.t("已评分", "Scored"), l.t("家", "companies"), l.t("用时", "in"), r.millis.round() as u64, l.t("毫秒", "ms"), l.t("数据有误的行", "rows with data errors"), r.rows.0.iter().filter(|x| !x.errors.is_empty()).count(), l.t("行", "")) }
                </p>
            }
            { for r.notes.iter().map(|n| html! { <p class="notice notice-warning">{ n }</p> }) }
            { for r.file_errors.iter().map(|e| html! { <p class="notice notice-error" data-file-error="true" data-error-row={e.row.to_string()}>{ format!("{}{}{}", if e.column.is_empty() { String::new() } else { format!("“{}”：", e.column) }, if l.is_en() { &e.en } else { &e.zh }, "") }</p> }) }
            if all > 0 && !r.with_policies {
                <p class="notice notice-info" data-portfolio-awaits-policies="true">{ l.t("地方激励将在地方政策加载后重新计算：", "The local incentives are computed again once the local policies have arrived: ") }<CatalogPending /></p>
            }
            if all > 0 {
                <PortfolioSummary summary={summary} filtered={!filter.is_empty()} {on_pick} />
                <div class="toolbar portfolio-filters" role="search">
                    <label for="portfolio-filter">{ l.t("查找企业或地区", "Find a company or region") }</label>
                    <input id="portfolio-filter" type="search" value={filter.text.clone()} oninput={on_text} />
                    <label for="portfolio-verdict">{ l.t("结论", "Verdict") }</label>
                    <select id="portfolio-verdict" onchange={on_verdict}>
                        <option value="" selected={verdict_value.is_empty()}>{ l.t("全部", "All") }</option>
                        { for tier_ids.iter().flat_map(|k| VERDICT_COLUMNS.into_iter().map(move |v| (*k, v))).map(|(k, v)| {
                            let value = Filter::choice(k, v);
                            html! { <option selected={value == verdict_value} value={value.clone()}>{ format!("{}：{}", l.text(k.short_name()), verdict_words(v, l.is_en()).1) }</option> }
                        }) }
                    </select>
                    <label for="portfolio-region">{ l.t("地区", "Region") }</label>
                    <select id="portfolio-region" onchange={on_region}>
                        <option value="" selected={region_value.is_empty()}>{ l.t("全部", "All") }</option>
                        { for regions.iter().map(|g| { let value = format!("={g}"); html! { <option selected={value == region_value} value={value.clone()}>{ if g.is_empty() { l.t("未填地区", "no region").to_string() } else { g.clone() } }</option> } }) }
                    </select>
                    <span class="check">
                        <input type="checkbox" id="portfolio-errors-only" checked={filter.errors_only} onchange={on_errors_only} />
                        <label for="portfolio-errors-only">{ l.t("只看数据有误的行", "Only rows with data errors") }</label>
                    </span>
                    if !filter.is_empty() {
                        <button type="button" onclick={clear}>{ l.t("清除筛选", "Clear filters") }</button>
                    }
                    <span role="status" aria-live="polite" data-portfolio-shown={shown.0.len().to_string()}>
                        { if filter.is_empty() { format!("{} {all} {}", l.t("共", "All"), l.t("家", "companies")) } else { format!("{} {} / {all} {}", l.t("显示", "Showing"), shown.0.len(), l.t("家", "companies")) } }
                    </span>
                </div>
                <p class="portfolio-basis muted">{ basis }</p>
                <PortfolioTable rows={r.rows.clone()} view={shown} tiers={tier_ids.clone()} sort={(*sort).clone()} {on_sort} {on_open} />
            }
        </div>
    }
}
