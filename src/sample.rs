//! Deterministic synthetic profiles for benchmarks and load tests. The same
//! seed gives the same profiles on every machine and target (no floats, no
//! platform RNG), so native and wasm figures compare like with like.

use crate::profile::*;
use rust_decimal::Decimal;

/// A small xorshift generator: enough variety for load, fully reproducible.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + (self.next_u64() % u64::from(hi - lo + 1)) as u32
    }

    pub fn chance(&mut self, percent: u32) -> bool {
        self.range(0, 99) < percent
    }
}

/// One plausible company: revenue 500-50,000 万元, the rest in proportion.
pub fn profile(rng: &mut Rng, n: u32) -> Profile {
    let rev = rng.range(500, 50_000);
    let wan = |x: u32| Some(Decimal::from(x));
    let pct_of =
        |base: u32, pct: u32| Some(Decimal::from(base) * Decimal::from(pct) / Decimal::ONE_HUNDRED);
    let main_pct = rng.range(40, 100);
    let growth = rng.range(80, 130);
    let employees = rng.range(20, 900);
    let class1 = rng.range(0, 8);
    let mut p = Profile::empty();
    p.company = Company {
        name: Some(format!("样本企业{n:05}")),
        province: Some("山东省".into()),
        city: Some(["临沂市", "枣庄市", "威海市", "聊城市"][n as usize % 4].into()),
        industry: Some(Industry::ALL[rng.range(0, 15) as usize]),
        employees: Some(employees),
        rd_employees: Some(employees * rng.range(0, 40) / 100),
        years_in_niche: Some(rng.range(0, 15)),
        ..Company::default()
    };
    let rev2 = rev * 100 / growth;
    let rev3 = rev2 * 100 / growth;
    p.financials = Financials {
        operating_revenue: Years {
            y1: wan(rev),
            y2: wan(rev2),
            y3: wan(rev3),
        },
        main_business_revenue: Years {
            y1: pct_of(rev, main_pct),
            y2: pct_of(rev2, main_pct),
            y3: pct_of(rev3, main_pct),
        },
        rd_expense: Years {
            y1: pct_of(rev, rng.range(0, 12)),
            y2: pct_of(rev2, rng.range(0, 12)),
            y3: None,
        },
        net_profit: Years {
            y1: pct_of(rev, rng.range(0, 15)),
            ..Years::default()
        },
        total_assets: Years {
            y1: wan(rev + rng.range(100, 20_000)),
            ..Years::default()
        },
        total_liabilities: Years {
            y1: wan(rev * rng.range(10, 80) / 100),
            ..Years::default()
        },
        equity_financing_2y: wan(if rng.chance(10) {
            rng.range(0, 9000)
        } else {
            0
        }),
        equity_financing_3y: wan(if rng.chance(10) {
            rng.range(0, 9000)
        } else {
            0
        }),
        ..Financials::default()
    };
    p.ip = Ip {
        class1: Some(class1),
        class1_self_developed: Some(class1 / 2),
        class1_high_value: Some(if rng.chance(20) { class1.min(1) } else { 0 }),
        class2: Some(rng.range(0, 20)),
        class1_applied_to_main_product: Some(class1 / 2),
        ..Ip::default()
    };
    p.qualifications = Qualifications {
        strategic_emerging_industry: Some(rng.chance(40)),
        chain_gap_filling: Some(rng.chance(20)),
        six_basics_or_key_chain: Some(rng.chance(30)),
        digital_level: Some(rng.range(1, 4)),
        quality: Quality {
            provincial_quality_award: Some(rng.chance(10)),
            quality_system_cert: Some(rng.chance(70)),
            own_brand: Some(rng.chance(60)),
            standard_setting: Some(rng.chance(30)),
        },
        rd_institution: Some(
            [
                RdInstitution::None,
                RdInstitution::BelowMunicipal,
                RdInstitution::Municipal,
                RdInstitution::Provincial,
                RdInstitution::National,
            ][rng.range(0, 4) as usize],
        ),
        local_distinctive_score: Some(rng.range(0, 15)),
        sci_tech_award: Some(SciTechAward {
            level: AwardLevel::None,
            rank: None,
        }),
        honors: Some(if rng.chance(30) {
            vec![Honor::HighTechEnterprise]
        } else {
            vec![]
        }),
        maker_china: Some(MakerChina::None),
        market_share_pct: Some(Decimal::from(rng.range(0, 30))),
        core_business_info_system: Some(rng.chance(70)),
        management_system_cert: Some(rng.chance(60)),
        key_field: Some(rng.chance(40)),
        ..Qualifications::default()
    };
    p.compliance = Compliance {
        registered_independent_legal_person: Some(true),
        abnormal_or_dishonest_listed: Some(rng.chance(2)),
        prohibited_products: Some(false),
        major_incident_3y: Some(rng.chance(2)),
    };
    p
}

/// `n` profiles from a fixed seed.
pub fn profiles(n: u32) -> Vec<Profile> {
    let mut rng = Rng::new(0x5EED_2022);
    (0..n).map(|i| profile(&mut rng, i)).collect()
}
