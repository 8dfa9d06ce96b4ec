//! The page's Excel reader: a wasm loaded by the page only when a user
//! picks an .xlsx (the writer, `sme-excel-write`, only for an export), so
//! the first load carries none of calamine or rust_xlsxwriter, and each
//! action fetches only its half.
//!
//! `read_xlsx(bytes, max_rows)`: the first sheet's rows (the header
//! first) as bytes in the form of `sme_xlsx::packed`, each cell as
//! `sme_xlsx::cell` writes it; reading stops after `max_rows` rows. An
//! error comes back as a thrown string, Chinese then English.
//!
//! `sample_xlsx()`: a small workbook of 300 rows in the template's columns
//! (`xlsx/warm-up.xlsx`, written by `scripts/warm-up-xlsx.mjs`), which the
//! page reads and scores once when the reader is loaded, before any file
//! is picked: the first run of wasm code is slow (baseline code until V8
//! recompiles what is hot), and the time a user spends in the file dialog
//! is then spent on it instead of on the user's file.

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    pub fn read_xlsx(bytes: &[u8], max_rows: u32) -> Result<Vec<u8>, JsValue> {
        let mut out = Vec::with_capacity(bytes.len() * 2);
        let mut rows = 0u32;
        sme_xlsx::read::first_sheet_rows(std::io::Cursor::new(bytes), |n, cells| {
            sme_xlsx::packed::pack_row(&mut out, n, &cells);
            rows += 1;
            rows < max_rows
        })
        .map_err(|e| JsValue::from_str(&format!("{}\n{}", e.zh, e.en)))?;
        Ok(out)
    }

    #[wasm_bindgen]
    pub fn sample_xlsx() -> Vec<u8> {
        include_bytes!("../../warm-up.xlsx").to_vec()
    }
}

fn main() {}
