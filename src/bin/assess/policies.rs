//! The policy side of `assess`: the `catalog` and `calendar` subcommands
//! and the `--policies PACK.json` option (policy packs, repeatable).
//!
//! ```text
//! assess catalog [--date YYYY-MM-DD] [--region 省/市/区] [--policies PACK.json]... [--pretty]
//! assess calendar PROFILE.json [--date YYYY-MM-DD] [--policies PACK.json]...
//! ```

use sme_calc::incentives::catalog::{builtin, Catalog};
use sme_calc::incentives::listing::listing;
use sme_calc::incentives::pack::{parse_pack, problems_text, Pack};
use sme_calc::report::Report;
use sme_calc::{Date, Profile};
use std::process::ExitCode;

pub const USAGE: &str = "       assess catalog [--date YYYY-MM-DD] [--region 省/市/区] [--policies PACK.json]... [--pretty]\n       assess calendar PROFILE.json [--date YYYY-MM-DD] [--policies PACK.json]...";

/// Reads the packs and adds them to the built-in catalog; every error of
/// every pack, with its path, on stderr.
pub fn load_packs(paths: &[String]) -> Result<Option<Catalog>, ()> {
    if paths.is_empty() {
        return Ok(None);
    }
    let mut packs: Vec<Pack> = Vec::new();
    let mut failed = false;
    for path in paths {
        let parsed = std::fs::read_to_string(path)
            .map_err(|e| format!("{path}: {e}"))
            .and_then(|text| {
                parse_pack(&text).map_err(|problems| {
                    let en = problems_text(&problems, false);
                    let zh = problems_text(&problems, true);
                    format!("{path}: the policy pack is refused / 政策包未导入:\n{en}\n{zh}")
                })
            });
        match parsed {
            Ok(p) => packs.push(p),
            Err(e) => {
                failed = true;
                eprintln!("assess: {e}");
            }
        }
    }
    if failed {
        return Err(());
    }
    builtin().with_packs(&packs).map(Some).map_err(|problems| {
        eprintln!(
            "assess: the policy packs do not fit the catalog / 政策包与目录冲突:\n{}\n{}",
            problems_text(&problems, false),
            problems_text(&problems, true)
        );
    })
}

/// The report's incentives recomputed with the packs' catalog.
pub fn apply(doc: &mut Report, catalog: Option<&Catalog>, profile: &Profile, date: Date) {
    if let Some(cat) = catalog {
        doc.incentives =
            std::rc::Rc::new((&sme_calc::incentives::incentives_with(cat, profile, date)).into());
    }
}

/// Runs `catalog` or `calendar` if the first argument names one.
pub fn subcommand() -> Option<ExitCode> {
    let mut args = std::env::args_os().skip(1);
    let first = args.next()?;
    let rest: Vec<_> = args.collect();
    match first.to_str()? {
        "catalog" => Some(run(catalog(rest))),
        "calendar" => Some(run(calendar(rest))),
        _ => None,
    }
}

fn run(r: Result<(), String>) -> ExitCode {
    match r {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is_empty() => ExitCode::from(2),
        Err(e) => {
            eprintln!("assess: {e}\nusage:\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

struct Opts {
    date: Option<Date>,
    region: Option<String>,
    packs: Vec<String>,
    pretty: bool,
    inputs: Vec<String>,
}

fn options(args: Vec<std::ffi::OsString>) -> Result<Opts, String> {
    use lexopt::prelude::*;
    let mut o = Opts {
        date: None,
        region: None,
        packs: vec![],
        pretty: false,
        inputs: vec![],
    };
    let mut parser = lexopt::Parser::from_args(args);
    let text = |v: std::ffi::OsString| v.to_string_lossy().into_owned();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("date") => {
                let v = text(parser.value().map_err(|e| e.to_string())?);
                o.date = Some(v.parse().map_err(|e| format!("--date: {e}"))?);
            }
            Long("region") => o.region = Some(text(parser.value().map_err(|e| e.to_string())?)),
            Long("policies") => o
                .packs
                .push(text(parser.value().map_err(|e| e.to_string())?)),
            Long("pretty") => o.pretty = true,
            Value(v) => o.inputs.push(text(v)),
            other => return Err(other.unexpected().to_string()),
        }
    }
    Ok(o)
}

fn print_json(doc: &impl serde::Serialize, pretty: bool) -> Result<(), String> {
    let t = if pretty {
        serde_json::to_string_pretty(doc)
    } else {
        serde_json::to_string(doc)
    };
    println!("{}", t.map_err(|e| e.to_string())?);
    Ok(())
}

/// `assess catalog`: one `sme-catalog/1` document.
fn catalog(args: Vec<std::ffi::OsString>) -> Result<(), String> {
    let o = options(args)?;
    if let Some(extra) = o.inputs.first() {
        return Err(format!(
            "catalog takes no file, found {extra:?} (use --policies PACK.json)"
        ));
    }
    let packs = load_packs(&o.packs).map_err(|()| String::new())?;
    let cat = packs.as_ref().unwrap_or(builtin());
    print_json(&listing(cat, o.date, o.region.as_deref()), o.pretty)
}

/// `assess calendar`: an iCalendar file of the company's filing windows,
/// title expiries and local application windows, from the date on.
fn calendar(args: Vec<std::ffi::OsString>) -> Result<(), String> {
    let o = options(args)?;
    let [input] = o.inputs.as_slice() else {
        return Err("calendar takes one profile".into());
    };
    let text = std::fs::read_to_string(input).map_err(|e| format!("{input}: {e}"))?;
    let profile = sme_calc::parse_profile(&text)
        .map_err(|e| format!("{input}: {}", e.lines_en().join("; ")))?;
    let date = o
        .date
        .or(profile.assessment_date)
        .unwrap_or_else(super::today_in_china);
    let packs = load_packs(&o.packs).map_err(|()| String::new())?;
    let cat = packs.as_ref().unwrap_or(builtin());
    let events = sme_calc::calendar::events(&profile, date, cat);
    print!("{}", sme_calc::calendar::ics(&events, date));
    Ok(())
}
