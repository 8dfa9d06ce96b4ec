//! `assess`: score company profiles from the command line, with the same
//! engine as the page.
//!
//! ```text
//! assess [--date YYYY-MM-DD] [--rulebook 2022|2026|auto] [--both] [--pretty] PROFILE.json... | -
//! assess --csv COMPANIES.csv|COMPANIES.xlsx [--xlsx RESULTS.xlsx] [--date …] [--rulebook …]
//! assess catalog [--date …] [--region 省/市/区]
//! ```
//! `--policies PACK.json` (repeatable, `sme-policy-pack/1`) adds or replaces
//! local policies for the incentives; see `assess/policies.rs`.
//! With `--csv`, one JSON line per data row, in file order: the assessment
//! (with `source_row`), or for a row with errors an
//! `sme-assessment-error/1` object naming row, column and reason; the exit
//! status is then 2. An .xlsx is read from its first sheet, with the
//! same headers and values as the CSV; `--xlsx` also writes the results
//! table (as the page exports it) as an Excel file.
//! Prints one `sme-assessment/1` JSON document per profile, one per line
//! (with `--both`, one under each rulebook the build has, oldest first:
//! the 2022 rules, then the 2026 rules).
//! `--rulebook auto` (the default) picks the rules in force on `--date`
//! (default: today in China). Bad input (malformed JSON, a wrong type, an
//! impossible value) prints a message naming the line and column or the
//! field path on stderr and exits with status 2; nothing is printed on
//! stdout then, so a partial result is never taken for a complete one.

#[path = "assess/policies.rs"]
mod policies;
#[path = "assess/stream.rs"]
mod stream;

use sme_calc::profile::read_profile_file;
use sme_calc::report::report;
use sme_calc::rules::{rulebook_for, Rulebook, RULEBOOKS};
use sme_calc::text::Lang;
use sme_calc::{assess_with, Date};
use std::io::{Read, Write};
use std::process::ExitCode;

/// The usage text, naming the rulebooks this binary is built with.
fn usage() -> String {
    let years = rulebook_years().join("|");
    format!("usage: assess [--date YYYY-MM-DD] [--rulebook {years}|auto] [--both] [--pretty] [--policies PACK.json]... PROFILE.json... | -\n       assess --csv COMPANIES.csv|.xlsx [--xlsx RESULTS.xlsx] [--date YYYY-MM-DD] [--rulebook {years}|auto] [--policies PACK.json]...")
}

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
    /// `--xlsx OUT`: the `--csv` results also as an Excel file.
    xlsx: Option<String>,
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
        xlsx: None,
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
                let v = v.to_string_lossy();
                args.rulebook = match (v.as_ref(), rulebook_named(&v)) {
                    ("auto", _) => Choice::Auto,
                    (_, Some(rb)) => Choice::Pinned(rb),
                    (other, None) => {
                        return Err(format!(
                            "--rulebook: expected {} or auto, found {other:?}",
                            rulebook_years().join(", ")
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
            Long("xlsx") => {
                args.xlsx = Some(
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
                println!("{}\n{}", usage(), policies::USAGE);
                std::process::exit(0);
            }
            Value(v) => args.inputs.push(v.to_string_lossy().into_owned()),
            other => return Err(other.unexpected().to_string()),
        }
    }
    if args.xlsx.is_some() && args.csv.is_none() {
        return Err("--xlsx writes the results of --csv; give --csv too".into());
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

/// A profile file's bytes, reading no more than one byte over the limit
/// (a 50 MB file is refused, not loaded).
fn read_input(name: &str) -> Result<Vec<u8>, String> {
    let limit = sme_calc::limits::MAX_PROFILE_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    let read = if name == "-" {
        std::io::stdin().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(name).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    read.map_err(|e| format!("{e}"))?;
    Ok(bytes)
}

fn main() -> ExitCode {
    if let Some(code) = policies::subcommand() {
        return code;
    }
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("assess: {e}\n{}", usage());
            return ExitCode::from(2);
        }
    };
    let date = args.date.unwrap_or_else(today_in_china);
    let rulebooks: Vec<&'static Rulebook> = if args.both {
        RULEBOOKS.to_vec()
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
        let render = |row: u32, p: &sme_calc::Profile| -> Vec<String> {
            rulebooks
                .iter()
                .map(|rb| {
                    let mut doc = report(&assess_with(p, date, rb));
                    policies::apply(&mut doc, catalog, p, date);
                    doc.source_row = Some(row);
                    to_json(&doc, args.pretty).unwrap_or_default()
                })
                .collect()
        };
        return stream::run_csv(path, &render, args.xlsx.as_deref(), date);
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
        let parsed = read_input(name)
            .map_err(|e| vec![format!("{shown}: {e}")])
            .and_then(|bytes| {
                read_profile_file(name, &bytes, &sme_calc::encoding::gbk).map_err(|e| {
                    e.lines(Lang::En)
                        .into_iter()
                        .zip(e.lines(Lang::Zh))
                        .map(|(en, zh)| format!("{shown}: {en}\n{shown}: {zh}"))
                        .collect()
                })
            });
        match parsed {
            Ok((p, note)) => {
                if let Some(m) = note {
                    eprintln!("assess: {shown}: {}\nassess: {shown}: {}", m.en, m.zh);
                }
                profiles.push(p)
            }
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

/// A rulebook this binary is built with, by the year it came into force
/// ("2022") or by its id.
fn rulebook_named(name: &str) -> Option<&'static Rulebook> {
    RULEBOOKS
        .iter()
        .copied()
        .find(|r| r.id == name || r.validity.from.year().to_string() == name)
}

/// The years of the rulebooks this binary is built with, oldest first.
fn rulebook_years() -> Vec<String> {
    RULEBOOKS
        .iter()
        .map(|r| r.validity.from.year().to_string())
        .collect()
}

/// One assessment as a line (or, with `--pretty`, an indented block) of JSON.
fn to_json(doc: &impl serde::Serialize, pretty: bool) -> serde_json::Result<String> {
    if pretty {
        serde_json::to_string_pretty(doc)
    } else {
        serde_json::to_string(doc)
    }
}
