//! `assess`: score company profiles from the command line, with the same
//! engine as the page.
//!
//! ```text
//! assess [--date YYYY-MM-DD] [--rulebook 2022|2026|auto] [--both] [--pretty] PROFILE.json... | -
//! assess --csv COMPANIES.csv [--date …] [--rulebook …]
//! assess catalog [--date …] [--region 省/市/区]
//! ```
//! `--policies PACK.json` (repeatable, `sme-policy-pack/1`) adds or replaces
//! local policies for the incentives; see `assess/policies.rs`.
//! With `--csv`, one JSON line per data row, in file order: the assessment
//! (with `source_row`), or for a row with errors an
//! `sme-assessment-error/1` object naming row, column and reason; the exit
//! status is then 2.
//! Prints one `sme-assessment/1` JSON document per profile, one per line
//! (with `--both`, two: under the 2022 rules, then under the 2026 rules).
//! `--rulebook auto` (the default) picks the rules in force on `--date`
//! (default: today in China). Bad input (malformed JSON, a wrong type, an
//! impossible value) prints a message naming the line and column or the
//! field path on stderr and exits with status 2; nothing is printed on
//! stdout then, so a partial result is never taken for a complete one.

#[path = "assess/policies.rs"]
mod policies;

use sme_calc::report::report;
use sme_calc::rules::{rulebook_by_id, rulebook_for, Rulebook};
use sme_calc::{assess_with, parse_profile, Date};
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: assess [--date YYYY-MM-DD] [--rulebook 2022|2026|auto] [--both] [--pretty] [--policies PACK.json]... PROFILE.json... | -\n       assess --csv COMPANIES.csv [--date YYYY-MM-DD] [--rulebook 2022|2026|auto] [--policies PACK.json]...";

enum Choice {
    Auto,
    Pinned(&'static Rulebook),
}

struct Args {
    date: Option<Date>,
    rulebook: Choice,
    both: bool,
    pretty: bool,
    csv: Option<String>,
    inputs: Vec<String>,
    /// Policy packs (`--policies`), in order.
    packs: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    use lexopt::prelude::*;
    let mut args = Args {
        date: None,
        rulebook: Choice::Auto,
        both: false,
        pretty: false,
        csv: None,
        inputs: vec![],
        packs: vec![],
    };
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("date") => {
                let v = parser.value().map_err(|e| e.to_string())?;
                args.date = Some(
                    v.to_string_lossy()
                        .parse()
                        .map_err(|e| format!("--date: {e}"))?,
                );
            }
            Long("rulebook") => {
                let v = parser.value().map_err(|e| e.to_string())?;
                args.rulebook = match v.to_string_lossy().as_ref() {
                    "auto" => Choice::Auto,
                    "2022" => Choice::Pinned(built_in("miit-2022")),
                    "2026" => Choice::Pinned(built_in("miit-2026")),
                    other => {
                        return Err(format!(
                            "--rulebook: expected 2022, 2026 or auto, found {other:?}"
                        ))
                    }
                };
            }
            Long("both") => args.both = true,
            Long("csv") => {
                args.csv = Some(
                    parser
                        .value()
                        .map_err(|e| e.to_string())?
                        .to_string_lossy()
                        .into_owned(),
                )
            }
            Long("pretty") => args.pretty = true,
            Long("policies") => args.packs.push(
                parser
                    .value()
                    .map_err(|e| e.to_string())?
                    .to_string_lossy()
                    .into_owned(),
            ),
            Short('h') | Long("help") => {
                println!("{USAGE}\n{}", policies::USAGE);
                std::process::exit(0);
            }
            Value(v) => args.inputs.push(v.to_string_lossy().into_owned()),
            other => return Err(other.unexpected().to_string()),
        }
    }
    if args.inputs.is_empty() && args.csv.is_none() {
        return Err("no profile given".into());
    }
    Ok(args)
}

/// Today's date in China (UTC+8): the rules are Chinese, and a run just
/// after midnight in Beijing belongs to the new day.
pub(crate) fn today_in_china() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    Date::from_unix_days((secs + 8 * 3600).div_euclid(86_400)).unwrap_or(Date::ymd(2026, 1, 1))
}

fn read_input(name: &str) -> Result<String, String> {
    if name == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| format!("stdin: {e}"))?;
        Ok(s)
    } else {
        std::fs::read_to_string(name).map_err(|e| format!("{name}: {e}"))
    }
}

