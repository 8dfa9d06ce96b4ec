//! The top bar: pages, the profile switcher and its actions (new,
//! duplicate, rename, delete, import, export, examples, print), language.

use crate::profile::{is_spreadsheet, read_profile_file, FileError};
use crate::text::Lang;
use crate::web::components::fold::FoldButton;
use crate::web::examples::EXAMPLES;
use crate::web::i18n::use_lang;
use crate::web::route::Route;
use crate::web::state::Action;
use crate::web::state::Store;
use crate::web::util::gbk;
use crate::web::util::{download, file_stem, new_profile_id};
use gloo::file::callbacks::FileReader;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties)]
pub struct Props {
    /// Read when rendering and when an action is pressed: Yew's reducer
    /// handle reads the state as it is now, so the export and the share
    /// take the profile as typed a moment ago.
    pub store: Store,
    pub route: Route,
    /// What the header shows of the state.
    pub listed: Listed,
}

/// What the header shows of the state: the profiles (ids, names,
/// scenarios' bases) and the one chosen. A keystroke changes none of it.
#[derive(Clone, PartialEq)]
pub struct Listed {
    active: String,
    entries: Vec<(String, String, Option<String>)>,
}

impl Listed {
    pub fn of(s: &crate::web::state::State) -> Listed {
        Listed {
            active: s.active.clone(),
            entries: (s.entries.iter())
                .map(|e| (e.id.clone(), e.name.clone(), e.parent.clone()))
                .collect(),
        }
    }
}

/// Equal when the header would show the same: the same page and the same
/// list. The header then does not re-render on a keystroke (the store's
/// handle is left out: two handles compare the states they were made
/// with, which a keystroke changes).
impl PartialEq for Props {
    fn eq(&self, other: &Self) -> bool {
        self.route == other.route && self.listed == other.listed
    }
}

