//! How `tests/structure.rs` reads the source: files as modules, the
//! paths each one writes (`use`, inline `crate::`/`super::`/`self::`
//! paths, re-exports followed to the defining file), the import graph and
//! its circles. Kept apart so the rules file stays a page of rules.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// A source file as the check sees it: its module path and its text.
pub struct Source {
    pub module: Vec<String>,
    pub text: String,
}

pub fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// `src/a/b.rs` → [a, b]; `src/a/mod.rs` → [a]; `src/lib.rs` → [].
pub fn module_of(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .iter()
        .map(|s| s.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap();
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" {
        parts.push(stem.to_string());
    }
    parts
}

/// Code without comments and string literals, line by line (enough for
/// rustfmt-formatted code: a path inside a string or a comment is no import).
pub fn code_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| {
            let mut out = String::new();
            let mut in_str = false;
            let mut chars = l.chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '\\' if in_str => {
                        chars.next();
                    }
                    '"' => in_str = !in_str,
                    '/' if !in_str && chars.peek() == Some(&'/') => break,
                    _ if in_str => {}
                    _ => out.push(c),
                }
            }
            out
        })
        .collect()
}

pub fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// One path a file writes.
#[derive(Debug, Clone)]
pub struct Written {
    /// From the crate root.
    pub path: Vec<String>,
    /// `pub use`: the name it is handed on as (`*` for a glob).
    pub handed_on_as: Option<String>,
}

/// Every path the file writes, from the crate root. Paths inside `use`
/// braces are expanded one level (`use a::{b, c::d as e}`).
pub fn paths_in(src: &Source, children: &BTreeSet<String>) -> Vec<Written> {
    let mut out = Vec::new();
    // Inline modules (`mod x {`): `super::` inside them means the file. A
    // `#[cfg(test)]` one is a test of the file, not part of its structure:
    // what it imports is not counted.
    let mut inline: Vec<(usize, String, bool)> = Vec::new();
    let lines = code_lines(&src.text);
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        let indent = line.len() - line.trim_start().len();
        if let Some((ind, _, _)) = inline.last() {
            if line.trim_end() == format!("{}}}", " ".repeat(*ind)) && indent == *ind {
                inline.pop();
                i += 1;
                continue;
            }
        }
        let t = line.trim();
        if let Some(rest) = ["mod ", "pub mod ", "pub(crate) mod "]
            .iter()
            .find_map(|m| t.strip_prefix(m))
        {
            if let Some(name) = rest.strip_suffix(" {") {
                let test = i > 0 && lines[i - 1].trim() == "#[cfg(test)]";
                inline.push((indent, name.to_string(), test));
                i += 1;
                continue;
            }
        }
        if inline.iter().any(|(_, _, test)| *test) {
            i += 1;
            continue;
        }
        let here: Vec<String> = src
            .module
            .iter()
            .cloned()
            .chain(inline.iter().map(|(_, n, _)| n.clone()))
            .collect();
        let is_use = ["use ", "pub use ", "pub(crate) use "]
            .iter()
            .any(|u| t.starts_with(u));
        let re_export = is_use && t.starts_with("pub") && inline.is_empty();
        // A `use` may span lines: gather it up to its `;`.
        let mut stmt = line.clone();
        if is_use {
            while !stmt.contains(';') && i + 1 < lines.len() {
                i += 1;
                stmt.push(' ');
                stmt.push_str(lines[i].trim());
            }
        }
        let in_child_scope = inline.is_empty();
        for (raw, alias) in path_starts(&stmt, is_use, children, in_child_scope) {
            if let Some(path) = resolve_relative(&here, &src.module, raw) {
                out.push(Written {
                    path,
                    handed_on_as: re_export.then_some(alias),
                });
            }
        }
        i += 1;
    }
    out
}

