//! Many companies at once: profiles from a CSV (one column per profile path,
//! Chinese headers accepted), scored row by row, exported as CSV (UTF-8 with
//! a BOM so Excel reads Chinese; cells that a spreadsheet would run as a
//! formula are neutralised) or JSON. Rows with errors are listed with row,
//! column and reason; the valid rows are still scored.

use crate::date::Date;
use crate::engine::assess;
use crate::incentives::incentives;
use crate::profile::fields::{all_fields, Field, Value};
use crate::profile::{validate, Achievement, Honor, Profile, Year};
use crate::report::verdict_key;
use crate::text::Message;
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::HashMap;
use std::sync::OnceLock;

/// One cell that could not be read, or one impossible value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CellError {
    /// The spreadsheet row (the header is row 1).
    pub row: u32,
    /// The column's header as written in the file.
    pub column: String,
    pub zh: String,
    pub en: String,
}

/// The outcome of reading a CSV.
#[derive(Debug, Default)]
pub struct Import {
    /// (row, profile) for every valid row.
    pub profiles: Vec<(u32, Profile)>,
    pub errors: Vec<CellError>,
    /// Headers that name no field (ignored).
    pub ignored_columns: Vec<String>,
}

const YEAR_SUFFIX: [(Year, &str, &str); 3] = [
    (Year::Y1, "上年度", "last year"),
    (Year::Y2, "上上年度", "year before"),
    (Year::Y3, "前年度", "two years before"),
];

/// The header the template writes for a field.
pub fn header_of(f: &Field) -> String {
    match YEAR_SUFFIX
        .iter()
        .find(|(y, _, _)| f.path.ends_with(&format!(".{}", y.key())))
    {
        Some((_, zh, _)) => format!("{}（{zh}）", f.label.zh),
        None => f.label.zh.to_string(),
    }
}

/// What a column header can be: the dotted path, the Chinese label (with
/// the year for yearly figures), or the English label.
enum Column {
    Field(&'static Field),
    Honors,
    Achievements,
    Ignored,
}

fn normalize_header(h: &str) -> String {
    h.trim()
        .trim_start_matches('\u{feff}')
        .chars()
        .map(|c| match c {
            '(' => '（',
            ')' => '）',
            c => c,
        })
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase()
}

fn column_of(header: &str) -> Column {
    let h = normalize_header(header);
    match h.as_str() {
        "qualifications.honors" | "荣誉" | "有效期内的荣誉" | "honors" | "honours" => {
            return Column::Honors
        }
        "achievements" | "成果" | "标准化与质量成果" => return Column::Achievements,
        _ => {}
    }
    header_names()
        .get(&h)
        .map_or(Column::Ignored, |f| Column::Field(f))
}

/// Every name a field's column may carry, normalised, built once: a file
/// with many columns would otherwise rebuild every field's names per column.
fn header_names() -> &'static HashMap<String, &'static Field> {
    static NAMES: OnceLock<HashMap<String, &'static Field>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut map = HashMap::new();
        for f in all_fields() {
            let year = YEAR_SUFFIX
                .iter()
                .find(|(y, _, _)| f.path.ends_with(&format!(".{}", y.key())));
            let mut names = vec![f.path.to_lowercase(), normalize_header(&header_of(f))];
            match year {
                Some((y, zh, en)) => {
                    names.push(normalize_header(&format!("{}{zh}", f.label.zh)));
                    names.push(normalize_header(&format!("{}（{}）", f.label.en, en)));
                    names.push(normalize_header(&format!("{}_{}", f.label.zh, y.key())));
                }
                None => names.push(normalize_header(f.label.en)),
            }
            // The first field to claim a name keeps it, as the former
            // field-by-field search did.
            for n in names {
                map.entry(n).or_insert(f);
            }
        }
        map
    })
}

