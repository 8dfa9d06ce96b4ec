//! Reasoning with incomplete profiles: a yes/no/unknown truth value and an
//! interval of points. A field the user left out is never read as zero: it
//! makes the facts that depend on it [`Tri::Unknown`] and the points that
//! depend on it a range.

use serde::Serialize;

/// Three-valued (Kleene) truth: the answer when some inputs are unknown.
/// The discriminants follow the truth order No < Unknown < Yes, so "and"
/// is the smaller of two and "or" the larger: one compare and select, no
/// branch (the engine combines hundreds per keystroke). Serialized by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tri {
    Yes = 2,
    No = 0,
    Unknown = 1,
}

impl Tri {
    pub fn from_bool(b: bool) -> Tri {
        if b {
            Tri::Yes
        } else {
            Tri::No
        }
    }

    /// `Some(bool)` → Yes/No, `None` → Unknown.
    #[inline]
    pub fn from_option(b: Option<bool>) -> Tri {
        b.map_or(Tri::Unknown, Tri::from_bool)
    }

    /// Kleene "and": No if either is No, else Unknown if either is, else Yes.
    #[inline]
    pub fn and(self, other: Tri) -> Tri {
        if (other as u8) < (self as u8) {
            other
        } else {
            self
        }
    }

    /// Kleene "or": Yes if either is Yes, else Unknown if either is, else No.
    #[inline]
    pub fn or(self, other: Tri) -> Tri {
        if (other as u8) > (self as u8) {
            other
        } else {
            self
        }
    }

    #[inline]
    pub fn negate(self) -> Tri {
        match self {
            Tri::Yes => Tri::No,
            Tri::No => Tri::Yes,
            Tri::Unknown => Tri::Unknown,
        }
    }

    pub fn all(items: impl IntoIterator<Item = Tri>) -> Tri {
        items.into_iter().fold(Tri::Yes, Tri::and)
    }

    pub fn any(items: impl IntoIterator<Item = Tri>) -> Tri {
        items.into_iter().fold(Tri::No, Tri::or)
    }

    pub fn is_yes(self) -> bool {
        self == Tri::Yes
    }

    /// `Some(true/false)` when settled, `None` when unknown (JSON `null`).
    pub fn as_option(self) -> Option<bool> {
        match self {
            Tri::Yes => Some(true),
            Tri::No => Some(false),
            Tri::Unknown => None,
        }
    }
}

/// The points an indicator (or a sum of indicators) can have: exact when
/// `min == max`, a range when some input is unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Points {
    pub min: u32,
    pub max: u32,
}

impl Points {
    pub const ZERO: Points = Points { min: 0, max: 0 };

    pub fn exact(p: u32) -> Points {
        Points { min: p, max: p }
    }

    pub fn range(min: u32, max: u32) -> Points {
        debug_assert!(min <= max);
        Points { min, max }
    }

    pub fn is_exact(self) -> bool {
        self.min == self.max
    }

    /// The better of two alternatives (e.g. amount or ratio, 附件2 ind. 11).
    pub fn best(self, other: Points) -> Points {
        Points {
            min: self.min.max(other.min),
            max: self.max.max(other.max),
        }
    }

    pub fn cap(self, cap: u32) -> Points {
        Points {
            min: self.min.min(cap),
            max: self.max.min(cap),
        }
    }

    /// Is the total at least `bar`? Yes when even the minimum clears it.
    pub fn reaches(self, bar: u32) -> Tri {
        if self.min >= bar {
            Tri::Yes
        } else if self.max < bar {
            Tri::No
        } else {
            Tri::Unknown
        }
    }
}

impl std::ops::Add for Points {
    type Output = Points;
    fn add(self, o: Points) -> Points {
        Points {
            min: self.min + o.min,
            max: self.max + o.max,
        }
    }
}

impl std::iter::Sum for Points {
    fn sum<I: Iterator<Item = Points>>(iter: I) -> Points {
        iter.fold(Points::ZERO, |a, b| a + b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kleene_tables() {
        use Tri::*;
        assert_eq!(Yes.and(Unknown), Unknown);
        assert_eq!(No.and(Unknown), No);
        assert_eq!(Yes.or(Unknown), Yes);
        assert_eq!(No.or(Unknown), Unknown);
        assert_eq!(Tri::all([]), Yes);
        assert_eq!(Tri::any([]), No);
        assert_eq!(Unknown.negate(), Unknown);
        // Every pair, against the truth tables written out.
        let all = [Yes, No, Unknown];
        for a in all {
            for b in all {
                let and = match (a, b) {
                    (No, _) | (_, No) => No,
                    (Yes, Yes) => Yes,
                    _ => Unknown,
                };
                let or = match (a, b) {
                    (Yes, _) | (_, Yes) => Yes,
                    (No, No) => No,
                    _ => Unknown,
                };
                assert_eq!((a.and(b), a.or(b)), (and, or), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn points_reach() {
        assert_eq!(Points::range(55, 70).reaches(60), Tri::Unknown);
        assert_eq!(Points::exact(60).reaches(60), Tri::Yes);
        assert_eq!(Points::range(10, 59).reaches(60), Tri::No);
        assert_eq!(
            Points::range(3, 8).best(Points::exact(6)),
            Points::range(6, 8)
        );
    }
}
