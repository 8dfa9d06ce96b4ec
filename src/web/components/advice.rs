//! What would raise each tier not yet reached: a tier no change can reach
//! soon says so first and nothing else; otherwise the single changes ranked
//! (the one that flips the verdict first, 难度大 last), each with the
//! application year it can first help, its size against the company and
//! its effort; a plan that gets there; and the answers that would settle a
//! "depends", as the same buttons as on the cards. Each change can be tried
//! on a copy of the profile (as it will stand in that year).

use super::missing_fields::MissingFields;
use crate::engine::advice::{Change, TierAdvice};
use crate::engine::missing::MissingGroup;
use crate::engine::Verdict;
use crate::web::i18n::{use_lang, LangContext as L};
use crate::web::props::Shared;
use std::collections::BTreeMap;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// `None` while it is being computed.
    pub advice: Option<Shared<BTreeMap<&'static str, TierAdvice>>>,
    pub tier_names: Vec<(&'static str, String)>,
    /// Try changes on a copy: (changes to apply, a label).
    pub on_try: Callback<(Vec<Change>, String)>,
    /// Per tier, the answers still missing (the cards' buttons).
    #[prop_or_default]
    pub missing: Vec<(&'static str, Vec<MissingGroup>)>,
}

/// Effort in words: 1–2 paperwork, 3–4 a project, 5–7 spending or financing.
pub fn effort_words(l: &L, effort: u8) -> &'static str {
    match effort {
        0..=2 => l.t("投入：低", "effort: low"),
        3..=4 => l.t("投入：中", "effort: medium"),
        _ => l.t("投入：高", "effort: high"),
    }
}

/// The line under a change: the year it counts for, its size, its effort,
/// and 难度大 when beyond a plausible size.
pub fn change_facts(l: &L, c: &Change) -> String {
    let mut parts = vec![
        format!(
            "{} {} {}",
            l.t("可计入", "counts from the"),
            c.first_year,
            l.t("年申报", "application")
        ),
        (if l.is_en() { &c.size_en } else { &c.size_zh }).clone(),
        effort_words(l, c.effort).to_string(),
    ];
    if c.hard {
        parts.push(
            l.t(
                "难度大：超出一年内通常可行的幅度",
                "hard: beyond what a year usually allows",
            )
            .into(),
        );
    }
    parts.join(l.t("；", "; "))
}

