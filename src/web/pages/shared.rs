//! A profile opened from a share link: shown read-only, with "save as my
//! own". A damaged or foreign link shows why and changes nothing stored.

use crate::report::report_without_advice;
use crate::share::open_fragment;
use crate::web::components::print_report::PrintReport;
use crate::web::components::results::{Details, Summary};
use crate::web::components::results_dock::ResultsDock;
use crate::web::components::scenario::ScenarioCompare;
use crate::web::i18n::use_lang;
use crate::web::props::Shared;
use crate::web::state::Action;
use crate::web::state::Store;
use crate::web::util::{go_to_calculator, hash, new_profile_id, today};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub store: Store,
}

#[function_component]
pub fn SharedPage(p: &Props) -> Html {
    let l = use_lang();
    let opened = use_memo(hash(), |h| open_fragment(h));
    // The report below is computed on each render: render again once the
    // policies arrive.
    let _catalog = crate::web::catalog::use_catalog();
    let close = Callback::from(|_: MouseEvent| go_to_calculator());
    let result = match opened.as_ref() {
        Some(r) => r.clone(),
        None => return html! {},
    };
    match result {
        Err(e) => html! {
            <div class="rules-page shared-page">
                <div class="notice notice-error" role="alert" data-share-error="true">
                    <p>{ l.msg(&e.message()) }</p>
                </div>
                <button type="button" onclick={close}>{ l.t("返回自评", "Back to the assessment") }</button>
            </div>
        },
        Ok(opened) => {
            let profile = opened.profile;
            let date = profile.assessment_date.unwrap_or_else(today);
            let report = Shared(Rc::new(report_without_advice(&crate::assess(
                &profile, date,
            ))));
            let company = profile
                .company
                .name
                .clone()
                .unwrap_or_else(|| l.t("分享的档案", "Shared profile").to_string());
            let save = {
                let store = p.store.clone();
                let profile = profile.clone();
                let scenario = opened.scenario.clone();
                let company = company.clone();
                Callback::from(move |_: MouseEvent| {
                    match &scenario {
                        // The base first, then the scenario of it.
                        Some(of) => {
                            store.dispatch(Action::Import {
                                id: new_profile_id(),
                                name: of.base_name.clone(),
                                profile: Box::new(of.base.clone()),
                            });
                            store.dispatch(Action::Variant {
                                id: format!("{}s", new_profile_id()),
                                name: of.name.clone(),
                                profile: Some(Box::new(profile.clone())),
                            });
                        }
                        None => store.dispatch(Action::Import {
                            id: new_profile_id(),
                            name: company.clone(),
                            profile: Box::new(profile.clone()),
                        }),
                    }
                    go_to_calculator();
                })
            };
            let title = match &opened.scenario {
                Some(of) => format!(
                    "{}{}{}{}",
                    l.t("方案：", "Scenario: "),
                    of.name,
                    l.t("，基于 ", ", based on "),
                    of.base_name
                ),
                None => company,
            };
            let compare = opened.scenario.as_ref().map(|of| {
                let base = Shared(Rc::new(report_without_advice(&crate::assess(&of.base, date))));
                html! {
                    <ScenarioCompare base={base} plan={report.clone()} base_profile={Rc::new(of.base.clone())} plan_profile={Rc::new(profile.clone())}
                        base_name={of.base_name.clone()} on_open_base={Callback::noop()} read_only=true />
                }
            });
            html! {
                <div class="shared-page">
                    <div class="notice notice-info no-print" role="status" data-shared-view="true">
                        <p>{ l.t("这是通过链接分享的企业档案，仅供查看；数据只在链接中，未上传任何服务器。", "This profile was shared by link and is read-only; its data lives only in the link and was never uploaded.") }</p>
                        <button type="button" onclick={save}>{ l.t("另存为我的档案", "Save as my own") }</button>
                        <button type="button" onclick={close}>{ l.t("不保存，返回", "Close without saving") }</button>
                    </div>
                    <div class="calc shared">
                        <div class="form-area">
                            <h2 class="entry-name" data-shared-title={title.clone()}>{ title }</h2>
                            { compare.unwrap_or_default() }
                            <Details report={report.clone()} advice={None::<Shared<_>>} on_try={Callback::noop()} />
                        </div>
                        <ResultsDock report={report.clone()}><div class="side-summary"><Summary report={report.clone()} /></div></ResultsDock>
                    </div>
                    // Printed like the assessment page: the report, not
                    // the read-only screen (issue 18 item 6).
                    <PrintReport {report} advice={None::<Shared<_>>} profile={Rc::new(profile.clone())} {date} />
                </div>
            }
        }
    }
}
