//! How the page's Excel reader hands the first sheet to the page: rows of
//! text cells packed in one byte buffer instead of JSON, so neither side
//! writes or parses a document of 400,000 strings (one copy of the bytes
//! between the two wasm memories, then each cell's text taken as is).
//!
//! Each row: its number, its cell count, then each cell's length and
//! UTF-8 bytes; every number a little-endian u32.

/// Appends one row to `out`.
pub fn pack_row(out: &mut Vec<u8>, row: u32, cells: &[String]) {
    out.extend_from_slice(&row.to_le_bytes());
    out.extend_from_slice(&(cells.len() as u32).to_le_bytes());
    for c in cells {
        out.extend_from_slice(&(c.len() as u32).to_le_bytes());
        out.extend_from_slice(c.as_bytes());
    }
}

/// The rows of a packed buffer, or why it is not one.
pub fn unpack(mut bytes: &[u8]) -> Result<Vec<(u32, Vec<String>)>, String> {
    fn take<'a>(rest: &mut &'a [u8], n: usize) -> Result<&'a [u8], String> {
        if rest.len() < n {
            return Err(
                "Excel 组件返回的数据不完整\nthe Excel component's data is cut short".into(),
            );
        }
        let (head, tail) = rest.split_at(n);
        *rest = tail;
        Ok(head)
    }
    fn number(rest: &mut &[u8]) -> Result<u32, String> {
        let b = take(rest, 4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    let mut rows = Vec::new();
    while !bytes.is_empty() {
        let row = number(&mut bytes)?;
        let count = number(&mut bytes)? as usize;
        let mut cells = Vec::with_capacity(count.min(bytes.len() / 4));
        for _ in 0..count {
            let len = number(&mut bytes)? as usize;
            let text = std::str::from_utf8(take(&mut bytes, len)?).map_err(|e| e.to_string())?;
            cells.push(text.to_string());
        }
        rows.push((row, cells));
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_come_back_as_packed_and_a_cut_buffer_is_refused() {
        let rows = vec![
            (
                1,
                vec!["企业名称".to_string(), "".into(), "营业收入".into()],
            ),
            (3, vec![]),
            (200_001, vec!["甲".into(), "1234.5".into()]),
        ];
        let mut out = Vec::new();
        for (n, cells) in &rows {
            pack_row(&mut out, *n, cells);
        }
        assert_eq!(unpack(&out).unwrap(), rows);
        assert_eq!(unpack(&[]).unwrap(), vec![]);
        assert!(unpack(&out[..out.len() - 1]).is_err());
        assert!(
            unpack(&[1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0xff]).is_err(),
            "not UTF-8"
        );
    }
}
