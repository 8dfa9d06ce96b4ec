//! The one module that touches localStorage. Every failure is a value of
//! [`StorageError`], shown by one notice; the app keeps working in memory
//! and never drops the profile on screen.

use super::store::State;
use crate::text::Message;
use wasm_bindgen::JsCast;

pub const KEY: &str = "sme-calc.v1";

/// Why saving or loading failed.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageError {
    /// The browser refuses storage (private mode, disabled cookies).
    Unavailable,
    /// The storage is full.
    Full,
    /// What was saved cannot be read; it was kept under `backup_key`.
    Corrupt {
        backup_key: Option<String>,
    },
    Other(String),
}

impl StorageError {
    pub fn message(&self) -> Message {
        match self {
            StorageError::Unavailable => Message::new(
                "浏览器禁止了本地存储（如隐私模式）：您的修改只保留在当前页面中，关闭前请导出 JSON 文件。",
                "The browser blocks local storage (e.g. private mode): your edits live only in this page. Export a JSON file before closing.",
            ),
            StorageError::Full => Message::new(
                "本地存储已满，最近的修改未能保存：请导出 JSON 文件，或删除不用的企业档案。",
                "Local storage is full and the latest edits were not saved: export a JSON file or delete profiles you no longer need.",
            ),
            StorageError::Corrupt { backup_key: Some(k) } => Message::new(
                format!("已保存的数据无法读取，已从空白档案开始；原数据已备份在本地存储的“{k}”中。"),
                format!("The saved data could not be read, so a blank profile was started; the old data is kept in local storage under \"{k}\"."),
            ),
            StorageError::Corrupt { backup_key: None } => Message::new(
                "已保存的数据无法读取，且存储空间不足以另存备份，已从空白档案开始。为免覆盖原数据，新的修改暂不保存：请先下载原数据，或选择放弃它。",
                "The saved data could not be read and there is no room to back it up, so a blank profile was started. So as not to overwrite the old data, new edits are not saved until you download it or choose to discard it.",
            ),
            StorageError::Other(e) => Message::new(format!("无法保存：{e}"), format!("Could not save: {e}")),
        }
    }
}

fn storage() -> Result<web_sys::Storage, StorageError> {
    match gloo::utils::window().local_storage() {
        Ok(Some(s)) => Ok(s),
        _ => Err(StorageError::Unavailable),
    }
}

fn classify(err: wasm_bindgen::JsValue) -> StorageError {
    match err.dyn_ref::<web_sys::DomException>().map(|e| e.name()) {
        Some(name) if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" => {
            StorageError::Full
        }
        Some(name) if name == "SecurityError" => StorageError::Unavailable,
        Some(name) => StorageError::Other(name),
        None => StorageError::Other(format!("{err:?}")),
    }
}

/// The saved state, `Ok(None)` when nothing is saved yet.
pub fn load() -> Result<Option<State>, StorageError> {
    let s = storage()?;
    let Some(raw) = s.get_item(KEY).map_err(classify)? else {
        return Ok(None);
    };
    match serde_json::from_str::<State>(&raw) {
        Ok(state) if !state.entries.is_empty() => Ok(Some(state)),
        _ => {
            let backup = format!("{KEY}.corrupt-{}", super::super::util::now_ms() as u64);
            let kept = s.set_item(&backup, &raw).is_ok();
            Err(StorageError::Corrupt {
                backup_key: kept.then_some(backup),
            })
        }
    }
}

/// The saved text as it is, readable or not.
pub fn raw() -> Option<String> {
    storage().ok()?.get_item(KEY).ok()?
}

pub fn save(state: &State) -> Result<(), StorageError> {
    let s = storage()?;
    let json = serde_json::to_string(state).map_err(|e| StorageError::Other(e.to_string()))?;
    s.set_item(KEY, &json).map_err(classify)
}
