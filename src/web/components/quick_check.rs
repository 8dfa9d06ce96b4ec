//! 快速自测: a new profile's short way in. Nine deciding questions, each a
//! set of the usual controls under their profile paths (so the store, the
//! drafts and the results treat them exactly as the full form does), and
//! one question that answers all of 第三条's compliance preconditions at
//! once. An unanswered question stays unknown (the results show ranges);
//! "完善详细信息" opens the full form on the same profile.

use super::field::Field;
use super::honors::Honors;
use crate::date::Date;
use crate::engine::explain::test_inputs;
use crate::profile::{Honor, Year};
use crate::rules::model::Test;
use crate::rules::rulebook_by_id;
use crate::text::Text;
use crate::web::i18n::use_lang;
use crate::web::state::Entry;
use yew::prelude::*;

/// The id of the first control, for the skip link.
pub const FIRST_FIELD: &str = "f-company-industry";

#[derive(Properties, PartialEq)]
pub struct Props {
    pub entry: Entry,
    /// The rulebook assessed under: its 第三条 list is the compliance question.
    pub rulebook: &'static str,
    /// The assessment date: the year columns are the calendar years before it.
    pub date: Date,
    pub on_field: Callback<(String, String)>,
    pub on_honor: Callback<(Honor, bool)>,
    pub on_honors_known: Callback<bool>,
    /// "完善详细信息": the full form, every answer kept.
    pub on_full: Callback<()>,
}

/// The compliance preconditions a company states about itself (第三条 minus
/// the SME size test, which the page computes): each condition's words and
/// the field value that meets it.
fn stated_preconditions(rulebook: &str) -> Vec<(Text, String, &'static str)> {
    let Some(rb) = rulebook_by_id(rulebook) else {
        return Vec::new();
    };
    rb.preconditions
        .iter()
        .filter_map(|c| {
            let meets = match c.test {
                Test::Is(_) => "true",
                Test::IsNot(_) => "false",
                _ => return None,
            };
            let path = test_inputs(&c.test).into_iter().next()?;
            Some((c.text, path, meets))
        })
        .collect()
}

/// The answer the compliance fields give: all met, one not met, or not
/// (fully) answered.
fn compliance_answer(e: &Entry, conds: &[(Text, String, &str)]) -> Option<bool> {
    let values: Vec<String> = conds.iter().map(|(_, p, _)| e.text(p)).collect();
    if conds
        .iter()
        .zip(&values)
        .any(|((_, _, meets), v)| !v.is_empty() && v != meets)
    {
        return Some(false);
    }
    conds
        .iter()
        .zip(&values)
        .all(|((_, _, meets), v)| v == meets)
        .then_some(true)
}