/// The paths written in a statement, each with the name it ends in (its
/// alias, or `*`): those starting with `crate::`, `super::`, `self::`, and
/// in a `use` at file level, those starting with a child module.
pub fn path_starts(
    stmt: &str,
    is_use: bool,
    children: &BTreeSet<String>,
    file_level: bool,
) -> Vec<(Vec<String>, String)> {
    let mut found = Vec::new();
    let cs: Vec<char> = stmt.chars().collect();
    let split = |s: &str| -> Vec<String> {
        s.split("::")
            .filter(|s| !s.is_empty() && *s != "self")
            .map(String::from)
            .collect()
    };
    let mut k = 0;
    while k < cs.len() {
        if (k == 0 || !is_ident(cs[k - 1]) && cs[k - 1] != ':') && is_ident(cs[k]) {
            let start = k;
            while k < cs.len() && (is_ident(cs[k]) || cs[k] == ':') {
                k += 1;
            }
            let word: String = cs[start..k].iter().collect();
            let first = word.split("::").next().unwrap_or("");
            let rooted = matches!(first, "crate" | "super" | "self") && word.contains("::");
            let child = is_use && file_level && word.contains("::") && children.contains(first);
            if !(rooted || child) {
                continue;
            }
            let mut segs: Vec<String> = word
                .split("::")
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
            if word.ends_with("::") && cs.get(k) == Some(&'{') {
                // `a::{b, c::d as e, *}`: one path per item.
                let close = cs[k..]
                    .iter()
                    .position(|c| *c == '}')
                    .map_or(cs.len(), |p| k + p);
                let inner: String = cs[k + 1..close].iter().collect();
                for item in inner.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    let mut parts = item.split(" as ");
                    let item_path = parts.next().unwrap_or("").trim();
                    let mut p = segs.clone();
                    p.extend(split(item_path).into_iter().filter(|s| s != "*"));
                    let alias = match parts.next() {
                        Some(a) => a.trim().to_string(),
                        None if item_path.ends_with('*') => "*".into(),
                        None => p.last().cloned().unwrap_or_default(),
                    };
                    found.push((p, alias));
                }
                k = close;
            } else {
                let glob = word.ends_with("::") && cs.get(k) == Some(&'*');
                let rest: String = cs[k..].iter().collect();
                let alias = if glob {
                    "*".to_string()
                } else if let Some(a) = rest.trim_start().strip_prefix("as ") {
                    a.chars().take_while(|c| is_ident(*c)).collect()
                } else {
                    segs.last().cloned().unwrap_or_default()
                };
                if segs.last().is_some_and(|s| s == "self") {
                    segs.pop();
                }
                found.push((segs, alias));
            }
        } else {
            k += 1;
        }
    }
    found
}

/// Turns `super::`/`self::`/`crate::`/child paths into paths from the
/// crate root.
pub fn resolve_relative(
    here: &[String],
    file: &[String],
    segs: Vec<String>,
) -> Option<Vec<String>> {
    let mut base: Vec<String>;
    let mut rest = segs.as_slice();
    match rest.first().map(String::as_str) {
        Some("crate") => {
            base = vec![];
            rest = &rest[1..];
        }
        Some("self") | Some("super") => {
            base = here.to_vec();
            while let Some(s) = rest.first() {
                match s.as_str() {
                    "self" => {}
                    "super" => {
                        base.pop()?;
                    }
                    _ => break,
                }
                rest = &rest[1..];
            }
        }
        _ => base = file.to_vec(),
    }
    base.extend(rest.iter().cloned());
    Some(base)
}

/// Does the file itself define `name` (rather than hand it on)?
pub fn defines(text: &str, name: &str) -> bool {
    [
        "fn",
        "struct",
        "enum",
        "const",
        "static",
        "type",
        "trait",
        "mod",
        "macro_rules!",
    ]
    .iter()
    .any(|kw| {
        text.contains(&format!("{kw} {name}(")) && *kw == "fn"
            || text.contains(&format!("{kw} {name} "))
            || text.contains(&format!("{kw} {name}<"))
            || text.contains(&format!("{kw} {name}:"))
            || text.contains(&format!("{kw} {name};"))
            || text.contains(&format!("{kw} {name}{{"))
    })
}