fn parse_honors(cell: &str) -> Result<Option<Vec<Honor>>, Message> {
    let cell = cell.trim();
    if cell.is_empty() {
        return Ok(None);
    }
    if matches!(cell, "无" | "none" | "None" | "否") {
        return Ok(Some(vec![]));
    }
    let mut out = Vec::new();
    for part in cell
        .split(['|', ';', '；', '、', ',', '，'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let h = crate::profile::fields::HONOR_LABELS
            .iter()
            .find(|(h, t)| {
                t.zh == part
                    || t.en.eq_ignore_ascii_case(part)
                    || serde_json::to_value(h)
                        .ok()
                        .and_then(|v| v.as_str().map(|s| s == part))
                        .unwrap_or(false)
            })
            .map(|(h, _)| *h)
            .ok_or_else(|| {
                Message::new(
                    format!("未知荣誉：{part}"),
                    format!("unknown honour: {part}"),
                )
            })?;
        out.push(h);
    }
    Ok(Some(out))
}

fn parse_achievements(cell: &str) -> Result<Vec<Achievement>, Message> {
    let cell = cell.trim();
    if cell.is_empty() {
        return Ok(vec![]);
    }
    serde_json::from_str(cell).map_err(|e| {
        Message::new(
            format!("成果应为 JSON 数组：{e}"),
            format!("achievements must be a JSON array: {e}"),
        )
    })
}

/// Line numbers of records, counted once through the text. The `csv`
/// crate's own `Position::line` skips blank lines and is one short after
/// CRLF; its byte offset points at the end of the previous record, so the
/// line breaks that follow it are skipped here.
struct LineCounter<'a> {
    text: &'a str,
    /// Where the last record asked for starts, and its line.
    byte: usize,
    line: u32,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter {
            text,
            byte: 0,
            line: 1,
        }
    }

    /// The 1-based line of the record found at `byte` (never before the
    /// previous one asked for).
    fn line_at(&mut self, byte: usize) -> u32 {
        let Some(rest) = self.text.get(byte..) else {
            return self.line;
        };
        let start = byte + rest.len() - rest.trim_start_matches(['\r', '\n']).len();
        if let Some(skipped) = self.text.get(self.byte..start) {
            self.line += skipped.bytes().filter(|&b| b == b'\n').count() as u32;
            self.byte = start;
        }
        self.line
    }
}

/// Reads a CSV of profiles. The first row is the header.
pub fn import_csv(text: &str) -> Import {
    let text = text.trim_start_matches('\u{feff}');
    let mut out = Import::default();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(String::from).collect(),
        Err(e) => {
            out.errors.push(CellError {
                row: 1,
                column: String::new(),
                zh: format!("无法读取表头：{e}"),
                en: format!("cannot read the header: {e}"),
            });
            return out;
        }
    };
    let columns: Vec<Column> = headers.iter().map(|h| column_of(h)).collect();
    if columns.iter().all(|c| matches!(c, Column::Ignored)) {
        out.errors.push(CellError {
            row: 1,
            column: String::new(),
            zh: "表头中没有可识别的列：请使用模板的表头（中文或字段路径），文件需为 UTF-8 编码".into(),
            en: "no column of the header is recognised: use the template's headers (Chinese or field paths), in a UTF-8 file".into(),
        });
        return out;
    }
    out.ignored_columns = headers
        .iter()
        .zip(&columns)
        .filter(|(_, c)| matches!(c, Column::Ignored))
        .map(|(h, _)| h.clone())
        .collect();
    let header_for_path = |path: &str| -> String {
        headers
            .iter()
            .zip(&columns)
            .find(|(_, c)| matches!(c, Column::Field(f) if f.path == path))
            .map(|(h, _)| h.clone())
            .unwrap_or_else(|| path.to_string())
    };
    // The body is read in segments: a quote never closed swallows the rest
    // of the file into one cell, so its row is listed and reading resumes
    // on the line after it.
    let mut lines = LineCounter::new(text);
    let mut segment = reader.position().byte() as usize;
    while let Some(body) = text.get(segment..) {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(body.as_bytes());
        let mut resume = None;
        for record in reader.records() {
            // The row as a spreadsheet numbers it: the record's first line.
            let row = match record.as_ref().ok().and_then(|r| r.position()) {
                Some(p) => lines.line_at(segment + p.byte() as usize),
                None => lines.line,
            };
            let record = match record {
                Ok(r) => r,
                Err(e) => {
                    out.errors.push(CellError {
                        row,
                        column: String::new(),
                        zh: format!("无法读取该行：{e}"),
                        en: format!("cannot read the row: {e}"),
                    });
                    continue;
                }
            };
            if record.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            // A row must have the header's cells: one too many or too few
            // is a shifted row, and scoring it would put figures in the
            // wrong fields. An unclosed quote shows as a short row with a
            // line break inside.
            if record.len() != headers.len() {
                let unclosed =
                    record.len() < headers.len() && record.iter().any(|c| c.contains('\n'));
                if unclosed {
                    out.errors.push(CellError {
                        row,
                        column: String::new(),
                        zh: "引号未闭合：请检查该行的双引号（其后各行照常读取）".into(),
                        en: "a quote is never closed: check this row's double quotes (the rows after it are read as usual)".into(),
                    });
                    resume = text[lines.byte..].find('\n').map(|n| lines.byte + n + 1);
                    break;
                }
                out.errors.push(CellError {
                    row,
                    column: String::new(),
                    zh: format!("该行有 {} 个单元格，表头有 {} 列：列可能错位，该行未计分", record.len(), headers.len()),
                    en: format!("this row has {} cells but the header has {} columns: the columns may be shifted, so the row is not scored", record.len(), headers.len()),
                });
                continue;
            }
            match profile_of_row(row, &record, &headers, &columns, &header_for_path) {
                Ok(p) => out.profiles.push((row, p)),
                Err(errors) => out.errors.extend(errors),
            }
        }
        match resume {
            Some(next) => segment = next,
            None => break,
        }
    }
    out
}

