//! `assess --csv` on files a consultant writes: Chinese words in the choice
//! columns score every row, one line per row in file order.

mod common;

fn run(name: &str, bytes: &[u8]) -> (Vec<serde_json::Value>, i32) {
    let path = common::scratch("assess-csv").join(name);
    std::fs::write(&path, bytes).unwrap();
    common::assess(&["--csv", path.to_str().unwrap()])
}

/// Three companies with the words people write: 制造业, 省级, 国家级, 是/否.
pub const CHINESE_CSV: &str = "企业名称,省份,城市,所属行业,职工总数,研发人员,营业收入总额（上年度）,研发费用总额（上年度）,研发机构级别,近三年科技奖励,获得 ISO9001 等质量管理体系认证,荣誉：高新技术企业\n\
    甲,山东省,临沂市,制造业,100,12,5000,200,省级,国家级,是,是\n\
    乙,山东省,枣庄市,工业,80,5,3000,60,国家级,无,否,否\n\
    丙,广东省,广州市,软件和信息技术服务业,40,10,800,90,市级,省级,有,\n";

#[test]
fn a_csv_with_chinese_choice_words_scores_every_row() {
    let (lines, code) = run("chinese.csv", CHINESE_CSV.as_bytes());
    assert_eq!(code, 0);
    let rows: Vec<u64> = lines
        .iter()
        .map(|l| {
            assert_eq!(l["format"], "sme-assessment/1");
            l["source_row"].as_u64().unwrap()
        })
        .collect();
    assert_eq!(rows, [2, 3, 4]);
}
