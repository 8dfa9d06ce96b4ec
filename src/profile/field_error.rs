//! One problem with one field of a profile, named by its path, in Chinese
//! and English.

use serde::Serialize;

/// One problem with one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// Dotted path in `sme-profile/1`, e.g. `financials.rd_expense.y1`.
    pub path: String,
    pub zh: String,
    pub en: String,
}

impl FieldError {
    pub(crate) fn new(
        path: impl Into<String>,
        zh: impl Into<String>,
        en: impl Into<String>,
    ) -> Self {
        FieldError {
            path: path.into(),
            zh: zh.into(),
            en: en.into(),
        }
    }
}
