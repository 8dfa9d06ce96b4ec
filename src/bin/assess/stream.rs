//! `assess --csv`: each row scored and written as it is read, so memory
//! stays constant whatever the file's size (200,000 rows in under 200 MB:
//! see the README). Rows come out in file order: the assessments of a good
//! row, or an `sme-assessment-error/1` object naming row, column and
//! reason for a bad one; the exit status is then 2.

use sme_calc::encoding;
use sme_calc::portfolio::{CellError, Rows};
use sme_calc::Profile;
use std::io::{BufReader, Write};
use std::process::ExitCode;

/// A bad row: its problems on stderr, its error object on stdout.
fn error_line(
    out: &mut dyn Write,
    path: &str,
    row: u32,
    errs: &[CellError],
) -> std::io::Result<()> {
    for e in errs {
        eprintln!(
            "assess: {path}: row {} column {:?}: {} / {}",
            e.row, e.column, e.en, e.zh
        );
    }
    let doc = serde_json::json!({ "format": "sme-assessment-error/1", "source_row": row, "errors": errs });
    writeln!(out, "{doc}")
}

/// One line per data row, in order; `render` gives a good row's lines.
pub fn run_csv(path: &str, render: &dyn Fn(u32, &Profile) -> Vec<String>) -> ExitCode {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("assess: {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let gbk: &dyn Fn(&[u8]) -> Option<String> = &encoding::gbk;
    let mut rows = match Rows::new(BufReader::with_capacity(1 << 16, file), Some(gbk)) {
        Ok(r) => r,
        Err(e) => {
            let _ = error_line(&mut out, path, 1, &[e]);
            let _ = out.flush();
            return ExitCode::from(2);
        }
    };
    for c in rows.ignored_columns() {
        eprintln!("assess: {path}: column {c:?} names no profile field and is ignored");
    }
    let mut failed = !rows.header_errors.is_empty();
    if failed && error_line(&mut out, path, 1, &rows.header_errors).is_err() {
        return ExitCode::from(1);
    }
    let mut noted_gbk = false;
    while let Some(r) = rows.next() {
        if !noted_gbk && rows.read_as_gbk() {
            noted_gbk = true;
            let m = encoding::read_as_gbk();
            eprintln!("assess: {path}: {}\nassess: {path}: {}", m.en, m.zh);
        }
        let written = match (&r.profile, r.errors.is_empty()) {
            (Some(p), true) => render(r.row, p)
                .iter()
                .try_for_each(|line| writeln!(out, "{line}")),
            _ => {
                failed = true;
                error_line(&mut out, path, r.row, &r.errors)
            }
        };
        if written.is_err() {
            return ExitCode::from(1);
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(1);
    }
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}
