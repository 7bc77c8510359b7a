//! Every flow, every language: each choice of each node is pressed over a real WebSocket,
//! and the answer must be exactly what the engine and renderer say for that step, in the
//! right language and direction. The steps that follow the mailbox's work (a message left,
//! a code opened) are reached by typing, not by a button: a second walk leaves, opens,
//! answers and deletes a real mailbox message in every language. Together the two fail if
//! any node is never reached.

mod common;

use std::collections::BTreeSet;
use std::sync::Arc;

use common::flows::{content_frames, expected, paths};
use common::{Ws, choice_ids, last_ask, spawn_app};
use fluent_bundle::FluentArgs;
use lotsa::dialogue::{self, Input};
use serde_json::json;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

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
    // The steps after a mailbox step's `done` are walked below, in
    // `the_mailbox_steps_in_every_language`: here every step a button leads to.
    let all_nodes: BTreeSet<String> = content
        .flows
        .ids()
        .filter(|id| !content.flows.in_case(*id) && paths.contains_key(id))
        .map(|id| content.flows.node(id).name.clone())
        .collect();
    assert!(
        content.flows.ids().any(|id| content.flows.node(id).done.is_some()),
        "the mailbox's steps are walked below"
    );
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

/// One input of a replayed conversation: a choice, or the channel's "the mailbox's work is
/// done" ([`Input::Done`]).
enum Step<'a> {
    Choose(&'a str),
    Done,
}

/// What the engine and renderer say after `steps`, from a conversation started in `lang`.
fn expected_after(
    content: &lotsa::content::Content,
    lang: lotsa::i18n::LangIdx,
    steps: &[Step],
) -> (String, Vec<Value>) {
    let (flows, locales) = (&content.flows, &content.locales);
    let state = dialogue::State::new(flows, lang);
    let (mut state, mut replies) = dialogue::step(flows, locales, state, Input::Start { lang, chosen: true });
    for s in steps {
        let input = match s {
            Step::Choose(id) => Input::Choose(id),
            Step::Done => Input::Done,
        };
        (state, replies) = dialogue::step(flows, locales, state, input);
    }
    let frames = lotsa::render::render(content, state.lang, &replies)
        .iter()
        .map(|r| serde_json::to_value(r).unwrap())
        .collect();
    (flows.node(state.node).name.clone(), frames)
}

/// A web chat connection that says it comes through a proxy for `address`: each
/// language's walker is its own requester for the mailbox's guessing limit.
async fn ws_from(app: &common::TestApp, address: &str) -> Ws {
    let mut request = app.ws_url().into_client_request().unwrap();
    request
        .headers_mut()
        .insert("x-forwarded-for", address.parse().unwrap());
    let (stream, _) = tokio_tungstenite::connect_async(request)
        .await
        .expect("websocket connects");
    Ws { stream }
}

/// The receipt frame: the code once, as four groups of four digits, and the warning words
/// in the person's language with that code and the days it is kept.
fn assert_receipt(
    content: &lotsa::content::Content,
    lang: lotsa::i18n::LangIdx,
    frame: &Value,
    context: &str,
) -> String {
    assert_eq!(frame["type"], "receipt", "{context}: {frame}");
    let code = frame["code"].as_str().expect("a code").to_string();
    common::mailbox::assert_code_shape(&code, context);
    let mut args = FluentArgs::new();
    args.set("code", code.clone());
    args.set("days", 14);
    assert_eq!(
        frame["text"].as_str(),
        Some(content.locales.format(lang, "mailbox-receipt", Some(&args)).as_str()),
        "{context}"
    );
    code
}

