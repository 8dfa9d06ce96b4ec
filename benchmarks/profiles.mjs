// Inputs for the browser benchmark: a profile with every field of the form
// filled (docs/spec/profile-format.md, every `name=` control of the page)
// and as many achievement rows as asked, and a portfolio CSV of N rows.
// Deterministic: the same call gives the same bytes.

// The base achievement kinds and their attribute values
// (data/achievement_kinds.toml, and those local catalogs add: pilot, type, level).
const KINDS = [
  { kind: "standard", level: ["international", "national", "industry", "provincial_local", "municipal_local", "regional", "group", "enterprise"], role: ["lead", "participate"], action: ["draft", "revise"], pilot: ["group_standard_pilot"] },
  { kind: "forerunner", level: ["national", "provincial", "municipal"] },
  { kind: "tc_secretariat", scope: ["international", "national", "provincial", "municipal"], body: ["tc", "sc", "wg"] },
  { kind: "standardization_pilot", level: ["national", "provincial", "municipal"], type: ["national_rule", "regional_multi_department", "other"] },
  { kind: "good_behavior", grade: ["AAAAA", "AAAA", "AAA"] },
  { kind: "standard_innovation_award", grade: ["first", "second", "third", "organization"], level: ["national", "provincial"] },
];

/** Row i of the achievements list: the kinds in turn, their attributes varied. */
function achievement(i) {
  const spec = KINDS[i % KINDS.length];
  const round = Math.floor(i / KINDS.length);
  const a = { kind: spec.kind };
  let k = round;
  for (const [key, values] of Object.entries(spec)) {
    if (key === "kind") continue;
    a[key] = values[k % values.length];
    k = Math.floor(k / values.length) + round;
  }
  a.count = 1 + (i % 3);
  return a;
}

const years = (y1, y2, y3) => ({ y1: String(y1), y2: String(y2), y3: String(y3) });

/** Every field of sme-profile/1 set, in 临沂 (its local catalog is one of the largest), and `n` achievements. */
export function fullProfile(n, name = `满表企业（${n} 项成果）`) {
  return {
    format: "sme-profile/1",
    company: {
      name, province: "山东省", city: "临沂市", district: "兰山区", industry: "industry",
      employees: 200, rd_employees: 60, sci_tech_staff: 70, years_in_niche: 6,
    },
    financials: {
      operating_revenue: years(10000, 9000, 8000),
      main_business_revenue: years(9500, 8500, 7500),
      rd_expense: years(700, 630, 560),
      net_profit: years(1200, 1000, 900),
      total_assets: years(10000, 9500, 9000),
      total_liabilities: years(4000, 3900, 3800),
      cost_expense_total: years(8500, 7800, 7000),
      equity_financing_2y: "500",
      equity_financing_3y: "800",
    },
    ip: {
      class1: 5, class1_self_developed: 4, class1_high_value: 1, class1_transferred_in: 1,
      class2: 10, class1_applied_to_main_product: 3,
    },
    qualifications: {
      strategic_emerging_industry: true, chain_gap_filling: true, six_basics_or_key_chain: true,
      digital_level: 3,
      quality: { provincial_quality_award: true, quality_system_cert: true, own_brand: true, standard_setting: true },
      rd_institution: "provincial",
      local_distinctive_score: 12,
      sci_tech_award: { level: "provincial", rank: 2 },
      honors: ["high_tech_enterprise", "tech_innovation_demo", "ip_advantage", "ip_demo"],
      maker_china: "top500",
      market_share_pct: "12",
      core_business_info_system: true, management_system_cert: true, key_field: true,
      platform_quality_score: { year: 2024, score: "62" },
      niche_share_leading: true, niche_top3_domestic: true, key_chain_2026: true, led_major_standard_5y: true,
      titles: { innovative_until: "2026-12-31", tech_sme_until: "2026-12-31", srdi_until: "2027-06-30" },
    },
    compliance: {
      registered_independent_legal_person: true, abnormal_or_dishonest_listed: false,
      prohibited_products: false, major_incident_3y: false,
    },
    achievements: Array.from({ length: n }, (_, i) => achievement(i)),
  };
}

/** A portfolio CSV of `rows` companies in the template's columns, pseudo-random figures. */
export function portfolioCsv(rows) {
  const header = "企业名称,省份,城市,所属行业,职工总数,研发人员,从事特定细分市场年限,营业收入总额（上年度）,营业收入总额（上上年度）,主营业务收入（上年度）,主营业务收入（上上年度）,主营业务收入（前年度）,研发费用总额（上年度）,研发费用总额（上上年度）,净利润（上年度）,资产总额（上年度）,负债总额（上年度）,Ⅰ类知识产权（与主导产品相关）,Ⅱ类知识产权";
  const lines = [header];
  let x = 12345;
  const rnd = (n) => ((x = (x * 1103515245 + 12345) % 2147483648), x % n);
  for (let i = 0; i < rows; i++) {
    const rev = 1000 + rnd(20000);
    const emp = 20 + rnd(400);
    lines.push([`企业${i}`, "山东省", "临沂市", "工业", emp, Math.floor((emp * rnd(40)) / 100), rnd(12), rev, Math.floor(rev * 0.9),
      Math.floor(rev * 0.8), Math.floor(rev * 0.72), Math.floor(rev * 0.65), Math.floor((rev * rnd(9)) / 100), Math.floor((rev * rnd(9)) / 100),
      Math.floor((rev * rnd(12)) / 100), rev + rnd(9000), Math.floor((rev * rnd(60)) / 100), rnd(6), rnd(20)].join(","));
  }
  return lines.join("\n");
}