/// A row's profile, or every problem in it with its column.
fn profile_of_row(
    row: u32,
    record: &csv::StringRecord,
    headers: &[String],
    columns: &[Column],
    header_for_path: &dyn Fn(&str) -> String,
) -> Result<Profile, Vec<CellError>> {
    let mut p = Profile::empty();
    let mut row_errors = Vec::new();
    for ((cell, header), column) in record.iter().zip(headers).zip(columns) {
        let result = match column {
            Column::Field(f) => f.parse(cell).map(|v| (f.set)(&mut p, v)),
            Column::Honors => parse_honors(cell).map(|h| p.qualifications.honors = h),
            Column::Achievements => parse_achievements(cell).map(|a| p.achievements = a),
            Column::Ignored => Ok(()),
        };
        if let Err(m) = result {
            row_errors.push(CellError {
                row,
                column: header.clone(),
                zh: m.zh,
                en: m.en,
            });
        }
    }
    if row_errors.is_empty() {
        for e in validate(&p) {
            row_errors.push(CellError {
                row,
                column: header_for_path(&e.path),
                zh: e.zh,
                en: e.en,
            });
        }
    }
    if row_errors.is_empty() {
        Ok(p)
    } else {
        Err(row_errors)
    }
}

/// The downloadable template: every field as a column (Chinese headers)
/// and one example row.
pub fn template_csv(example: &Profile) -> String {
    let fields: Vec<&Field> = all_fields().collect();
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(vec![]);
    let mut header: Vec<String> = fields.iter().map(|f| header_of(f)).collect();
    header.push("有效期内的荣誉".into());
    header.push("标准化与质量成果".into());
    let _ = w.write_record(&header);
    let mut row: Vec<String> = fields
        .iter()
        .map(|f| match (f.get)(example) {
            Value::Bool(b) => if b { "是" } else { "否" }.to_string(),
            Value::Choice(c) => f
                .choice_label(c)
                .map(|t| t.zh.to_string())
                .unwrap_or_else(|| c.to_string()),
            v => v.display(),
        })
        .collect();
    row.push(
        example
            .qualifications
            .honors
            .as_ref()
            .map(|h| {
                h.iter()
                    .filter_map(|x| {
                        crate::profile::fields::HONOR_LABELS
                            .iter()
                            .find(|(y, _)| y == x)
                            .map(|(_, t)| t.zh)
                    })
                    .collect::<Vec<_>>()
                    .join("、")
            })
            .map(|s| if s.is_empty() { "无".to_string() } else { s })
            .unwrap_or_default(),
    );
    row.push(if example.achievements.is_empty() {
        String::new()
    } else {
        serde_json::to_string(&example.achievements).unwrap_or_default()
    });
    let _ = w.write_record(&row);
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8(bytes).unwrap_or_default())
}

