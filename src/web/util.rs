//! Small browser helpers.

use crate::date::Date;
use wasm_bindgen::JsCast;

/// Today's date in the user's time zone.
pub fn today() -> Date {
    let d = js_sys::Date::new_0();
    Date::from_ymd(
        d.get_full_year() as i32,
        d.get_month() as u8 + 1,
        d.get_date() as u8,
    )
    .unwrap_or(Date::ymd(2026, 1, 1))
}

/// Milliseconds since the epoch, for ids and timestamps.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A fresh profile id.
pub fn new_profile_id() -> String {
    format!("p{}", now_ms() as u64)
}

/// Back to the calculator page.
pub fn go_to_calculator() {
    let _ = gloo::utils::window().location().set_hash("/");
}

/// Offers `contents` as a file download (nothing leaves the machine).
pub fn download(filename: &str, mime: &str, contents: &[u8]) -> Result<(), String> {
    let array = js_sys::Uint8Array::from(contents);
    let parts = js_sys::Array::of1(&array);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts)
        .map_err(|e| format!("{e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    let doc = gloo::utils::document();
    let a: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// A file name from a company name (keeps Chinese, drops path characters).
pub fn file_stem(name: &str) -> String {
    let s: String = name
        .chars()
        .filter(|c| !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|'))
        .collect();
    let s = s.trim();
    if s.is_empty() {
        "profile".into()
    } else {
        s.chars().take(60).collect()
    }
}

/// The current `location.hash` without the leading `#`.
pub fn hash() -> String {
    gloo::utils::window()
        .location()
        .hash()
        .unwrap_or_default()
        .trim_start_matches('#')
        .to_string()
}

/// Copies text to the clipboard; `false` when the browser refuses (the
/// caller then shows the text to copy by hand).
pub async fn copy_to_clipboard(text: &str) -> bool {
    let clipboard = gloo::utils::window().navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// The page's address with a new fragment.
pub fn url_with_fragment(fragment: &str) -> String {
    let loc = gloo::utils::window().location();
    format!(
        "{}{}#{fragment}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default()
    )
}

/// Decodes GBK (GB18030, what Excel saves on Chinese Windows) with the
/// browser's own decoder, strictly: `None` when the bytes are not GBK.
pub fn gbk(bytes: &[u8]) -> Option<String> {
    let options = web_sys::TextDecoderOptions::new();
    options.set_fatal(true);
    web_sys::TextDecoder::new_with_label_and_options("gb18030", &options)
        .ok()?
        .decode_with_u8_array(bytes)
        .ok()
}

/// A paste handler for a form: several numbers pasted into a year field
/// (a row copied from a spreadsheet or a statement) fill that line's years,
/// each reported to `on_field` as if typed. A single value pastes as usual.
pub fn paste_row(on_field: yew::Callback<(String, String)>) -> yew::Callback<web_sys::Event> {
    yew::Callback::from(move |e: web_sys::Event| {
        let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(text) = e
            .dyn_ref::<web_sys::ClipboardEvent>()
            .and_then(|c| c.clipboard_data())
            .and_then(|d| d.get_data("text/plain").ok())
        else {
            return;
        };
        let doc = gloo::utils::document();
        let shown = |path: &str| {
            doc.query_selector(&format!("[name=\"{path}\"]"))
                .ok()
                .flatten()
                .is_some()
        };
        if let Some(cells) = crate::paste::fill_row(&input.name(), &text, shown) {
            e.prevent_default();
            for (path, value) in cells {
                on_field.emit((path.to_string(), value));
            }
        }
    })
}

/// Takes the user to the control named `path`: opens any closed disclosure
/// around it, scrolls it to the middle of the screen (clear of the sticky
/// verdict bar on phones) and focuses it. Where several controls carry the
/// name, the first one on screen. On the quick check, a field it does not
/// ask goes on to the full form first (every answer kept).
pub fn reveal_field(path: &str) {
    if !focus_field(path) {
        if let Ok(Some(full)) = gloo::utils::document().query_selector("[data-full-form]") {
            if let Some(b) = full.dyn_ref::<web_sys::HtmlElement>() {
                b.click();
                let path = path.to_string();
                gloo::timers::callback::Timeout::new(60, move || {
                    focus_field(&path);
                })
                .forget();
            }
        }
    }
}

/// Focuses the control named `path`, if the page shows one.
fn focus_field(path: &str) -> bool {
    let doc = gloo::utils::document();
    let Ok(list) = doc.query_selector_all(&format!("[name=\"{path}\"]")) else {
        return false;
    };
    let controls: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into().ok())
        .collect();
    let Some(el) = controls
        .iter()
        .find(|e| e.offset_parent().is_some())
        .or(controls.first())
    else {
        return false;
    };
    let mut up = el.parent_element();
    while let Some(node) = up {
        if let Some(d) = node.dyn_ref::<web_sys::HtmlDetailsElement>() {
            d.set_open(true);
        }
        up = node.parent_element();
    }
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    el.scroll_into_view_with_scroll_into_view_options(&options);
    el.focus().is_ok()
}