#[function_component]
pub fn AdvicePanel(p: &Props) -> Html {
    let l = use_lang();
    let Some(Shared(advice)) = &p.advice else {
        return html! { <p class="muted" aria-busy="true">{ l.t("正在计算提升建议…", "Working out the advice…") }</p> };
    };
    if advice.is_empty() {
        return html! { <p class="good">{ l.t("三个层级均已符合，无需提升建议。", "All tiers are reached: nothing to advise.") }</p> };
    }
    let gain = |c: &Change| -> String {
        if c.gain > 0 {
            format!("+{} {}", c.gain, l.t("分", "pts"))
        } else if c.flips_verdict {
            l.t("达标", "qualifies").to_string()
        } else {
            l.t("满足条件", "meets a condition").to_string()
        }
    };
    html! {
        <div class="advice">
            <p class="help">{ l.t("只列企业还能做到的改变：已审计的过去年度数据不会改变。研发投入等年度数据计入该年成为“上年度”时的申报（本年度投入计入次年申报），知识产权、人员、认定等取得后即可计入。每项改变都已在它计入的年度用评分引擎实际验算；次年的其他数字按上年度增速（最多 50%）估计。",
                "Only changes a company can still make: audited past years never change. A year's figures (R&D) count when that year becomes 上年度 (this year's spend counts next year); IP, staff and recognitions count once obtained. Every change was tried on the engine for the year it counts in; next year's other figures are projected at last year's growth (at most 50%).") }</p>
            { for p.tier_names.iter().filter_map(|(key, name)| advice.get(key).map(|a| (key, name, a))).map(|(key, name, a)| {
                let try_one = |c: &Change| {
                    let cb = p.on_try.clone();
                    let c = c.clone();
                    let label = if l.is_en() { c.en.clone() } else { c.zh.clone() };
                    Callback::from(move |_| cb.emit((vec![c.clone()], label.clone())))
                };
                let try_plan = {
                    let cb = p.on_try.clone();
                    let plan = a.plan.clone();
                    let label = format!("{}{}", l.t("达到", "reach "), name);
                    Callback::from(move |_| cb.emit((plan.clone(), label.clone())))
                };
                let groups = p.missing.iter().find(|(k, _)| k == key).map(|(_, g)| g.clone()).unwrap_or_default();
                let blocked = !a.blocked_by.is_empty();
                html! {
                    <section class="advice-tier" data-advice-tier={*key}>
                        <h3>{ format!("{} {}", l.t("如何达到", "How to reach"), name) }</h3>
                        if blocked {
                            <div class="blocked" data-advice-blocked="">
                                <h4>{ l.t("短期内无法达到：以下条件不是一年内的改变能解决的", "Not within reach soon: no change within a year fixes these") }</h4>
                                <ul>{ for a.blocked_by.iter().map(|r| html! { <li>{ if l.is_en() { &r.en } else { &r.zh } }</li> }) }</ul>
                            </div>
                        }
                        if a.verdict == Verdict::Depends && !groups.is_empty() {
                            <p class="missing">{ l.t("结果待定：补充以下数据即可判定：", "Undecided: answer these to settle it:") }</p>
                            <MissingFields note={None} groups={groups} />
                        }
                        if !blocked {
                            if a.reachable && a.plan.is_empty() {
                                if let Some(y) = a.plan_year {
                                    <p class="flip" data-advice-waiting="">{ format!("{} {} {}", l.t("按目前情况，", "As the company stands, the"), y, l.t("年申报即可达到，无需其他改变（次年数字按上年度增速估计）。", "application reaches it with no other change (next year's figures projected at last year's growth).")) }</p>
                                }
                            }
                            if let Some(c) = &a.flipping_change {
                                <p class="flip"><strong>{ l.t("一项改变即可达标：", "One change is enough: ") }</strong>{ if l.is_en() { &c.en } else { &c.zh } }</p>
                            }
                            if !a.changes.is_empty() {
                                <ol class="changes">
                                    { for a.changes.iter().map(|c| html! {
                                        <li class={classes!(c.flips_verdict.then_some("flips"), c.hard.then_some("hard"))} data-first-year={c.first_year.to_string()} data-hard={c.hard.to_string()}>
                                            <span class="gain">{ gain(c) }</span>
                                            if c.hard { <span class="tag hard-tag">{ l.t("难度大", "hard") }</span> }
                                            <span class="what">{ if l.is_en() { &c.en } else { &c.zh } }</span>
                                            <span class="facts">{ change_facts(&l, c) }</span>
                                            <button type="button" class="small" onclick={try_one(c)}>{ l.t("在副本中试算", "Try on a copy") }</button>
                                        </li>
                                    }) }
                                </ol>
                            }
                            if a.reachable && !a.plan.is_empty() {
                                <div class="plan">
                                    <h4>{ format!("{}{}{}", l.t("一条可行路径（依次完成，", "A path that gets there (in order, for the "), a.plan_year.unwrap_or_default(), l.t(" 年申报）", " application)")) }</h4>
                                    <ol>{ for a.plan.iter().map(|c| html! { <li>{ if l.is_en() { &c.en } else { &c.zh } }</li> }) }</ol>
                                    <button type="button" onclick={try_plan}>{ l.t("在副本中试算整条路径", "Try the whole path on a copy") }</button>
                                </div>
                            }
                        }
                    </section>
                }
            }) }
        </div>
    }
}