pub type Files = BTreeMap<Vec<String>, Source>;
pub type ReExports = BTreeMap<Vec<String>, Vec<Written>>;

/// The file defining what a path names: the longest module prefix that is a
/// file, followed through that file's re-exports of the item named.
pub fn target_of(
    path: &[String],
    files: &Files,
    re: &ReExports,
    depth: u32,
) -> Option<Vec<String>> {
    let file = (0..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|m| files.contains_key(m))?;
    let Some(item) = path.get(file.len()) else {
        return Some(file);
    };
    if depth > 8 || defines(&files[&file].text, item) {
        return Some(file);
    }
    for w in re.get(&file).into_iter().flatten() {
        let named = w.handed_on_as.as_deref() == Some(item.as_str());
        let glob = w.handed_on_as.as_deref() == Some("*");
        if named {
            return target_of(&w.path, files, re, depth + 1);
        }
        if glob {
            let mut p = w.path.clone();
            p.push(item.clone());
            if let Some(t) = target_of(&p, files, re, depth + 1) {
                if t != w.path || defines(&files[&t].text, item) {
                    return Some(t);
                }
            }
        }
    }
    Some(file)
}

/// The import graph: file module → the file modules it imports. A `pub use`
/// of the file's own submodules only hands their names on: it draws no
/// arrow, but paths through it are followed to the file that defines the
/// name. A `pub use` of anything else is an import like any other.
pub fn graph(files: &Files) -> Graph {
    let mut written = BTreeMap::new();
    for (m, src) in files {
        let children: BTreeSet<String> = files
            .keys()
            .filter(|k| k.len() == m.len() + 1 && k.starts_with(m))
            .map(|k| k.last().unwrap().clone())
            .collect();
        written.insert(m.clone(), paths_in(src, &children));
    }
    let re: ReExports = written
        .iter()
        .map(|(m, ws)| {
            let handed: Vec<Written> = ws
                .iter()
                .filter(|w| w.handed_on_as.is_some())
                .cloned()
                .collect();
            (m.clone(), handed)
        })
        .collect();
    let mut g = BTreeMap::new();
    for (m, ws) in &written {
        let mut to = BTreeSet::new();
        // A file handing on its own submodules' names is their face, not a
        // user of them; handing on anything else is a use.
        let own = |w: &&Written| w.handed_on_as.is_some() && w.path.starts_with(m);
        for w in ws.iter().filter(|w| !own(w)) {
            if let Some(t) = target_of(&w.path, files, &re, 0) {
                if &t != m && !t.is_empty() {
                    to.insert(t);
                }
            }
        }
        g.insert(m.clone(), to);
    }
    g
}

pub type Graph = BTreeMap<Vec<String>, BTreeSet<Vec<String>>>;

/// Strongly connected components with more than one file (Tarjan).
pub fn circles(g: &Graph) -> Vec<Vec<Vec<String>>> {
    struct St<'a> {
        g: &'a Graph,
        index: BTreeMap<&'a Vec<String>, usize>,
        low: BTreeMap<&'a Vec<String>, usize>,
        stack: Vec<&'a Vec<String>>,
        on: BTreeSet<&'a Vec<String>>,
        out: Vec<Vec<Vec<String>>>,
    }
    fn visit<'a>(s: &mut St<'a>, v: &'a Vec<String>) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on.insert(v);
        for w in s.g.get(v).into_iter().flatten() {
            let Some((w, _)) = s.g.get_key_value(w) else {
                continue;
            };
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(lw);
            } else if s.on.contains(w) {
                let iw = s.index[w];
                let lv = s.low.get_mut(v).unwrap();
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut comp = Vec::new();
            loop {
                let w = s.stack.pop().unwrap();
                s.on.remove(w);
                comp.push(w.clone());
                if w == v {
                    break;
                }
            }
            if comp.len() > 1 {
                comp.sort();
                s.out.push(comp);
            }
        }
    }
    let mut s = St {
        g,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        out: Vec::new(),
    };
    for v in g.keys() {
        if !s.index.contains_key(v) {
            visit(&mut s, v);
        }
    }
    s.out
}
