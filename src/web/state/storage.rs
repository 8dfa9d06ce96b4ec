//! The one module that touches localStorage. Every failure is a value of
//! [`StorageError`], shown by one notice; the app keeps working in memory
//! and never drops the profile on screen.

use super::store::State;
use super::stored;
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
    /// Saved profiles read through the import's validation: the names of
    /// those whose refused values now show at their fields, and of those
    /// set aside (with why) and backed up under `backup_key`.
    Checked {
        mended: Vec<String>,
        set_aside: Vec<(String, Message)>,
        backup_key: String,
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
            StorageError::Checked {
                mended,
                set_aside,
                backup_key,
            } => checked_message(mended, set_aside, backup_key),
            StorageError::Other(e) => Message::new(format!("无法保存：{e}"), format!("Could not save: {e}")),
        }
    }
}

fn checked_message(mended: &[String], set_aside: &[(String, Message)], key: &str) -> Message {
    let quoted = |names: &mut dyn Iterator<Item = &str>, open, close, sep: &str| {
        names
            .map(|n| format!("{open}{n}{close}"))
            .collect::<Vec<_>>()
            .join(sep)
    };
    let (mut zh, mut en) = (String::new(), String::new());
    if !mended.is_empty() {
        let m = &mut mended.iter().map(String::as_str);
        zh.push_str(&format!(
            "已保存的档案{}中有数值超出上限或不成立：它们不计入结果，已在对应字段标出，请修改。",
            quoted(m, "“", "”", "、")
        ));
        let m = &mut mended.iter().map(String::as_str);
        en.push_str(&format!("Saved profile {} holds values beyond the limits or inconsistent: they are left out of the results and marked at their fields; please correct them. ", quoted(m, "\"", "\"", ", ")));
    }
    for (name, why) in set_aside {
        let name = if name.is_empty() { "?" } else { name };
        zh.push_str(&format!(
            "已保存的档案“{name}”未载入（{}），原数据已备份在本地存储的“{key}”中。",
            why.zh
        ));
        en.push_str(&format!("Saved profile \"{name}\" was not loaded ({}); the old data is kept in local storage under \"{key}\". ", why.en));
    }
    Message::new(zh, en.trim_end().to_string())
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

/// The saved state, validated like an import ([`stored::read`]), with a
/// notice when a profile was mended or set aside; `Ok(None)` when nothing
/// is saved yet; `Err` when no profile could be loaded.
pub fn load() -> Result<Option<(State, Option<StorageError>)>, StorageError> {
    let s = storage()?;
    let Some(raw) = s.get_item(KEY).map_err(classify)? else {
        return Ok(None);
    };
    let stamp = super::super::util::now_ms() as u64;
    let Some(read) = stored::read(&raw) else {
        let backup = format!("{KEY}.corrupt-{stamp}");
        let kept = s.set_item(&backup, &raw).is_ok();
        return Err(StorageError::Corrupt {
            backup_key: kept.then_some(backup),
        });
    };
    let notice = if read.set_aside.is_empty() && read.mended.is_empty() {
        None
    } else {
        let backup_key = format!("{KEY}.set-aside-{stamp}");
        let json = read
            .set_aside
            .iter()
            .map(|a| a.json.as_str())
            .collect::<Vec<_>>();
        if !read.set_aside.is_empty()
            && s.set_item(&backup_key, &format!("[{}]", json.join(",")))
                .is_err()
        {
            // No room for the backup: nothing is saved over the old data.
            return Err(StorageError::Corrupt { backup_key: None });
        }
        Some(StorageError::Checked {
            mended: read.mended,
            set_aside: read
                .set_aside
                .into_iter()
                .map(|a| (a.name, a.why))
                .collect(),
            backup_key,
        })
    };
    match read.state {
        Some(state) => Ok(Some((state, notice))),
        None => Err(notice.unwrap_or(StorageError::Corrupt { backup_key: None })),
    }
}

/// The saved text as it is, readable or not.
pub fn raw() -> Option<String> {
    storage().ok()?.get_item(KEY).ok()?
}

/// The saved text, or why it cannot be read.
pub fn raw_text() -> Result<Option<String>, StorageError> {
    storage()?.get_item(KEY).map_err(classify)
}

/// Writes the saved text.
pub fn save_text(json: &str) -> Result<(), StorageError> {
    storage()?.set_item(KEY, json).map_err(classify)
}

pub fn save(state: &State) -> Result<(), StorageError> {
    let s = storage()?;
    let json = serde_json::to_string(state).map_err(|e| StorageError::Other(e.to_string()))?;
    s.set_item(KEY, &json).map_err(classify)
}
