//! `assess --csv` on an .xlsx: the first sheet, with the same headers and
//! values as the CSV, prints the same assessments as the same rows in CSV;
//! numbers are read exactly, a cell shown as a percentage is read as the
//! percentage it shows (or refused where no percentage belongs), and
//! `--xlsx` writes the results table as an Excel file that reads back.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::assess;
use rust_xlsxwriter::{Format, Workbook};
use std::io::Read;
use std::path::{Path, PathBuf};

const CSV: &str = "企业名称,省份,城市,所属行业,职工总数,研发人员,营业收入总额（上年度）,研发费用总额（上年度）,研发机构级别,近三年科技奖励,获得 ISO9001 等质量管理体系认证,荣誉：高新技术企业,主导产品全国细分市场占有率\n\
    甲,山东省,临沂市,制造业,100,12,5000.5,200.25,省级,国家级,是,是,5\n\
    乙,山东省,枣庄市,工业,80,5,3000,60,国家级,无,否,否,12.5\n\
    丙,广东省,广州市,软件和信息技术服务业,40,10,800,90,市级,省级,有,,\n\
    丁,广东省,广州市,火星业,40,10,800,90,市级,省级,有,,\n";

fn dir() -> PathBuf {
    common::scratch("assess-xlsx")
}

/// The CSV as a spreadsheet program saves it: numbers as numbers, text as
/// text, the market share (last column) formatted as a percentage.
fn as_xlsx(csv: &str, path: &Path) {
    let mut wb = Workbook::new();
    let pct = Format::new().set_num_format("0.0%");
    let ws = wb.add_worksheet();
    for (r, line) in csv.lines().enumerate() {
        let cells: Vec<&str> = line.split(',').collect();
        let last = cells.len() - 1;
        for (c, cell) in cells.iter().enumerate() {
            let (r, c16) = (r as u32, c as u16);
            match cell.parse::<f64>() {
                Ok(n) if r > 0 && c == last => ws.write_number_with_format(r, c16, n / 100.0, &pct),
                Ok(n) if r > 0 => ws.write_number(r, c16, n),
                _ if cell.is_empty() => continue,
                _ => ws.write_string(r, c16, *cell),
            }
            .unwrap();
        }
    }
    wb.save(path).unwrap();
}

#[test]
fn an_xlsx_prints_what_the_same_rows_in_csv_print() {
    let d = dir();
    let (csv, xlsx) = (d.join("same.csv"), d.join("same.xlsx"));
    std::fs::write(&csv, CSV).unwrap();
    as_xlsx(CSV, &xlsx);
    let (from_csv, code_csv) = assess(&["--csv", csv.to_str().unwrap()]);
    let (from_xlsx, code_xlsx) = assess(&["--csv", xlsx.to_str().unwrap()]);
    assert_eq!(from_csv.len(), 4);
    assert_eq!(code_csv, 2, "丁's industry is not one");
    assert_eq!(code_xlsx, code_csv);
    assert_eq!(from_xlsx, from_csv);
    assert_eq!(from_xlsx[3]["format"], "sme-assessment-error/1");
    assert_eq!(from_xlsx[3]["source_row"], 5);
    assert!(
        from_xlsx[0].to_string().contains("全国细分市场占有率为 5%"),
        "5.0% in the sheet is read as 5 %, as the CSV's 5"
    );
}

