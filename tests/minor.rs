//! A child's informed consent (issue 24, item 1): a person who said they are under 18, or
//! came through the children's page, is told at the consent step that the support worker
//! may have to report to social services (orosanmälan), and why. An adult is not. Walked
//! over a real WebSocket in every language, and the flag survives the session store.

mod common;

use common::{last_ask, spawn_app};
use lotsa::dialogue::{Input, State, step};
use lotsa::session::{Record, codec};
use serde_json::Value;

/// The consent step's message for a minor, by id.
const MINOR: &str = "handoff-consent-minor";

/// Ways to the consent step, each with whether the person is treated as a minor.
const PATHS: [(&str, &[&str], bool); 4] = [
    (
        "who.child",
        &["promise.ok", "safety.yes", "who.child", "right.human", "region.syd"],
        true,
    ),
    (
        "menu.children",
        &[
            "promise.ok",
            "safety.yes",
            "who.info",
            "nav.menu",
            "menu.children",
            "right.human",
            "region.syd",
        ],
        true,
    ),
    (
        "rights.children",
        &[
            "promise.ok",
            "safety.yes",
            "who.info",
            "nav.menu",
            "menu.rights",
            "rights.children",
            "nav.human",
            "region.syd",
        ],
        true,
    ),
    (
        "adult",
        &["promise.ok", "safety.yes", "who.self", "nav.human", "region.syd"],
        false,
    ),
];

fn says(frames: &[Value]) -> Vec<&str> {
    frames
        .iter()
        .filter(|f| f["type"] == "say")
        .filter_map(|f| f["text"].as_str())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_childs_consent_names_the_duty_to_report_in_every_language() {
    let content = common::content();
    let app = spawn_app("[limits]\nmax_connections_per_address = 1000").await;
    for lang in content.locales.all() {
        let code = content.locales.code(lang);
        let minor_text = content.locales.format(lang, MINOR, None);
        // The duty is named by its Swedish word in every language, so the person can
        // recognise it when social services use it.
        assert!(
            minor_text.contains("orosanmälan") && minor_text.contains("18"),
            "{code}: {minor_text}"
        );
        let info_text = content.locales.format(lang, "handoff-consent-info", None);
        for (name, path, minor) in PATHS {
            let mut ws = app.ws().await;
            ws.start(Some(code)).await;
            let mut frames = Vec::new();
            for id in path {
                frames = ws.choose(id).await;
            }
            let ask = last_ask(&frames);
            assert_eq!(
                content.flows.node(content.flows.by_name("consent").unwrap()).ask,
                "handoff-consent-ask",
                "the consent step is the one walked to"
            );
            let texts = says(&frames);
            assert!(
                texts.contains(&info_text.as_str()),
                "{code} {name}: not at consent: {ask}"
            );
            assert_eq!(
                texts.contains(&minor_text.as_str()),
                minor,
                "{code} {name}: the duty to report shown {}, expected {minor}: {texts:?}",
                !minor
            );
            if minor {
                // After what they will see, before the question: so it is read first.
                let at = texts.iter().position(|t| *t == minor_text).unwrap();
                let info = texts.iter().position(|t| *t == info_text).unwrap();
                assert!(info < at, "{code} {name}: order {texts:?}");
            }
        }
    }
}

#[test]
fn the_minor_flag_survives_the_session_store_and_old_records_read_as_adult() {
    let content = common::content();
    let flows = &content.flows;
    let lang = content.locales.by_code("sv").unwrap();
    let (mut state, _) = step(
        flows,
        &content.locales,
        State::new(flows, lang),
        Input::Start { lang, chosen: true },
    );
    for id in ["promise.ok", "safety.yes", "who.child"] {
        (state, _) = step(flows, &content.locales, state, Input::Choose(id));
    }
    assert!(state.minor, "who.child marks a minor");
    let bytes = codec::encode(&content, &Record::new(state.clone()));
    let back = codec::decode(&content, &bytes).expect("decodes");
    assert!(back.state.minor);

    // A record written before the flag existed (flags byte 0 or 1) reads as an adult's.
    let mut old = bytes.clone();
    let flags_at = flags_offset(&old);
    old[flags_at] &= 1;
    let back = codec::decode(&content, &old).expect("an older record still decodes");
    assert!(!back.state.minor);
    assert_eq!(back.state.node, state.node);
}

/// Where the flags byte sits in a version-2 record: after the version, language, node,
/// history and region (see `src/session/codec.rs`).
fn flags_offset(bytes: &[u8]) -> usize {
    let mut at = 1;
    let skip = |at: &mut usize| {
        let len = bytes[*at] as usize;
        assert!(len < 0x80, "short names in this test");
        *at += 1 + len;
    };
    skip(&mut at); // language
    skip(&mut at); // node
    let count = bytes[at] as usize;
    at += 1;
    for _ in 0..count {
        skip(&mut at);
    }
    skip(&mut at); // region
    at
}
