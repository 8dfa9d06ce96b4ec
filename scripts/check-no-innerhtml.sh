#!/usr/bin/env bash
# Fails (exit 1, listing the offending lines) if any Rust or JS source under
# src/, tests/ or scripts/ turns a string into HTML:
#   - sets innerHTML / outerHTML (assignment, `+=`, `el["innerHTML"] =`,
#     an object key `innerHTML:` as in Object.assign), or names them as a
#     string in Rust (js_sys::Reflect::set(&el, &"innerHTML".into(), …));
#   - calls insertAdjacentHTML / setHTMLUnsafe, or web-sys'
#     set_inner_html / set_outer_html / insert_adjacent_html;
#   - uses a raw-HTML escape hatch: Yew's Html::from_html_unchecked or VRaw,
#     dangerously_set_inner_html.
# The one thing allowed is clearing with an empty string literal:
# `set_inner_html("")` (src/web/mod.rs clears the loading message) or
# `el.innerHTML = ""`. Comment lines are not checked.
#
#   scripts/check-no-innerhtml.sh [dir…]   (default: src tests scripts)
#
# node_modules, target and dist are skipped wherever they are.
set -euo pipefail
cd "$(dirname "$0")/.."

dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=(src tests scripts)
existing=()
for d in "${dirs[@]}"; do [ -e "$d" ] && existing+=("$d"); done
[ ${#existing[@]} -gt 0 ] || { echo "check-no-innerhtml: none of ${dirs[*]} exists" >&2; exit 2; }

read -r -d '' SCAN <<'PERL' || true
use strict;
use warnings;
my $bad = 0;
for my $file (@ARGV) {
    open(my $fh, '<', $file) or die "check-no-innerhtml: cannot read $file: $!\n";
    my $rust = $file =~ /\.rs$/;
    my $n = 0;
    while (my $line = <$fh>) {
        $n++;
        next if $line =~ m{^\s*(?://|/\*|\*)};
        my $code = $line;
        # Allowed: clearing with an empty string literal.
        $code =~ s{\bset_inner_html\s*\(\s*""\s*\)}{}g;
        $code =~ s{\b(?:innerHTML|outerHTML)\s*=\s*(?:""|''|``)(?=\s*(?:;|,|\)|$))}{}g;
        my $hit =
               $code =~ m{\b(?:innerHTML|outerHTML)\b["'`]?\s*\]?\s*\+?=(?!=)}   # el.innerHTML = x, el["innerHTML"] += x
            || $code =~ m{\b(?:innerHTML|outerHTML)["'`]?\s*:}                   # Object.assign(el, { innerHTML: x })
            || $code =~ m{\b(?:insertAdjacentHTML|setHTMLUnsafe|set_inner_html|set_outer_html|insert_adjacent_html)\s*\(}
            || $code =~ m{\b(?:dangerously_set_inner_html|from_html_unchecked|VRaw)\b}
            || ($rust && $code =~ m{["'](?:innerHTML|outerHTML)["']});           # Reflect::set(&el, &"innerHTML".into(), …)
        if ($hit) {
            $bad++;
            chomp(my $shown = $line);
            $shown =~ s/^\s+//;
            print "$file:$n: $shown\n";
        }
    }
    close $fh;
}
exit($bad ? 1 : 0);
PERL

mapfile -d '' files < <(find "${existing[@]}" \( -name node_modules -o -name target -o -name dist \) -prune -o \
  -type f \( -name '*.rs' -o -name '*.js' -o -name '*.mjs' -o -name '*.cjs' -o -name '*.jsx' -o -name '*.ts' -o -name '*.tsx' \) -print0 | sort -z)

if [ ${#files[@]} -eq 0 ]; then
  echo "check-no-innerhtml: no Rust or JS source under ${existing[*]}"
  exit 0
fi

if out=$(perl -e "$SCAN" -- "${files[@]}"); then
  echo "check-no-innerhtml: ok (${#files[@]} files under ${existing[*]}; only set_inner_html(\"\") / innerHTML = \"\" allowed)"
else
  status=$?
  if [ -z "$out" ]; then exit "$status"; fi # perl itself failed
  echo "check-no-innerhtml: HTML set from a string (use Yew's html! or textContent instead):"
  printf '%s\n' "$out"
  exit 1
fi