#[test]
fn a_percentage_where_none_belongs_is_refused_not_read_as_a_fraction() {
    let d = dir();
    let path = d.join("pct.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 0, "企业名称").unwrap();
    ws.write_string(0, 1, "营业收入总额（上年度）").unwrap();
    ws.write_string(1, 0, "甲").unwrap();
    ws.write_number_with_format(1, 1, 0.05, &Format::new().set_num_format("0%"))
        .unwrap();
    wb.save(&path).unwrap();
    let (lines, code) = assess(&["--csv", path.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert_eq!(lines[0]["format"], "sme-assessment-error/1");
    assert_eq!(lines[0]["errors"][0]["column"], "营业收入总额（上年度）");
}

#[test]
fn rows_beyond_the_header_width_and_a_missing_sheet_header_are_named() {
    let d = dir();
    let path = d.join("nohead.xlsx");
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 0, "随便").unwrap();
    wb.save(&path).unwrap();
    let (lines, code) = assess(&["--csv", path.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(lines[0]["errors"][0]["zh"]
        .as_str()
        .unwrap()
        .contains("表头"));
    let junk = d.join("junk.xlsx");
    std::fs::write(&junk, b"PK\x03\x04 not really a zip").unwrap();
    let (lines, code) = assess(&["--csv", junk.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(lines[0]["errors"][0]["zh"]
        .as_str()
        .unwrap()
        .contains("Excel"));
}

/// The XML of a part of an .xlsx.
fn part(path: &Path, name: &str) -> String {
    let mut z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut s = String::new();
    z.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

#[test]
fn the_results_as_xlsx_read_back_with_a_frozen_header() {
    use calamine::{Data, Reader, Xlsx};
    let d = dir();
    let (csv, out) = (d.join("results.csv"), d.join("results.xlsx"));
    std::fs::write(&csv, CSV).unwrap();
    let (lines, _) = assess(&[
        "--csv",
        csv.to_str().unwrap(),
        "--xlsx",
        out.to_str().unwrap(),
    ]);
    assert_eq!(lines.len(), 4);
    let mut book: Xlsx<_> = calamine::open_workbook(&out).unwrap();
    let names = book.sheet_names();
    assert_eq!(names[0], "评估结果");
    let range = book.worksheet_range(&names[0]).unwrap();
    let rows: Vec<&[Data]> = range.rows().collect();
    assert_eq!(rows.len(), 5, "header and four companies");
    assert_eq!(rows[0][0], Data::String("行号".into()));
    assert_eq!(rows[1][0], Data::Float(2.0), "row numbers are numbers");
    assert_eq!(rows[1][1], Data::String("甲".into()));
    let header: Vec<String> = rows[0].iter().map(|c| c.to_string()).collect();
    let verdict = header.iter().position(|h| h.ends_with("结论")).unwrap();
    assert!(
        matches!(&rows[1][verdict], Data::String(s) if ["符合", "不符合", "待定"].contains(&s.as_str()))
    );
    let problems = header.iter().position(|h| h == "数据问题").unwrap();
    assert!(rows[4][problems].to_string().contains("所属行业"));
    assert!(part(&out, "xl/worksheets/sheet1.xml").contains("state=\"frozen\""));
}

#[test]
fn the_template_as_xlsx_reads_back_as_the_csv_template_with_dropdowns() {
    use sme_calc::portfolio::{import_csv, import_xlsx, template_book, template_csv, xlsx_bytes};
    let text = std::fs::read_to_string("examples/edge-srdi.json").unwrap();
    let example = sme_calc::profile::parse_profile(&text).unwrap();
    let bytes = xlsx_bytes(&template_book(&example)).unwrap();
    let from_xlsx = import_xlsx(&bytes);
    let from_csv = import_csv(&template_csv(&example));
    assert!(from_xlsx.errors.is_empty(), "{:?}", from_xlsx.errors);
    assert_eq!(from_xlsx.profiles, from_csv.profiles);
    assert_eq!(from_xlsx.profiles.len(), 1);
    assert!(!from_xlsx.profiles[0].1.achievements.is_empty() || example.achievements.is_empty());

    let path = dir().join("template.xlsx");
    std::fs::write(&path, &bytes).unwrap();
    let sheet = part(&path, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains("state=\"frozen\""));
    assert!(
        sheet.contains("type=\"list\""),
        "choice columns have dropdowns"
    );
    // The dropdowns' values: the Chinese labels, on the hidden sheet.
    use calamine::{Reader, Xlsx};
    let mut book: Xlsx<_> = calamine::open_workbook(&path).unwrap();
    let lists = book.worksheet_range("选项").unwrap();
    let values: Vec<String> = lists.cells().map(|(_, _, v)| v.to_string()).collect();
    for v in ["是", "否", "工业", "省级"] {
        assert!(values.iter().any(|x| x.starts_with(v)), "{v} in {values:?}");
    }
}

/// The workbook the page's Excel reader warms up on (xlsx/warm-up.xlsx,
/// src/web/pages/portfolio_warm.rs) reads as 300 valid companies, every
/// column known: were the template's headers to change, a sample whose
/// columns were ignored or refused would warm up less than a user's file
/// needs.
#[test]
fn the_warm_up_workbook_is_300_valid_rows_of_known_columns() {
    use sme_calc::portfolio::import_xlsx;
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/xlsx/warm-up.xlsx")).unwrap();
    let imp = import_xlsx(&bytes);
    assert!(imp.errors.is_empty(), "{:?}", imp.errors.first());
    assert!(imp.ignored_columns.is_empty(), "{:?}", imp.ignored_columns);
    assert_eq!(imp.profiles.len(), 300);
    assert!(imp.partial.is_empty());
}