/// One company's result in the portfolio.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// The spreadsheet row (or file index) it came from.
    pub row: u32,
    pub name: String,
    pub province: String,
    pub city: String,
    /// (tier key, verdict key, score min, score max) in climbing order.
    pub tiers: Vec<(&'static str, &'static str, Option<u32>, Option<u32>)>,
    pub incentives_total_wan: Decimal,
}

/// Scores one profile for the portfolio table.
pub fn score(row: u32, p: &Profile, date: Date) -> Row {
    let a = assess(p, date);
    let tiers = a
        .tiers
        .iter()
        .map(|t| {
            (
                t.tier.id.key(),
                verdict_key(t.verdict),
                t.score.as_ref().map(|s| s.total.min),
                t.score.as_ref().map(|s| s.total.max),
            )
        })
        .collect();
    Row {
        row,
        name: p.company.name.clone().unwrap_or_default(),
        province: p.company.province.clone().unwrap_or_default(),
        city: p.company.city.clone().unwrap_or_default(),
        tiers,
        incentives_total_wan: incentives(p, date).total_wan,
    }
}

/// A cell a spreadsheet would evaluate as a formula (`=cmd|…`, `+`, `-`,
/// `@`, tab, carriage return) is prefixed with `'` so it stays text.
pub fn neutralize(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

fn verdict_zh(v: &str) -> &'static str {
    match v {
        "qualified" => "符合",
        "not_qualified" => "不符合",
        _ => "待定",
    }
}

