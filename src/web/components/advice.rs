//! What would raise each tier not yet reached: the single changes ranked
//! (the one that flips the verdict first), a plan that gets there, what no
//! change can fix, and the inputs that would settle a "depends". Each
//! change can be tried on a copy of the profile.

use crate::engine::advice::{Change, TierAdvice};
use crate::engine::Verdict;
use crate::profile::fields::field;
use crate::web::i18n::use_lang;
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
            <p class="help">{ l.t("只列企业可以做到的改变（研发投入、人员、知识产权、认证等），不改变已发生的事实。每项改变都已用评分引擎实际验算。",
                "Only changes a company can make (R&D, staff, IP, certifications…), never past facts. Every change was tried on the engine.") }</p>
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
                html! {
                    <section class="advice-tier" data-advice-tier={*key}>
                        <h3>{ format!("{} {}", l.t("如何达到", "How to reach"), name) }</h3>
                        if a.verdict == Verdict::Depends && !a.missing.is_empty() {
                            <p class="missing">{ format!("{}{}", l.t("结果待定：补充以下数据即可判定：", "Undecided: fill in "), a.missing.iter().map(|m| field(m).map(|f| l.text(f.label).to_string()).unwrap_or_else(|| m.clone())).collect::<Vec<_>>().join("、")) }</p>
                        }
                        if let Some(c) = &a.flipping_change {
                            <p class="flip"><strong>{ l.t("一项改变即可达标：", "One change is enough: ") }</strong>{ if l.is_en() { &c.en } else { &c.zh } }</p>
                        }
                        if !a.changes.is_empty() {
                            <ol class="changes">
                                { for a.changes.iter().map(|c| html! {
                                    <li class={classes!(c.flips_verdict.then_some("flips"))}>
                                        <span class="gain">{ gain(c) }</span>
                                        <span class="what">{ if l.is_en() { &c.en } else { &c.zh } }</span>
                                        <button type="button" class="small" onclick={try_one(c)}>{ l.t("在副本中试算", "Try on a copy") }</button>
                                    </li>
                                }) }
                            </ol>
                        }
                        if a.reachable && !a.plan.is_empty() {
                            <div class="plan">
                                <h4>{ l.t("一条可行路径（依次完成）", "A path that gets there (in order)") }</h4>
                                <ol>{ for a.plan.iter().map(|c| html! { <li>{ if l.is_en() { &c.en } else { &c.zh } }</li> }) }</ol>
                                <button type="button" onclick={try_plan}>{ l.t("在副本中试算整条路径", "Try the whole path on a copy") }</button>
                            </div>
                        }
                        if !a.reachable && !a.blocked_by.is_empty() {
                            <div class="blocked">
                                <h4>{ l.t("无法通过上述改变解决的条件", "Conditions these changes cannot fix") }</h4>
                                <ul>{ for a.blocked_by.iter().map(|r| html! { <li>{ if l.is_en() { &r.en } else { &r.zh } }</li> }) }</ul>
                            </div>
                        }
                    </section>
                }
            }) }
        </div>
    }
}
