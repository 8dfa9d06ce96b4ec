//! The Excel modules, loaded on demand: two more wasm files
//! (xlsx/src/bin/sme-excel-read.rs and sme-excel-write.rs, built by
//! scripts/excel-module.sh into a content-hashed folder of the build). The
//! first load of the page carries neither; the reader is fetched the first
//! time a user picks an .xlsx, the writer the first time one is exported,
//! then each is kept for the rest of the visit. Their folder is in
//! `<meta name="sme-excel">`, written by the post-build step.

use crate::portfolio::Book;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The MIME type of an .xlsx.
pub const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// One of the two modules: its loader is `<folder><kind>.js`, which sets
/// the global `__smeExcel_<kind>` to a promise of its exports.
#[derive(Clone, Copy)]
enum Kind {
    Read,
    Write,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Read => "read",
            Kind::Write => "write",
        }
    }
}

thread_local! {
    static MODULES: RefCell<[Option<JsValue>; 2]> = const { RefCell::new([None, None]) };
}

fn unavailable() -> String {
    "Excel 组件未能加载，请刷新页面后重试，或改用 CSV。\nThe Excel component could not be loaded; reload the page and try again, or use CSV.".into()
}

fn words(e: JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(unavailable)
}

/// A loader's address, in the folder the page's meta tag names.
fn address(kind: Kind) -> Option<String> {
    let meta = gloo::utils::document()
        .query_selector("meta[name=sme-excel]")
        .ok()??;
    let folder = meta.get_attribute("content")?;
    (folder.ends_with('/') && !folder.contains("__")).then(|| format!("{folder}{}.js", kind.name()))
}

/// A module's exports, loading it the first time.
async fn module(kind: Kind) -> Result<JsValue, String> {
    if let Some(m) = MODULES.with(|m| m.borrow()[kind as usize].clone()) {
        return Ok(m);
    }
    let url = address(kind).ok_or_else(unavailable)?;
    let doc = gloo::utils::document();
    let loaded = js_sys::Promise::new(&mut |resolve, reject| {
        let Ok(script) = doc.create_element("script") else {
            let _ = reject.call0(&JsValue::NULL);
            return;
        };
        let _ = script.set_attribute("type", "module");
        let _ = script.set_attribute("src", &url);
        let _ = script.add_event_listener_with_callback("load", &resolve);
        let _ = script.add_event_listener_with_callback("error", &reject);
        if let Some(head) = doc.head() {
            let _ = head.append_child(&script);
        }
    });
    JsFuture::from(loaded).await.map_err(|_| unavailable())?;
    let global = format!("__smeExcel_{}", kind.name());
    let exports = js_sys::Reflect::get(&gloo::utils::window(), &JsValue::from_str(&global))
        .map_err(|_| unavailable())?
        .dyn_into::<js_sys::Promise>()
        .map_err(|_| unavailable())?;
    let m = JsFuture::from(exports).await.map_err(words)?;
    MODULES.with(|slot| slot.borrow_mut()[kind as usize] = Some(m.clone()));
    Ok(m)
}

fn function(m: &JsValue, name: &str) -> Result<js_sys::Function, String> {
    js_sys::Reflect::get(m, &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(unavailable)
}

/// The first sheet of an .xlsx as numbered rows of text cells (the header
/// first), at most `max_rows` of them.
pub async fn read_xlsx(bytes: &[u8], max_rows: u32) -> Result<Vec<(u32, Vec<String>)>, String> {
    let m = module(Kind::Read).await?;
    let array = js_sys::Uint8Array::from(bytes);
    let json = function(&m, "read_xlsx")?
        .call2(&JsValue::NULL, &array, &JsValue::from(max_rows))
        .map_err(words)?
        .as_string()
        .unwrap_or_default();
    serde_json::from_str(&json).map_err(|e| e.to_string())
}

/// A book as .xlsx bytes.
pub async fn write_xlsx(book: &Book) -> Result<Vec<u8>, String> {
    let m = module(Kind::Write).await?;
    let json = serde_json::to_string(book).map_err(|e| e.to_string())?;
    let out = function(&m, "write_xlsx")?
        .call1(&JsValue::NULL, &JsValue::from_str(&json))
        .map_err(words)?;
    Ok(js_sys::Uint8Array::new(&out).to_vec())
}
