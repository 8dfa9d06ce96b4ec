//! Many companies at once, scored in the browser: import a CSV (template
//! downloadable; Chinese headers accepted) or several `sme-profile/1`
//! files, score them in chunks so the page stays responsive, then sort,
//! filter, open any row as a profile, and export CSV (UTF-8 with BOM) or
//! JSON. Rows with errors are listed with row, column and reason; the valid
//! rows are still scored. Nothing leaves the browser.

use crate::portfolio::{export_csv, import_csv, score, template_csv, CellError, Row};
use crate::profile::{parse_profile, Profile};
use crate::web::examples::EXAMPLES;
use crate::web::i18n::use_lang;
use crate::web::state::Action;
use crate::web::state::Store;
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

/// Rows scored per slice of work before yielding to the browser.
const CHUNK: usize = 400;

#[derive(Default)]
struct Job {
    input: Vec<(u32, Profile)>,
    next: usize,
    rows: Vec<Row>,
    started: f64,
}

#[derive(Clone, PartialEq, Default)]
struct Results {
    rows: Rc<Vec<Row>>,
    profiles: Rc<Vec<(u32, Profile)>>,
    errors: Rc<Vec<CellError>>,
    notes: Vec<String>,
    millis: f64,
}

/// Text from a file's bytes: UTF-8, else GB18030 (what Excel saves on
/// Chinese Windows), with a note saying so.
fn decode(bytes: &[u8]) -> (String, Option<&'static str>) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), None),
        Err(_) => {
            let text = web_sys::TextDecoder::new_with_label("gb18030")
                .ok()
                .and_then(|d| d.decode_with_u8_array(bytes).ok())
                .unwrap_or_default();
            (text, Some("gb18030"))
        }
    }
}

