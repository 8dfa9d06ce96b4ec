//! Two to four profiles or scenarios side by side, for the page and the
//! printed client pack: every input with a value in any of them (those
//! that differ marked), each tier's verdict and score, the local
//! incentives, and each one's next steps.

use crate::date::Date;
use crate::engine::advice::advise;
use crate::engine::{assess_with, Verdict};
use crate::incentives::incentives;
use crate::incentives::view::IncentivesView;
use crate::portfolio::cell_of;
use crate::profile::fields::{all_fields, Field, HONOR_LABELS};
use crate::profile::{Profile, Year};
use crate::rules::model::Rulebook;
use crate::text::{Message, Text};

/// At most this many columns.
pub const MAX_COLUMNS: usize = 4;

/// One input across the columns.
#[derive(Debug, Clone, PartialEq)]
pub struct InputRow {
    pub label: Text,
    /// The fiscal year of a yearly figure.
    pub year: Option<Year>,
    /// The calendar year that figure covers on the assessment date
    /// (`Year::calendar_year`).
    pub calendar_year: Option<i32>,
    /// The unit shown beside the values ("万元", "人").
    pub unit: Option<Text>,
    /// As a person writes it (choices and yes/no in Chinese words); empty
    /// when not filled in.
    pub values: Vec<String>,
    pub differs: bool,
}

