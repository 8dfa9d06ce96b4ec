//! The `assess` command's doors: a profile file with a byte-order mark or
//! in GBK is read (GBK with a note), an unknown encoding, a spreadsheet or
//! a file over the size limit is refused in Chinese and English, and the
//! CSV is read the same way (BOM, GBK) and written row by row.

use std::process::{Command, Output};

fn run(name: &str, bytes: &[u8], args: &[&str]) -> Output {
    let dir = std::env::temp_dir().join(format!("assess-doors-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    let mut all: Vec<&str> = args.to_vec();
    all.extend([path.to_str().unwrap(), "--date", "2025-06-30"]);
    Command::new(env!("CARGO_BIN_EXE_assess"))
        .args(all)
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// 企业 in GBK.
const QIYE_GBK: &[u8] = b"\xc6\xf3\xd2\xb5";

#[test]
fn profile_files_with_a_bom_or_in_gbk_are_read() {
    let bom = run(
        "bom.json",
        b"\xef\xbb\xbf{\"format\":\"sme-profile/1\",\"company\":{\"name\":\"BOM\"}}",
        &[],
    );
    assert_eq!(bom.status.code(), Some(0), "{}", stderr(&bom));
    assert!(stdout(&bom).starts_with("{\"format\":\"sme-assessment/1\""));

    let mut gbk = b"{\"format\":\"sme-profile/1\",\"company\":{\"name\":\"".to_vec();
    gbk.extend_from_slice(QIYE_GBK);
    gbk.extend_from_slice(b"\"}}");
    let o = run("gbk.json", &gbk, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("\"企业\""), "the name decoded");
    assert!(stderr(&o).contains("GBK 编码") && stderr(&o).contains("GBK-encoded"));
}

#[test]
fn unreadable_files_spreadsheets_and_huge_files_are_refused_in_both_languages() {
    let cases: [(&str, Vec<u8>, &str, &str); 4] = [
        (
            "noise.json",
            b"{\"format\":\"\xff\xfe\xfd\"}".to_vec(),
            "另存为 UTF-8",
            "Save it as UTF-8",
        ),
        (
            "list.xlsx",
            b"PK\x03\x04rest".to_vec(),
            "批量评估",
            "spreadsheet",
        ),
        (
            "list.csv",
            b"a,b\n1,2\n".to_vec(),
            "批量评估",
            "spreadsheet",
        ),
        (
            "huge.json",
            vec![b' '; 1024 * 1024 + 1],
            "最大 1 MB",
            "at most 1 MB",
        ),
    ];
    for (name, bytes, zh, en) in cases {
        let o = run(name, &bytes, &[]);
        assert_eq!(o.status.code(), Some(2), "{name}");
        assert!(stdout(&o).is_empty(), "{name}: nothing on stdout");
        let err = stderr(&o);
        assert!(err.contains(zh) && err.contains(en), "{name}: {err}");
    }
}

#[test]
fn a_profile_over_the_achievement_limit_names_the_limit() {
    let list = vec![r#"{"kind":"standard"}"#; 201].join(",");
    let o = run(
        "many.json",
        format!(r#"{{"format":"sme-profile/1","achievements":[{list}]}}"#).as_bytes(),
        &[],
    );
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("最多 200 项，此档案有 201 项"), "{err}");
    assert!(err.contains("at most 200"), "{err}");
}

#[test]
fn csv_files_with_a_bom_or_in_gbk_are_read_row_by_row() {
    let header = "企业名称,职工总数,研发人员\n";
    let o = run(
        "bom.csv",
        format!("\u{feff}{header}甲,10,1\n乙,20,30\n丙,30,3\n").as_bytes(),
        &["--csv"],
    );
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let kinds: Vec<(&str, u64)> = lines
        .iter()
        .map(|l| {
            (
                l["format"].as_str().unwrap(),
                l["source_row"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("sme-assessment/1", 2),
            ("sme-assessment-error/1", 3),
            ("sme-assessment/1", 4)
        ]
    );
    assert_eq!(
        o.status.code(),
        Some(2),
        "a bad row makes the exit status 2"
    );

    let mut gbk = b"\xc6\xf3\xd2\xb5\xc3\xfb\xb3\xc6,\xd6\xb0\xb9\xa4\xd7\xdc\xca\xfd\n".to_vec(); // 企业名称,职工总数
    gbk.extend_from_slice(QIYE_GBK);
    gbk.extend_from_slice(b",10\n");
    let o = run("gbk.csv", &gbk, &["--csv"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("\"企业\""));
    assert!(stderr(&o).contains("GBK"));
}

#[test]
fn a_profile_with_no_revenue_two_years_ago_is_assessed() {
    // A company that started trading last year (issue 13, item 9): exit 0,
    // the growth rate does not exist ("无法计算：2023 年…为 0") and scores 0,
    // and every tier is decided.
    let profile = br#"{"format":"sme-profile/1",
        "company":{"industry":"industry","employees":200,"rd_employees":60,"years_in_niche":6},
        "financials":{"operating_revenue":{"y1":"10000","y2":"0","y3":"0"},
            "main_business_revenue":{"y1":"9500","y2":"0","y3":"0"},
            "rd_expense":{"y1":"700","y2":"0"}}}"#;
    let o = run("started.json", profile, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let ind3 = doc["tiers"]["innovative"]["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "annex1_ind3_main_business_growth")
        .unwrap();
    assert_eq!(ind3["points"], 0);
    assert!(ind3["value_text"]
        .as_str()
        .unwrap()
        .starts_with("无法计算：2023 年主营业务收入为 0"));
    assert_eq!(doc["tiers"]["little_giant"]["verdict"], "not_qualified");
    assert!(doc["metrics"]["main_business_growth_y1"].is_null());
}
