//! Turns the catalogs in `data/` (TOML, written for people) into compact
//! JSON in OUT_DIR, embedded in the binary and parsed once at first use.
//! The build fails on a TOML syntax error; the types are checked by the
//! catalog tests.

use std::fs;
use std::path::Path;

fn to_json(path: &Path) -> serde_json::Value {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let value: toml::Value =
        toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::to_value(value).expect("TOML is representable as JSON")
}

fn main() {
    let out = std::env::var("OUT_DIR").unwrap();
    let out = Path::new(&out);
    println!("cargo:rerun-if-changed=data");

    let mut files: Vec<_> = fs::read_dir("data/incentives")
        .expect("data/incentives")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let policies: Vec<serde_json::Value> = files.iter().map(|p| to_json(p)).collect();
    fs::write(
        out.join("incentives.json"),
        serde_json::to_string(&policies).unwrap(),
    )
    .unwrap();

    for name in [
        "forerunner_key_areas",
        "measures",
        "grain_oil_forerunners",
        "forerunner_path",
        "achievement_kinds",
    ] {
        let json = to_json(&Path::new("data").join(format!("{name}.toml")));
        fs::write(
            out.join(format!("{name}.json")),
            serde_json::to_string(&json).unwrap(),
        )
        .unwrap();
    }
}
