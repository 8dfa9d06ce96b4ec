//! What the `assess` CLI tests share: a scratch folder and one way to run
//! the binary and read its JSON lines, so the CSV and the xlsx tests compare
//! like with like.

#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

/// A folder for this test process's files (`tag` keeps suites apart).
pub fn scratch(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Runs `assess` with `args` on a fixed date (so results do not drift with
/// the calendar); returns its stdout, one JSON value a line, and exit code.
pub fn assess(args: &[&str]) -> (Vec<serde_json::Value>, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_assess"))
        .args(args)
        .args(["--date", "2025-06-30"])
        .output()
        .unwrap();
    let lines = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (lines, out.status.code().unwrap_or(-1))
}