/// One tier across the columns.
#[derive(Debug, Clone, PartialEq)]
pub struct TierRow {
    pub key: &'static str,
    pub name: Text,
    /// (verdict, score text "72" / "40–72" / "") per column; no
    /// verdict where the tier is not assessed.
    pub cells: Vec<(Option<Verdict>, String)>,
    pub differs: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SideBySide {
    pub names: Vec<String>,
    pub inputs: Vec<InputRow>,
    pub tiers: Vec<TierRow>,
    /// The local incentives total in words, per column.
    pub incentives: Vec<Message>,
    pub incentives_differ: bool,
    /// The next step for each tier not yet reached, per column.
    pub next_steps: Vec<Vec<Message>>,
}

fn year_of(f: &Field) -> Option<Year> {
    Year::ALL
        .into_iter()
        .find(|y| f.path.ends_with(&format!(".{}", y.key())))
}

fn differs(values: &[String]) -> bool {
    values.iter().any(|v| *v != values[0])
}

/// The honours and achievements of a profile in words.
fn honours_words(p: &Profile) -> String {
    match p.qualifications.honors.as_deref() {
        None => String::new(),
        Some([]) => "无".into(),
        Some(list) => list
            .iter()
            .filter_map(|h| HONOR_LABELS.iter().find(|(x, _)| x == h))
            .map(|(_, t)| t.zh)
            .collect::<Vec<_>>()
            .join("、"),
    }
}

fn achievements_words(p: &Profile) -> String {
    p.achievements
        .iter()
        .map(|a| {
            let h = crate::portfolio::achievement_header(a);
            let h = h
                .trim_start_matches(crate::portfolio::ACHIEVEMENT_PREFIX)
                .trim_end_matches(crate::portfolio::ACHIEVEMENT_SUFFIX);
            format!("{h} × {}", a.count)
        })
        .collect::<Vec<_>>()
        .join("；")
}

/// Every input with a value in any of the profiles, as a person writes
/// it, a yearly figure with the calendar year it covers on `date`; for one
/// profile, the input figures of the printed client pack.
pub fn input_rows(profiles: &[&Profile], date: Date) -> Vec<InputRow> {
    let mut inputs: Vec<InputRow> = all_fields()
        .filter_map(|f| {
            let values: Vec<String> = profiles.iter().map(|p| cell_of(f, p)).collect();
            let year = year_of(f);
            values.iter().any(|v| !v.is_empty()).then(|| InputRow {
                label: f.label,
                year,
                calendar_year: year.map(|y| y.calendar_year(date)),
                unit: f.unit,
                differs: differs(&values),
                values,
            })
        })
        .collect();
    for (label, words) in [
        (
            Text::new("有效期内的荣誉", "Honours held"),
            honours_words as fn(&Profile) -> String,
        ),
        (
            Text::new("标准化与质量成果", "Achievements"),
            achievements_words,
        ),
    ] {
        let values: Vec<String> = profiles.iter().map(|p| words(p)).collect();
        if values.iter().any(|v| !v.is_empty()) {
            inputs.push(InputRow {
                label,
                year: None,
                calendar_year: None,
                unit: None,
                differs: differs(&values),
                values,
            });
        }
    }
    inputs
}

impl InputRow {
    /// The row's heading: the label, and for a yearly figure the calendar
    /// year it covers ("研发费用总额（2025 年）").
    pub fn heading(&self) -> Message {
        match self.calendar_year {
            Some(cy) => Message::new(
                format!("{}（{cy} 年）", self.label.zh),
                format!("{} ({cy})", self.label.en),
            ),
            None => Message::new(self.label.zh, self.label.en),
        }
    }
}

/// The columns compared, each a name and a profile, on one date under one
/// rulebook. `with_advice` adds the next steps (the advice re-runs the
/// engine many times).
pub fn side_by_side(
    columns: &[(&str, &Profile)],
    date: Date,
    rulebook: &'static Rulebook,
    with_advice: bool,
) -> SideBySide {
    let columns = &columns[..columns.len().min(MAX_COLUMNS)];
    let profiles: Vec<&Profile> = columns.iter().map(|(_, p)| *p).collect();
    let inputs = input_rows(&profiles, date);
    let assessed: Vec<_> = columns
        .iter()
        .map(|(_, p)| assess_with(p, date, rulebook))
        .collect();
    let tiers = rulebook
        .tiers
        .iter()
        .map(|tier| {
            let cells: Vec<(Option<Verdict>, String)> = assessed
                .iter()
                .map(|a| match a.tier(tier.id) {
                    Some(t) => (
                        Some(Verdict::of(t.verdict)),
                        t.score
                            .as_ref()
                            .map(|s| {
                                crate::portfolio::score_text(Some(s.total.min), Some(s.total.max))
                            })
                            .unwrap_or_default(),
                    ),
                    None => (None, String::new()),
                })
                .collect();
            TierRow {
                key: tier.id.key(),
                name: tier.name,
                differs: cells.iter().any(|c| *c != cells[0]),
                cells,
            }
        })
        .collect();
    let incentives: Vec<Message> = columns
        .iter()
        .map(|(_, p)| {
            let v = IncentivesView::from(&incentives(p, date));
            Message::new(v.total_zh(), v.total_en())
        })
        .collect();
    let next_steps = if with_advice {
        assessed
            .iter()
            .map(|a| {
                advise(a)
                    .into_iter()
                    .filter_map(|adv| {
                        let name = rulebook.tiers.iter().find(|t| t.id.key() == adv.tier)?.name;
                        if let Some(r) = adv.blocked_by.first() {
                            return Some(Message::new(
                                format!("{}：短期内无法达到：{}", name.zh, r.zh),
                                format!("{}: not within reach soon: {}", name.en, r.en),
                            ));
                        }
                        let c = adv
                            .flipping_change
                            .or_else(|| adv.changes.into_iter().next())?;
                        Some(Message::new(
                            format!("{}：{}", name.zh, c.zh),
                            format!("{}: {}", name.en, c.en),
                        ))
                    })
                    .collect()
            })
            .collect()
    } else {
        vec![]
    };
    SideBySide {
        names: columns.iter().map(|(n, _)| n.to_string()).collect(),
        incentives_differ: incentives.iter().any(|m| *m != incentives[0]),
        incentives,
        inputs,
        tiers,
        next_steps,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::rulebook_for;
    use rust_decimal::Decimal;

    fn example(name: &str) -> Profile {
        let text = std::fs::read_to_string(format!(
            "{}/examples/{name}.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        crate::parse_profile(&text).unwrap()
    }

    #[test]
    fn three_columns_mark_what_differs_and_nothing_else() {
        let base = example("edge-srdi");
        let mut plan = base.clone();
        plan.financials.rd_expense.y1 = Some(Decimal::from(400));
        let mut more = plan.clone();
        more.ip.class1 = Some(5);
        let date = Date::ymd(2024, 6, 30);
        let s = side_by_side(
            &[("今天", &base), ("方案一", &plan), ("方案二", &more)],
            date,
            rulebook_for(date),
            true,
        );
        assert_eq!(s.names, ["今天", "方案一", "方案二"]);
        let differing: Vec<&str> = s
            .inputs
            .iter()
            .filter(|r| r.differs)
            .map(|r| r.label.zh)
            .collect();
        assert_eq!(differing, ["研发费用总额", "Ⅰ类知识产权（与主导产品相关）"]);
        let rd = s
            .inputs
            .iter()
            .find(|r| r.label.zh == "研发费用总额" && r.year == Some(Year::Y1))
            .unwrap();
        assert_eq!(rd.values, ["120", "400", "400"]);
        // Choices in words, never codes.
        assert!(s
            .inputs
            .iter()
            .all(|r| r.values.iter().all(|v| v != "industry")));
        let srdi = s.tiers.iter().find(|t| t.key == "srdi").unwrap();
        assert!(srdi.differs);
        assert_eq!(srdi.cells[0].1, "60");
        assert_eq!(s.next_steps.len(), 3);
        // The same profile twice differs nowhere.
        let same = side_by_side(
            &[("a", &base), ("b", &base)],
            date,
            rulebook_for(date),
            false,
        );
        assert!(same.inputs.iter().all(|r| !r.differs));
        assert!(same.tiers.iter().all(|t| !t.differs) && !same.incentives_differ);
    }
}
