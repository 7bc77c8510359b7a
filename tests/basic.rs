//! The chat without JavaScript (`/chat/basic`) in real headless Chromium with scripts
//! turned off: every step of every flow in every language, reached by pressing the page's
//! own buttons; quick exit erases the conversation and leaves; the main page's
//! `<noscript>` link leads here; a live chat is never opened from here.

mod common;

use std::collections::HashSet;

use common::chromium::{Driver, browser_without_javascript, cdp, driver, js, tap_and_load};
use fantoccini::Client;
use lotsa::content::Content;
use lotsa::flow::NodeId;
use lotsa::i18n::LangIdx;
use serde_json::json;

/// Walk sessions at once: one Chromium each, on a 2-core machine.
const WALKERS: usize = 2;

/// What the page shows now: its language, direction, last question and answer buttons.
struct Shown {
    lang: String,
    dir: String,
    question: String,
    answers: Vec<(String, String)>,
    commands: Vec<String>,
    first_focusable: String,
}

async fn shown(client: &Client) -> Shown {
    let v = js(
        client,
        "const q = [...document.querySelectorAll('.msg.bot')].pop();
         return [document.documentElement.lang, document.documentElement.dir, q ? q.textContent : '',
                 [...document.querySelectorAll('.choices button')].map(b => [b.value, b.textContent]),
                 [...document.querySelectorAll('#nav button')].map(b => b.value),
                 document.querySelector('a, button').id]",
    )
    .await;
    let s = |v: &serde_json::Value| v.as_str().unwrap().to_string();
    Shown {
        lang: s(&v[0]),
        dir: s(&v[1]),
        question: s(&v[2]),
        answers: v[3].as_array().unwrap().iter().map(|p| (s(&p[0]), s(&p[1]))).collect(),
        commands: v[4].as_array().unwrap().iter().map(s).collect(),
        first_focusable: s(&v[5]),
    }
}

/// Checks that the page shows `node` in `lang`: its question, each answer with its label
/// (never the live chat), quick exit first.
async fn assert_at(client: &Client, content: &Content, lang: LangIdx, node: NodeId, context: &str) {
    let n = content.flows.node(node);
    let page = shown(client).await;
    let code = content.locales.code(lang);
    assert_eq!(page.lang, code, "{context}");
    assert_eq!(page.dir, content.locales.dir(lang).as_str(), "{context}");
    assert_eq!(
        page.question,
        content.locales.format(lang, &n.ask, None),
        "{context}: question of {}",
        n.name
    );
    let want: Vec<(String, String)> = if node == content.flows.start {
        // The picker offers every language, each named in itself.
        content
            .locales
            .codes()
            .map(|c| {
                let l = content.locales.by_code(c).unwrap();
                (format!("lang.{c}"), content.locales.format(l, "language-name", None))
            })
            .collect()
    } else {
        n.choices
            .iter()
            .filter(|c| c.id != "handoff.yes")
            .map(|c| {
                // The picker names each language in itself.
                let label_lang =
                    c.id.strip_prefix("lang.")
                        .and_then(|l| content.locales.by_code(l))
                        .unwrap_or(lang);
                let label = content.locales.format(label_lang, &c.label, None);
                // In a right-to-left language each Swedish place name is isolated.
                let label = match content.locales.dir(label_lang) {
                    lotsa::i18n::Dir::Rtl => lotsa::i18n::bidi::isolate_ltr_runs(&label),
                    lotsa::i18n::Dir::Ltr => label,
                };
                (c.id.clone(), label)
            })
            .collect()
    };
    let mut got = page.answers.clone();
    let mut want_sorted = want.clone();
    got.sort();
    want_sorted.sort();
    assert_eq!(got, want_sorted, "{context}: answers of {}", n.name);
    assert_eq!(page.first_focusable, "exit", "{context}");
    if node != content.flows.start {
        assert!(
            page.commands.contains(&"nav.end".to_string()),
            "{context}: {:?}",
            page.commands
        );
    }
}

async fn press(driver: &Driver, client: &Client, id: &str) {
    tap_and_load(driver, client, &format!("button[name=\"choose\"][value=\"{id}\"]")).await;
}

/// Opens the simple page, chooses `lang` and follows `path` from the promise.
async fn replay(driver: &Driver, client: &Client, base: &str, code: &str, path: &[String]) {
    client.goto(&format!("{base}/chat/basic")).await.unwrap();
    press(driver, client, &format!("lang.{code}")).await;
    for id in path {
        press(driver, client, id).await;
    }
}

