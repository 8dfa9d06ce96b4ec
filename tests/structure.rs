//! The house rules of `src/`, checked on the files themselves: no source
//! file over 500 lines, and no import circle between source files.
//!
//! An import is a `use` path or an inline path starting with `crate::`,
//! `super::` or `self::`, or a `use` of a child module the file declares.
//! It is resolved to the file defining the module it names (the longest
//! prefix of the path that is a module file), followed through re-exports
//! (`pub use`) to the file that defines the name. A parent re-exporting its
//! own submodules is their face, not their user: that draws no arrow.
//! `#[cfg(test)]` modules inside a file are its tests and are not counted.
//! `src/lib.rs` is the crate's face (it declares and re-exports, and
//! `#[macro_export]` macros such as `crate::t!` resolve to it), so paths
//! that end there draw no arrow.

mod import_graph;
use import_graph::*;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

const MAX_LINES: usize = 500;

/// The library's source files (the binaries in `src/bin` are crates of
/// their own, above everything).
fn library() -> BTreeMap<Vec<String>, Source> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    rust_files(&root, &mut paths);
    paths
        .into_iter()
        .filter(|p| !p.starts_with(root.join("bin")))
        .map(|p| {
            let rel = p.strip_prefix(&root).unwrap();
            let src = Source {
                module: module_of(rel),
                text: fs::read_to_string(&p).unwrap(),
            };
            (src.module.clone(), src)
        })
        .collect()
}

fn name(m: &[String]) -> String {
    if m.is_empty() {
        "crate".into()
    } else {
        m.join("::")
    }
}

#[test]
fn no_import_circle_between_source_files() {
    let files = library();
    let g = graph(&files);
    let found = circles(&g);
    let shown: Vec<String> = found
        .iter()
        .map(|c| {
            let set: BTreeSet<&Vec<String>> = c.iter().collect();
            let arrows: Vec<String> = c
                .iter()
                .flat_map(|a| {
                    g[a].iter()
                        .filter(|b| set.contains(b))
                        .map(move |b| format!("{} -> {}", name(a), name(b)))
                })
                .collect();
            arrows.join(", ")
        })
        .collect();
    assert!(
        found.is_empty(),
        "{} import circle(s) between source files:\n  {}",
        found.len(),
        shown.join("\n  ")
    );
}

#[test]
fn no_source_file_over_500_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    rust_files(&root, &mut paths);
    let mut long: Vec<String> = paths
        .iter()
        .filter_map(|p| {
            let n = fs::read_to_string(p).unwrap().lines().count();
            (n > MAX_LINES)
                .then(|| format!("{} ({n} lines)", p.strip_prefix(&root).unwrap().display()))
        })
        .collect();
    long.sort();
    assert!(
        long.is_empty(),
        "source files over {MAX_LINES} lines: {}",
        long.join(", ")
    );
}

/// The check itself can fail: made-up trees with a circle (through
/// `super::`, a child `use`, an inline path, a re-export) are caught, and
/// one without is not (a re-export is no arrow; comments, strings and
/// `mod tests` do not count).
#[test]
fn the_circle_check_finds_a_planted_circle() {
    let tree = |files: &[(&str, &str)]| -> Files {
        files
            .iter()
            .map(|(path, text)| {
                let module = module_of(Path::new(path));
                (
                    module.clone(),
                    Source {
                        module,
                        text: text.to_string(),
                    },
                )
            })
            .collect()
    };
    let planted = tree(&[
        ("lib.rs", "pub mod a;\npub mod b;\n"),
        ("a/mod.rs", "pub mod x;\nuse x::{Thing, More as M};\n"),
        ("a/x.rs", "pub struct Thing;\nfn f() { crate::b::g() }\n"),
        ("b.rs", "use super::a::Top;\npub fn g() {}\n"),
    ]);
    let found = circles(&graph(&planted));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].len(), 3, "{found:?}");

    let through_re_export = tree(&[
        ("lib.rs", "pub mod a;\npub mod b;\n"),
        ("a/mod.rs", "pub mod x;\npub use x::*;\n"),
        ("a/x.rs", "pub struct Thing;\nuse crate::b::g;\n"),
        ("b.rs", "use crate::a::Thing;\npub fn g() {}\n"),
    ]);
    let found = circles(&graph(&through_re_export));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].len(), 2, "a::x and b: {found:?}");

    let re_export_elsewhere = tree(&[
        ("lib.rs", "pub mod a;\npub mod b;\n"),
        ("a.rs", "pub use crate::b::Pct;\npub struct Facts;\n"),
        ("b.rs", "pub struct Pct;\nuse crate::a::Facts;\n"),
    ]);
    let found = circles(&graph(&re_export_elsewhere));
    assert_eq!(
        found.len(),
        1,
        "a hands on b's name, so it uses b: {found:?}"
    );

    let clean = tree(&[
        ("lib.rs", "pub mod a;\npub mod b;\npub use a::Thing;\n"),
        (
            "a/mod.rs",
            "pub mod x;\npub use x::{helper, Thing};\npub struct Top;\n",
        ),
        ("a/x.rs", "use super::Top;\npub struct Thing;\npub fn helper() {}\n"),
        (
            "b.rs",
            "use crate::Thing;\nuse crate::a::helper;\n// crate::a::x::Y\nconst S: &str = \"super::c\";\n",
        ),
        (
            "c.rs",
            "use crate::b::S;\n#[cfg(test)]\nmod tests {\n    use super::*;\n    use crate::c::S;\n}\nmod inner {\n    use super::super::b::S;\n}\n",
        ),
    ]);
    let found = circles(&graph(&clean));
    assert!(found.is_empty(), "{found:?}");
}
