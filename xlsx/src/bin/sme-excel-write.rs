//! The page's Excel writer: a wasm loaded by the page only when a user
//! exports an .xlsx (see `sme-excel-read` for the reader).
//!
//! `write_xlsx(book)`: a [`sme_xlsx::Book`] given as JSON, as .xlsx bytes.
//! An error comes back as a thrown string.

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    pub fn write_xlsx(book: &str) -> Result<Vec<u8>, JsValue> {
        let book: sme_xlsx::Book =
            serde_json::from_str(book).map_err(|e| JsValue::from_str(&e.to_string()))?;
        sme_xlsx::write::book_bytes(&book).map_err(|e| JsValue::from_str(&e))
    }
}

fn main() {}
