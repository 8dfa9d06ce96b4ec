//! A CSV file as records, read line by line from any byte stream so that
//! memory stays bounded whatever the file's size: each record is a line,
//! or several when a quoted cell holds line breaks. Rows are numbered as
//! the file's lines (the header is row 1; blank lines count).
//!
//! A quote left open would swallow the rest of the file into one cell; it
//! is found within [`MAX_CSV_ROW_BYTES`] or at the end of the file, its row
//! is reported, and reading resumes on the line after it, each of the lines
//! read meanwhile then taken on its own (so no line is read more than
//! twice). Text is UTF-8 (a BOM is skipped) or, when the caller gives a
//! decoder, GBK; the choice is made on the first line that is not ASCII.

use crate::encoding::{self, GbkDecoder};
use crate::limits::MAX_CSV_ROW_BYTES;
use crate::text::Message;
use std::collections::VecDeque;
use std::io::BufRead;

/// One record: its first line's number and its cells, or why it cannot be
/// read.
pub(super) type Record = (u32, Result<Vec<String>, Message>);

#[derive(Clone, Copy, PartialEq, Eq)]
enum Enc {
    Unknown,
    Utf8,
    Gbk,
}

pub(super) struct Records<'g, R> {
    input: R,
    gbk: Option<GbkDecoder<'g>>,
    enc: Enc,
    /// The next physical line's number.
    line: u32,
    /// Lines read ahead for a quote that never closed, to be read again,
    /// each on its own.
    again: VecDeque<(u32, Result<String, Message>)>,
    /// Set when a line was read as GBK.
    pub gbk_used: bool,
    done: bool,
}

impl<'g, R: BufRead> Records<'g, R> {
    pub fn new(input: R, gbk: Option<GbkDecoder<'g>>) -> Self {
        Records {
            input,
            gbk,
            enc: Enc::Unknown,
            line: 1,
            again: VecDeque::new(),
            gbk_used: false,
            done: false,
        }
    }

    /// The next physical line (without its line break), decoded, or `None`
    /// at the end. A line longer than the limit is skipped to its end and
    /// reported.
    fn raw_line(&mut self) -> Option<(u32, Result<String, Message>)> {
        let mut buf = Vec::new();
        let mut too_long = false;
        let mut any = false;
        loop {
            let chunk = match self.input.fill_buf() {
                Ok(c) => c,
                Err(e) => {
                    self.done = true;
                    let m = Message::new(format!("读取失败：{e}"), format!("cannot read: {e}"));
                    return Some((self.line, Err(m)));
                }
            };
            if chunk.is_empty() {
                break;
            }
            any = true;
            let (take, end) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            if !too_long {
                if buf.len() + take > MAX_CSV_ROW_BYTES + 2 {
                    too_long = true;
                    buf = Vec::new();
                } else {
                    buf.extend_from_slice(&chunk[..take]);
                }
            }
            self.input.consume(take);
            if end {
                break;
            }
        }
        if !any {
            return None;
        }
        let n = self.line;
        self.line += 1;
        if too_long {
            return Some((n, Err(too_long_row())));
        }
        while matches!(buf.last(), Some(b'\n' | b'\r')) {
            buf.pop();
        }
        Some((n, self.decode(n, buf)))
    }

    fn decode(&mut self, n: u32, mut buf: Vec<u8>) -> Result<String, Message> {
        if n == 1 && buf.starts_with(b"\xef\xbb\xbf") {
            buf.drain(..3);
            self.enc = Enc::Utf8;
        }
        if self.enc != Enc::Gbk {
            match String::from_utf8(buf) {
                Ok(s) => {
                    if self.enc == Enc::Unknown && !s.is_ascii() {
                        self.enc = Enc::Utf8;
                    }
                    return Ok(s);
                }
                Err(e) => buf = e.into_bytes(),
            }
        }
        match (self.enc, self.gbk) {
            (Enc::Utf8, _) | (_, None) => Err(encoding::not_readable()),
            (_, Some(gbk)) => match gbk(&buf) {
                Some(s) => {
                    self.enc = Enc::Gbk;
                    self.gbk_used = true;
                    Ok(s)
                }
                None => Err(encoding::not_readable()),
            },
        }
    }

    fn next_line(&mut self) -> Option<(u32, Result<String, Message>, bool)> {
        if let Some((n, l)) = self.again.pop_front() {
            return Some((n, l, true));
        }
        if self.done {
            return None;
        }
        self.raw_line().map(|(n, l)| (n, l, false))
    }
}

/// Whether a quoted cell is still open at the end of `line`, given whether
/// one was open at its start. A quote opens a cell only at the cell's
/// start; inside, `""` is a quote and `"` closes it (RFC 4180, and the
/// `csv` crate's reading).
fn open_after(line: &str, mut quoted: bool) -> bool {
    let mut at_start = !quoted;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                } else {
                    quoted = false;
                }
            }
        } else {
            if c == '"' && at_start {
                quoted = true;
            }
            at_start = c == ',';
        }
    }
    quoted
}