/// Visits every node reachable by answers from the promise, depth first. The browser goes
/// back up with `nav.back`, or replays the answers from the start when back leads
/// elsewhere.
async fn walk_language(
    driver: &Driver,
    client: &Client,
    base: &str,
    content: &Content,
    lang: LangIdx,
) -> HashSet<NodeId> {
    let code = content.locales.code(lang);
    let flows = &content.flows;
    let start = flows.node(flows.start).next.expect("the picker leads on");
    client.goto(&format!("{base}/chat/basic")).await.unwrap();
    assert_at(client, content, lang_of_picker(content), flows.start, "picker").await;
    press(driver, client, &format!("lang.{code}")).await;
    assert_at(client, content, lang, start, code).await;
    let mut seen = HashSet::from([start]);
    // Where the browser is: the answers from the promise that led there.
    let mut at: Vec<String> = Vec::new();
    let mut stack: Vec<Frame> = vec![(start, vec![], todo(content, start))];
    while let Some((node, path, rest)) = stack.last_mut() {
        let Some((id, next)) = rest.pop() else {
            stack.pop();
            continue;
        };
        if !seen.insert(next) {
            continue;
        }
        let (node, path) = (*node, path.clone());
        if at != path {
            back_to(driver, client, base, content, lang, node, &at, &path).await;
        }
        press(driver, client, &id).await;
        let context = format!("{code}: {} → {id}", flows.node(node).name);
        assert_at(client, content, lang, next, &context).await;
        at = path;
        at.push(id);
        stack.push((next, at.clone(), todo(content, next)));
    }
    seen
}

/// A step of the walk: the node, the answers that lead there, its answers still to try.
type Frame = (NodeId, Vec<String>, Vec<(String, NodeId)>);

/// The picker is shown in the browser's language: English for this Chromium.
fn lang_of_picker(content: &Content) -> LangIdx {
    content.locales.by_code("en").unwrap()
}

/// The answers of `node` worth pressing: not the live chat, not another language.
fn todo(content: &Content, node: NodeId) -> Vec<(String, NodeId)> {
    let flows = &content.flows;
    flows
        .node(node)
        .choices
        .iter()
        .filter(|c| c.id != "handoff.yes" && !c.id.starts_with("lang.") && !flows.in_case(c.next))
        .map(|c| (c.id.clone(), c.next))
        .rev()
        .collect()
}