fn main() -> ExitCode {
    if let Some(code) = policies::subcommand() {
        return code;
    }
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("assess: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let date = args.date.unwrap_or_else(today_in_china);
    let rulebooks: Vec<&'static Rulebook> = if args.both {
        vec![built_in("miit-2022"), built_in("miit-2026")]
    } else {
        match args.rulebook {
            Choice::Auto => vec![rulebook_for(date)],
            Choice::Pinned(rb) => vec![rb],
        }
    };

    let Ok(catalog) = policies::load_packs(&args.packs) else {
        return ExitCode::from(2);
    };
    let catalog = catalog.as_ref();

    if let Some(path) = &args.csv {
        return run_csv(path, date, &rulebooks, args.pretty, catalog);
    }

    // Read and check every input first: print nothing unless all are good.
    let mut profiles = Vec::new();
    let mut failed = false;
    for name in &args.inputs {
        let shown = if name == "-" {
            "<stdin>"
        } else {
            name.as_str()
        };
        let parsed = read_input(name).map_err(|e| vec![e]).and_then(|text| {
            parse_profile(&text).map_err(|e| {
                e.lines_en()
                    .into_iter()
                    .zip(e.lines_zh())
                    .map(|(en, zh)| format!("{shown}: {en}\n{shown}: {zh}"))
                    .collect()
            })
        });
        match parsed {
            Ok(p) => profiles.push(p),
            Err(lines) => {
                failed = true;
                for l in lines {
                    eprintln!("assess: {l}");
                }
            }
        }
    }
    if failed {
        return ExitCode::from(2);
    }

    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for p in &profiles {
        for rb in &rulebooks {
            let mut doc = report(&assess_with(p, date, rb));
            policies::apply(&mut doc, catalog, p, date);
            match to_json(&doc, args.pretty) {
                Ok(t) => {
                    if writeln!(out, "{t}").is_err() {
                        return ExitCode::from(1);
                    }
                }
                Err(e) => {
                    eprintln!("assess: cannot write the assessment: {e}");
                    return ExitCode::from(1);
                }
            }
        }
    }
    ExitCode::SUCCESS
}

/// A rulebook this binary is built with.
fn built_in(id: &str) -> &'static Rulebook {
    rulebook_by_id(id).expect("a built-in rulebook")
}

/// One assessment as a line (or, with `--pretty`, an indented block) of JSON.
fn to_json(doc: &impl serde::Serialize, pretty: bool) -> serde_json::Result<String> {
    if pretty {
        serde_json::to_string_pretty(doc)
    } else {
        serde_json::to_string(doc)
    }
}

/// `--csv`: one line per data row, in order; exit 2 if any row is bad.
fn run_csv(
    path: &str,
    date: Date,
    rulebooks: &[&'static Rulebook],
    pretty: bool,
    catalog: Option<&sme_calc::incentives::catalog::Catalog>,
) -> ExitCode {
    use sme_calc::portfolio::{import_csv, CellError};
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("assess: {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let Ok(text) = String::from_utf8(bytes) else {
        eprintln!("assess: {path}: the file is not UTF-8 (save it as \"CSV UTF-8\")\nassess: {path}: 文件不是 UTF-8 编码，请另存为“CSV UTF-8”格式");
        return ExitCode::from(2);
    };
    let import = import_csv(&text);
    for c in &import.ignored_columns {
        eprintln!("assess: {path}: column {c:?} names no profile field and is ignored");
    }
    // Good rows and bad rows, back in file order.
    let mut bad: std::collections::BTreeMap<u32, Vec<&CellError>> = Default::default();
    for e in &import.errors {
        bad.entry(e.row).or_default().push(e);
        eprintln!(
            "assess: {path}: row {} column {:?}: {} / {}",
            e.row, e.column, e.en, e.zh
        );
    }
    let mut lines: Vec<(u32, Vec<String>)> = import
        .profiles
        .iter()
        .map(|(row, p)| {
            let docs = rulebooks
                .iter()
                .map(|rb| {
                    let mut doc = report(&assess_with(p, date, rb));
                    policies::apply(&mut doc, catalog, p, date);
                    doc.source_row = Some(*row);
                    to_json(&doc, pretty).unwrap_or_default()
                })
                .collect();
            (*row, docs)
        })
        .collect();
    lines.extend(bad.into_iter().map(|(row, errs)| {
        (row, vec![serde_json::json!({ "format": "sme-assessment-error/1", "source_row": row, "errors": errs }).to_string()])
    }));
    lines.sort_by_key(|(row, _)| *row);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in lines.into_iter().flat_map(|(_, docs)| docs) {
        if writeln!(out, "{line}").is_err() {
            return ExitCode::from(1);
        }
    }
    if import.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    }
}
