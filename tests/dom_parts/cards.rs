//! Component tests of the tier card and its score bar: each verdict's word,
//! icon and data; the bar's accessible label. Included by `tests/dom.rs`
//! (one test binary), so the helpers there serve.

use super::*;

fn tier_of(json: &str, tier: &str) -> TierView {
    let profile: Profile = parse_profile(json).expect("a valid base profile");
    report_without_advice(&assess(&profile, GOLDEN_DATE))
        .tiers
        .get(tier)
        .cloned()
        .expect("tier in report")
}

/// A report whose tier `key` is `tier`: a card reads its tier from a report.
fn report_holding(tier: TierView, key: &'static str) -> Shared<Report> {
    let mut r = report_without_advice(&assess(&Profile::empty(), GOLDEN_DATE));
    r.tiers.insert(key, tier);
    Shared(std::rc::Rc::new(r))
}

/// Hosts one `TierCard` in a language context.
#[derive(Properties, PartialEq)]
struct CardHostProps {
    report: Shared<Report>,
    key: &'static str,
    lang: Lang,
}

#[function_component]
fn CardHost(p: &CardHostProps) -> Html {
    let ctx = LangContext {
        lang: p.lang,
        set: Callback::noop(),
    };
    html! {
        <ContextProvider<LangContext> context={ctx}>
            <TierCard tier={TierOf { report: p.report.clone(), key: p.key }}
                materials={TierOf { report: p.report.clone(), key: p.key }} />
        </ContextProvider<LangContext>>
    }
}

async fn mount_card(
    tier: TierView,
    key: &'static str,
    lang: Lang,
) -> (Element, yew::AppHandle<CardHost>) {
    let root = mount_point();
    let handle = yew::Renderer::<CardHost>::with_root_and_props(
        root.clone(),
        CardHostProps {
            report: report_holding(tier, key),
            key,
            lang,
        },
    )
    .render();
    settle().await;
    (root, handle)
}

#[wasm_bindgen_test]
async fn tier_card_shows_word_icon_and_data_for_each_verdict() {
    // Real verdicts from the engine: the strong base qualifies (95), the
    // annex1_low base does not (50, no direct condition), an empty profile
    // leaves everything undecided.
    let cases = [
        (
            tier_of(STRONG, "innovative"),
            "qualified",
            "true",
            "✔",
            "符合",
            "Qualifies",
            Some("95"),
        ),
        (
            tier_of(ANNEX1_LOW, "innovative"),
            "not_qualified",
            "false",
            "✘",
            "不符合",
            "Does not qualify",
            Some("50"),
        ),
        (
            report_without_advice(&assess(&Profile::empty(), GOLDEN_DATE)).tiers["innovative"]
                .clone(),
            "depends",
            "false",
            "?",
            "待定",
            "Depends",
            None,
        ),
    ];
    for (tier, verdict, qualified, icon, zh, en, expect_score) in cases {
        assert_eq!(tier.verdict, verdict, "fixture");
        for (lang, word) in [(Lang::Zh, zh), (Lang::En, en)] {
            let (root, handle) = mount_card(tier.clone(), "innovative", lang).await;
            let card = q(&root, "article.tier-card");
            assert_eq!(
                card.get_attribute("data-tier").as_deref(),
                Some("innovative")
            );
            assert_eq!(card.get_attribute("data-verdict").as_deref(), Some(verdict));
            assert_eq!(
                card.get_attribute("data-qualified").as_deref(),
                Some(qualified)
            );
            assert!(card
                .class_name()
                .split_whitespace()
                .any(|c| c == format!("verdict-{verdict}")));
            if let Some(s) = expect_score {
                assert_eq!(card.get_attribute("data-score").as_deref(), Some(s));
            }
            assert_eq!(
                card.get_attribute("data-score"),
                tier.score.map(|s| s.to_string())
            );
            let icon_el = q(&root, ".verdict .icon");
            assert_eq!(
                icon_el.text_content().as_deref(),
                Some(icon),
                "{verdict}: icon"
            );
            assert_eq!(
                icon_el.get_attribute("aria-hidden").as_deref(),
                Some("true"),
                "the icon is decoration"
            );
            assert_eq!(
                q(&root, ".verdict strong").text_content().as_deref(),
                Some(word),
                "{verdict}: word"
            );
            // The heading names the card for assistive tools.
            let h = q(&root, "h3");
            assert_eq!(card.get_attribute("aria-labelledby"), Some(h.id()));
            unmount(root, handle);
        }
    }
}

#[wasm_bindgen_test]
async fn score_bar_has_an_aria_label_with_the_score() {
    let root = mount_point();
    let handle = yew::Renderer::<ScoreBar>::with_root_and_props(
        root.clone(),
        sme_calc::web::components::score_bar::Props {
            min: 60,
            max_possible: 80,
            of: 100,
            bar: Some(60),
            label: AttrValue::from("60–80 / 100 分，及格线 60 分"),
            small: false,
        },
    )
    .render();
    settle().await;
    let svg = q(&root, "svg.score-bar");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(
        svg.get_attribute("aria-label").as_deref(),
        Some("60–80 / 100 分，及格线 60 分")
    );
    assert!(
        q_opt(&root, "rect.open").is_some(),
        "the open range is drawn"
    );
    assert_eq!(attr(&root, "rect.fill", "width").as_deref(), Some("60.00"));
    unmount(root, handle);

    // Inside a tier card the label carries the card's score and pass mark.
    let (root, handle) = mount_card(tier_of(STRONG, "innovative"), "innovative", Lang::Zh).await;
    let label = attr(&root, ".score svg.score-bar", "aria-label").unwrap();
    assert!(label.contains("95 / 100 分"), "{label}");
    assert!(label.contains("及格线 60"), "{label}");
    unmount(root, handle);
}