/// From the step reached by `from` up to `node` (reached by `to`, a prefix of `from`):
/// `nav.back` once per step, checked, or a replay from the start.
#[allow(clippy::too_many_arguments)]
async fn back_to(
    driver: &Driver,
    client: &Client,
    base: &str,
    content: &Content,
    lang: LangIdx,
    node: NodeId,
    from: &[String],
    to: &[String],
) {
    let code = content.locales.code(lang);
    let want = content.locales.format(lang, &content.flows.node(node).ask, None);
    if from.starts_with(to) {
        for _ in to.len()..from.len() {
            if !shown(client).await.commands.contains(&"nav.back".to_string()) {
                break;
            }
            press(driver, client, "nav.back").await;
        }
        if shown(client).await.question == want {
            return;
        }
    }
    replay(driver, client, base, code, to).await;
    assert_at(client, content, lang, node, &format!("{code}: replayed")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_flow_in_every_language_without_javascript() {
    let content = std::sync::Arc::new(common::content());
    let app = common::spawn_app_on_own_port("").await;
    let base = format!("http://{}", app.addr);
    let codes: Vec<LangIdx> = content
        .locales
        .codes()
        .map(|c| content.locales.by_code(c).unwrap())
        .collect();
    // Every node but the live chat's own two, which need the full page, and the steps after
    // a mailbox step's `done`, which follow typing, not a button (tests/mailbox_basic.rs).
    let flows = &content.flows;
    let by_buttons = common::flows::paths(&content);
    let expected: HashSet<NodeId> = flows
        .ids()
        .filter(|&n| !flows.in_case(n) && n != flows.start && by_buttons.contains_key(&n))
        .collect();
    let mut walkers = Vec::new();
    for w in 0..WALKERS {
        let mine: Vec<LangIdx> = codes.iter().copied().skip(w).step_by(WALKERS).collect();
        let (content, base, expected) = (content.clone(), base.clone(), expected.clone());
        walkers.push(tokio::spawn(async move {
            let driver: Driver = driver().await;
            let client = browser_without_javascript(&driver, 390, 844).await;
            for lang in mine {
                let seen = walk_language(&driver, &client, &base, &content, lang).await;
                let missed: Vec<&str> = expected
                    .difference(&seen)
                    .map(|&n| content.flows.node(n).name.as_str())
                    .collect();
                assert!(
                    missed.is_empty(),
                    "{}: never reached {missed:?}",
                    content.locales.code(lang)
                );
            }
            client.close().await.unwrap();
        }));
    }
    for w in walkers {
        w.await.unwrap();
    }
}

/// Quick exit leaves for another site, so there is no page of this server to wait for.
async fn tap_exit(driver: &Driver, client: &Client) {
    let at = js(client, "const r = document.getElementById('exit').getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]").await;
    for kind in ["mousePressed", "mouseReleased"] {
        cdp(
            driver,
            client,
            "Input.dispatchMouseEvent",
            json!({"type": kind, "x": at[0], "y": at[1], "button": "left", "clickCount": 1}),
        )
        .await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quick_exit_erases_and_leaves_and_noscript_leads_here() {
    let app = common::spawn_app_on_own_port("exit_url = \"http://127.0.0.1:{port}/healthz\"").await;
    let base = format!("http://{}", app.addr);
    let driver = driver().await;
    let client = browser_without_javascript(&driver, 390, 844).await;

    // Scripts are really off: the main page shows its <noscript> link, which leads here.
    client.goto(&format!("{base}/")).await.unwrap();
    assert_eq!(
        js(&client, "return document.getElementById('log').children.length").await,
        json!(0),
        "chat.js did not run"
    );
    // The link is the page's main content: on the first screen, large, and no text box
    // or empty log that cannot work without script.
    let page = js(
        &client,
        "const a = document.querySelector('a[href=\"/chat/basic\"]').getBoundingClientRect(); \
         return [a.top < innerHeight / 2, a.height >= 44, getComputedStyle(document.getElementById('composer')).display, \
                 getComputedStyle(document.getElementById('log')).display]",
    )
    .await;
    assert_eq!(page, json!([true, true, "none", "none"]), "{page}");
    tap_and_load(&driver, &client, "a[href=\"/chat/basic\"]").await;
    assert_eq!(client.current_url().await.unwrap().path(), "/chat/basic");
    assert_eq!(
        js(&client, "return document.querySelector('.choices button') !== null").await,
        json!(true)
    );
    // Before any answer nothing is stored, and exit is a plain link.
    assert_eq!(
        js(&client, "return document.getElementById('exit').tagName").await,
        json!("A")
    );
    assert_eq!(app.store.as_ref().unwrap().len(), 0, "a GET stores nothing");

    press(&driver, &client, "lang.en").await;
    // The promise tells how to leave: here only by Exit, since Escape needs script.
    let content = common::content();
    let en = content.locales.by_code("en").unwrap();
    let leave = content
        .locales
        .format_attribute(en, "promise-exit", "basic", None)
        .unwrap();
    assert!(!leave.contains("Escape"), "{leave}");
    assert_eq!(
        js(
            &client,
            &format!(
                "return [...document.querySelectorAll('.msg')].some(m => m.textContent === {})",
                json!(leave)
            )
        )
        .await,
        json!(true)
    );
    press(&driver, &client, "promise.ok").await;
    assert_eq!(app.store.as_ref().unwrap().len(), 1);
    let token = js(&client, "return document.querySelector('input[name=token]').value").await;
    let token = token.as_str().unwrap().to_string();
    assert!(
        !client.current_url().await.unwrap().as_str().contains(&token),
        "the token is never in the address"
    );
    // A live chat is not offered; the region's contacts are, with the reason.
    for id in ["nav.human", "region.syd"] {
        press(&driver, &client, id).await;
    }
    let page = shown(&client).await;
    assert!(
        page.answers.iter().all(|(id, _)| id != "handoff.yes"),
        "{:?}",
        page.answers
    );
    let live = content.locales.format(en, "ui-basic-live", None);
    assert_eq!(
        js(
            &client,
            &format!(
                "return [...document.querySelectorAll('.msg')].some(m => m.textContent === {})",
                json!(live)
            )
        )
        .await,
        json!(true)
    );
    let kv = app.kv.as_ref().unwrap();
    assert!(
        !kv.keys().iter().any(|k| k.contains(":case:")),
        "no case is opened from here: {:?}",
        kv.keys()
    );

    // Quick exit: erased, and the browser is on the exit site.
    tap_exit(&driver, &client).await;
    for _ in 0..50 {
        if client.current_url().await.unwrap().path() == "/healthz" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(client.current_url().await.unwrap().path(), "/healthz");
    assert!(app.token_is_gone(&token).await, "quick exit erased the conversation");
    client.close().await.unwrap();
}
