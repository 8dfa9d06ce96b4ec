//! The profile form, in the order of the official 自评表: company,
//! financials by year (万元, with the derived ratios beside them), IP,
//! qualifications and honours, compliance, and the achievements that local
//! incentives pay for. Every control edits one `sme-profile/1` path.

use super::field::Field;
use crate::incentives::catalog::{kind_info, VOCABULARY};
use crate::profile::fields::{Section, FIELDS, HONOR_LABELS, YEAR_ROWS};
use crate::profile::{Achievement, Honor, Year};
use crate::report::MetricsView;
use crate::text::Message;
use crate::web::i18n::use_lang;
use crate::web::state::Entry;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub entry: Entry,
    pub metrics: MetricsView,
    pub on_field: Callback<(String, String)>,
    pub on_honor: Callback<(Honor, bool)>,
    pub on_honors_known: Callback<bool>,
    pub on_achievements: Callback<Vec<Achievement>>,
    pub today: crate::date::Date,
}

/// What one field shows: its text (the draft, else the value) and why the
/// draft is not accepted.
#[derive(Clone, PartialEq)]
struct FieldState {
    path: &'static str,
    text: String,
    problem: Option<Message>,
}

impl FieldState {
    fn of(e: &Entry, path: &'static str) -> FieldState {
        FieldState {
            path,
            text: e.text(path),
            problem: e.problem(path),
        }
    }
}

#[derive(Properties, PartialEq)]
struct GroupProps {
    fields: Vec<FieldState>,
    on_change: Callback<(String, String)>,
}

/// A section's fields. A component of its own so that a keystroke
/// re-renders only the section it was typed in.
#[function_component]
fn FieldGroup(p: &GroupProps) -> Html {
    html! {
        <div class="grid">
            { for p.fields.iter().map(|f| html! {
                <Field key={f.path} path={f.path} text={f.text.clone()} problem={f.problem.clone()} on_change={p.on_change.clone()} />
            }) }
        </div>
    }
}

/// Which years of a financial row the rules read.
fn years_used(name: &str) -> &'static [Year] {
    match name {
        "operating_revenue" | "main_business_revenue" => &[Year::Y1, Year::Y2, Year::Y3],
        "rd_expense" => &[Year::Y1, Year::Y2],
        _ => &[Year::Y1],
    }
}

#[function_component]
pub fn ProfileForm(props: &Props) -> Html {
    let l = use_lang();
    let e = &props.entry;
    let on = &props.on_field;
    let group = |s: Section| -> Html {
        let fields: Vec<FieldState> = FIELDS
            .iter()
            .filter(|f| f.section == s)
            .map(|f| FieldState::of(e, f.path))
            .collect();
        html! { <FieldGroup {fields} on_change={on.clone()} /> }
    };
    let table: Vec<FieldState> = YEAR_ROWS
        .iter()
        .flatten()
        .map(|f| FieldState::of(e, f.path))
        .collect();
    let rd_staff_share = props.metrics.rd_staff_share.clone();

    html! {
        <form class="profile-form" aria-label={l.t("企业数据", "Company data")} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <p class="form-intro">{ l.t(
                "逐项填写，结果即时更新；不清楚的项目可以留空，结果会显示可能的分数范围。金额单位均为万元。",
                "Fill in what you know; results update as you type. Leave unknown items blank and the results show the possible range. Money is in 万元 (10,000 CNY).") }</p>
            <section class="form-section" aria-labelledby="sec-company">
                <h2 id="sec-company">{ l.text(Section::Company.title()) }</h2>
                { group(Section::Company) }
                <p class="derived-line"><output>{ format!("{} {}", l.t("研发人员占比", "R&D staff share"), pct(&rd_staff_share)) }</output></p>
            </section>
            <section class="form-section" aria-labelledby="sec-fin">
                <h2 id="sec-fin">{ l.text(Section::Financials.title()) }</h2>
                <FinancialTable fields={table} metrics={props.metrics.clone()} on_change={on.clone()} />
                { group(Section::Financials) }
            </section>
            <section class="form-section" aria-labelledby="sec-ip">
                <h2 id="sec-ip">{ l.text(Section::Ip.title()) }</h2>
                { group(Section::Ip) }
            </section>
            <section class="form-section" aria-labelledby="sec-qual">
                <h2 id="sec-qual">{ l.text(Section::Qualifications.title()) }</h2>
                { group(Section::Qualifications) }
                <Honors honors={e.profile.qualifications.honors.clone()} on_honor={props.on_honor.clone()} on_known={props.on_honors_known.clone()} />
            </section>
            <section class="form-section" aria-labelledby="sec-comp">
                <h2 id="sec-comp">{ l.text(Section::Compliance.title()) }</h2>
                <p class="help">{ l.t("第三条：参评企业须满足以下条件。", "Article 3: every applicant must meet these.") }</p>
                { group(Section::Compliance) }
            </section>
            <section class="form-section" aria-labelledby="sec-ach">
                <h2 id="sec-ach">{ l.t("标准化与质量成果（上一年度，用于测算地方激励）", "Standards and quality achievements (last year, for local incentives)") }</h2>
                <Achievements list={e.profile.achievements.clone()} on_change={props.on_achievements.clone()} />
            </section>
        </form>
    }
}

