//! The policy side of the `assess` command: `assess catalog` and
//! `--policies PACK.json`, run as a user runs them.

#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

fn assess(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_assess"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .unwrap()
}

fn json(o: &Output) -> Value {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

#[test]
fn catalog_lists_every_item_by_region() {
    let all = json(&assess(&["catalog"]));
    assert_eq!(all["format"], "sme-catalog/1");
    let items = all["items"].as_array().unwrap();
    // The seed's part 二 states 393 money amounts; the catalog splits some.
    assert!(items.len() >= 393, "{} items", items.len());
    for i in items {
        assert!(
            i["id"].is_string() && i["policy"].is_string() && i["region"]["province"].is_string(),
            "{i}"
        );
        assert!(i.get("status").is_none(), "no date, no status: {i}");
        let unstated = i["amount_type"] == "unstated";
        assert_eq!(i.get("amount_wan").is_none(), unstated, "{i}");
    }
    let ids: Vec<&str> = all["policies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"beijing-2024")
            && ids.contains(&"shenzhen-2024")
            && ids.contains(&"guangzhou-2024")
    );
}

#[test]
fn catalog_on_a_date_gives_each_policys_status() {
    let bj = json(&assess(&[
        "catalog",
        "--date",
        "2026-12-05",
        "--region",
        "北京市",
    ]));
    let status = |id: &str| {
        bj["policies"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .unwrap()["status"]
            .clone()
    };
    assert_eq!(status("beijing-2020")["status"], "superseded");
    assert_eq!(status("beijing-2020")["by"], "京市监发〔2024〕52号");
    assert_eq!(status("beijing-2024")["status"], "no_end_date");
    assert!(bj["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["region"]["province"] == "北京市"));
    let national = bj["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == "beijing2024-11-national")
        .unwrap();
    assert_eq!(
        (
            national["amount_wan"].as_str(),
            national["min_wan"].as_str()
        ),
        (Some("30"), Some("15"))
    );
    assert_eq!(national["status"]["status"], "no_end_date");
    // A district sees its city's and province's policies too.
    let hp = json(&assess(&["catalog", "--region", "广东省/广州市/黄埔区"]));
    let ids: Vec<&str> = hp["policies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"guangzhou-huangpu-2023") && ids.contains(&"guangzhou-2024"),
        "{ids:?}"
    );
    assert!(!ids.contains(&"shenzhen-2024") && !ids.contains(&"guangzhou-baiyun-2025"));
}

#[test]
fn a_pack_adds_money_and_a_bad_pack_changes_nothing() {
    let dir = std::env::temp_dir().join(format!("assess-packs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let profile = dir.join("hangzhou.json");
    std::fs::write(
        &profile,
        r#"{"format":"sme-profile/1","company":{"province":"浙江省","city":"杭州市"},"achievements":[{"kind":"standard","level":"national","role":"lead","action":"draft","count":1}]}"#,
    )
    .unwrap();
    let p = profile.to_str().unwrap();
    let pack = Path::new("tests/golden/packs/test-city.json")
        .to_str()
        .unwrap();
    let without = json(&assess(&["--date", "2026-12-05", p]));
    assert_eq!(without["incentives"]["total_wan"], "0");
    let with = json(&assess(&["--date", "2026-12-05", "--policies", pack, p]));
    assert_eq!(with["incentives"]["total_wan"], "20");
    assert_eq!(
        with["incentives"]["policies"][0]["imported_from"],
        "测试政策包：杭州市（虚构金额，仅供测试）"
    );

    for bad in [
        "bad-checks.json",
        "bad-type.json",
        "bad-json.json",
        "bad-collision.json",
    ] {
        let path = format!("tests/golden/packs/{bad}");
        for args in [
            vec!["--policies", &path, p],
            vec!["catalog", "--policies", &path],
        ] {
            let o = assess(&args);
            assert_eq!(o.status.code(), Some(2), "{bad}: {args:?}");
            assert!(o.stdout.is_empty(), "{bad}: nothing on stdout");
            let err = String::from_utf8_lossy(&o.stderr);
            assert!(
                err.contains("policies[0]") && err.contains("政策包"),
                "{bad}: {err}"
            );
            assert!(!err.contains("panicked"), "{bad}: {err}");
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}
