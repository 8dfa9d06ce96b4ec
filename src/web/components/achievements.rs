//! The achievements local incentives pay for, as rows (see
//! [`super::achievement_row`]), and "＋ 添加成果", disabled with the limit
//! named once the list holds [`crate::limits::MAX_ACHIEVEMENTS`].

use super::achievement_row::AchievementRow;
use crate::profile::{can_add, full_message, Achievement, AchievementEdit};
use crate::web::i18n::use_lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AchievementsProps {
    pub list: Vec<Achievement>,
    /// One edit of one row; the store applies it to that row.
    pub on_edit: Callback<AchievementEdit>,
}

/// Achievements as rows: keyed, each memoised on its own achievement.
#[function_component]
pub fn Achievements(props: &AchievementsProps) -> Html {
    let l = use_lang();
    let list = &props.list;
    let add = {
        let cb = props.on_edit.clone();
        Callback::from(move |_| cb.emit(AchievementEdit::Add))
    };
    let full = !can_add(list);
    let full_text = full_message();
    html! {
        <div class="achievements">
            if list.is_empty() {
                <p class="help">{ l.t("尚未添加成果。地方激励按成果测算，例如主导制定的标准、企业标准“领跑者”、技术委员会秘书处、质量奖等。",
                    "No achievements yet. Local incentives pay for achievements such as standards led, enterprise-standard forerunner titles, committee secretariats, quality awards.") }</p>
            }
            <ol class="achievement-list">
                { for list.iter().enumerate().map(|(i, a)| html! {
                    <AchievementRow key={i} index={i} row={a.clone()} on_edit={props.on_edit.clone()} />
                }) }
            </ol>
            <button type="button" class="add-achievement" onclick={add} disabled={full}
                aria-describedby={full.then_some("ach-full")}>{ l.t("＋ 添加成果", "+ Add an achievement") }</button>
            if full {
                <p class="help" id="ach-full" data-achievement-limit="">{ l.t(&full_text.zh, &full_text.en) }</p>
            }
        </div>
    }
}

#[derive(Properties)]
pub struct OfProfileProps {
    pub profile: std::rc::Rc<crate::profile::Profile>,
    pub on_edit: Callback<AchievementEdit>,
}

/// Equal when the rows are: the same profile by address at once, else the
/// rows compared (a field's edit leaves them as they were).
impl PartialEq for OfProfileProps {
    fn eq(&self, other: &Self) -> bool {
        self.on_edit == other.on_edit
            && (std::rc::Rc::ptr_eq(&self.profile, &other.profile)
                || self.profile.achievements == other.profile.achievements)
    }
}

/// [`Achievements`] of a shared profile: the form re-renders on every
/// keystroke, and copying up to 200 rows into the list's props each time
/// cost more than the rest of the form; the copy is made only when the
/// rows changed.
#[function_component]
pub fn AchievementsOf(props: &OfProfileProps) -> Html {
    html! { <Achievements list={props.profile.achievements.to_vec()} on_edit={props.on_edit.clone()} /> }
}