fn pct(v: &Option<String>) -> String {
    v.as_ref()
        .map(|x| format!("{x}%"))
        .unwrap_or_else(|| "—".into())
}

#[derive(Properties, PartialEq)]
struct TableProps {
    /// The cells of `YEAR_ROWS`, row by row.
    fields: Vec<FieldState>,
    metrics: MetricsView,
    on_change: Callback<(String, String)>,
}

/// The financial figures by year, with the ratios derived from them.
#[function_component]
fn FinancialTable(props: &TableProps) -> Html {
    let l = use_lang();
    let m = &props.metrics;
    let derived = |row: &str| -> Option<String> {
        Some(match row {
            "main_business_revenue" => format!(
                "{} {} · {} {} / {} · {} {}",
                l.t("占比", "share"),
                pct(&m.main_business_share_y1),
                l.t("增长率", "growth"),
                pct(&m.main_business_growth_y1),
                pct(&m.main_business_growth_y2),
                l.t("近2年平均", "2-yr avg"),
                pct(&m.main_business_growth_avg_2y)
            ),
            "rd_expense" => format!(
                "{} {} / {}",
                l.t("占营业收入", "of revenue"),
                pct(&m.rd_ratio_y1),
                pct(&m.rd_ratio_y2)
            ),
            "net_profit" => format!(
                "{} {}",
                l.t("净利润率", "net margin"),
                pct(&m.net_margin_y1)
            ),
            "total_liabilities" => format!(
                "{} {}",
                l.t("资产负债率", "debt ratio"),
                pct(&m.debt_ratio_y1)
            ),
            "cost_expense_total" => format!(
                "{} {}",
                l.t("研发费用占比", "R&D share"),
                pct(&m.rd_to_cost_ratio_y1)
            ),
            _ => return None,
        })
    };
    html! {
        <div class="table-scroll">
            <table class="fin-table">
                <caption class="visually-hidden">{ l.t("财务数据（万元）", "Financial figures (10k CNY)") }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ l.t("项目（万元）", "Item (万元)") }</th>
                        <th scope="col">{ l.t("上年度", "Last year") }</th>
                        <th scope="col">{ l.t("上上年度", "Year before") }</th>
                        <th scope="col">{ l.t("前年度", "Two years before") }</th>
                        <th scope="col">{ l.t("由此计算", "Derived") }</th>
                    </tr>
                </thead>
                <tbody>
                    { for YEAR_ROWS.iter().zip(props.fields.chunks(3)).map(|(row, cells)| {
                        let name = row[0].path.split('.').nth(1).unwrap_or_default();
                        let used = years_used(name);
                        let label = l.term(row[0].label);
                        html! {
                            <tr key={name.to_string()}>
                                <th scope="row">
                                    { label.clone() }
                                    if let Some(h) = row[0].help { <span class="row-help">{ l.text(h) }</span> }
                                </th>
                                { for cells.iter().zip(Year::ALL).map(|(f, y)| html! {
                                    <td>
                                        if used.contains(&y) {
                                            <Field path={f.path} text={f.text.clone()} problem={f.problem.clone()} on_change={props.on_change.clone()} in_table=true
                                                label={format!("{label} · {}", match y { Year::Y1 => l.t("上年度", "last year"), Year::Y2 => l.t("上上年度", "year before"), Year::Y3 => l.t("前年度", "two years before") })} />
                                        } else {
                                            <span class="na" aria-label={l.t("不需要", "not needed")}>{ "—" }</span>
                                        }
                                    </td>
                                }) }
                                <td class="derived"><output>{ derived(name).unwrap_or_default() }</output></td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct HonorsProps {
    honors: Option<Vec<Honor>>,
    on_honor: Callback<(Honor, bool)>,
    on_known: Callback<bool>,
}

/// The honours of 附件1 一（二）: each a tick box, and "none of these" so
/// that "none" is an answer, not a blank.
#[function_component]
fn Honors(props: &HonorsProps) -> Html {
    let l = use_lang();
    let honors = props.honors.clone();
    let none_checked = honors.as_ref().is_some_and(|h| h.is_empty());
    let on_none = {
        let cb = props.on_known.clone();
        let on_honor = props.on_honor.clone();
        let current = honors.clone().unwrap_or_default();
        Callback::from(move |ev: Event| {
            let checked = ev.target_unchecked_into::<HtmlInputElement>().checked();
            for h in &current {
                on_honor.emit((*h, false));
            }
            cb.emit(checked);
        })
    };
    html! {
        <fieldset class="field honors">
            <legend>{ l.t("有效期内的荣誉（附件1 一（二））", "Valid honours (附件1 一（二）)") }</legend>
            { for HONOR_LABELS.iter().map(|(h, t)| {
                let checked = honors.as_ref().is_some_and(|v| v.contains(h));
                let cb = props.on_honor.clone();
                let h = *h;
                let id = format!("honor-{h:?}");
                html! {
                    <div class="check">
                        <input type="checkbox" id={id.clone()} name="qualifications.honors" value={format!("{h:?}")} {checked}
                            onchange={Callback::from(move |ev: Event| cb.emit((h, ev.target_unchecked_into::<HtmlInputElement>().checked())))} />
                        <label for={id}>{ l.term(*t) }</label>
                    </div>
                }
            }) }
            <div class="check">
                <input type="checkbox" id="honor-none" checked={none_checked} onchange={on_none} />
                <label for="honor-none">{ l.t("以上均无", "None of these") }</label>
            </div>
            if honors.is_none() {
                <p class="help">{ l.t("未填写：勾选拥有的荣誉，或勾选“以上均无”。", "Not given: tick the honours held, or “None of these”.") }</p>
            }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct AchievementsProps {
    list: Vec<Achievement>,
    on_change: Callback<Vec<Achievement>>,
}

/// Achievements as rows: a kind, its attributes, a count.
#[function_component]
fn Achievements(props: &AchievementsProps) -> Html {
    let l = use_lang();
    let list = props.list.clone();
    let emit = {
        let cb = props.on_change.clone();
        move |list: Vec<Achievement>| cb.emit(list)
    };
    let add = {
        let list = list.clone();
        let emit = emit.clone();
        Callback::from(move |_| {
            let mut next = list.clone();
            next.push(Achievement::new(
                "standard",
                &[("level", "national"), ("role", "lead"), ("action", "draft")],
                1,
            ));
            emit(next);
        })
    };
    html! {
        <div class="achievements">
            if list.is_empty() {
                <p class="help">{ l.t("尚未添加成果。地方激励按成果测算，例如主导制定的标准、企业标准“领跑者”、技术委员会秘书处、质量奖等。",
                    "No achievements yet. Local incentives pay for achievements such as standards led, enterprise-standard forerunner titles, committee secretariats, quality awards.") }</p>
            }
            <ol class="achievement-list">
                { for list.iter().enumerate().map(|(i, a)| {
                    let info = kind_info(&a.kind);
                    let set_kind = {
                        let list = list.clone();
                        let emit = emit.clone();
                        Callback::from(move |ev: Event| {
                            let kind = ev.target_unchecked_into::<HtmlSelectElement>().value();
                            let mut next = list.clone();
                            let defaults: Vec<(String, String)> = kind_info(&kind).map(|k| k.attributes.iter().filter_map(|attr| attr.values.first().map(|(v, _, _)| (attr.name.to_string(), v.to_string()))).collect()).unwrap_or_default();
                            next[i] = Achievement { kind, count: next[i].count, attributes: defaults.into_iter().collect(), ..Achievement::default() };
                            emit(next);
                        })
                    };
                    let set_count = {
                        let list = list.clone();
                        let emit = emit.clone();
                        Callback::from(move |ev: InputEvent| {
                            let v = ev.target_unchecked_into::<HtmlInputElement>().value();
                            if let Ok(n) = v.trim().parse::<u32>() {
                                let mut next = list.clone();
                                next[i].count = n.min(10_000);
                                emit(next);
                            }
                        })
                    };
                    let remove = {
                        let list = list.clone();
                        let emit = emit.clone();
                        Callback::from(move |_| {
                            let mut next = list.clone();
                            next.remove(i);
                            emit(next);
                        })
                    };
                    let set_series = {
                        let list = list.clone();
                        let emit = emit.clone();
                        Callback::from(move |ev: Event| {
                            let mut next = list.clone();
                            next[i].series = ev.target_unchecked_into::<HtmlInputElement>().checked();
                            emit(next);
                        })
                    };
                    let kid = format!("ach-{i}-kind");
                    html! {
                        <li key={i} class="achievement">
                            <div class="field">
                                <label for={kid.clone()}>{ l.t("成果类型", "Kind") }</label>
                                <select id={kid} name={format!("achievements[{i}].kind")} onchange={set_kind}>
                                    { for VOCABULARY.iter().map(|info| html! {
                                        <option value={info.kind} selected={info.kind == a.kind}>{ if l.is_en() { info.label_en } else { info.label_zh } }</option>
                                    }) }
                                </select>
                            </div>
                            { for info.into_iter().flat_map(|info| info.attributes.iter()).map(|attr_info| {
                                let (attr, values) = (attr_info.name, attr_info.values);
                                let set_attr = {
                                    let list = list.clone();
                                    let emit = emit.clone();
                                    Callback::from(move |ev: Event| {
                                        let v = ev.target_unchecked_into::<HtmlSelectElement>().value();
                                        let mut next = list.clone();
                                        if v.is_empty() { next[i].attributes.remove(attr); } else { next[i].attributes.insert(attr.to_string(), v); }
                                        emit(next);
                                    })
                                };
                                let aid = format!("ach-{i}-{attr}");
                                let current = a.attribute(attr).unwrap_or_default().to_string();
                                html! {
                                    <div class="field">
                                        <label for={aid.clone()}>{ attribute_label(attr, l.is_en()) }</label>
                                        <select id={aid} name={format!("achievements[{i}].{attr}")} onchange={set_attr}>
                                            <option value="" selected={current.is_empty()}>{ l.t("（不限）", "(any)") }</option>
                                            { for values.iter().map(|(v, zh, en)| html! {
                                                <option value={*v} selected={*v == current}>{ if l.is_en() && !en.is_empty() { *en } else if !zh.is_empty() { *zh } else { *v } }</option>
                                            }) }
                                        </select>
                                    </div>
                                }
                            }) }
                            <div class="field count">
                                <label for={format!("ach-{i}-count")}>{ l.t("数量", "Count") }</label>
                                <input id={format!("ach-{i}-count")} name={format!("achievements[{i}].count")} type="text" inputmode="numeric" value={a.count.to_string()} oninput={set_count} />
                            </div>
                            if a.kind == "standard" {
                                <div class="check">
                                    <input type="checkbox" id={format!("ach-{i}-series")} checked={a.series} onchange={set_series} />
                                    <label for={format!("ach-{i}-series")}>{ l.t("为同一第一起草单位的系列标准", "A series with the same first drafter") }</label>
                                </div>
                            }
                            <button type="button" class="remove" onclick={remove} aria-label={format!("{} {}", l.t("删除成果", "Remove achievement"), i + 1)}>{ l.t("删除", "Remove") }</button>
                        </li>
                    }
                }) }
            </ol>
            <button type="button" onclick={add}>{ l.t("＋ 添加成果", "+ Add an achievement") }</button>
        </div>
    }
}

fn attribute_label(attr: &str, en: bool) -> String {
    let (zh, e) = match attr {
        "level" => ("级别", "Level"),
        "role" => ("角色", "Role"),
        "action" => ("制定/修订", "Draft or revise"),
        "scope" => ("范围", "Scope"),
        "body" => ("机构", "Body"),
        "grade" => ("等级", "Grade"),
        "type" => ("类别", "Type"),
        _ => (attr, attr),
    };
    if en {
        e.to_string()
    } else {
        zh.to_string()
    }
}
