//! `assess --csv`: each row scored and written as it is read, so memory
//! stays constant whatever the file's size (200,000 rows in under 200 MB:
//! see the README). Rows come out in file order: the assessments of a good
//! row, or an `sme-assessment-error/1` object naming row, column and
//! reason for a bad one; the exit status is then 2. The file is a CSV, or
//! an .xlsx (known by its first bytes, whatever its name), whose first
//! sheet is read with the same headers and values. With `--xlsx OUT`, the
//! results table is also written as an Excel file (held in memory until
//! written).

use sme_calc::encoding;
use sme_calc::portfolio::{
    looks_like_xlsx, results_book, score_pending, xlsx_bytes, xlsx_rows, CellError, Pending,
    RowOutcome, Rows, XlsxEvent,
};
use sme_calc::{Date, Profile};
use std::io::{BufReader, Read, Seek, Write};
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

/// Where the rows go: stdout, line by line, and the rows kept for an
/// Excel results file when one is asked for.
struct Sink<'a> {
    out: std::io::BufWriter<std::io::StdoutLock<'static>>,
    path: &'a str,
    render: &'a dyn Fn(u32, &Profile) -> Vec<String>,
    failed: bool,
    kept: Option<Vec<Pending>>,
}

impl Sink<'_> {
    fn header(&mut self, ignored: &[String], errors: &[CellError]) -> std::io::Result<()> {
        for c in ignored {
            eprintln!(
                "assess: {}: column {c:?} names no profile field and is ignored",
                self.path
            );
        }
        if errors.is_empty() {
            return Ok(());
        }
        self.failed = true;
        error_line(&mut self.out, self.path, 1, errors)
    }

    fn row(&mut self, r: RowOutcome) -> std::io::Result<()> {
        let written = match (&r.profile, r.errors.is_empty()) {
            (Some(p), true) => (self.render)(r.row, p)
                .iter()
                .try_for_each(|line| writeln!(self.out, "{line}")),
            _ => {
                self.failed = true;
                error_line(&mut self.out, self.path, r.row, &r.errors)
            }
        };
        if let Some(kept) = &mut self.kept {
            kept.push(Pending {
                row: r.row,
                profile: r.profile,
                errors: r.errors,
            });
        }
        written
    }
}

/// One line per data row, in order; `render` gives a good row's lines.
/// `xlsx_out`: where to write the results as .xlsx (rules in force on
/// `date`).
pub fn run_csv(
    path: &str,
    render: &dyn Fn(u32, &Profile) -> Vec<String>,
    xlsx_out: Option<&str>,
    date: Date,
) -> ExitCode {
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("assess: {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let mut start = [0u8; 4];
    let n = file.read(&mut start).unwrap_or(0);
    if file.rewind().is_err() {
        eprintln!("assess: {path}: cannot read the file again from its start");
        return ExitCode::from(2);
    }
    let mut sink = Sink {
        out: std::io::BufWriter::new(std::io::stdout().lock()),
        path,
        render,
        failed: false,
        kept: xlsx_out.map(|_| Vec::new()),
    };
    let read = if looks_like_xlsx(&start[..n]) {
        read_xlsx(file, &mut sink)
    } else {
        read_csv(file, &mut sink)
    };
    if let Err(code) = read {
        let _ = sink.out.flush();
        return code;
    }
    if sink.out.flush().is_err() {
        return ExitCode::from(1);
    }
    if let (Some(out), Some(kept)) = (xlsx_out, &sink.kept) {
        let rows: Vec<_> = kept.iter().map(|p| score_pending(p, date)).collect();
        let written = xlsx_bytes(&results_book(&rows, kept, date))
            .and_then(|b| std::fs::write(out, b).map_err(|e| e.to_string()));
        if let Err(e) = written {
            eprintln!("assess: {out}: {e}");
            return ExitCode::from(1);
        }
    }
    if sink.failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

fn read_csv(file: std::fs::File, sink: &mut Sink) -> Result<(), ExitCode> {
    let gbk: &dyn Fn(&[u8]) -> Option<String> = &encoding::gbk;
    let mut rows = match Rows::new(BufReader::with_capacity(1 << 16, file), Some(gbk)) {
        Ok(r) => r,
        Err(e) => {
            let _ = error_line(&mut sink.out, sink.path, 1, &[e]);
            return Err(ExitCode::from(2));
        }
    };
    let errors = rows.header_errors.clone();
    sink.header(&rows.ignored_columns(), &errors)
        .map_err(|_| ExitCode::from(1))?;
    let mut noted_gbk = false;
    while let Some(r) = rows.next() {
        if !noted_gbk && rows.read_as_gbk() {
            noted_gbk = true;
            let m = encoding::read_as_gbk();
            eprintln!(
                "assess: {}: {}\nassess: {}: {}",
                sink.path, m.en, sink.path, m.zh
            );
        }
        sink.row(r).map_err(|_| ExitCode::from(1))?;
    }
    Ok(())
}

fn read_xlsx(file: std::fs::File, sink: &mut Sink) -> Result<(), ExitCode> {
    let mut broken = false;
    let read = xlsx_rows(BufReader::with_capacity(1 << 16, file), |ev| {
        let written = match ev {
            XlsxEvent::Header { ignored, errors } => sink.header(&ignored, &errors),
            XlsxEvent::Row(r) => sink.row(*r),
        };
        broken = written.is_err();
        !broken
    });
    if broken {
        return Err(ExitCode::from(1));
    }
    if let Err(e) = read {
        let _ = error_line(&mut sink.out, sink.path, e.row, &[e]);
        return Err(ExitCode::from(2));
    }
    Ok(())
}
