//! Every flow, every language: each choice of each node is pressed over a real WebSocket,
//! and the answer must be exactly what the engine and renderer say for that step, in the
//! right language and direction. A coverage check fails if any node is never reached.

mod common;

use std::collections::BTreeSet;
use std::sync::Arc;

use common::flows::{content_frames, expected, paths};
use common::{choice_ids, last_ask, spawn_app};

/// Every walker here connects from 127.0.0.1, unlike real visitors: the per-address
/// limit (default 32, `tests/limits.rs`) is raised to the walkers' number.
const ONE_ADDRESS: &str = "[limits]\nmax_connections_per_address = 1000";
use serde_json::Value;

/// Independent of the engine: every message is in the requested language and direction,
/// non-empty, and not a raw message id.
fn assert_localized(frames: &[Value], code: &str, dir: &str, context: &str) {
    for f in frames.iter().filter(|f| f["type"] == "say" || f["type"] == "ask") {
        assert_eq!(f["lang"], code, "{context}: {f}");
        assert_eq!(f["dir"], dir, "{context}: {f}");
        let text = f["text"].as_str().unwrap();
        assert!(text.chars().count() > 3, "{context}: empty text {f}");
        assert!(
            !text.contains("{") && !text.contains("-ask"),
            "{context}: unformatted text {f}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_flow_in_every_language() {
    let content = common::content();
    let app = spawn_app(ONE_ADDRESS).await;
    let paths = paths(&content);
    let en = content.locales.by_code("en").expect("English exists");
    // The handoff's own nodes need a team on duty: tests/handoff.rs walks them in every
    // language; here, without teams, consenting leads on to contacts and the menu.
    let all_nodes: BTreeSet<String> = content
        .flows
        .ids()
        .filter(|id| !content.flows.in_case(*id))
        .map(|id| content.flows.node(id).name.clone())
        .collect();
    assert!(content.locales.len() >= 3, "sv, en and ar at least");

    // One task per language, all against the same server: the walks are independent.
    let (content, app, paths, all_nodes) = (Arc::new(content), Arc::new(app), Arc::new(paths), Arc::new(all_nodes));
    let mut tasks = Vec::new();
    for lang in content.locales.all() {
        let (content, app, paths, all_nodes) = (content.clone(), app.clone(), paths.clone(), all_nodes.clone());
        tasks.push(tokio::spawn(async move {
            let code = content.locales.code(lang).to_string();
            let dir = content.locales.dir(lang).as_str();
            let mut visited = BTreeSet::new();

            // The picker: offered with every language named in itself; choosing one goes on.
            let mut ws = app.ws().await;
            let frames = ws.start(None).await;
            let ask = last_ask(&frames);
            let offered: BTreeSet<String> = choice_ids(ask).into_iter().filter(|c| c.starts_with("lang.")).collect();
            let want: BTreeSet<String> = content.locales.codes().map(|c| format!("lang.{c}")).collect();
            assert_eq!(offered, want);
            visited.insert("language".to_string());
            let frames = content_frames(ws.choose(&format!("lang.{code}")).await);
            let (first, want) = expected(&content, lang, &[]);
            assert_eq!(frames, want, "picker → first step in {code}");
            visited.insert(content.flows.node(first.node).name.clone());
            assert_localized(&frames, &code, dir, "after picker");

            // Every choice of every node, each from a fresh conversation.
            for node_id in content
                .flows
                .ids()
                .filter(|id| paths.contains_key(id) && !content.flows.in_case(*id))
            {
                let node = content.flows.node(node_id);
                for choice in &node.choices {
                    let mut path = paths[&node_id].clone();
                    path.push(choice.id.clone());
                    let context = format!("{code}: {} → {}", node.name, path.join(" → "));
                    let mut ws = app.ws().await;
                    ws.start(Some(&code)).await;
                    let mut frames = Vec::new();
                    for id in &path {
                        let ask_before = frames.iter().rev().find(|f: &&Value| f["type"] == "ask").cloned();
                        if let Some(ask) = ask_before {
                            assert!(choice_ids(&ask).contains(id), "{context}: `{id}` not offered");
                        }
                        frames = content_frames(ws.choose(id).await);
                    }
                    let (state, want) = expected(&content, lang, &path);
                    assert_eq!(frames, want, "{context}");
                    assert_localized(&frames, &code, dir, &context);
                    assert!(!frames.iter().any(|f| f["type"] == "error"), "{context}: {frames:?}");
                    if lang != en {
                        let (_, english) = expected(&content, en, &path);
                        assert_ne!(
                            last_ask(&frames)["text"],
                            last_ask(&english)["text"],
                            "{context}: not translated"
                        );
                    }
                    visited.insert(content.flows.node(state.node).name.clone());
                }
            }
            let missing: Vec<_> = all_nodes.difference(&visited).collect();
            assert!(missing.is_empty(), "{code}: nodes never visited: {missing:?}");
        }));
    }
    for t in tasks {
        t.await.expect("the walk in one language");
    }
}

/// The main menu as the engine shows it in `lang`.
fn menu_text(content: &lotsa::content::Content, lang: lotsa::i18n::LangIdx) -> Vec<Value> {
    expected(
        content,
        lang,
        &["promise.ok".into(), "safety.yes".into(), "who.info".into()],
    )
    .1
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn global_commands_work_at_every_step() {
    let content = common::content();
    let app = spawn_app(ONE_ADDRESS).await;
    let paths = paths(&content);
    let (content, app, paths) = (Arc::new(content), Arc::new(app), Arc::new(paths));
    let mut tasks = Vec::new();
    for lang in content.locales.all() {
        let (content, app, paths) = (content.clone(), app.clone(), paths.clone());
        tasks.push(tokio::spawn(async move {
            let code = content.locales.code(lang).to_string();
            let other = content.locales.all().find(|l| *l != lang).unwrap();
            let other_code = content.locales.code(other).to_string();
            // At the handoff's nodes only "end" is offered (tests/handoff.rs).
            for (node_id, path) in paths.iter().filter(|(id, _)| !content.flows.in_case(**id)) {
                let node = content.flows.node(*node_id);
                let mut ws = app.ws().await;
                let mut here = content_frames(ws.start(Some(&code)).await);
                for id in path {
                    here = content_frames(ws.choose(id).await);
                }
                let here_ask = last_ask(&here).clone();
                let ids = choice_ids(&here_ask);
                for nav in ["nav.menu", "nav.language", "nav.human", "nav.end"] {
                    let offered = ids.iter().any(|i| i == nav);
                    let fixed = matches!((nav, node.name.as_str()), ("nav.menu", "menu") | ("nav.human", "human"));
                    assert!(offered || fixed, "{code}/{}: {nav} missing", node.name);
                }
                // Back returns to the previous step, when there is one.
                if !path.is_empty() {
                    let back = content_frames(ws.choose("nav.back").await);
                    let (_, before) = expected(&content, lang, &path[..path.len() - 1]);
                    assert_eq!(last_ask(&back), last_ask(&before), "{code}/{}: back", node.name);
                    for id in &path[path.len() - 1..] {
                        ws.choose(id).await;
                    }
                }
                // Changing language shows the picker, then the same step in the new language.
                let picker = content_frames(ws.choose("nav.language").await);
                assert!(choice_ids(last_ask(&picker)).contains(&format!("lang.{other_code}")));
                let switched = content_frames(ws.choose(&format!("lang.{other_code}")).await);
                let (_, want) = expected(&content, other, path);
                assert_eq!(
                    last_ask(&switched)["text"],
                    last_ask(&want)["text"],
                    "{code}/{}: language switch",
                    node.name
                );
                assert_eq!(last_ask(&switched)["lang"], other_code.as_str());
                ws.choose("nav.language").await;
                ws.choose(&format!("lang.{code}")).await;
                // Main menu.
                let menu = content_frames(ws.choose("nav.menu").await);
                assert_eq!(
                    last_ask(&menu),
                    last_ask(&menu_text(&content, lang)),
                    "{code}/{}: menu",
                    node.name
                );
                // Talk to a person leads to the region question.
                let human = content_frames(ws.choose("nav.human").await);
                let human_node = content.flows.node(content.flows.human);
                let region_ids: Vec<String> = human_node.choices.iter().map(|c| c.id.clone()).collect();
                assert!(region_ids.iter().all(|r| choice_ids(last_ask(&human)).contains(r)));
                // End erases: the answer says so and closes.
                let end = ws.choose("nav.end").await;
                assert_eq!(end.last().unwrap()["state"], "closed", "{code}/{}: end", node.name);
            }
        }));
    }
    for t in tasks {
        t.await.expect("the commands in one language");
    }
}

#[tokio::test]
async fn contacts_show_the_chosen_region_and_national_contacts() {
    let app = spawn_app(ONE_ADDRESS).await;
    let mut ws = app.ws().await;
    ws.start(Some("en")).await;
    ws.choose("nav.human").await;
    ws.choose("region.syd").await;
    let frames = ws.choose("handoff.contacts").await;
    let text: String = frames
        .iter()
        .filter_map(|f| f["text"].as_str())
        .collect::<Vec<_>>()
        .join("\n");
    for expected in [
        "Coordinator South",
        "+46 40 000 00 02",
        "Mon–Thu 08:00–16:00",
        "Fri 08:00–12:00",
        "https://example.org/shelter",
        "National Support",
        "112",
        "114 14",
    ] {
        assert!(text.contains(expected), "missing {expected} in {text}");
    }
    // A region without contacts of its own still shows the national ones.
    ws.choose("contacts.region").await;
    ws.choose("region.nord").await;
    let frames = ws.choose("handoff.contacts").await;
    let text: String = frames
        .iter()
        .filter_map(|f| f["text"].as_str())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        text.contains("National Support") && !text.contains("Coordinator South"),
        "{text}"
    );

    // Professionals get their line and the manual.
    ws.choose("nav.menu").await;
    let frames = ws.choose("menu.professional").await;
    let text: String = frames
        .iter()
        .filter_map(|f| f["text"].as_str())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        text.contains("+46 20 000 00 03") && text.contains("https://example.org/manual"),
        "{text}"
    );
}