/// The steps a button cannot lead to, in every language over a real WebSocket: leave a
/// message (the receipt, then `done`), come back with its code (the message is waiting),
/// write the one reply, delete it all; then its code opens nothing. Every answer is what
/// the engine says after [`Input::Done`] or the choice, and together with the walk above
/// every node is reached.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_mailbox_steps_in_every_language() {
    let content = common::content();
    // Each language's walker comes "through a proxy" from its own address: one client may
    // try only a few codes (the guessing limit), and 18 walkers on 127.0.0.1 would be one.
    let app = spawn_app(&format!("{ONE_ADDRESS}\nclient_address = \"x-forwarded-for\"")).await;
    let paths = paths(&content);
    let flows = &content.flows;
    let write = flows
        .ids()
        .find(|id| flows.node(*id).name == "mailbox-write")
        .expect("mailbox-write");
    let to_write: Vec<String> = paths[&write].clone();
    let behind_done: BTreeSet<String> = flows
        .ids()
        .filter(|id| !flows.in_case(*id) && !paths.contains_key(id) && *id != flows.start)
        .map(|id| flows.node(id).name.clone())
        .collect();
    let en = content.locales.by_code("en").unwrap();

    let (content, app, to_write) = (Arc::new(content), Arc::new(app), Arc::new(to_write));
    let mut tasks = Vec::new();
    for (i, lang) in content.locales.all().enumerate() {
        let (content, app, to_write) = (content.clone(), app.clone(), to_write.clone());
        tasks.push(tokio::spawn(async move {
            let code = content.locales.code(lang).to_string();
            let dir = content.locales.dir(lang).as_str();
            let address = format!("10.0.{i}.1");
            let mut visited = BTreeSet::new();
            let mut check = |frames: &[Value], steps: &[Step], context: &str| {
                let (node, want) = expected_after(&content, lang, steps);
                assert_eq!(frames, want.as_slice(), "{code}: {context}");
                assert_localized(frames, &code, dir, context);
                if lang != en {
                    let (_, english) = expected_after(&content, en, steps);
                    assert_ne!(
                        last_ask(frames)["text"],
                        last_ask(&english)["text"],
                        "{code}: {context}: not translated"
                    );
                }
                visited.insert(node);
            };

            // Leave a message: the step asks for a message, the receipt comes once, then
            // the step after `done`.
            let mut ws = ws_from(&app, &address).await;
            ws.start(Some(&code)).await;
            let mut frames = Vec::new();
            for id in to_write.iter() {
                frames = ws.choose(id).await;
            }
            assert_eq!(last_ask(&frames)["input"], "message", "{code}: a text area");
            ws.send(json!({"type": "mailbox_leave", "text": "walk: a message for the team"}))
                .await;
            let frames = ws.until_ask().await;
            let receipt = assert_receipt(&content, lang, &frames[0], &code);
            let mut steps: Vec<Step> = to_write.iter().map(|id| Step::Choose(id)).collect();
            steps.push(Step::Done);
            check(&frames[1..], &steps, "left");

            // Come back with the code: nobody has answered yet; then the one reply.
            let mut ws = ws_from(&app, &address).await;
            ws.start(Some(&code)).await;
            let frames = ws.choose("start.code").await;
            assert_eq!(last_ask(&frames)["input"], "code", "{code}: a code field");
            ws.send(json!({"type": "mailbox_open", "code": receipt})).await;
            let frames = ws.until_ask().await;
            assert_eq!(frames[0]["type"], "mailbox", "{code}: {}", frames[0]);
            assert_eq!(frames[0]["state"], "waiting", "{code}");
            assert_eq!(
                frames[0]["text"].as_str(),
                Some(content.locales.format(lang, "mailbox-waiting", None).as_str())
            );
            check(&frames[1..], &[Step::Choose("start.code"), Step::Done], "opened");
            let frames = ws.choose("mailbox.reply").await;
            assert_eq!(last_ask(&frames)["input"], "message", "{code}: the reply's text area");
            check(
                &frames,
                &[Step::Choose("start.code"), Step::Done, Step::Choose("mailbox.reply")],
                "reply",
            );
            ws.send(json!({"type": "mailbox_leave", "text": "walk: the one reply"}))
                .await;
            let frames = ws.until_ask().await;
            let steps = [
                Step::Choose("start.code"),
                Step::Done,
                Step::Choose("mailbox.reply"),
                Step::Done,
            ];
            check(&frames, &steps, "replied");

            // Open it again and delete everything: after that its code opens nothing.
            let mut ws = ws_from(&app, &address).await;
            ws.start(Some(&code)).await;
            ws.choose("start.code").await;
            ws.send(json!({"type": "mailbox_open", "code": receipt})).await;
            ws.until_ask().await;
            let frames = ws.choose("mailbox.delete").await;
            check(
                &frames,
                &[Step::Choose("start.code"), Step::Done, Step::Choose("mailbox.delete")],
                "deleted",
            );
            ws.choose("nav.menu").await;
            ws.choose("start.code").await;
            ws.send(json!({"type": "mailbox_open", "code": receipt})).await;
            let f = ws.recv().await;
            assert_eq!(f["type"], "error", "{code}: {f}");
            assert_eq!(f["code"], "not_found", "{code}: {f}");
            visited
        }));
    }
    let mut visited = BTreeSet::new();
    for t in tasks {
        let seen = t.await.expect("the mailbox walk in one language");
        let missing: Vec<_> = behind_done.difference(&seen).collect();
        assert!(
            missing.is_empty(),
            "nodes after the mailbox's work never visited: {missing:?}"
        );
        visited.extend(seen);
    }
    assert!(!visited.is_empty());
}
