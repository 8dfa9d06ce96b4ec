// A profile document (the export's JSON) read as the form's fields, for the
// suites that fill the form by name (app-kit.mjs, cross-kit.mjs). No side
// effects on import: app-kit.mjs starts a browser when imported, and
// cross-kit.mjs must not.

/** The document's leaves as [dotted path, value], in document order. */
export function leaves(obj, prefix = "") {
  const out = [];
  for (const [k, v] of Object.entries(obj)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === "object" && !Array.isArray(v)) out.push(...leaves(v, path));
    else out.push([path, v]);
  }
  return out;
}
