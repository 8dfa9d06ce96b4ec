//! The portfolio's import, template and export, on files as people write them.

use super::*;
use crate::date::Date;
use crate::engine::Verdict;
use crate::profile::{parse_profile, Profile};
use rust_decimal::Decimal;

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
    let csv = export_csv(&rows, &[], Date::ymd(2025, 6, 30));
    assert!(csv.starts_with("\u{feff}行号,企业名称"));
    assert!(csv.contains(",'=cmd|' /C calc'!A0,"), "{csv}");
    assert!(csv.contains("符合,95"));
    assert_eq!(neutralize("-5"), "'-5");
    assert_eq!(neutralize("临沂"), "临沂");
}

#[test]
fn the_results_name_the_calendar_year_of_each_figure() {
    // Issue 13 item 4: "营业收入总额（2024 年，上年度）" for an assessment in 2025,
    // read back by the importer like the template's headers.
    let p = example();
    let d = Date::ymd(2025, 6, 30);
    let rows = vec![score(2, &p, d)];
    let pending = [super::Pending {
        row: 2,
        profile: Some(p.clone()),
        errors: vec![],
    }];
    let csv = export_csv(&rows, &pending, d);
    let header = csv.lines().next().unwrap();
    assert!(header.contains("营业收入总额（2024 年，上年度）,研发费用总额（2024 年，上年度）,营业收入总额（2023 年，上上年度）"), "{header}");
    let revenue = p
        .financials
        .operating_revenue
        .y1
        .unwrap()
        .normalize()
        .to_string();
    assert!(
        csv.lines()
            .nth(1)
            .unwrap()
            .contains(&format!(",{revenue},")),
        "{csv}"
    );
    let imp = import_csv(&csv[3..]);
    assert_eq!(
        imp.profiles[0].1.financials.operating_revenue.y1,
        p.financials.operating_revenue.y1
    );
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

#[test]
fn every_data_row_keeps_its_place_good_partial_or_unreadable() {
    let csv = "企业名称,职工总数,研发人员\n甲,100,10\n乙,abc,1\n丙,100\n丁,50,5\n";
    let imp = import_csv(csv);
    let pending = imp.pending();
    let rows: Vec<(u32, bool, usize)> = pending
        .iter()
        .map(|p| (p.row, p.profile.is_some(), p.errors.len()))
        .collect();
    assert_eq!(
        rows,
        [(2, true, 0), (3, true, 1), (4, false, 1), (5, true, 0)]
    );
    let date = Date::ymd(2025, 6, 30);
    let scored: Vec<Row> = pending.iter().map(|p| score_pending(p, date)).collect();
    assert_eq!(scored[1].name, "乙");
    assert!(!scored[1].tiers.is_empty(), "a partial row is scored");
    assert!(scored[2].tiers.is_empty(), "a shifted row is not");
    assert_eq!(scored[2].errors.len(), 1);
}

#[test]
fn the_summary_counts_verdicts_regions_money_and_common_unmet_conditions() {
    let date = Date::ymd(2025, 6, 30);
    let strong = example();
    let mut weak = strong.clone();
    weak.financials.rd_expense.y1 = Some(Decimal::ZERO);
    weak.company.city = Some("枣庄市".into());
    let rows = vec![
        score(2, &strong, date),
        score(3, &weak, date),
        score(4, &weak, date),
    ];
    let s = summarize(&rows);
    assert_eq!(s.rows, 3);
    for (tier, yes, maybe, no) in &s.verdicts {
        assert_eq!(yes + maybe + no, 3, "{tier:?}");
    }
    assert_eq!(s.regions[0].1, 2, "{:?}", s.regions);
    assert_eq!(
        s.incentives_total_wan,
        rows.iter().map(|r| r.incentives_total_wan).sum::<Decimal>()
    );
    // The weak companies' unmet conditions are counted once each, in
    // words without either company's figures.
    assert!(
        s.unmet
            .iter()
            .all(|(_, w, n)| *n <= 2 && !w.zh.contains("实际")),
        "{:?}",
        s.unmet
    );
    assert!(s.unmet.iter().any(|(_, _, n)| *n == 2), "{:?}", s.unmet);
}

#[test]
fn the_export_states_date_rulebook_reasons_and_problems_in_words() {
    let date = Date::ymd(2026, 12, 5);
    let imp = import_csv("企业名称,研发机构级别,营业收入总额（上年度）\n甲,银河级,1000\n");
    let pending = imp.pending();
    let rows: Vec<Row> = pending.iter().map(|p| score_pending(p, date)).collect();
    let csv = export_csv(&rows, &pending, date);
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    assert!(
        header.contains("原因") && header.ends_with("数据问题,评估日期,适用规则"),
        "{header}"
    );
    let line = lines.next().unwrap();
    assert!(line.contains("2026-12-05"), "{line}");
    assert_eq!(line.matches("暂定").count(), 1, "{line}");
    assert!(line.contains("“研发机构级别”：无效选项“银河级”"), "{line}");
    assert!(line.contains("未满足") || line.contains("待确认"), "{line}");
    assert!(
        !line.contains("not_met") && !line.contains("qualified"),
        "{line}"
    );
}

#[test]
fn a_verdict_filter_keeps_only_the_rows_it_names() {
    let date = Date::ymd(2025, 6, 30);
    let strong = example();
    let mut weak = strong.clone();
    weak.financials.rd_expense.y1 = Some(Decimal::ZERO);
    weak.company.city = Some("枣庄市".into());
    let mut unknown = strong.clone();
    unknown.financials.rd_expense.y1 = None;
    let rows = vec![
        score(2, &strong, date),
        score(3, &weak, date),
        score(4, &unknown, date),
    ];
    let all = view(&rows, &Filter::default(), "row", true);
    assert_eq!(all, [0, 1, 2]);
    for (tier, yes, maybe, no) in summarize(&rows).verdicts {
        for (verdict, n) in [
            (Verdict::Qualified, yes),
            (Verdict::Depends, maybe),
            (Verdict::NotQualified, no),
        ] {
            let f = Filter {
                verdict: Some((tier, verdict)),
                ..Filter::default()
            };
            let shown = view(&rows, &f, "row", true);
            assert_eq!(shown.len(), n, "{tier:?}:{verdict:?}");
            assert!(shown
                .iter()
                .all(|&i| rows[i].tiers.iter().any(|t| t.0 == tier && t.1 == verdict)));
        }
    }
    let f = Filter {
        region: Some("山东省枣庄市".into()),
        ..Filter::default()
    };
    assert_eq!(view(&rows, &f, "row", true), [1]);
    assert_eq!(view(&rows, &Filter::default(), "row", false), [2, 1, 0]);
}

#[test]
fn every_verdict_choice_reads_back_as_the_tier_and_verdict_it_names() {
    use crate::rules::model::TierId;
    for t in TierId::ALL {
        for v in Verdict::ALL {
            assert_eq!(Filter::parse_choice(&Filter::choice(t, v)), Some((t, v)));
        }
    }
    assert_eq!(Filter::parse_choice("tech_sme:maybe"), None);
    assert_eq!(Filter::parse_choice(""), None);
}
