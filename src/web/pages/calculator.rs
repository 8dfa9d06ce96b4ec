//! The calculator: the form, the verdicts beside it (sticky on wide
//! screens, a compact bar on phones), the details, and the print report.
//! Scores are recomputed on every keystroke; the advice, which re-runs the
//! engine many times, a moment after typing pauses.

use crate::engine::advice::{advise, Change, TierAdvice};
use crate::incentives::view::IncentivesView;
use crate::profile::Profile;
use crate::report::{report_with_incentives, report_without_advice, Detail, Report};
use crate::rules::Rulebook;
use crate::side_by_side::{side_by_side, SideBySide};
use crate::web::components::compare::Compare;
use crate::web::components::fold::FoldButton;
use crate::web::components::form::ProfileForm;
use crate::web::components::print_report::PrintReport;
use crate::web::components::quick_check::QuickCheck;
use crate::web::components::results::{Details, Summary};
use crate::web::components::results_dock::ResultsDock;
use crate::web::components::scenario::ScenarioCompare;
use crate::web::components::settings::{compared, AssessmentSettings};
use crate::web::i18n::use_lang;
use crate::web::pages::side_by_side::{chosen, print_columns};
use crate::web::props::{Latest, Shared};
use crate::web::state::Action;
use crate::web::state::Store;
use crate::web::util::{new_profile_id, today};
use crate::{assess_with, Date};
use gloo::timers::callback::Timeout;
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub store: Store,
    /// The state now, for what reads the profile when pressed.
    pub latest: Latest,
}

type AdviceMap = BTreeMap<&'static str, TierAdvice>;

fn compute_advice(profile: &Profile, date: Date, rulebook: &'static Rulebook) -> AdviceMap {
    advise(&assess_with(profile, date, rulebook))
        .into_iter()
        .map(|a| (a.tier, a))
        .collect()
}

/// The client pack's comparison: the columns `print_columns` chooses, with
/// their next steps; none when fewer than two.
fn compute_scenarios(
    store: &Store,
    date: Date,
    rulebook: &'static Rulebook,
) -> Option<Shared<SideBySide>> {
    let columns = print_columns(store);
    let refs: Vec<(&str, &Profile)> = columns.iter().map(|(n, p)| (n.as_str(), &**p)).collect();
    (refs.len() >= 2).then(|| Shared(Rc::new(side_by_side(&refs, date, rulebook, true))))
}

/// A profile whose achievements are those of the active profile, compared
/// by address: the last profile whose rows differed from those before it.
/// The rows are compared once per edit, here, and the achievements list and
/// the incentives then see the same rows as the same address.
#[derive(Clone)]
struct Rows(Rc<Profile>);

impl PartialEq for Rows {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The report with everything in it (the materials too): what the details,
/// the cards' lists of materials and the print show.
fn full_report(
    profile: &Profile,
    date: Date,
    rulebook: &'static Rulebook,
    incentives: Rc<IncentivesView>,
) -> Shared<Report> {
    let a = assess_with(profile, date, rulebook);
    Shared(Rc::new(report_with_incentives(
        &a,
        incentives,
        Detail::Full,
    )))
}

fn report_under(profile: &Profile, date: Date, rulebook: &'static Rulebook) -> Shared<Report> {
    Shared(Rc::new(report_without_advice(&assess_with(
        profile, date, rulebook,
    ))))
}

/// Moves the focus to the element with this id, if it is on the page.
fn focus_by_id(id: &str) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id) {
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
            let _ = el.focus();
        }
    }
}

