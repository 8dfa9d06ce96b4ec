//! The Excel modules, loaded on demand: two more wasm files
//! (xlsx/src/bin/sme-excel-read.rs and sme-excel-write.rs, built by
//! scripts/excel-module.sh into a content-hashed folder of the build). The
//! first load of the page carries neither; the reader is fetched when a
//! user points at or focuses the portfolio's file chooser (and warmed up
//! on [`sample_xlsx`]), or failing that picks an .xlsx, the writer the first
//! time one is exported, then
//! each is kept for the rest of the visit. Their folder is in
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
    /// A loader script's load, once asked for: a second caller (the real
    /// read after the warm-up began) waits on the same one instead of adding
    /// another script. Cleared when it fails, so the next use tries again.
    static SCRIPTS: RefCell<[Option<js_sys::Promise>; 2]> = const { RefCell::new([None, None]) };
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
    let loaded = match SCRIPTS.with(|s| s.borrow()[kind as usize].clone()) {
        Some(p) => p,
        None => {
            let p = script(kind)?;
            SCRIPTS.with(|s| s.borrow_mut()[kind as usize] = Some(p.clone()));
            p
        }
    };
    if JsFuture::from(loaded).await.is_err() {
        SCRIPTS.with(|s| s.borrow_mut()[kind as usize] = None);
        return Err(unavailable());
    }
    let global = format!("__smeExcel_{}", kind.name());
    let exports = js_sys::Reflect::get(&gloo::utils::window(), &JsValue::from_str(&global))
        .map_err(|_| unavailable())?
        .dyn_into::<js_sys::Promise>()
        .map_err(|_| unavailable())?;
    let m = JsFuture::from(exports).await.map_err(words)?;
    MODULES.with(|slot| slot.borrow_mut()[kind as usize] = Some(m.clone()));
    Ok(m)
}

/// The reader's own small workbook (`sample_xlsx`: 300 rows in the
/// template's columns), the reader loaded first if it is not: the
/// portfolio's warm-up reads it as a user's file is read, when a user
/// points at or focuses the file chooser.
pub async fn sample_xlsx() -> Result<Vec<u8>, String> {
    let m = module(Kind::Read).await?;
    let sample = function(&m, "sample_xlsx")?
        .call0(&JsValue::NULL)
        .map_err(words)?;
    Ok(js_sys::Uint8Array::new(&sample).to_vec())
}

/// Adds a module's loader script to the page: a promise of its load.
fn script(kind: Kind) -> Result<js_sys::Promise, String> {
    let url = address(kind).ok_or_else(unavailable)?;
    let doc = gloo::utils::document();
    Ok(js_sys::Promise::new(&mut |resolve, reject| {
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
    }))
}

fn function(m: &JsValue, name: &str) -> Result<js_sys::Function, String> {
    js_sys::Reflect::get(m, &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(unavailable)
}

/// The first sheet of an .xlsx as numbered rows of text cells (the header
/// first), at most `max_rows` of them, handed over packed
/// (`sme_xlsx::packed`): a 10,000-row sheet as JSON cost a string of 2 MB
/// written, copied between the modules and parsed.
pub async fn read_xlsx(bytes: &[u8], max_rows: u32) -> Result<Vec<(u32, Vec<String>)>, String> {
    let m = module(Kind::Read).await?;
    let array = js_sys::Uint8Array::from(bytes);
    let packed = function(&m, "read_xlsx")?
        .call2(&JsValue::NULL, &array, &JsValue::from(max_rows))
        .map_err(words)?;
    sme_xlsx::packed::unpack(&js_sys::Uint8Array::new(&packed).to_vec())
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
