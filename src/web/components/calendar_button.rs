//! "加入日历 (.ics)": the company's filing calendar (`crate::calendar`) as a
//! file the user's calendar program imports. Built on click, in the page;
//! nothing leaves the machine.

use crate::calendar::{events, ics};
use crate::incentives::catalog::builtin;
use crate::web::i18n::use_lang;
use crate::web::props::Latest;
use crate::web::util::{download, file_stem};
use crate::Date;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The state now: the button reads the active profile when pressed,
    /// and does not redraw on every keystroke to hold it.
    pub latest: Latest,
    /// The assessment date when the profile gives none.
    pub today: Date,
}

#[function_component]
pub fn CalendarButton(p: &Props) -> Html {
    let l = use_lang();
    // The local policies' application windows are part of the file: wait
    // for them rather than write a calendar without them.
    let loaded = crate::web::catalog::use_catalog().loaded();
    let onclick = {
        let (latest, today) = (p.latest.clone(), p.today);
        Callback::from(move |_: MouseEvent| {
            let active = latest.0.active();
            let (profile, name) = (active.profile.clone(), active.name.clone());
            let date = profile.assessment_date.unwrap_or(today);
            let text = ics(&events(&profile, date, builtin()), date);
            let _ = download(
                &format!("{}.申报日历.ics", file_stem(&name)),
                "text/calendar;charset=utf-8",
                text.as_bytes(),
            );
        })
    };
    html! {
        <button type="button" class="calendar-download" {onclick} disabled={!loaded}
            title={l.t("可申请称号的申报窗口、已有称号到期前 90 天提醒、本地政策受理时间", "Filing windows of the titles within reach, title expiry with a 90-day reminder, local application windows")}>
            { l.t("加入日历 (.ics)", "Add to calendar (.ics)") }
        </button>
    }
}
