//! The profile form, in the order of the official 自评表: company,
//! financials by year (万元, with the derived ratios beside them), IP,
//! qualifications and honours, compliance, and the achievements that local
//! incentives pay for. Every control edits one `sme-profile/1` path.

use super::achievements::AchievementsOf;
use super::field_group::{FieldGroup, FieldState};
use super::financial_table::{derived_line, FinancialTable};
use super::honors::Honors;
use crate::profile::fields::{Section, FIELDS, YEAR_ROWS};
use crate::profile::{AchievementEdit, Honor};
use crate::report::MetricsView;
use crate::web::i18n::use_lang;
use crate::web::state::Entry;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub entry: Entry,
    /// A profile with the entry's achievements, the same address as long
    /// as the rows are the same (the calculator's `Rows`).
    pub rows: std::rc::Rc<crate::profile::Profile>,
    pub metrics: MetricsView,
    pub on_field: Callback<(String, String)>,
    pub on_honor: Callback<(Honor, bool)>,
    pub on_honors_known: Callback<bool>,
    pub on_achievements: Callback<AchievementEdit>,
    pub today: crate::date::Date,
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
            .map(|f| FieldState::of(e, f))
            .collect();
        html! { <FieldGroup {fields} on_change={on.clone()} /> }
    };
    let table: Vec<FieldState> = YEAR_ROWS
        .iter()
        .flatten()
        .map(|f| FieldState::of(e, f))
        .collect();

    html! {
        // A `div` with the form's role, not a `<form>`: nothing is ever
        // submitted, and a `<form>` answers any property read on it by
        // first looking its controls up by name (its named getter), a
        // scan of every control after each change under it. Yew reads its
        // listener mark on every ancestor of a keystroke's input, so a
        // `<form>` here cost each keystroke 0.4 ms (50 achievements) to
        // 1.3 ms (200), measured in the page.
        <div role="form" class="profile-form" aria-label={l.t("企业数据", "Company data")}
            onpaste={crate::web::util::paste_row(on.clone())}>
            <p class="form-intro">{ l.t(
                "逐项填写，结果即时更新；不清楚的项目可以留空，结果会显示可能的分数范围。金额单位均为万元。",
                "Fill in what you know; results update as you type. Leave unknown items blank and the results show the possible range. Money is in 万元 (10,000 CNY).") }</p>
            <section class="form-section" aria-labelledby="sec-company">
                <h2 id="sec-company">{ l.text(Section::Company.title()) }</h2>
                { group(Section::Company) }
                if let Some(line) = derived_line(&props.metrics, "company", &l) {
                    <p class="derived-line"><output>{ line }</output></p>
                }
            </section>
            <section class="form-section" aria-labelledby="sec-fin">
                <h2 id="sec-fin">{ l.text(Section::Financials.title()) }</h2>
                <FinancialTable fields={table} metrics={props.metrics.clone()} on_change={on.clone()} assessed={e.profile.assessment_date.unwrap_or(props.today)} />
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
                <AchievementsOf profile={props.rows.clone()} on_edit={props.on_achievements.clone()} />
            </section>
        </div>
    }
}
