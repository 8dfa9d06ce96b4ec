//! The parts of the printed report that make it a client pack (issue 15):
//! the cover, the local policies with their status on the assessment date,
//! and the filing calendar. Hidden on screen, like the report they sit in.

use crate::calendar::events;
use crate::incentives::catalog::builtin;
use crate::profile::Profile;
use crate::report::Report;
use crate::web::i18n::use_lang;
use crate::Date;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CoverProps {
    pub report: crate::web::props::Shared<Report>,
}

/// Company, date, rulebook (one provisional mark) and, before anything
/// else, that this is a self-assessment and not a recognition.
#[function_component]
pub fn PrintCover(p: &CoverProps) -> Html {
    let l = use_lang();
    let r = &p.report.0;
    let c = &r.company;
    let region: String = [&c.province, &c.city, &c.district]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    html! {
        <header class="print-cover">
            <h1>{ l.t("优质中小企业梯度培育自评报告", "Quality SME tier self-assessment report") }</h1>
            <p class="print-company">{ c.name.clone().unwrap_or_else(|| l.t("（未填写企业名称）", "(company name not given)").into()) }</p>
            <table class="meta">
                <tr><th>{ l.t("所在地区", "Region") }</th><td>{ if region.is_empty() { "—".to_string() } else { region } }</td></tr>
                <tr><th>{ l.t("评估日期", "Date") }</th><td>{ &r.assessment_date }</td></tr>
                <tr><th>{ l.t("适用规则", "Rulebook") }</th><td>{ crate::basis::rulebook_words(r.rulebook.name, r.rulebook.provisional, l.lang) }</td></tr>
            </table>
            <p class="self-assessment-stamp">
                { l.t("本结果为自评，非认定。", "This is a self-assessment, not a recognition.") }
                <span>{ l.t("是否认定以主管部门评审为准；本报告不构成申报材料。", "Only the authorities' review decides; this report is not an application.") }</span>
            </p>
        </header>
    }
}

#[derive(Properties, PartialEq)]
pub struct PoliciesProps {
    pub report: crate::web::props::Shared<Report>,
}

/// Every local policy the company's region has, with its status on the
/// assessment date, when it was last checked and its source: the reader
/// sees why a total counts a policy or not.
#[function_component]
pub fn PrintPolicies(p: &PoliciesProps) -> Html {
    let l = use_lang();
    let policies = &p.report.0.incentives.policies;
    if policies.is_empty() {
        return html! {};
    }
    html! {
        <section class="print-policies">
            <h2>{ l.t("相关地方政策及其状态", "Local policies and their status") }</h2>
            <table>
                <thead><tr>
                    <th>{ l.t("政策", "Policy") }</th>
                    <th>{ l.t("评估日状态", "Status on the date") }</th>
                    <th>{ l.t("核对日期", "Checked") }</th>
                </tr></thead>
                <tbody>{ for policies.iter().map(|pol| html! {
                    <tr>
                        <td>
                            { format!("{}《{}》", pol.region, if l.is_en() { &pol.title_en } else { &pol.title_zh }) }
                            if pol.imported_from.is_some() { { l.t("（用户导入）", " (imported by the user)") } }
                        </td>
                        <td>{ if l.is_en() { &pol.status_en } else { &pol.status_zh } }</td>
                        <td>{ &pol.checked_on }</td>
                    </tr>
                }) }</tbody>
            </table>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct CalendarProps {
    pub profile: std::rc::Rc<Profile>,
    pub date: Date,
}

/// The next filing windows and title expiries, as "加入日历 (.ics)" writes
/// them (`crate::calendar::events`), so the paper and the file agree.
#[function_component]
pub fn PrintCalendar(p: &CalendarProps) -> Html {
    let l = use_lang();
    // The local policies' windows join once the policies have arrived.
    let catalog = crate::web::catalog::use_catalog().state;
    let list = use_memo(
        (p.profile.clone(), p.date, catalog),
        |(profile, date, _)| events(profile, *date, builtin()),
    );
    if list.is_empty() {
        return html! {};
    }
    html! {
        <section class="print-calendar">
            <h2>{ l.t("申报日历", "Filing calendar") }</h2>
            <table>
                <thead><tr><th>{ l.t("日期", "Dates") }</th><th>{ l.t("事项", "What") }</th></tr></thead>
                <tbody>{ for list.iter().map(|e| html! {
                    <tr>
                        <td>{ if e.start == e.end { e.start.to_string() } else { format!("{} – {}", e.start, e.end) } }</td>
                        <td>{ &e.summary }</td>
                    </tr>
                }) }</tbody>
            </table>
        </section>
    }
}
