//! Why the total is what it is, in words: which policies of the region did
//! not count and why, which must be checked, where a sum is a range.
//! Shown beside the total on the page and in print (`incentives.notes`).

use super::catalog::Origin;
use super::result::{Incentives, Note, NoteKind};
use super::status::Status;

pub(super) fn notes(inc: &Incentives) -> Vec<Note> {
    let mut out = Vec::new();
    for pr in &inc.policies {
        let p = &pr.file.policy;
        let note = |kind, zh: String, en: String| Note {
            kind,
            policy: Some(p.id.clone()),
            zh,
            en,
        };
        let name_zh = format!("{}《{}》", p.region_name(), p.title_zh);
        let name_en = format!("“{}”", p.title_en);
        let counted_items = inc
            .items
            .iter()
            .any(|i| i.counted() && std::ptr::eq(i.file, pr.file));
        if !pr.status.counts() {
            if p.has_amounts {
                out.push(note(
                    NoteKind::NotInForce,
                    format!("{name_zh}{}，未计入合计。", pr.status.words_zh()),
                    format!(
                        "{name_en} is {}: not counted in the total.",
                        pr.status.words_en()
                    ),
                ));
            }
            continue;
        }
        if p.has_amounts && !p.amounts_recorded {
            let doc = p
                .source
                .document
                .as_deref()
                .map(|d| format!("（{d}）"))
                .unwrap_or_default();
            out.push(note(
                NoteKind::AmountsNotRecorded,
                format!("{name_zh}{doc}现行有效，但本工具尚未收录其金额，未计入合计；请查阅原文，或导入政策包补充。"),
                format!("{name_en} applies, but its amounts are not recorded here, so it is not in the total; read the text, or import a policy pack."),
            ));
        }
        if !counted_items {
            continue;
        }
        if let Status::NoEndDate { .. } = pr.status {
            out.push(note(
                NoteKind::NoEndDate,
                format!("{name_zh}{}。", pr.status.words_zh()),
                format!("{name_en}: {}.", pr.status.words_en()),
            ));
        }
        if let Origin::Pack { title } = &pr.file.origin {
            out.push(note(
                NoteKind::Imported,
                format!("合计含用户导入的政策{name_zh}（政策包“{title}”），请自行核对其来源。"),
                format!("The total includes {name_en}, imported by the user (pack “{title}”): check its source."),
            ));
        }
    }
    let graded = inc
        .items
        .iter()
        .any(|i| i.counted() && !i.fixed && i.min_wan > rust_decimal::Decimal::ZERO);
    if graded {
        let (lo, hi) = (inc.total_min_wan.normalize(), inc.total_wan.normalize());
        out.push(Note {
            kind: NoteKind::Graded,
            policy: None,
            zh: format!("部分金额经评审择优分档确定，合计为 {lo}–{hi} 万元，不取某一档。"),
            en: format!("Some amounts are graded on review: the total is {lo}–{hi} 万元, not any one grade."),
        });
    }
    out
}
