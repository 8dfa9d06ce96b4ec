//! The portfolio's results as a table (one header row, one row per
//! company), written as CSV here and as .xlsx by the Excel writer: the
//! verdict, score and reasons of each tier in words, the incentives total,
//! the row's data problems, and the date and rulebook it was assessed on.

use super::columns::header_in;
use super::row::{reasons, Pending, Row};
use crate::basis::rulebook_words;
use crate::date::Date;
use crate::profile::fields::{field, Field};
use crate::rules::rulebook_for;
use crate::text::Lang;

/// The yearly inputs repeated in the results, last year first.
const FIGURES: [&str; 4] = [
    "financials.operating_revenue.y1",
    "financials.rd_expense.y1",
    "financials.operating_revenue.y2",
    "financials.rd_expense.y2",
];

/// A cell a spreadsheet would evaluate as a formula (`=cmd|…`, `+`, `-`,
/// `@`, tab, carriage return) is prefixed with `'` so it stays text.
pub fn neutralize(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

/// "95", "40–72" or "" for a tier without a score.
pub fn score_text(lo: Option<u32>, hi: Option<u32>) -> String {
    match (lo, hi) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a}–{b}"),
        _ => String::new(),
    }
}

/// Which columns of the results hold numbers (for the .xlsx writer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellKind {
    Text,
    Number,
}

/// The results table: header, then one row per company, user text
/// neutralised; with each column's kind. The reasons in words are
/// composed here, from each row's profile in `pending` (by row number).
pub fn results_table(
    rows: &[Row],
    pending: &[Pending],
    date: Date,
) -> (Vec<CellKind>, Vec<Vec<String>>) {
    let rb = rulebook_for(date);
    let rules = rulebook_words(rb.name, rb.provisional, Lang::Zh);
    let mut header: Vec<String> = ["行号", "企业名称", "省份", "城市"]
        .map(String::from)
        .to_vec();
    let mut kinds = vec![
        CellKind::Number,
        CellKind::Text,
        CellKind::Text,
        CellKind::Text,
    ];
    for t in rb.tiers {
        header.push(format!("{}结论", t.name.zh));
        header.push(format!("{}得分", t.name.zh));
        header.push(format!("{}原因", t.name.zh));
        kinds.extend([CellKind::Text, CellKind::Text, CellKind::Text]);
    }
    // The figures the verdicts turn on most, each header naming its
    // calendar year as the template does ("营业收入总额（2025 年，上年度）").
    let figures: Vec<&Field> = FIGURES.iter().filter_map(|p| field(p)).collect();
    for f in &figures {
        header.push(header_in(f, Some(date)));
        kinds.push(CellKind::Number);
    }
    for h in ["地方激励合计（万元）", "数据问题", "评估日期", "适用规则"] {
        header.push(h.into());
    }
    kinds.extend([
        CellKind::Number,
        CellKind::Text,
        CellKind::Text,
        CellKind::Text,
    ]);
    let mut out = vec![header];
    for r in rows {
        let mut rec = vec![
            r.row.to_string(),
            neutralize(&r.name),
            neutralize(&r.province),
            neutralize(&r.city),
        ];
        let why = pending
            .binary_search_by_key(&r.row, |p| p.row)
            .ok()
            .and_then(|i| pending[i].profile.as_ref())
            .map(|p| reasons(p, date))
            .unwrap_or_default();
        for t in rb.tiers {
            match r.tiers.iter().find(|x| x.0 == t.id) {
                Some((_, verdict, lo, hi)) => {
                    rec.push(verdict.words().zh.into());
                    rec.push(score_text(*lo, *hi));
                }
                None => rec.extend([String::new(), String::new()]),
            }
            let words: Vec<&str> = why
                .iter()
                .filter(|x| x.0 == t.id)
                .map(|x| x.1.as_str())
                .collect();
            rec.push(neutralize(&words.join("；")));
        }
        let profile = pending
            .binary_search_by_key(&r.row, |p| p.row)
            .ok()
            .and_then(|i| pending[i].profile.as_ref());
        for f in &figures {
            rec.push(profile.map(|p| (f.get)(p).display()).unwrap_or_default());
        }
        rec.push(if r.tiers.is_empty() {
            String::new()
        } else {
            r.incentives_total_wan.normalize().to_string()
        });
        let problems: Vec<String> = r
            .errors
            .iter()
            .map(|e| format!("“{}”：{}", e.column, e.zh))
            .collect();
        rec.push(neutralize(&problems.join("；")));
        rec.push(date.to_string());
        rec.push(rules.clone());
        out.push(rec);
    }
    (kinds, out)
}

/// The portfolio as CSV: UTF-8 with a BOM, CRLF, user text neutralised.
pub fn export_csv(rows: &[Row], pending: &[Pending], date: Date) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(vec![]);
    for rec in results_table(rows, pending, date).1 {
        let _ = w.write_record(&rec);
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8(bytes).unwrap_or_default())
}
