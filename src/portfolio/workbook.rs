//! The portfolio's results and template as a [`Book`], the plain
//! description of an .xlsx that `sme-xlsx` writes (natively with the
//! `xlsx` feature, in the page by the Excel module it loads on demand):
//! the same cells as the CSV, numbers marked as numbers, and a dropdown of
//! the allowed Chinese values on every choice and yes/no column.

use super::columns::{header_in, template_columns, template_rows};
use super::export::{results_table, CellKind};
use super::row::{Pending, Row};
use crate::date::Date;
use crate::profile::fields::Kind;
use crate::profile::{Honor, Profile};
use sme_xlsx::{Book, Choices, SheetSpec};

/// The results sheet's name.
pub const RESULTS_SHEET: &str = "评估结果";
/// The template sheet's name.
pub const TEMPLATE_SHEET: &str = "企业数据";
/// Rows of the template a dropdown covers: room for a large portfolio
/// typed by hand (an import of more rows still reads; only the dropdown
/// stops).
pub const TEMPLATE_VALIDATED_ROWS: u32 = 10_000;

/// The results as a one-sheet book, as [`results_table`] writes them.
pub fn results_book(rows: &[Row], pending: &[Pending], date: Date) -> Book {
    let (kinds, mut table) = results_table(rows, pending, date);
    let header = if table.is_empty() {
        vec![]
    } else {
        table.remove(0)
    };
    let numeric = kinds
        .iter()
        .enumerate()
        .filter(|(_, k)| **k == CellKind::Number)
        .map(|(i, _)| i)
        .collect();
    Book {
        sheets: vec![SheetSpec {
            name: RESULTS_SHEET.into(),
            header,
            rows: table,
            numeric,
            choices: vec![],
            validated_rows: 0,
        }],
    }
}

/// The values a yes/no column offers.
fn yes_no() -> Vec<String> {
    vec!["是".into(), "否".into()]
}

/// The template as a one-sheet book: the CSV template's header and example
/// row; numbers as numbers; each choice column with a dropdown of its
/// Chinese labels, each yes/no and honour column with 是/否; one column per
/// achievement kind holding a count.
pub fn template_book(example: &Profile) -> Book {
    let (fields, achievements) = template_columns(example);
    let [header, row] = template_rows(example);
    debug_assert_eq!(
        header.len(),
        fields.len() + Honor::ALL.len() + achievements.len()
    );
    debug_assert_eq!(header[0], header_in(fields[0], example.assessment_date));
    let mut numeric = Vec::new();
    let mut choices = Vec::new();
    for (i, f) in fields.iter().enumerate() {
        match f.kind {
            Kind::Money { .. } | Kind::Count | Kind::Percent | Kind::Score => numeric.push(i),
            Kind::Bool => choices.push(Choices {
                column: i,
                values: yes_no(),
            }),
            Kind::Choice(options) => choices.push(Choices {
                column: i,
                values: options.iter().map(|(_, l)| l.zh.to_string()).collect(),
            }),
            Kind::Text | Kind::Date => {}
        }
    }
    let honors = fields.len();
    for i in honors..honors + Honor::ALL.len() {
        choices.push(Choices {
            column: i,
            values: yes_no(),
        });
    }
    numeric.extend(honors + Honor::ALL.len()..header.len());
    Book {
        sheets: vec![SheetSpec {
            name: TEMPLATE_SHEET.into(),
            header,
            rows: vec![row],
            numeric,
            choices,
            validated_rows: TEMPLATE_VALIDATED_ROWS,
        }],
    }
}