#[function_component]
pub fn QuickCheck(p: &Props) -> Html {
    let l = use_lang();
    let e = &p.entry;
    let field = |path: &'static str| {
        html! { <Field key={path} {path} text={e.text(path)} problem={e.problem(path)} on_change={p.on_field.clone()} /> }
    };
    // A year cell: the label names the figure and its calendar year.
    let cell = |path: &'static str, label: String| {
        html! { <td><Field key={path} {path} text={e.text(path)} problem={e.problem(path)} on_change={p.on_field.clone()} in_table=true label={label} /></td> }
    };
    // The figures of last year and the year before it (上年度 / 上上年度).
    let (y1, y2) = (
        Year::Y1.calendar_year(p.date),
        Year::Y2.calendar_year(p.date),
    );
    let year_head = |y: i32, hint: &str| {
        html! { <th scope="col">{ format!("{y} {}", l.t("年", "")) }<span class="year-hint">{ hint.to_string() }</span></th> }
    };
    let year_row = |name: &'static str, zh: &str, en: &str| {
        let label = l.t(zh, en).to_string();
        let (a, b) = match name {
            "operating_revenue" => (
                "financials.operating_revenue.y1",
                "financials.operating_revenue.y2",
            ),
            "main_business_revenue" => (
                "financials.main_business_revenue.y1",
                "financials.main_business_revenue.y2",
            ),
            _ => ("financials.rd_expense.y1", "financials.rd_expense.y2"),
        };
        html! {
            <tr>
                <th scope="row">{ label.clone() }</th>
                { cell(a, format!("{y1} {} {label}", l.t("年", ""))) }
                { cell(b, format!("{y2} {} {label}", l.t("年", ""))) }
            </tr>
        }
    };
    let years_table = |caption: &str, rows: Html| {
        html! {
            <div class="table-scroll">
                <table class="quick-years">
                    <caption class="visually-hidden">{ caption.to_string() }</caption>
                    <thead><tr>
                        <td></td>
                        { year_head(y1, l.t("上年度", "last year")) }
                        { year_head(y2, l.t("上上年度", "the year before")) }
                    </tr></thead>
                    <tbody>{ rows }</tbody>
                </table>
            </div>
        }
    };

    let conds = stated_preconditions(p.rulebook);
    let answer = compliance_answer(e, &conds);
    // "否" opens the list to say which condition is not met; the fields
    // stay unknown until then (nothing is set on the user's behalf).
    let says_no = use_state(|| false);
    let show_list = answer == Some(false) || (*says_no && answer != Some(true));
    let on_compliance = {
        let (on_field, says_no) = (p.on_field.clone(), says_no.clone());
        let conds = conds.clone();
        Callback::from(move |yes: bool| {
            says_no.set(!yes);
            for (_, path, meets) in &conds {
                let text = if yes { meets } else { "" };
                on_field.emit((path.clone(), text.to_string()));
            }
        })
    };
    let radio = |value: bool, label: &str| {
        let on = on_compliance.clone();
        let id = format!("quick-compliance-{value}");
        let checked = if value {
            answer == Some(true)
        } else {
            show_list
        };
        html! {
            <div class="check">
                <input type="radio" id={id.clone()} name="compliance" value={if value { "yes" } else { "no" }} {checked}
                    onchange={Callback::from(move |_: Event| on.emit(value))} />
                <label for={id}>{ label.to_string() }</label>
            </div>
        }
    };
    let on_full = {
        let cb = p.on_full.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let q = |n: u8, key: &'static str, title: &str, body: Html| {
        html! {
            <fieldset class="quick-q" data-question={key}>
                <legend><span class="q-no" aria-hidden="true">{ format!("{n}") }</span>{ title.to_string() }</legend>
                { body }
            </fieldset>
        }
    };

    html! {
        <section class="quick-check" data-quick-check="" aria-labelledby="quick-title">
            <h2 id="quick-title">{ l.t("快速自测", "Quick check") }</h2>
            <p class="form-intro">{ l.t(
                "回答下面 9 个问题，每答一题结果即时更新。不清楚的可以留空：留空的项目按“未知”计算，结果显示可能的范围，不会替您假设。金额单位为万元。",
                "Answer these 9 questions; the results update as you answer. Leave blank what you do not know: it counts as unknown and the results show the possible range, nothing is assumed for you. Money is in 万元 (10,000 CNY).") }</p>
            { q(1, "industry", l.t("行业与地区", "Industry and region"), html! {
                <div class="grid">{ field("company.industry") }{ field("company.province") }</div>
            }) }
            { q(2, "staff", l.t("人员", "Staff"), html! {
                <div class="grid">{ field("company.employees") }{ field("company.rd_employees") }{ field("company.sci_tech_staff") }</div>
            }) }
            { q(3, "revenue", l.t("营业收入（近两年）", "Revenue, last two years"), years_table(
                l.t("营业收入（万元）", "Revenue (万元)"),
                html! { <>
                    { year_row("operating_revenue", "营业收入总额", "Operating revenue") }
                    { year_row("main_business_revenue", "其中：主营业务收入", "of which main business") }
                </> },
            )) }
            { q(4, "rd", l.t("研发费用（近两年）", "R&D expense, last two years"), years_table(
                l.t("研发费用（万元）", "R&D expense (万元)"),
                year_row("rd_expense", "研发费用总额", "R&D expense"),
            )) }
            { q(5, "ip", l.t("与主导产品相关的知识产权", "IP related to the main product"), html! {
                <div class="grid">{ field("ip.class1") }{ field("ip.class1_self_applied_top3") }{ field("ip.class2") }</div>
            }) }
            { q(6, "niche", l.t("细分市场", "Niche market"), html! {
                <div class="grid">{ field("company.years_in_niche") }</div>
            }) }
            { q(7, "compliance", l.t("合规前提（第三条）", "Compliance preconditions (第三条)"), html! { <>
                <p class="quick-prompt">{ l.t("本企业是否同时符合下列各项？", "Does the company meet every one of these?") }</p>
                <ul class="quick-list">{ for conds.iter().map(|(t, _, _)| html! { <li>{ l.text(*t) }</li> }) }</ul>
                <div class="quick-radios" role="radiogroup" aria-label={l.t("合规前提", "Compliance preconditions")}>
                    { radio(true, l.t("是，以上各项均符合", "Yes, all of them")) }
                    { radio(false, l.t("否，有不符合的情况", "No, at least one is not met")) }
                </div>
                if show_list {
                    <p class="help">{ l.t("请逐项说明：", "Say which:") }</p>
                    <div class="grid">{ for conds.iter().map(|(_, path, _)| {
                        let path: &'static str = crate::profile::fields::field(path).map_or("", |f| f.path);
                        field(path)
                    }) }</div>
                } else if answer.is_none() {
                    <p class="help">{ l.t("未回答：各级称号都以此为前提，结果将显示“待定”。", "Not answered: every tier requires it, so the results say “depends”.") }</p>
                }
            </> }) }
            { q(8, "titles", l.t("已有称号与荣誉", "Titles and honours held"), html! { <>
                <Honors honors={e.profile.qualifications.honors.clone()} on_honor={p.on_honor.clone()} on_known={p.on_honors_known.clone()} />
                <p class="help">{ l.t("已获梯度培育称号的，填有效期截止日（没有则留空）：", "For a tier title already held, its last valid day (blank if none):") }</p>
                <div class="grid">
                    { field("qualifications.titles.tech_sme_until") }
                    { field("qualifications.titles.innovative_until") }
                    { field("qualifications.titles.srdi_until") }
                </div>
            </> }) }
            { q(9, "platform", l.t("培育平台发展质量评价得分（如已知）", "Platform development-quality score, if known"), html! {
                <div class="grid">{ field("qualifications.platform_quality_score.score") }{ field("qualifications.little_giant_review") }{ field("qualifications.platform_quality_score_prev.score") }</div>
            }) }
            <div class="quick-next">
                <button type="button" class="primary" data-full-form="" onclick={on_full}>{ l.t("完善详细信息 →", "Complete the details →") }</button>
                <p class="help">{ l.t("进入完整表单：已回答的内容全部保留，补充其余项目可缩小分数范围。", "Opens the full form with every answer kept; the remaining items narrow the ranges.") }</p>
            </div>
        </section>
    }
}