/// A record's cells. A line without quotes or carriage returns (nearly
/// every line of a portfolio) is split at its commas, as the `csv` crate
/// would read it; building a `csv` reader per line cost 45 µs (its buffer
/// and state machine), a third of a 10,000-row import in the page.
fn cells(text: &str) -> Vec<String> {
    if !text.bytes().any(|b| matches!(b, b'"' | b'\r' | b'\n')) {
        return text.split(',').map(String::from).collect();
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    match reader.read_record(&mut record) {
        Ok(true) => record.iter().map(String::from).collect(),
        _ => vec![String::new()],
    }
}

pub(super) fn too_long_row() -> Message {
    let kb = MAX_CSV_ROW_BYTES / 1024;
    Message::new(
        format!("该行过长（超过 {kb} KB），未读取"),
        format!("the row is too long (over {kb} KB) and was not read"),
    )
}

pub(super) fn unclosed_quote() -> Message {
    Message::new(
        "引号未闭合：请检查该行的双引号（其后各行照常读取）",
        "a quote is never closed: check this row's double quotes (the rows after it are read as usual)",
    )
}

impl<R: BufRead> Records<'_, R> {
    /// The next record, with `header_len` cells expected (0: any number).
    pub fn next_record(&mut self, header_len: usize) -> Option<Record> {
        let (start, first, reread) = self.next_line()?;
        let mut text = match first {
            Ok(t) => t,
            Err(m) => return Some((start, Err(m))),
        };
        if !open_after(&text, false) {
            return Some((start, Ok(cells(&text))));
        }
        // A quoted cell with line breaks, or a quote never closed. A line
        // read again after a quote never closed is taken on its own.
        let mut read: Vec<(u32, Result<String, Message>)> = Vec::new();
        let mut open = true;
        if !reread {
            while open && text.len() <= MAX_CSV_ROW_BYTES {
                let Some((n, line, _)) = self.next_line() else {
                    break;
                };
                if let Ok(l) = &line {
                    open = open_after(l, true);
                    text.push('\n');
                    text.push_str(l);
                }
                let failed = line.is_err();
                read.push((n, line));
                if failed {
                    break;
                }
            }
        }
        let record = (!open).then(|| cells(&text));
        let unclosed = match &record {
            None => true,
            // Closed further on by another row's quote: the cells then
            // hold line breaks and fall short of the header.
            Some(c) => header_len > 0 && c.len() < header_len && c.iter().any(|x| x.contains('\n')),
        };
        if unclosed {
            self.again.extend(read);
            return Some((start, Err(unclosed_quote())));
        }
        record.map(|c| (start, Ok(c)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str, header_len: usize) -> Vec<(u32, Result<Vec<String>, String>)> {
        let mut r = Records::new(text.as_bytes(), None);
        std::iter::from_fn(|| r.next_record(header_len))
            .map(|(n, c)| (n, c.map_err(|m| m.zh)))
            .collect()
    }

    #[test]
    fn quotes_open_only_at_a_cell_start() {
        assert!(!open_after("a,b", false));
        assert!(open_after("a,\"b", false));
        assert!(!open_after("a,\"b\"\"c\"", false));
        assert!(
            !open_after("5\" screen,10", false),
            "a quote inside a cell is a character"
        );
        assert!(!open_after("still inside\",x", true));
        assert!(open_after("still \"\" inside", true));
    }

    /// The split at commas reads a plain line exactly as the `csv` crate.
    #[test]
    fn plain_lines_split_as_the_csv_crate_reads_them() {
        for line in [
            "",
            "a",
            "a,b",
            ",",
            "a,,b,",
            " a , b ",
            "企业,省级,1.5",
            "x'y,=1",
        ] {
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(line.as_bytes());
            let mut record = csv::StringRecord::new();
            let by_crate: Vec<String> = match reader.read_record(&mut record) {
                Ok(true) => record.iter().map(String::from).collect(),
                _ => vec![String::new()],
            };
            assert_eq!(cells(line), by_crate, "{line:?}");
        }
        assert_eq!(cells("a,\"b,c\""), ["a", "b,c"], "quoted: the csv crate");
    }

    #[test]
    fn multi_line_cells_and_line_numbers() {
        let r = all("a,b\r\n\"x\ny\",2\r\n\r\nz,3", 2);
        assert_eq!(r[0], (1, Ok(vec!["a".into(), "b".into()])));
        assert_eq!(r[1], (2, Ok(vec!["x\ny".into(), "2".into()])));
        assert_eq!(r[2], (4, Ok(vec![String::new()])));
        assert_eq!(r[3], (5, Ok(vec!["z".into(), "3".into()])));
    }

    #[test]
    fn a_quote_never_closed_costs_its_row_only() {
        let r = all("h,i\n\"a,1\nb,2\nc,3", 2);
        let rows: Vec<u32> = r.iter().map(|(n, _)| *n).collect();
        assert_eq!(rows, [1, 2, 3, 4]);
        assert!(r[1].1.as_ref().unwrap_err().starts_with("引号未闭合"));
        assert_eq!(r[3].1, Ok(vec!["c".into(), "3".into()]));
    }

    #[test]
    fn long_rows_and_encodings() {
        let long = format!("h\n{}\nok", "x".repeat(MAX_CSV_ROW_BYTES + 10));
        let r = all(&long, 1);
        assert!(r[1].1.as_ref().unwrap_err().contains("过长"));
        assert_eq!(r[2], (3, Ok(vec!["ok".into()])));
        let bom = all("\u{feff}名称\n甲", 1);
        assert_eq!(bom[0].1, Ok(vec!["名称".into()]));
        let gbk_bytes: &[u8] = b"h\n\xc6\xf3\n";
        let mut r = Records::new(gbk_bytes, None);
        r.next_record(1);
        assert!(r.next_record(1).unwrap().1.is_err(), "no decoder: refused");
        let decoder = |b: &[u8]| (b == b"\xc6\xf3").then(|| "企".to_string());
        let mut r = Records::new(gbk_bytes, Some(&decoder));
        r.next_record(1);
        assert_eq!(r.next_record(1).unwrap().1, Ok(vec!["企".into()]));
        assert!(r.gbk_used);
    }
}