#[function_component]
pub fn Header(props: &Props) -> Html {
    let l = use_lang();
    let store = &props.store;
    let active = store.active().clone();
    let renaming = use_state(|| false);
    let import_errors = use_state(Vec::<String>::new);
    let reader = use_mut_ref(|| Option::<FileReader>::None);

    let on_select = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            store.dispatch(Action::Select(v));
        })
    };
    let on_new = {
        let store = store.clone();
        let name = store.fresh_name(l.t("未命名企业", "Unnamed company"));
        Callback::from(move |_| {
            store.dispatch(Action::New {
                id: new_profile_id(),
                name: name.clone(),
            })
        })
    };
    let on_variant = {
        let store = store.clone();
        let base = store.base_of(&active.id).to_string();
        let base_name = store
            .entries
            .iter()
            .find(|e| e.id == base)
            .map(|e| e.name.clone())
            .unwrap_or_default();
        let n = store.variants_of(&base).count() + 1;
        let name = if l.is_en() {
            format!("{base_name} (scenario {n})")
        } else {
            format!("{base_name}（方案{n}）")
        };
        Callback::from(move |_| {
            store.dispatch(Action::Variant {
                id: new_profile_id(),
                name: name.clone(),
                profile: None,
            })
        })
    };
    let on_duplicate = {
        let store = store.clone();
        let name = store.fresh_name(&format!("{}{}", active.name, l.t("（副本）", " (copy)")));
        let id = active.id.clone();
        Callback::from(move |_| {
            store.dispatch(Action::Duplicate {
                id: id.clone(),
                new_id: new_profile_id(),
                name: name.clone(),
            })
        })
    };
    let on_delete = {
        let store = store.clone();
        let id = active.id.clone();
        Callback::from(move |_| store.dispatch(Action::Delete(id.clone())))
    };
    let on_rename_start = {
        let renaming = renaming.clone();
        Callback::from(move |_| renaming.set(true))
    };
    let on_rename_done = {
        let store = store.clone();
        let renaming = renaming.clone();
        let id = active.id.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let input: Option<HtmlInputElement> = gloo::utils::document()
                .get_element_by_id("rename-input")
                .and_then(|el| wasm_bindgen::JsCast::dyn_into(el).ok());
            if let Some(input) = input {
                store.dispatch(Action::Rename {
                    id: id.clone(),
                    name: input.value(),
                });
            }
            renaming.set(false);
        })
    };
    let on_rename_cancel = {
        let renaming = renaming.clone();
        Callback::from(move |_| renaming.set(false))
    };
    let on_export = {
        let store = store.clone();
        Callback::from(move |_| {
            let active = store.active();
            let (profile, name) = (active.profile.clone(), active.name.clone());
            if let Ok(json) = serde_json::to_string_pretty(&*profile) {
                let _ = download(
                    &format!("{}.sme-profile.json", file_stem(&name)),
                    "application/json",
                    json.as_bytes(),
                );
            }
        })
    };
    let on_import = {
        let store = store.clone();
        let import_errors = import_errors.clone();
        let reader = reader.clone();
        let lang = l.lang;
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let file_name = file.name();
            let refuse = {
                let import_errors = import_errors.clone();
                let file_name = file_name.clone();
                move |lines: Vec<String>| {
                    let head = if lang == Lang::Zh {
                        format!("无法导入 {file_name}（当前档案未改动）：")
                    } else {
                        format!("Cannot import {file_name} (the current profile is unchanged):")
                    };
                    import_errors.set(std::iter::once(head).chain(lines).collect());
                }
            };
            // Refused before reading: too large, or a spreadsheet by its name.
            if file.size() > crate::limits::MAX_PROFILE_BYTES as f64 {
                refuse(FileError::TooLarge.lines(lang));
                return;
            }
            if is_spreadsheet(&file_name, &[]) {
                refuse(FileError::Spreadsheet.lines(lang));
                return;
            }
            let store = store.clone();
            let import_errors = import_errors.clone();
            let task =
                gloo::file::callbacks::read_as_bytes(&gloo::file::Blob::from(file), move |bytes| {
                    let result = bytes.map_err(|e| vec![e.to_string()]).and_then(|b| {
                        read_profile_file(&file_name, &b, &gbk).map_err(|e| e.lines(lang))
                    });
                    match result {
                        Ok((p, note)) => {
                            let name =
                                p.company.name.clone().unwrap_or_else(|| {
                                    file_name.trim_end_matches(".json").to_string()
                                });
                            import_errors.set(
                                note.map(|m| vec![m.get(lang).to_string()])
                                    .unwrap_or_default(),
                            );
                            store.dispatch(Action::Import {
                                id: new_profile_id(),
                                name,
                                profile: Box::new(p),
                            });
                        }
                        Err(lines) => refuse(lines),
                    }
                });
            *reader.borrow_mut() = Some(task);
        })
    };
    let on_example = {
        let store = store.clone();
        let lang = l.lang;
        Callback::from(move |e: Event| {
            let select = e.target_unchecked_into::<HtmlSelectElement>();
            let key = select.value();
            select.set_value("");
            if let Some(ex) = EXAMPLES.iter().find(|x| x.key == key) {
                store.dispatch(Action::Import {
                    id: new_profile_id(),
                    name: ex.name.get(lang).to_string(),
                    profile: Box::new(ex.profile()),
                });
            }
        })
    };
    // A share link: the whole profile in the fragment, never sent anywhere.
    let share_link = use_state(|| None::<(String, bool)>);
    let shown_link = use_mut_ref(|| None::<String>);
    let on_share = {
        let shown_link = shown_link.clone();
        let store = store.clone();
        let share_link = share_link.clone();
        let lang = l.lang;
        Callback::from(move |_| {
            let (profile, scenario) = {
                let active = store.active();
                // A scenario's link carries its name and its base, and opens as it.
                let scenario = active
                    .parent
                    .as_ref()
                    .and_then(|p| store.entries.iter().find(|e| &e.id == p))
                    .map(|b| crate::share::ScenarioOf {
                        name: active.name.clone(),
                        base_name: b.name.clone(),
                        base: (*b.profile).clone(),
                    });
                (active.profile.clone(), scenario)
            };
            let date = profile
                .assessment_date
                .unwrap_or_else(crate::web::util::today);
            let a = crate::assess(&profile, date);
            let marks: Vec<(&str, bool)> = a
                .tiers
                .iter()
                .map(|t| {
                    let short = match (t.tier.id, lang) {
                        (crate::rules::model::TierId::TechSme, crate::text::Lang::Zh) => "科技",
                        (crate::rules::model::TierId::Innovative, crate::text::Lang::Zh) => "创新",
                        (crate::rules::model::TierId::Srdi, crate::text::Lang::Zh) => "专精",
                        (crate::rules::model::TierId::LittleGiant, crate::text::Lang::Zh) => "巨人",
                        (crate::rules::model::TierId::TechSme, _) => "Tech",
                        (crate::rules::model::TierId::Innovative, _) => "Inno",
                        (crate::rules::model::TierId::Srdi, _) => "SRDI",
                        (crate::rules::model::TierId::LittleGiant, _) => "LG",
                    };
                    (short, t.verdict.is_yes())
                })
                .collect();
            let fragment = match &scenario {
                Some(of) => crate::share::scenario_fragment(
                    &profile,
                    of,
                    &crate::share::summary_named(&of.name, &marks),
                ),
                None => crate::share::fragment(&profile, &crate::share::summary(&profile, &marks)),
            };
            let link = crate::web::util::url_with_fragment(&fragment);
            // The link shows at once; "已复制" follows if the clipboard takes
            // it. A clipboard that is slow to answer, or never does (a
            // permission prompt an in-app browser keeps hidden), must not
            // hold the link back.
            share_link.set(Some((link.clone(), false)));
            *shown_link.borrow_mut() = Some(link.clone());
            let share_link = share_link.clone();
            let shown_link = shown_link.clone();
            yew::platform::spawn_local(async move {
                let copied = crate::web::util::copy_to_clipboard(&link).await;
                // Only if this link is still the one open (not closed, not
                // replaced by a newer one).
                if copied && shown_link.borrow().as_deref() == Some(link.as_str()) {
                    share_link.set(Some((link, true)));
                }
            });
        })
    };
    let close_share = {
        let share_link = share_link.clone();
        let shown_link = shown_link.clone();
        Callback::from(move |_| {
            *shown_link.borrow_mut() = None;
            share_link.set(None)
        })
    };
    let on_print = Callback::from(|_| {
        let _ = gloo::utils::window().print();
    });
    let set_lang = |lang: Lang| {
        let set = l.set.clone();
        Callback::from(move |_| set.emit(lang))
    };
    let dismiss_import = {
        let import_errors = import_errors.clone();
        Callback::from(move |_| import_errors.set(vec![]))
    };

    html! {
        <header class="site-header no-print">
            <div class="brand">
                <h1>{ l.t("优质中小企业梯度培育自评", "SME tier self-assessment") }</h1>
                <p class="tagline">{ l.t("创新型 · 专精特新 · “小巨人” · 地方激励 — 全部在浏览器内计算", "Innovative · SRDI · Little giant · local incentives — computed in your browser") }</p>
            </div>
            <nav class="site-nav" aria-label={l.t("页面", "Pages")}>
                <a href={Route::Calculator.href()} aria-current={(props.route == Route::Calculator).then_some("page")}>{ l.t("自评", "Assess") }</a>
                <a href={Route::Compare.href()} aria-current={(props.route == Route::Compare).then_some("page")}>{ l.t("方案对比", "Compare") }</a>
                <a href={Route::Portfolio.href()} aria-current={(props.route == Route::Portfolio).then_some("page")}>{ l.t("批量评估", "Portfolio") }</a>
                <a href={Route::Forerunner.href()} aria-current={(props.route == Route::Forerunner).then_some("page")}>{ l.t("领跑者", "Forerunner") }</a>
                <a href={Route::Rules.href()} aria-current={(props.route == Route::Rules).then_some("page")}>{ l.t("评分规则", "How it is scored") }</a>
            </nav>
            <div class="lang-switch" role="group" aria-label={l.t("语言", "Language")}>
                <button type="button" aria-pressed={(!l.is_en()).to_string()} onclick={set_lang(Lang::Zh)} lang="zh-CN">{ "中文" }</button>
                <button type="button" aria-pressed={l.is_en().to_string()} onclick={set_lang(Lang::En)} lang="en">{ "English" }</button>
            </div>
            if props.route == Route::Calculator {
                <FoldButton controls="profile-actions">
                    { l.t("档案与导出", "Profile & export") }
                    <span class="fold-detail">{ active.name.clone() }</span>
                </FoldButton>
                <div class="profile-bar fold-panel" id="profile-actions" role="toolbar" aria-label={l.t("企业档案", "Company profiles")}>
                    if *renaming {
                        <form class="rename" onsubmit={on_rename_done}>
                            <label for="rename-input">{ l.t("档案名称", "Profile name") }</label>
                            <input id="rename-input" value={active.name.clone()} maxlength="80" autofocus=true />
                            <button type="submit">{ l.t("保存", "Save") }</button>
                            <button type="button" onclick={on_rename_cancel}>{ l.t("取消", "Cancel") }</button>
                        </form>
                    } else {
                        <label class="profile-select">
                            <span>{ l.t("企业档案", "Profile") }</span>
                            <select onchange={on_select} aria-label={l.t("选择企业档案", "Choose a profile")} title={active.name.clone()}>
                                { for store.entries.iter().map(|e| {
                                    let scenario = e.parent.as_ref().is_some_and(|p| store.entries.iter().any(|x| &x.id == p));
                                    html! {
                                        <option key={e.id.clone()} value={e.id.clone()} selected={e.id == active.id}>
                                            { if scenario { format!("　↳ {}", e.name) } else { e.name.clone() } }
                                        </option>
                                    }
                                }) }
                            </select>
                        </label>
                        <button type="button" onclick={on_new}>{ l.t("新建", "New") }</button>
                        <button type="button" onclick={on_variant} title={l.t("在当前档案基础上建立一个可修改的方案，并与原档案对比", "A copy to change and compare with the profile it comes from")}>{ l.t("新建方案", "New scenario") }</button>
                        <button type="button" onclick={on_duplicate}>{ l.t("复制", "Duplicate") }</button>
                        <button type="button" onclick={on_rename_start}>{ l.t("重命名", "Rename") }</button>
                        <button type="button" onclick={on_delete} disabled={store.entries.len() < 2}
                            title={l.t("至少保留一个档案", "At least one profile is kept")}>{ l.t("删除", "Delete") }</button>
                    }
                    <label class="button" for="import-file">{ l.t("导入 JSON", "Import JSON") }</label>
                    <input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" onchange={on_import} />
                    <button type="button" onclick={on_export}>{ l.t("导出 JSON", "Export JSON") }</button>
                    <label class="examples">
                        <span class="visually-hidden">{ l.t("打开示例", "Open an example") }</span>
                        <select onchange={on_example}>
                            <option value="" selected=true>{ l.t("打开示例…", "Open an example…") }</option>
                            { for EXAMPLES.iter().map(|ex| html! { <option value={ex.key} title={l.text(ex.about)}>{ l.text(ex.name) }</option> }) }
                        </select>
                    </label>
                    <button type="button" onclick={on_share} title={l.t("生成包含全部数据的链接；数据只在链接里，不上传", "A link holding all the data; the data stays in the link, nothing is uploaded")}>{ l.t("分享链接", "Share link") }</button>
                    <button type="button" onclick={on_print}>{ l.t("打印报告", "Print report") }</button>
                </div>
            }
            if let Some((link, copied)) = (*share_link).clone() {
                <div class="notice notice-info share-box" role="status">
                    <label for="share-url">{ if copied { l.t("链接已复制。档案数据全部在链接 # 之后，不会发送给任何服务器：", "Link copied. All the data is after the # and is never sent to any server:") } else { l.t("请复制以下链接（档案数据全部在链接 # 之后，不会发送给任何服务器）：", "Copy this link (all the data is after the # and is never sent to any server):") } }</label>
                    <input id="share-url" readonly=true value={link.clone()} data-share-url={link} onfocus={Callback::from(|e: FocusEvent| e.target_unchecked_into::<HtmlInputElement>().select())} />
                    <button type="button" class="dismiss" onclick={close_share}>{ l.t("关闭", "Close") }</button>
                </div>
            }
            if !import_errors.is_empty() {
                <div class="notice notice-error" role="alert">
                    <ul>{ for import_errors.iter().map(|m| html! { <li>{ m }</li> }) }</ul>
                    <button type="button" class="dismiss" onclick={dismiss_import}>{ l.t("知道了", "Dismiss") }</button>
                </div>
            }
        </header>
    }
}
