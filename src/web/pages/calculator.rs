//! The calculator: the form, the verdicts beside it (sticky on wide
//! screens, a compact bar on phones), the details, and the print report.
//! Scores are recomputed on every keystroke; the advice, which re-runs the
//! engine many times, a moment after typing pauses.

use crate::engine::advice::{advise, Change, TierAdvice};
use crate::profile::Profile;
use crate::report::report_without_advice;
use crate::web::app::Store;
use crate::web::components::form::ProfileForm;
use crate::web::components::print_report::PrintReport;
use crate::web::components::results::{Details, Shared, Summary};
use crate::web::i18n::use_lang;
use crate::web::state::Action;
use crate::web::util::{now_ms, today};
use crate::{assess, Date};
use gloo::timers::callback::Timeout;
use std::collections::BTreeMap;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub store: Store,
}

type AdviceMap = BTreeMap<&'static str, TierAdvice>;

fn compute_advice(profile: &Profile, date: Date) -> AdviceMap {
    advise(&assess(profile, date))
        .into_iter()
        .map(|a| (a.tier, a))
        .collect()
}

#[function_component]
pub fn CalculatorPage(p: &Props) -> Html {
    let l = use_lang();
    let store = &p.store;
    let entry = store.active().clone();
    let today = *use_memo((), |_| today());
    let date = entry.profile.assessment_date.unwrap_or(today);
    let report = (*use_memo((entry.profile.clone(), date), |(profile, date)| {
        Shared(Rc::new(report_without_advice(&assess(profile, *date))))
    }))
    .clone();

    // The advice follows once typing pauses; the previous advice stays
    // on screen meanwhile.
    let advice = use_state(|| None::<Shared<AdviceMap>>);
    {
        let advice = advice.clone();
        use_effect_with((entry.profile.clone(), date), move |(profile, date)| {
            let (profile, date) = (profile.clone(), *date);
            let timer = Timeout::new(150, move || {
                advice.set(Some(Shared(Rc::new(compute_advice(&profile, date)))))
            });
            move || drop(timer)
        });
    }

    let on_field = {
        let store = store.clone();
        Callback::from(move |(path, text): (String, String)| {
            store.dispatch(Action::SetField { path, text })
        })
    };
    let on_honor = {
        let store = store.clone();
        Callback::from(move |(honor, on)| store.dispatch(Action::SetHonor { honor, on }))
    };
    let on_honors_known = {
        let store = store.clone();
        Callback::from(move |known| store.dispatch(Action::SetHonorsKnown(known)))
    };
    let on_achievements = {
        let store = store.clone();
        Callback::from(move |list| store.dispatch(Action::SetAchievements(list)))
    };
    let on_date = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            store.dispatch(Action::SetDate(v.parse().ok()));
        })
    };
    let on_try = {
        let store = store.clone();
        let profile = entry.profile.clone();
        let name = entry.name.clone();
        let lang = l.lang;
        Callback::from(move |(changes, label): (Vec<Change>, String)| {
            let mut trial = profile.clone();
            for c in &changes {
                if let Some(m) = c.step {
                    let _ = m.apply(&mut trial);
                }
            }
            let short: String = label.chars().take(24).collect();
            let tag = if lang == crate::text::Lang::Zh {
                "试算"
            } else {
                "trial"
            };
            store.dispatch(Action::Import {
                id: format!("p{}", now_ms() as u64),
                name: format!("{name}（{tag}：{short}）"),
                profile: Box::new(trial),
            });
        })
    };

    html! {
        <>
            <div class="calc">
                <aside class="side" aria-label={l.t("评估结果", "Results")}>
                    <div class="side-summary"><Summary report={report.clone()} /></div>
                    <div class="side-details">
                        <Details report={report.clone()} advice={(*advice).clone()} profile={entry.profile.clone()} on_try={on_try} />
                    </div>
                </aside>
                <div class="form-area">
                    <div class="assessment-settings">
                        <label for="assessment-date">{ l.t("评估日期", "Assessment date") }</label>
                        <input id="assessment-date" name="assessment_date" type="date" value={date.to_string()} onchange={on_date} />
                        <span class="help">{ if entry.profile.assessment_date.is_none() { l.t("（默认今天）", "(today by default)") } else { "" } }</span>
                        <span class="rulebook">{ l.text(report.0.rulebook.name) }</span>
                    </div>
                    <ProfileForm entry={entry.clone()} metrics={report.0.metrics.clone()} {on_field} {on_honor} {on_honors_known} {on_achievements} {today} />
                </div>
            </div>
            <PrintReport report={report} advice={(*advice).clone()} />
        </>
    }
}
