// What the release wasm is made of: code and data, by crate and by module
// of ours. Reads an analysis copy of the release wasm whose code is the
// shipped code byte for byte (same profile, wasm-bindgen, wasm-opt -Oz) but
// which keeps its names: function names in v0 mangling (so a generic
// instantiated for one of our types names that type) and one data segment
// per constant (wasm-ld --no-merge-data-segments). ./bench builds it.
//
// Code is attributed by function name: a function of ours goes to its
// module; a generic of a library instantiated for our types (a Yew
// component's lifecycle, a Vec of our structs, drop glue) goes to the
// module of the first type of ours it names, except serde's, which are
// counted apart as "serde for our types". Data is attributed by content:
// a string equal to (or inside) a literal of the catalogs that build.rs
// generates, of an example, or of a source file of ours goes there; file
// names of panic locations apart; a table goes where the addresses it holds
// point (an array of catalog entries points at catalog strings).
//
//   node scripts/breakdown.mjs <analysis.wasm> <OUT_DIR of build.rs> [shipped.wasm]
// (./bench builds the analysis wasm; see it for the commands.)
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

/** Sections, code bodies, data segments (with their addresses) and names. */
export function parseWasm(buf) {
  let o = 8;
  const u = () => {
    let n = 0, s = 0, x;
    do { x = buf[o++]; n += (x & 127) * 2 ** s; s += 7; } while (x & 128);
    return n;
  };
  const out = { sections: [], funcs: [], data: [], funcNames: new Map(), dataNames: new Map(), imports: 0 };
  while (o < buf.length) {
    const id = buf[o++];
    const size = u();
    const end = o + size;
    let name = "";
    if (id === 0) { const l = u(); name = buf.subarray(o, o + l).toString(); o += l; }
    out.sections.push({ id, name, size });
    if (id === 2) {
      for (let i = 0, n = u(); i < n; i++) {
        for (let k = 0; k < 2; k++) { const l = u(); o += l; }
        const kind = buf[o++];
        if (kind === 0) { u(); out.imports++; }
        else if (kind === 1) { o++; if (u() & 1) { u(); u(); } else u(); }
        else if (kind === 2) { if (u() & 1) { u(); u(); } else u(); }
        else if (kind === 3) o += 2;
        else if (kind === 4) { o++; u(); }
      }
    } else if (id === 10) {
      for (let i = 0, n = u(); i < n; i++) {
        const sz = u();
        out.funcs.push({ index: out.imports + i, start: o, size: sz });
        o += sz;
      }
    } else if (id === 11) {
      for (let i = 0, n = u(); i < n; i++) {
        const flags = u();
        if (flags === 2) u();
        let addr = null;
        if (flags !== 1) {
          if (buf[o] === 0x41) { o++; addr = readSigned(); }
          while (buf[o] !== 0x0b) o++;
          o++;
        }
        const sz = u();
        out.data.push({ index: i, addr, start: o, size: sz });
        o += sz;
      }
    } else if (id === 0 && name === "name") {
      while (o < end) {
        const sub = buf[o++];
        const len = u();
        const se = o + len;
        if (sub === 1 || sub === 9) {
          const m = sub === 1 ? out.funcNames : out.dataNames;
          for (let i = 0, n = u(); i < n; i++) {
            const idx = u();
            const l = u();
            m.set(idx, buf.subarray(o, o + l).toString());
            o += l;
          }
        }
        o = se;
      }
    }
    o = end;
  }
  return out;

  function readSigned() {
    let n = 0, s = 0, x;
    do { x = buf[o++]; n += (x & 127) * 2 ** s; s += 7; } while (x & 128);
    if (x & 0x40) n -= 2 ** s;
    return n;
  }
}

// Our modules, as rows of the table: the first matching prefix wins.
const MODULES = [
  ["web::", "our web UI (pages, components)"],
  ["engine", "our engine (engine, facts, logic)"],
  ["facts", "our engine (engine, facts, logic)"],
  ["logic", "our engine (engine, facts, logic)"],
  ["rules", "our rules (rulebooks, indicators)"],
  ["incentives", "our incentives catalog"],
  ["forerunner", "our forerunner key areas and lists"],
  ["measures", "our measures"],
  ["profile", "our profile (fields, parse, validate)"],
  ["portfolio", "our portfolio"],
  ["report", "our report"],
  ["", "our other (share, text, date, …)"],
];
const ourModule = (path) => MODULES.find(([p]) => path.startsWith(p))[1];