#[function_component]
pub fn CalculatorPage(p: &Props) -> Html {
    let l = use_lang();
    let store = &p.store;
    let entry = store.active().clone();
    let today = *use_memo((), |_| today());
    let date = entry.profile.assessment_date.unwrap_or(today);
    let rulebook = chosen(&store.rulebook, date);
    // Every report is computed again once the policies arrive.
    let catalog = crate::web::catalog::use_catalog().state;
    let rows = use_mut_ref(|| entry.profile.clone());
    if !Rc::ptr_eq(&rows.borrow(), &entry.profile)
        && rows.borrow().achievements != entry.profile.achievements
    {
        *rows.borrow_mut() = entry.profile.clone();
    }
    let rows = Rows(rows.borrow().clone());
    // The incentives read only the company's region, the achievements and
    // the date: a keystroke in any other field keeps them.
    let incentives = {
        let profile = entry.profile.clone();
        use_memo(
            (profile.company.clone(), rows.clone(), date, catalog),
            move |(_, _, date, _)| {
                IncentivesView::from(&crate::incentives::incentives(&profile, *date))
            },
        )
    };
    // A keystroke's report: all but the materials and the reasons in
    // words, which the cards' closed lists and the details show a task
    // later (`settled`, below).
    let report = {
        let incentives = incentives.clone();
        (*use_memo(
            (entry.profile.clone(), date, rulebook.id, catalog),
            move |(profile, date, _, _)| {
                let a = assess_with(profile, *date, rulebook);
                Shared(Rc::new(report_with_incentives(
                    &a,
                    incentives,
                    Detail::Cards,
                )))
            },
        ))
        .clone()
    };
    // The profile and report of before this keystroke are let go of after
    // it: freeing a whole report is not work the keystroke's score has to
    // wait for. They wait in `let_go`, emptied by the task that brings the
    // details up to date (below): one timer a keystroke, not two.
    let previous = use_mut_ref(|| (entry.profile.clone(), report.clone()));
    let let_go = use_mut_ref(Vec::new);
    if !Rc::ptr_eq(&previous.borrow().0, &entry.profile) {
        let old = std::mem::replace(
            &mut *previous.borrow_mut(),
            (entry.profile.clone(), report.clone()),
        );
        let_go.borrow_mut().push(old);
    }
    // Side by side: the same company under the newest rulebook and the one
    // it replaced.
    let compare = (*use_memo(
        (entry.profile.clone(), date, store.compare, catalog),
        |(profile, date, on, _)| {
            on.then(|| {
                let [a, b] = compared().map(|r| report_under(profile, *date, r));
                (a, b)
            })
        },
    ))
    .clone();
    // A scenario shows itself against its base profile.
    let base = store
        .entries
        .iter()
        .find(|e| Some(&e.id) == entry.parent.as_ref())
        .cloned();
    let base_report = (*use_memo(
        (
            base.as_ref().map(|b| b.profile.clone()),
            date,
            rulebook.id,
            catalog,
        ),
        move |(profile, date, _, _)| profile.as_ref().map(|p| report_under(p, *date, rulebook)),
    ))
    .clone();

    // The advice, and the hidden print report (its verdicts and its input
    // figures, filing calendar…), follow once typing pauses: neither is on
    // screen while typing, so a keystroke does not pay for them. The
    // previous advice stays on screen meanwhile. The print report is never
    // the live one: else every keystroke before the first pause (typing
    // right after a load or an import) redrew all of it. Nor is it in the
    // first render: the page's first score does not wait for a report only
    // a printer sees (`beforeprint`, below, brings it in before any print).
    let advice = use_state(|| None::<Shared<AdviceMap>>);
    let printed = use_state(|| None::<(Shared<Report>, Rc<Profile>)>);
    let scenarios = use_state(|| None::<Shared<SideBySide>>);
    // The entries by id and name: a scenario added, renamed or removed
    // changes the pack's comparison though the active profile did not.
    let family: Vec<(String, String)> = store
        .entries
        .iter()
        .map(|e| (e.id.clone(), e.name.clone()))
        .collect();
    // Printing right after an edit must not print the state of before it:
    // the browser announces a print with `beforeprint`, and the report and
    // advice are brought up to date at once (the render runs before the
    // print is laid out, where the browser runs it first).
    let latest = use_mut_ref(|| (incentives.clone(), store.clone(), date, rulebook));
    *latest.borrow_mut() = (incentives.clone(), store.clone(), date, rulebook);
    // Advice, scenarios and the print report from the latest state: after a
    // pause in typing, one task after the page's first render, and on
    // `beforeprint`. Made once: it reads the state through `latest`.
    let refresh = {
        let (advice, printed, latest) = (advice.clone(), printed.clone(), latest.clone());
        let scenarios = scenarios.clone();
        (*use_memo((), move |_| -> Rc<dyn Fn()> {
            Rc::new(move || {
                let (incentives, store, date, rulebook) = latest.borrow().clone();
                let profile = store.active().profile.clone();
                advice.set(Some(Shared(Rc::new(compute_advice(
                    &profile, date, rulebook,
                )))));
                scenarios.set(compute_scenarios(&store, date, rulebook));
                printed.set(Some((
                    full_report(&profile, date, rulebook, incentives),
                    profile,
                )));
            })
        }))
        .clone()
    };
    {
        let (refresh, printed) = (refresh.clone(), printed.clone());
        let after_pause = crate::web::debounce::use_debounce(150);
        use_effect_with(
            (entry.profile.clone(), date, rulebook.id, family, catalog),
            move |_| {
                // Until the first refresh (one task after the first render,
                // below) has run, it is the one to come.
                if printed.is_some() {
                    after_pause.schedule(move || refresh());
                }
            },
        );
    }
    // The first refresh comes one task after the page's first render, not
    // at a pause: the print report is not in the first render (the first
    // score does not wait for it), and Firefox lays out a print from
    // `window.print()` before the render that `beforeprint` asks for has
    // run — a print right after a load must still hold the report.
    use_effect_with((), move |_| {
        let first = {
            let refresh = refresh.clone();
            Timeout::new(0, move || refresh())
        };
        let listener =
            gloo::events::EventListener::new(&gloo::utils::window(), "beforeprint", move |_| {
                refresh()
            });
        move || drop((first, listener))
    });

    // Stable callbacks (memoised on the store's dispatcher, which never
    // changes): a field whose text did not change then skips re-rendering,
    // which keeps a keystroke's work to the fields and results it touches.
    let dispatcher = store.dispatcher();
    let on_field = use_callback(dispatcher.clone(), |(path, text): (String, String), d| {
        d.dispatch(Action::SetField { path, text })
    });
    let on_honor = use_callback(dispatcher.clone(), |(honor, on), d| {
        d.dispatch(Action::SetHonor { honor, on })
    });
    let on_honors_known = use_callback(dispatcher.clone(), |known, d| {
        d.dispatch(Action::SetHonorsKnown(known))
    });
    let on_achievements = use_callback(dispatcher, |edit, d| {
        d.dispatch(Action::EditAchievement(edit))
    });
    // Quick check ⇄ full form: the same profile either way. The control to
    // go on with gets the focus once it is on screen.
    let on_quick = use_callback(store.dispatcher(), |quick: bool, store| {
        store.dispatch(Action::SetQuick(quick));
        let first = if quick {
            crate::web::components::quick_check::FIRST_FIELD
        } else {
            "f-company-name"
        };
        Timeout::new(0, move || focus_by_id(first)).forget();
    });
    let open_quick = use_callback(on_quick.clone(), |_: MouseEvent, q| q.emit(true));
    let close_quick = use_callback(on_quick.clone(), |_: (), q| q.emit(false));
    let on_date = use_callback(store.dispatcher(), |d, s| s.dispatch(Action::SetDate(d)));
    let on_rulebook = use_callback(store.dispatcher(), |c, s| {
        s.dispatch(Action::SetRulebook(c))
    });
    let on_compare = use_callback(store.dispatcher(), |on, s| {
        s.dispatch(Action::SetCompare(on))
    });
    // The profile a tried change applies to, read at click time: the
    // callback then stays the same across keystrokes, and so do the
    // details panel's props.
    let trying = use_mut_ref(|| (entry.profile.clone(), entry.name.clone(), l.lang, date));
    *trying.borrow_mut() = (entry.profile.clone(), entry.name.clone(), l.lang, date);
    let on_try = {
        let trying = trying.clone();
        use_callback(
            store.dispatcher(),
            move |(changes, label): (Vec<Change>, String), store| {
                let (profile, name, lang, date) = trying.borrow().clone();
                // A change that counts next year is tried on the profile as it
                // will stand then, dated a year later.
                let year = changes
                    .iter()
                    .map(|c| c.first_year)
                    .max()
                    .unwrap_or(date.year());
                let trial = crate::engine::advice::apply_changes(&profile, date, year, &changes);
                // Shortened without leaving a bracket open in the name.
                let short = crate::text::shorten(&label, 24);
                let tag = if lang == crate::text::Lang::Zh {
                    "方案"
                } else {
                    "scenario"
                };
                store.dispatch(Action::Variant {
                    id: new_profile_id(),
                    name: format!("{name}（{tag}：{short}）"),
                    profile: Some(Box::new(trial)),
                });
            },
        )
    };
    // The details panel (reasons, indicators, incentives) and the cards'
    // closed lists of materials trail the score by one task (a zero
    // timeout): a keystroke's render then holds the form and the scores
    // only, and the rest follows right after. So does the details panel
    // of a page's first render (some 640 elements below the cards, out of
    // view): the first score is on screen one task sooner. That task
    // builds the report whole, the materials with it.
    let settled = use_state(|| None::<Shared<Report>>);
    {
        let settled = settled.clone();
        let inputs = (entry.profile.clone(), date, rulebook, incentives.clone());
        let next = crate::web::debounce::use_next_task();
        use_effect_with(report.clone(), move |_| {
            next.schedule(move || {
                let (profile, date, rulebook, incentives) = inputs;
                settled.set(Some(full_report(&profile, date, rulebook, incentives)));
                let_go.borrow_mut().clear();
            });
        });
    }

    html! {
        <>
            <div class="calc">
                <ResultsDock report={report.clone()}>
                    <div class="side-summary"><Summary report={report.clone()} materials={(*settled).clone()} /></div>
                    <div class="side-details">
                        if let Some(settled) = (*settled).clone() {
                            <Details report={settled} advice={(*advice).clone()} on_try={on_try} />
                        }
                    </div>
                </ResultsDock>
                <div class="form-area">
                    <FoldButton controls="assessment-settings">
                        { crate::basis::basis_line(date, rulebook.name, rulebook.provisional, l.lang) }
                    </FoldButton>
                    <AssessmentSettings {date} date_given={entry.profile.assessment_date.is_some()} choice={store.rulebook.clone()}
                        rulebook={rulebook.id} compare={store.compare} {on_date} {on_rulebook} {on_compare} latest={p.latest.clone()} {today} />
                    if let (Some(b), Some(br)) = (base.clone(), base_report) {
                        <ScenarioCompare base={br} plan={report.clone()} base_profile={b.profile.clone()} plan_profile={entry.profile.clone()}
                            base_name={b.name.clone()} on_open_base={{ let store = store.clone(); let id = b.id.clone(); Callback::from(move |_| store.dispatch(Action::Select(id.clone()))) }} />
                    }
                    if let Some((a, b)) = compare {
                        <Compare before={a} after={b} />
                    }
                    if entry.quick {
                        <QuickCheck entry={entry.clone()} rulebook={rulebook.id} {date} {on_field} {on_honor} {on_honors_known}
                            on_full={close_quick} />
                    } else {
                        <p class="quick-link no-print">
                            <button type="button" class="linklike" data-open-quick-check="" onclick={open_quick}>
                                { l.t("回到快速自测（9 个问题）", "Back to the quick check (9 questions)") }
                            </button>
                        </p>
                        <ProfileForm entry={entry.clone()} rows={rows.0.clone()} metrics={report.0.metrics.clone()} {on_field} {on_honor} {on_honors_known} {on_achievements} {today} />
                    }
                </div>
            </div>
            if let Some((print_report, print_profile)) = (*printed).clone() {
                <PrintReport report={print_report} advice={(*advice).clone()} date={print_profile.assessment_date.unwrap_or(today)} profile={print_profile} scenarios={(*scenarios).clone()} />
            }
        </>
    }
}
