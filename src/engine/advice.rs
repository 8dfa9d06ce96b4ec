//! Next-tier advice (placeholder until implemented).
use super::Assessment;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct TierAdvice {
    pub tier: &'static str,
}

pub fn advise(_a: &Assessment) -> Vec<TierAdvice> {
    vec![]
}