const CRATES = [
  [/^core::fmt|^core::num::fmt|^<?f(32|64)$|::fmt$/, "core::fmt (formatting)"],
  [/^(core|std)::panic|^core::panicking|^std::panicking|^core::result::unwrap_failed|^core::option::expect_failed/, "panics (core/std)"],
  [/^(core|alloc|std|compiler_builtins|dlmalloc|hashbrown|str|char|slice|f32|f64|u\d+|i\d+|usize|isize|bool|T|\[|\(|&)/, "Rust std (core/alloc/std, other)"],
  [/^(yew|yew_macro|implicit_clone|tokise|prokio|slab|bincode|indexmap|equivalent|pin_project|futures|scoped_tls_hkt)/, "yew (with its runtime crates)"],
  [/^(gloo|gloo_\w+)/, "gloo"],
  [/^(wasm_bindgen|js_sys|web_sys|wasm_bindgen_futures|console_error_panic_hook)/, "wasm-bindgen, js-sys, web-sys"],
  [/^(serde_json|zmij|ryu|itoa)/, "serde_json (with its number formatting)"],
  [/^serde_path_to_error/, "serde_path_to_error"],
  [/^(serde|serde_core|serde_wasm_bindgen)/, "serde"],
  [/^rust_decimal/, "rust_decimal"],
  [/^(csv|csv_core|memchr)/, "csv"],
  [/^miniz_oxide|^adler/, "miniz_oxide"],
  [/^base64/, "base64"],
];
const crateRow = (path) => (CRATES.find(([re]) => re.test(path)) || [null, "other crates"])[1];

/** The path a function belongs to: `<T as Trait>::f` → T, `<T>::f` → T, `a::b::f` → a::b::f. */
function ownPath(name) {
  let s = name;
  while (s.startsWith("<")) {
    s = s.slice(1).replace(/^(&(mut )?|\*(const|mut) |dyn )+/, "");
    if (s.startsWith("[") || s.startsWith("(")) {
      // A slice or tuple: the trait's crate says more.
      const as = s.indexOf(" as ");
      return as >= 0 ? s.slice(as + 4) : s.slice(1);
    }
  }
  return s;
}

export function codeCategory(raw) {
  const name = raw.replace(/\[[0-9a-f]{16}\]/g, "");
  if (!/[A-Za-z_]/.test(name) || /^(__wbg|__wbindgen|__externref|__rust|wasm-bindgen|<?_ZN|__)/.test(name)) return "wasm-bindgen glue, allocator shims";
  const own = ownPath(name);
  const ours = name.match(/sme_calc::([A-Za-z0-9_:]+)/);
  const serdeish = /^(serde|serde_core|serde_json|serde_path_to_error)::/.test(own) || / as (serde|serde_core)::(de|ser)::/.test(name);
  if (ours && serdeish) return "serde code for our types (derives, instantiations)";
  if (own.startsWith("sme_calc::")) return ourModule(own.slice(10));
  if (own.startsWith("sme_calc_web::")) return ourModule("web::");
  if (ours && /^(yew|gloo\w*|wasm_bindgen\w*|js_sys|web_sys|implicit_clone)::/.test(own)) return "our web UI inlined in Yew generics (component views)";
  if (ours) return ourModule(ours[1]);
  return crateRow(own);
}

/** String literals of Rust source text, unescaped (normal and raw strings). */
function rustLiterals(text) {
  const out = [];
  const re = /r(#*)"([\s\S]*?)"\1|"((?:[^"\\]|\\[\s\S])*)"/g;
  for (const m of text.matchAll(re)) {
    if (m[2] !== undefined) { out.push(m[2]); continue; }
    out.push(m[3].replace(/\\(u\{([0-9a-fA-F]+)\}|x([0-9a-fA-F]{2})|n|t|r|0|\\|"|'|\n\s*)/g, (_, e, u, x) =>
      u ? String.fromCodePoint(parseInt(u, 16)) : x ? String.fromCharCode(parseInt(x, 16))
        : e === "n" ? "\n" : e === "t" ? "\t" : e === "r" ? "\r" : e === "0" ? "\0" : e.startsWith("\n") ? "" : e));
  }
  return out;
}

function walk(dir, ext, out = []) {
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) walk(p, ext, out);
    else if (p.endsWith(ext)) out.push(p);
  }
  return out;
}

/** Literal sets, in order of precedence: generated data, examples, our source by module. */
export function literalSources(root, outDir) {
  // Catalogs build.rs once generated as Rust statics (older builds); today
  // they travel in the fetched data asset and none is embedded.
  const sets = [
    ["data: forerunner key areas and lists", [join(outDir, "forerunner.rs")]],
    ["data: measures (data/measures.toml)", [join(outDir, "measures.rs")]],
  ].map(([label, files]) => [label, files.filter(existsSync).flatMap((f) => rustLiterals(readFileSync(f, "utf8")))]);
  sets.push(["data: built-in examples (JSON)", walk(join(root, "examples"), ".json").map((f) => readFileSync(f, "utf8"))]);
  const bySrc = new Map();
  for (const f of walk(join(root, "src"), ".rs")) {
    const rel = relative(join(root, "src"), f).replace(/\.rs$/, "").replace(/\/mod$/, "").replace(/\//g, "::");
    const label = "strings: " + ourModule(rel).replace(/^our /, "");
    bySrc.set(label, [...(bySrc.get(label) || []), ...rustLiterals(readFileSync(f, "utf8"))]);
  }
  sets.push(...bySrc);
  const out = sets.map(([label, lits]) => ({ label, exact: new Set(lits), joined: lits.join("\u0000"), blobs: [] }));
  // What build.rs embeds as postcard: the incentive vocabulary
  // (vocabulary.bin; older builds embedded the whole catalog, catalog.bin).
  for (const [file, label] of [["vocabulary.bin", "data: incentive vocabulary (embedded postcard)"], ["catalog.bin", "data: incentives catalog (data/incentives)"]]) {
    if (existsSync(join(outDir, file))) out.unshift({ label, exact: new Set(), joined: "", blobs: [readFileSync(join(outDir, file))] });
  }
  return out;
}

/** `5rules8miit20226annex2…` (v0 identifiers, length-prefixed) → `rules::miit2022::annex2…`. */
function v0Path(s) {
  const parts = [];
  for (let m; (m = s.match(/^_?(\d+)_?/)); ) {
    const n = Number(m[1]);
    parts.push(s.slice(m[0].length, m[0].length + n));
    s = s.slice(m[0].length + n);
  }
  return parts.join("::");
}

const isText = (b) => {
  if (b.length < 2) return false;
  const s = b.toString("utf8");
  if (s.includes("\uFFFD")) return false;
  let printable = 0;
  for (const ch of s) if (ch >= " " || ch === "\n" || ch === "\t") printable++;
  return printable / [...s].length > 0.95;
};

export function dataCategories(buf, w, sources) {
  const cat = new Map();
  const segs = w.data.filter((d) => d.size > 0);
  for (const d of segs) {
    const b = buf.subarray(d.start, d.start + d.size);
    const name = w.dataNames.get(d.index) || "";
    const at = name.indexOf("8sme_calc");
    if (at >= 0 && !name.includes("Lanon") && !name.includes("L__unnamed")) {
      cat.set(d, "tables: " + ourModule(v0Path(name.slice(at + 9))).replace(/^our /, ""));
      continue;
    }
    const lib = name.match(/Cs[0-9A-Za-z]+_(\d+[a-z_][a-z0-9_]*.*)$/);
    if (lib && !name.includes("Lanon")) {
      cat.set(d, "tables: " + crateRow(v0Path(lib[1])));
      continue;
    }
    const blob = b.length >= 16 && sources.find((x) => x.blobs?.some((whole) => whole.includes(b)));
    if (blob) {
      cat.set(d, blob.label);
      continue;
    }
    if (!isText(b)) continue;
    const s = b.toString("utf8").replace(/\0+$/, "");
    if (/(^|\/)(src|library)\/.*\.rs$/.test(s) || s.startsWith("/rustc/") || s.includes("/.cargo/registry/")) {
      cat.set(d, "panic locations (source file names)");
      continue;
    }
    let found = sources.find((x) => x.exact.has(s));
    if (!found && s.length >= 6) found = sources.find((x) => x.joined.includes(s));
    cat.set(d, found ? found.label : "strings of libraries and std (messages)");
  }
  // Tables (arrays of structs, panic Locations): follow the addresses they hold.
  const starts = new Map(segs.filter((d) => d.addr !== null).map((d) => [d.addr, d]));
  for (let pass = 0; pass < 4; pass++) {
    for (const d of segs) {
      if (cat.has(d) || d.size < 4) continue;
      const votes = new Map();
      for (let i = 0; i + 4 <= d.size; i += 4) {
        const t = starts.get(buf.readUInt32LE(d.start + i));
        const c = t && cat.get(t);
        if (c) votes.set(c, (votes.get(c) || 0) + t.size);
      }
      if (!votes.size) continue;
      let [best] = [...votes].sort((a, b) => b[1] - a[1])[0];
      if (best.startsWith("panic locations")) best = "panic locations (Location structs)";
      cat.set(d, best);
    }
  }
  for (const d of segs) if (!cat.has(d)) cat.set(d, "other constants (vtables, std tables, small values)");
  return cat;
}

/** A label of the table: strings and tables of a module of ours or of a crate fold into its row. */
function rowOf(label) {
  const rows = new Set([...MODULES.map(([, l]) => l), ...CRATES.map(([, l]) => l)]);
  const k = label.replace(/^(tables|strings): /, "");
  if (rows.has("our " + k)) return "our " + k;
  return k;
}

/**
 * The breakdown: rows { label, code, data, gzip }, raw bytes of code and
 * data, and gzip = what the gzipped code and data would lose without the
 * part (the whole gzipped, minus it gzipped without the part: parts
 * compress together, so this is the saving removing it would bring).
 */
export function breakdown(analysisWasm, outDir, root) {
  const buf = readFileSync(analysisWasm);
  const w = parseWasm(buf);
  const items = w.funcs.map((f) => ({ row: rowOf(codeCategory(w.funcNames.get(f.index) || "")), kind: "code", bytes: buf.subarray(f.start, f.start + f.size) }));
  for (const [d, c] of dataCategories(buf, w, literalSources(root, outDir))) {
    items.push({ row: rowOf(c), kind: "data", bytes: buf.subarray(d.start, d.start + d.size) });
  }
  const gz = (parts) => gzipSync(Buffer.concat(parts), { level: 9 }).length;
  const whole = gz(items.map((i) => i.bytes));
  const rows = new Map();
  for (const it of items) {
    const r = rows.get(it.row) || { label: it.row, code: 0, data: 0 };
    r[it.kind] += it.bytes.length;
    rows.set(it.row, r);
  }
  for (const r of rows.values()) {
    r.gzip = r.code + r.data >= 1024 ? whole - gz(items.filter((i) => i.row !== r.label).map((i) => i.bytes)) : 0;
  }
  const section = (id) => w.sections.filter((s) => s.id === id).reduce((a, s) => a + s.size, 0);
  return { rows: [...rows.values()].sort((a, b) => b.gzip - a.gzip || b.code + b.data - (a.code + a.data)), whole, totals: { code: section(10), data: section(11), segments: w.data.length } };
}

const kb = (n) => (n / 1024).toFixed(1);

/** A compact markdown table of the breakdown, largest gzip saving first. */
export function breakdownTable(b, shipped) {
  const lines = [];
  const sum = (k) => b.rows.reduce((a, r) => a + r[k], 0);
  lines.push(`Code ${kb(sum("code"))} KB and data ${kb(sum("data"))} KB (${b.totals.segments} constants), ${kb(b.whole)} KB gzipped together` +
    (shipped ? `; the shipped wasm: code section ${kb(shipped.code)} KB, data section ${kb(shipped.data)} KB, ${kb(shipped.gzip)} KB gzipped` : "") + ".");
  lines.push("", "| part of the wasm | code KB | data KB | gzip KB saved without it |", "|---|---:|---:|---:|");
  const big = b.rows.filter((r) => r.code + r.data >= 1024);
  for (const r of big) lines.push(`| ${r.label} | ${r.code ? kb(r.code) : ""} | ${r.data ? kb(r.data) : ""} | ${kb(r.gzip)} |`);
  const small = b.rows.filter((r) => r.code + r.data < 1024);
  if (small.length) lines.push(`| ${small.length} parts under 1 KB each | ${kb(small.reduce((a, r) => a + r.code, 0))} | ${kb(small.reduce((a, r) => a + r.data, 0))} | |`);
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [wasm, outDir, shippedPath] = process.argv.slice(2);
  const b = breakdown(wasm, outDir, process.cwd());
  let shipped;
  if (shippedPath) {
    const sb = readFileSync(shippedPath);
    const sw = parseWasm(sb);
    const sec = (id) => sw.sections.filter((s) => s.id === id).reduce((a, s) => a + s.size, 0);
    shipped = { code: sec(10), data: sec(11), gzip: gzipSync(sb, { level: 9 }).length };
  }
  console.log(breakdownTable(b, shipped));
}
