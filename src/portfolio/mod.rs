//! Many companies at once: profiles from a CSV (one column per profile path,
//! Chinese headers accepted), scored row by row, exported as CSV (UTF-8 with
//! a BOM so Excel reads Chinese; cells that a spreadsheet would run as a
//! formula are neutralised) or JSON. Rows with errors are listed with row,
//! column and reason; the valid rows are still scored.

mod columns;
mod import;
mod kind_columns;
mod sheet;

pub use columns::{header_of, template_csv, template_rows};
pub use import::import_csv;
pub use sheet::{CellError, Import, Sheet};

use crate::date::Date;
use crate::engine::{assess, verdict_key};
use crate::incentives::incentives;
use crate::profile::Profile;
use rust_decimal::Decimal;
use serde::Serialize;

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

    #[test]
    fn chinese_values_in_choice_columns_score_every_row() {
        let csv = "企业名称,所属行业,研发机构级别,近三年科技奖励,获得 ISO9001 等质量管理体系认证\n\
                   甲,制造业,省级,国家级,是\n乙,工业,国家级,无,否\n丙,软件和信息技术服务业,市级,省级,有\n";
        let imp = import_csv(csv);
        assert!(imp.errors.is_empty(), "{:?}", imp.errors);
        assert_eq!(imp.profiles.len(), 3);
        let q = &imp.profiles[0].1.qualifications;
        assert_eq!(
            q.rd_institution,
            Some(crate::profile::RdInstitution::Provincial)
        );
        assert_eq!(
            imp.profiles[0].1.company.industry,
            Some(crate::profile::Industry::Industry)
        );
    }

    #[test]
    fn a_bad_cell_keeps_its_row_with_the_rest_read_and_the_error_in_words() {
        let csv = "企业名称,研发机构级别,职工总数,研发人员\n甲,银河级,100,10\n乙,省级,10,20\n";
        let imp = import_csv(csv);
        assert!(imp.profiles.is_empty());
        let rows: Vec<u32> = imp.partial.iter().map(|(r, _)| *r).collect();
        assert_eq!(rows, [2, 3]);
        // The row keeps what it says; the bad value is unknown.
        let (_, a) = &imp.partial[0];
        assert_eq!(a.company.name.as_deref(), Some("甲"));
        assert_eq!(a.company.employees, Some(100));
        assert_eq!(a.qualifications.rd_institution, None);
        let e = &imp.errors[0];
        assert_eq!((e.row, e.column.as_str()), (2, "研发机构级别"));
        assert!(
            e.zh.contains("省级（省部级）") && !e.zh.contains("provincial"),
            "{}",
            e.zh
        );
        // An impossible pair: named by the header as written, then unknown.
        let e = &imp.errors[1];
        assert_eq!((e.row, e.column.as_str()), (3, "研发人员"));
        assert_eq!(imp.partial[1].1.company.rd_employees, None);
        assert_eq!(imp.partial[1].1.company.employees, Some(10));
    }

    #[test]
    fn an_error_on_a_column_not_in_the_file_names_its_chinese_label() {
        // 营业收入 zero where the ratio needs it, on a column named by path.
        let csv = "financials.operating_revenue.y1,financials.rd_expense.y1\n0,5\n";
        let imp = import_csv(csv);
        for e in &imp.errors {
            assert!(
                !e.column.contains('.') || e.column.starts_with("financials"),
                "{e:?}"
            );
            assert!(!e.zh.is_empty());
        }
    }

    #[test]
    fn honours_and_achievements_in_their_own_columns() {
        let csv = "企业名称,荣誉：高新技术企业,荣誉：知识产权示范企业,成果：标准制修订·国家标准·主导（第一起草单位）·制定（项）,成果：企业标准“领跑者”·省级（项）\n\
                   甲,是,,2,1\n乙,,,,\n";
        let imp = import_csv(csv);
        assert!(imp.errors.is_empty(), "{:?}", imp.errors);
        let a = &imp.profiles[0].1;
        assert_eq!(
            a.qualifications.honors,
            Some(vec![crate::profile::Honor::HighTechEnterprise])
        );
        assert_eq!(a.achievements.len(), 2);
        assert_eq!(a.achievements[0].count, 2);
        assert_eq!(a.achievements[1].attribute("level"), Some("provincial"));
        let b = &imp.profiles[1].1;
        assert_eq!(b.qualifications.honors, None);
        assert!(b.achievements.is_empty());
    }

    #[test]
    fn every_worked_example_round_trips_through_the_template() {
        for name in [
            "edge-innovative",
            "edge-srdi",
            "edge-little-giant",
            "linyi-precision",
        ] {
            let text = std::fs::read_to_string(format!(
                "{}/examples/{name}.json",
                env!("CARGO_MANIFEST_DIR")
            ))
            .unwrap();
            let p = crate::profile::parse_profile(&text).unwrap();
            let csv = template_csv(&p);
            assert!(!csv.contains("[{"), "no JSON in a cell");
            let imp = import_csv(&csv);
            assert!(imp.errors.is_empty(), "{name}: {:?}", imp.errors);
            assert!(imp.ignored_columns.is_empty(), "{name}");
            let mut back = imp.profiles[0].1.clone();
            // Order within the list is the columns' order.
            let key = |a: &crate::profile::Achievement| format!("{a:?}");
            back.achievements.sort_by_key(key);
            let mut want = p.clone();
            want.achievements.sort_by_key(key);
            // The portfolio has one assessment date for every row.
            want.assessment_date = None;
            assert_eq!(back, want, "{name}");
        }
    }
}