/// The portfolio as CSV: UTF-8 with a BOM, CRLF, user text neutralised.
pub fn export_csv(rows: &[Row]) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(vec![]);
    let tier_keys: Vec<&str> = rows
        .first()
        .map(|r| r.tiers.iter().map(|t| t.0).collect())
        .unwrap_or_default();
    let tier_name = |k: &str| match k {
        "tech_sme" => "科技型中小企业",
        "innovative" => "创新型中小企业",
        "srdi" => "专精特新中小企业",
        "little_giant" => "专精特新“小巨人”企业",
        _ => "",
    };
    let mut header = vec![
        "行号".to_string(),
        "企业名称".into(),
        "省份".into(),
        "城市".into(),
    ];
    for k in &tier_keys {
        header.push(format!("{}结论", tier_name(k)));
        header.push(format!("{}得分", tier_name(k)));
    }
    header.push("地方激励合计（万元）".into());
    let _ = w.write_record(&header);
    for r in rows {
        let mut rec = vec![
            r.row.to_string(),
            neutralize(&r.name),
            neutralize(&r.province),
            neutralize(&r.city),
        ];
        for (_, verdict, lo, hi) in &r.tiers {
            rec.push(verdict_zh(verdict).to_string());
            rec.push(match (lo, hi) {
                (Some(a), Some(b)) if a == b => a.to_string(),
                (Some(a), Some(b)) => format!("{a}–{b}"),
                _ => String::new(),
            });
        }
        rec.push(r.incentives_total_wan.normalize().to_string());
        let _ = w.write_record(&rec);
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8(bytes).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::parse_profile;

    fn example() -> Profile {
        parse_profile(
            &std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/golden/bases/strong.json"
            ))
            .unwrap(),
        )
        .unwrap()
    }

    #[test]
    fn the_template_reads_back_as_the_example() {
        let p = example();
        let csv = template_csv(&p);
        assert!(csv.starts_with('\u{feff}'));
        let imported = import_csv(&csv);
        assert!(imported.errors.is_empty(), "{:?}", imported.errors);
        assert!(
            imported.ignored_columns.is_empty(),
            "{:?}",
            imported.ignored_columns
        );
        let (row, back) = &imported.profiles[0];
        assert_eq!(*row, 2);
        assert_eq!(back, &p);
    }

    #[test]
    fn headers_by_path_chinese_or_english() {
        let csv = "company.name,营业收入总额（上年度）,研发费用总额上年度,Employees,unknown col\nA,1000,30,50,x\n";
        let imp = import_csv(csv);
        assert_eq!(imp.ignored_columns, ["unknown col"]);
        let p = &imp.profiles[0].1;
        assert_eq!(p.company.name.as_deref(), Some("A"));
        assert_eq!(p.financials.operating_revenue.y1, Some(Decimal::from(1000)));
        assert_eq!(p.financials.rd_expense.y1, Some(Decimal::from(30)));
        assert_eq!(p.company.employees, Some(50));
    }

    #[test]
    fn bad_rows_are_listed_and_good_rows_kept() {
        let csv = "企业名称,职工总数,研发人员,营业收入总额（上年度）\nA,100,10,500\nB,abc,1,2\nC,10,20,5\nD,5,1,1\n";
        let imp = import_csv(csv);
        assert_eq!(
            imp.profiles.iter().map(|(r, _)| *r).collect::<Vec<_>>(),
            [2, 5]
        );
        assert_eq!(imp.errors.len(), 2);
        assert_eq!(
            (imp.errors[0].row, imp.errors[0].column.as_str()),
            (3, "职工总数")
        );
        assert_eq!(
            (imp.errors[1].row, imp.errors[1].column.as_str()),
            (4, "研发人员")
        );
        assert_eq!(imp.errors[1].zh, "研发人员不能多于职工总数");
    }

    #[test]
    fn shifted_rows_are_refused_not_guessed() {
        let csv = "企业名称,职工总数,研发人员\nA,100,10\nB,100\nC,100,10,5,6\n\nD,50,5\n";
        let imp = import_csv(csv);
        let rows: Vec<u32> = imp.profiles.iter().map(|(r, _)| *r).collect();
        // Rows are numbered as the file's lines: the blank line 5 counts.
        assert_eq!(rows, [2, 6]);
        assert_eq!(imp.errors.iter().map(|e| e.row).collect::<Vec<_>>(), [3, 4]);
        assert!(
            imp.errors[0].zh.contains("2 个单元格，表头有 3 列"),
            "{}",
            imp.errors[0].zh
        );
    }

    #[test]
    fn an_unclosed_quote_is_named_and_the_rows_after_it_read() {
        for eol in ["\n", "\r\n"] {
            let csv = [
                "企业名称,职工总数,研发人员",
                "甲,40,4",
                "\"乙,50,5",
                "丙,60,6",
                "",
                "丁,70,7",
                "戊,\"80,8",
                "己,90,9",
            ]
            .join(eol);
            let imp = import_csv(&csv);
            let rows: Vec<u32> = imp.profiles.iter().map(|(r, _)| *r).collect();
            assert_eq!(rows, [2, 4, 6, 8], "{eol:?}");
            assert_eq!(imp.errors.iter().map(|e| e.row).collect::<Vec<_>>(), [3, 7]);
            assert!(
                imp.errors[0].zh.starts_with("引号未闭合"),
                "{}",
                imp.errors[0].zh
            );
            assert_eq!(imp.profiles[1].1.company.name.as_deref(), Some("丙"));
        }
    }

    #[test]
    fn a_file_with_no_known_column_is_refused() {
        let imp = import_csv("\u{fffd}\u{fffd}x,y\n1,2\n3,4\n");
        assert!(imp.profiles.is_empty());
        assert_eq!(imp.errors.len(), 1);
        assert_eq!(imp.errors[0].row, 1);
    }

    #[test]
    fn export_neutralises_formulas_and_carries_a_bom() {
        let mut p = example();
        p.company.name = Some("=cmd|' /C calc'!A0".into());
        let rows = vec![score(2, &p, Date::ymd(2025, 6, 30))];
        let csv = export_csv(&rows);
        assert!(csv.starts_with("\u{feff}行号,企业名称"));
        assert!(csv.contains(",'=cmd|' /C calc'!A0,"), "{csv}");
        assert!(csv.contains("符合,95"));
        assert_eq!(neutralize("-5"), "'-5");
        assert_eq!(neutralize("临沂"), "临沂");
    }
}
