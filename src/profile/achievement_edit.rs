//! One edit of the achievements list, as one row of the form sends it.
//!
//! A row never holds (or clones) the whole list: it sends its index and
//! what changed, and the store applies that to the one row. Each keystroke
//! then costs the size of one row, not of the list, and a list at
//! [`MAX_ACHIEVEMENTS`] answers as fast as a list of one (issue 18 item 2).

use super::Achievement;
use crate::limits::{MAX_ACHIEVEMENTS, MAX_ACHIEVEMENT_COUNT};
use crate::text::Message;

/// What changed on one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowChange {
    /// A new kind: its attributes start unchosen (no value is invented),
    /// the count is kept.
    Kind(String),
    Count(u32),
    /// The standards counted form one series with the same first drafter.
    Series(bool),
    /// An attribute chosen, or cleared (`None`: 请选择 / 未填写).
    Attribute {
        name: String,
        value: Option<String>,
    },
    /// The row is deleted; the rows after it move up by one.
    Remove,
}

/// One edit of the list: a row added ("＋ 添加成果") or one row changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AchievementEdit {
    Add,
    Row { index: usize, change: RowChange },
}

/// Why an edit was not applied; the list is then unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// The list already holds [`MAX_ACHIEVEMENTS`] rows.
    Full,
    /// A count over [`MAX_ACHIEVEMENT_COUNT`].
    CountTooLarge,
    /// No row at that index (an edit from a row since removed).
    NoSuchRow,
}

impl AchievementEdit {
    /// Applies the edit to `list`, touching only the row it names (a
    /// removal moves the rows after it). Refused edits change nothing.
    pub fn apply(self, list: &mut Vec<Achievement>) -> Result<(), Refused> {
        let (index, change) = match self {
            AchievementEdit::Add => {
                if !can_add(list) {
                    return Err(Refused::Full);
                }
                // Nothing pre-chosen: the row reads 请选择 and counts for
                // nothing until the user says what it is.
                list.push(Achievement::blank());
                return Ok(());
            }
            AchievementEdit::Row { index, change } => (index, change),
        };
        if index >= list.len() {
            return Err(Refused::NoSuchRow);
        }
        let row = &mut list[index];
        match change {
            RowChange::Kind(kind) => {
                *row = Achievement {
                    kind,
                    count: row.count,
                    ..Achievement::default()
                }
            }
            RowChange::Count(n) if n > MAX_ACHIEVEMENT_COUNT => return Err(Refused::CountTooLarge),
            RowChange::Count(n) => row.count = n,
            RowChange::Series(on) => row.series = on,
            RowChange::Attribute { name, value: None } => {
                row.attributes.remove(&name);
            }
            RowChange::Attribute {
                name,
                value: Some(v),
            } => {
                if v.is_empty() {
                    row.attributes.remove(&name);
                } else {
                    row.attributes.insert(name, v);
                }
            }
            RowChange::Remove => {
                list.remove(index);
            }
        }
        Ok(())
    }
}

/// Whether "＋ 添加成果" may add a row: fewer than [`MAX_ACHIEVEMENTS`].
pub fn can_add(list: &[Achievement]) -> bool {
    list.len() < MAX_ACHIEVEMENTS
}

/// Shown beside the disabled "＋ 添加成果" once the list is full: the limit,
/// and what to do instead.
pub fn full_message() -> Message {
    Message::new(
        format!("已达上限：每个档案最多 {MAX_ACHIEVEMENTS} 项成果。同类成果请合并为一行并填写数量。"),
        format!("Limit reached: a profile holds at most {MAX_ACHIEVEMENTS} achievements. Put achievements of one kind on one row with a count."),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(n: usize) -> Vec<Achievement> {
        (0..n)
            .map(|i| Achievement::new("standard", &[("level", "national")], i as u32))
            .collect()
    }

    fn row(index: usize, change: RowChange) -> AchievementEdit {
        AchievementEdit::Row { index, change }
    }

    #[test]
    fn add_appends_a_blank_row_until_the_limit() {
        let mut list = rows(MAX_ACHIEVEMENTS - 1);
        assert_eq!(AchievementEdit::Add.apply(&mut list), Ok(()));
        assert_eq!(list.last(), Some(&Achievement::blank()));
        assert!(!can_add(&list));
        let before = list.clone();
        assert_eq!(AchievementEdit::Add.apply(&mut list), Err(Refused::Full));
        assert_eq!(list, before);
        assert!(full_message()
            .zh
            .contains(&format!("最多 {MAX_ACHIEVEMENTS} 项")));
        assert!(full_message().en.contains(&MAX_ACHIEVEMENTS.to_string()));
    }

    #[test]
    fn a_change_touches_only_its_row() {
        let mut list = rows(5);
        let before = list.clone();
        row(2, RowChange::Count(7)).apply(&mut list).unwrap();
        row(2, RowChange::Series(true)).apply(&mut list).unwrap();
        row(
            2,
            RowChange::Attribute {
                name: "role".into(),
                value: Some("lead".into()),
            },
        )
        .apply(&mut list)
        .unwrap();
        for (i, (a, b)) in list.iter().zip(&before).enumerate() {
            assert_eq!(a == b, i != 2, "row {i}");
        }
        let r = &list[2];
        assert_eq!(
            (r.count, r.series, r.attribute("role")),
            (7, true, Some("lead"))
        );
        assert_eq!(r.attribute("level"), Some("national"));
    }

    #[test]
    fn a_new_kind_keeps_the_count_and_clears_the_rest() {
        let mut list = rows(3);
        list[1].series = true;
        row(1, RowChange::Kind("forerunner".into()))
            .apply(&mut list)
            .unwrap();
        assert_eq!(
            list[1],
            Achievement {
                kind: "forerunner".into(),
                count: 1,
                ..Achievement::default()
            }
        );
    }

    #[test]
    fn clearing_an_attribute_removes_it() {
        for value in [None, Some(String::new())] {
            let mut list = rows(2);
            row(
                0,
                RowChange::Attribute {
                    name: "level".into(),
                    value,
                },
            )
            .apply(&mut list)
            .unwrap();
            assert_eq!(list[0].attribute("level"), None);
            assert_eq!(list[1].attribute("level"), Some("national"));
        }
    }

    #[test]
    fn remove_moves_the_later_rows_up() {
        let mut list = rows(4);
        row(1, RowChange::Remove).apply(&mut list).unwrap();
        let counts: Vec<u32> = list.iter().map(|a| a.count).collect();
        assert_eq!(counts, [0, 2, 3]);
    }

    #[test]
    fn refused_edits_change_nothing() {
        let mut list = rows(3);
        let before = list.clone();
        assert_eq!(
            row(1, RowChange::Count(MAX_ACHIEVEMENT_COUNT + 1)).apply(&mut list),
            Err(Refused::CountTooLarge)
        );
        assert_eq!(
            row(3, RowChange::Remove).apply(&mut list),
            Err(Refused::NoSuchRow)
        );
        assert_eq!(
            row(9, RowChange::Kind("x".into())).apply(&mut list),
            Err(Refused::NoSuchRow)
        );
        assert_eq!(list, before);
        row(1, RowChange::Count(MAX_ACHIEVEMENT_COUNT))
            .apply(&mut list)
            .unwrap();
        assert_eq!(list[1].count, MAX_ACHIEVEMENT_COUNT);
    }
}
