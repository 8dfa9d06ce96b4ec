// Writes xlsx/warm-up.xlsx, the workbook the page's Excel reader carries
// to warm itself up (xlsx/src/bin/sme-excel-read.rs, `sample_xlsx`, read
// by src/web/pages/portfolio_warm.rs): on its first sheet 300 of the
// benchmark's rows in the template's columns (benchmarks/profiles.mjs,
// numbers as numbers); on a second sheet, which the reader never reads
// as rows, 1,000 distinct names, so that the shared-string table is as
// long as a real portfolio's begins to be (calamine reads it whole when
// it opens a workbook, in one loop that V8 recompiles only after a few
// thousand strings). Written by the build's own Excel writer, so it is
// read by the same code paths as a user's file. Run after a release
// build when the template's columns change:
//
//   trunk build --release && node scripts/warm-up-xlsx.mjs
import { writeFileSync } from "node:fs";
import { excelModule } from "./bench.mjs";
import { portfolioCsv } from "../benchmarks/profiles.mjs";

const { m } = await excelModule("dist");
const [header, ...rows] = portfolioCsv(300).split("\n").map((l) => l.split(","));
const numeric = header.map((_, i) => i).filter((i) => rows.every((r) => /^-?\d+(\.\d+)?$/.test(r[i])));
const names = Array.from({ length: 1_000 }, (_, i) => [`公司${i}`]);
const sheets = [
  { name: "企业", header, rows, numeric },
  { name: "名称", header: ["名称"], rows: names, numeric: [] },
];
const bytes = Buffer.from(m.write_xlsx(JSON.stringify({ sheets })));
writeFileSync("xlsx/warm-up.xlsx", bytes);
console.log(`xlsx/warm-up.xlsx: ${bytes.length} bytes`);