fn run(
    job: Rc<RefCell<Job>>,
    progress: UseStateHandle<Option<(usize, usize)>>,
    done: Callback<(Vec<Row>, f64)>,
) {
    let date = today();
    let finished = {
        let mut j = job.borrow_mut();
        let end = (j.next + CHUNK).min(j.input.len());
        for k in j.next..end {
            let (row, p) = &j.input[k];
            let r = score(*row, p, date);
            j.rows.push(r);
        }
        j.next = end;
        progress.set(Some((end, j.input.len())));
        end == j.input.len()
    };
    if finished {
        let j = job.borrow();
        done.emit((j.rows.clone(), now_ms() - j.started));
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
    let filter = use_state(String::new);
    let verdict_filter = use_state(String::new);
    let sort = use_state(|| (String::from("row"), true));
    let show_all = use_state(|| false);

    let on_files = {
        let results = results.clone();
        let progress = progress.clone();
        let readers = readers.clone();
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
            let pending = Rc::new(RefCell::new((files.len(), Vec::<(String, Vec<u8>)>::new())));
            readers.borrow_mut().clear();
            for f in files {
                let name = f.name();
                let pending = pending.clone();
                let results = results.clone();
                let progress = progress.clone();
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
                        // Read every file: CSV rows, or one profile per JSON file.
                        let (mut input, mut errors, mut notes) =
                            (Vec::new(), Vec::new(), Vec::new());
                        let mut json_index = 0;
                        for (name, bytes) in contents {
                            let (text, recoded) = decode(&bytes);
                            if let Some(enc) = recoded {
                                notes.push(if lang == crate::text::Lang::Zh { format!("{name}：不是 UTF-8 编码，已按 {enc} 读取，请核对中文是否正确。") } else { format!("{name}: not UTF-8; read as {enc}, please check the Chinese text.") });
                            }
                            if name.to_lowercase().ends_with(".json") {
                                json_index += 1;
                                match parse_profile(&text) {
                                    Ok(p) => input.push((json_index, p)),
                                    Err(e) => errors.extend(
                                        e.paths()
                                            .iter()
                                            .map(|p| p.to_string())
                                            .chain(std::iter::once(String::new()))
                                            .take(1)
                                            .map(|column| CellError {
                                                row: json_index,
                                                column: format!("{name} {column}")
                                                    .trim()
                                                    .to_string(),
                                                zh: e.lines_zh().join("；"),
                                                en: e.lines_en().join("; "),
                                            }),
                                    ),
                                }
                            } else {
                                let imp = import_csv(&text);
                                if !imp.ignored_columns.is_empty() {
                                    notes.push(if lang == crate::text::Lang::Zh {
                                        format!(
                                            "{name}：以下列无法识别，已忽略：{}",
                                            imp.ignored_columns.join("、")
                                        )
                                    } else {
                                        format!(
                                            "{name}: unrecognised columns ignored: {}",
                                            imp.ignored_columns.join(", ")
                                        )
                                    });
                                }
                                input.extend(imp.profiles);
                                errors.extend(imp.errors);
                            }
                        }
                        let profiles = Rc::new(input.clone());
                        let job = Rc::new(RefCell::new(Job {
                            input,
                            next: 0,
                            rows: Vec::new(),
                            started: now_ms(),
                        }));
                        let done = {
                            let results = results.clone();
                            let errors = Rc::new(errors);
                            let profiles = profiles.clone();
                            let progress = progress.clone();
                            Callback::from(move |(rows, millis): (Vec<Row>, f64)| {
                                results.set(Results {
                                    rows: Rc::new(rows),
                                    profiles: profiles.clone(),
                                    errors: errors.clone(),
                                    notes: notes.clone(),
                                    millis,
                                });
                                progress.set(None);
                            })
                        };
                        run(job, progress.clone(), done);
                    },
                );
                readers.borrow_mut().push(task);
            }
        })
    };

    let r = (*results).clone();
    let tier_keys: Vec<&'static str> = r
        .rows
        .first()
        .map(|x| x.tiers.iter().map(|t| t.0).collect())
        .unwrap_or_default();
    let tier_label = |k: &str| match k {
        "tech_sme" => l.t("科技型", "Tech SME"),
        "innovative" => l.t("创新型", "Innovative"),
        "srdi" => l.t("专精特新", "SRDI"),
        "little_giant" => l.t("小巨人", "Little giant"),
        _ => "",
    };
    let needle = filter.trim().to_lowercase();
    let mut view: Vec<&Row> = r
        .rows
        .iter()
        .filter(|x| {
            needle.is_empty()
                || format!("{}{}{}", x.name, x.province, x.city)
                    .to_lowercase()
                    .contains(&needle)
        })
        .filter(|x| {
            let (tier, verdict) = verdict_filter.split_once(':').unwrap_or(("", ""));
            tier.is_empty() || x.tiers.iter().any(|t| t.0 == tier && t.1 == verdict)
        })
        .collect();
    {
        let (key, asc) = (*sort).clone();
        view.sort_by(|a, b| {
            let ord = match key.as_str() {
                "name" => a.name.cmp(&b.name),
                "region" => (a.province.clone() + &a.city).cmp(&(b.province.clone() + &b.city)),
                "incentives" => a.incentives_total_wan.cmp(&b.incentives_total_wan),
                "row" => a.row.cmp(&b.row),
                tier => {
                    let s = |x: &Row| {
                        x.tiers
                            .iter()
                            .find(|t| t.0 == tier)
                            .map(|t| (t.1 == "qualified", t.2.unwrap_or(0)))
                    };
                    s(a).cmp(&s(b))
                }
            };
            if asc {
                ord
            } else {
                ord.reverse()
            }
        });
    }
    let total = view.len();
    let shown: Vec<&Row> = if *show_all {
        view
    } else {
        view.into_iter().take(200).collect()
    };
    let sort_by = |key: &'static str| {
        let sort = sort.clone();
        Callback::from(move |_| {
            let (k, asc) = (*sort).clone();
            sort.set((key.to_string(), if k == key { !asc } else { true }));
        })
    };
    let aria_sort = |key: &str| -> &'static str {
        if sort.0 == key {
            if sort.1 {
                "ascending"
            } else {
                "descending"
            }
        } else {
            "none"
        }
    };
    let on_filter = {
        let f = filter.clone();
        Callback::from(move |e: InputEvent| {
            f.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_verdict = {
        let f = verdict_filter.clone();
        Callback::from(move |e: Event| {
            f.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let export_csv_cb = {
        let rows = r.rows.clone();
        Callback::from(move |_| {
            let _ = download(
                "portfolio.csv",
                "text/csv;charset=utf-8",
                export_csv(&rows).as_bytes(),
            );
        })
    };
    let export_json_cb = {
        let rows = r.rows.clone();
        Callback::from(move |_| {
            let _ = download(
                "portfolio.json",
                "application/json",
                serde_json::to_string_pretty(&*rows)
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
    let open_row = |row: u32| {
        let store = p.store.clone();
        let profiles = r.profiles.clone();
        Callback::from(move |_| {
            if let Some((_, prof)) = profiles.iter().find(|(x, _)| *x == row) {
                let name = prof
                    .company
                    .name
                    .clone()
                    .unwrap_or_else(|| format!("#{row}"));
                store.dispatch(Action::Import {
                    id: new_profile_id(),
                    name,
                    profile: Box::new(prof.clone()),
                });
                go_to_calculator();
            }
        })
    };
    let toggle_all = {
        let s = show_all.clone();
        Callback::from(move |_| s.set(!*s))
    };

    html! {
        <div class="rules-page portfolio-page">
            <h1>{ l.t("企业批量评估", "Portfolio") }</h1>
            <p>{ l.t("一次导入多家企业（CSV 文件，或多个企业档案 JSON 文件），全部在本浏览器中评分，数据不会上传。CSV 每列对应档案的一个字段，表头可以用中文名称或字段路径。",
                "Import many companies at once (a CSV, or several profile JSON files); they are all scored in this browser and nothing is uploaded. Each CSV column is a profile field; headers may be the Chinese labels or the field paths.") }</p>
            <div class="toolbar">
                <label class="button" for="portfolio-files">{ l.t("导入 CSV 或 JSON 文件", "Import CSV or JSON files") }</label>
                <input id="portfolio-files" class="visually-hidden" type="file" multiple=true accept=".csv,.json,text/csv,application/json" onchange={on_files} />
                <button type="button" onclick={template_cb}>{ l.t("下载 CSV 模板", "Download the CSV template") }</button>
                if !r.rows.is_empty() {
                    <button type="button" onclick={export_csv_cb}>{ l.t("导出 CSV", "Export CSV") }</button>
                    <button type="button" onclick={export_json_cb}>{ l.t("导出 JSON", "Export JSON") }</button>
                }
            </div>
            if let Some((done, all)) = *progress {
                <div role="status" aria-live="polite" class="progress" data-progress={format!("{done}/{all}")}>
                    <progress max={all.to_string()} value={done.to_string()}></progress>
                    { format!(" {} {done} / {all}", l.t("正在评分", "Scoring")) }
                </div>
            }
            if !r.rows.is_empty() || !r.errors.is_empty() {
                <p role="status" data-portfolio-done={r.rows.len().to_string()} data-portfolio-ms={format!("{:.0}", r.millis)}>
                    { format!("{} {} {}，{} {:.0} {}；{} {} {}", l.t("已评分", "Scored"), r.rows.len(), l.t("家", "companies"), l.t("用时", "in"), r.millis, l.t("毫秒", "ms"), l.t("有错误的行", "rows with errors"), r.errors.iter().map(|e| e.row).collect::<std::collections::BTreeSet<_>>().len(), l.t("行", "")) }
                </p>
            }
            { for r.notes.iter().map(|n| html! { <p class="notice notice-warning">{ n }</p> }) }
            if !r.errors.is_empty() {
                <details class="portfolio-errors" open={r.rows.is_empty()}>
                    <summary>{ format!("{}（{}）", l.t("有错误的单元格", "Cells with errors"), r.errors.len()) }</summary>
                    <table class="catalog-items">
                        <thead><tr><th>{ l.t("行", "Row") }</th><th>{ l.t("列", "Column") }</th><th>{ l.t("原因", "Reason") }</th></tr></thead>
                        <tbody>{ for r.errors.iter().take(500).map(|e| html! { <tr data-error-row={e.row.to_string()}><td>{ e.row }</td><td>{ &e.column }</td><td>{ if l.is_en() { &e.en } else { &e.zh } }</td></tr> }) }</tbody>
                    </table>
                </details>
            }
            if !r.rows.is_empty() {
                <div class="toolbar">
                    <label for="portfolio-filter">{ l.t("筛选企业或地区", "Filter by company or region") }</label>
                    <input id="portfolio-filter" type="search" value={(*filter).clone()} oninput={on_filter} />
                    <label for="portfolio-verdict">{ l.t("结论", "Verdict") }</label>
                    <select id="portfolio-verdict" onchange={on_verdict}>
                        <option value="">{ l.t("全部", "All") }</option>
                        { for tier_keys.iter().flat_map(|k| [("qualified", l.t("符合", "qualifies")), ("not_qualified", l.t("不符合", "does not")), ("depends", l.t("待定", "depends"))].into_iter().map(move |(v, w)| (k, v, w))).map(|(k, v, w)| html! {
                            <option value={format!("{k}:{v}")}>{ format!("{}：{w}", tier_label(k)) }</option>
                        }) }
                    </select>
                    <span>{ format!("{} {total} {}", l.t("共", ""), l.t("家", "companies")) }</span>
                </div>
                <div class="table-scroll">
                    <table class="portfolio-table catalog-items">
                        <thead><tr>
                            <th aria-sort={aria_sort("row")}><button type="button" class="linklike" onclick={sort_by("row")}>{ l.t("行", "Row") }</button></th>
                            <th aria-sort={aria_sort("name")}><button type="button" class="linklike" onclick={sort_by("name")}>{ l.t("企业", "Company") }</button></th>
                            <th aria-sort={aria_sort("region")}><button type="button" class="linklike" onclick={sort_by("region")}>{ l.t("地区", "Region") }</button></th>
                            { for tier_keys.iter().map(|k| html! { <th aria-sort={aria_sort(k)}><button type="button" class="linklike" onclick={sort_by(k)}>{ tier_label(k) }</button></th> }) }
                            <th aria-sort={aria_sort("incentives")}><button type="button" class="linklike" onclick={sort_by("incentives")}>{ l.t("地方激励（万元）", "Incentives (万元)") }</button></th>
                            <th></th>
                        </tr></thead>
                        <tbody>
                            { for shown.iter().map(|x| html! {
                                <tr key={x.row.to_string()} data-portfolio-row={x.row.to_string()}>
                                    <td class="num">{ x.row }</td>
                                    <td>{ &x.name }</td>
                                    <td>{ format!("{}{}", x.province, x.city) }</td>
                                    { for x.tiers.iter().map(|(k, v, lo, hi)| {
                                        let (icon, word) = crate::web::components::tier_card::verdict_words(v, l.is_en());
                                        let score = match (lo, hi) { (Some(a), Some(b)) if a == b => format!(" {a}"), (Some(a), Some(b)) => format!(" {a}–{b}"), _ => String::new() };
                                        html! { <td class={classes!("verdict-chip", format!("verdict-{v}"))} data-tier={*k}>{ format!("{icon} {word}{score}") }</td> }
                                    }) }
                                    <td class="num">{ x.incentives_total_wan.normalize().to_string() }</td>
                                    <td><button type="button" class="small" onclick={open_row(x.row)}>{ l.t("打开", "Open") }</button></td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                if total > 200 {
                    <button type="button" onclick={toggle_all}>{ if *show_all { l.t("只显示前 200 行", "Show the first 200") } else { l.t("显示全部", "Show all") } }</button>
                }
            }
        </div>
    }
}
