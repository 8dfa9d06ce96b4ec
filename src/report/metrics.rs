//! The derived metrics of an assessment: those the vocabulary reports, under
//! their ids and in its order, as exact decimal strings (percent for
//! ratios), so that an export never contradicts a verdict ("2.9999", not
//! "3"); the page writes them with `fmt_decimal`.

use crate::facts::Facts;
use crate::rules::vocabulary::{Metric, Report};
use serde::ser::{Serialize, SerializeMap, Serializer};

#[derive(Debug, Clone, PartialEq)]
pub struct MetricsView(Vec<(Metric, Option<String>)>);

impl MetricsView {
    pub fn new(f: &Facts) -> Self {
        MetricsView(
            Metric::all()
                .filter(|m| m.def().report != Report::Hidden)
                .map(|m| (m, f.metric(m).map(|d| d.normalize().to_string())))
                .collect(),
        )
    }

    /// A reported metric's value, `None` when unknown or not reported.
    pub fn get(&self, m: Metric) -> Option<&str> {
        self.0.iter().find(|(x, _)| *x == m)?.1.as_deref()
    }

    /// Every reported metric with its value.
    pub fn iter(&self) -> impl Iterator<Item = (Metric, Option<&str>)> {
        self.0.iter().map(|(m, v)| (*m, v.as_deref()))
    }
}

/// `{"rd_ratio_y1": "5.33", …}`: `null` when unknown, or left out when the
/// vocabulary says the metric is listed only when known.
impl Serialize for MetricsView {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let shown =
            |(m, v): &&(Metric, Option<String>)| v.is_some() || m.def().report == Report::Always;
        let mut map = s.serialize_map(Some(self.0.iter().filter(shown).count()))?;
        for (m, v) in self.0.iter().filter(shown) {
            map.serialize_entry(m.def().key, v)?;
        }
        map.end()
    }
}
