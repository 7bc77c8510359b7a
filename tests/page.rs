//! The calm chat page in real headless Chromium: after ten steps only the current question
//! has buttons and the commands live in one navigation area; answered steps show their
//! question and answer; the header names the service and opens the privacy promise in
//! the page; the text box says that buttons answer. Screenshots at 390 and 1024 px in en
//! and ar are kept in `target/screenshots/`. A disguised page shows no word of what it
//! is. `embed.js` works on a page of another origin, and quick exit leaves that page.
//! axe-core finds no serious or critical violation.

mod common;

use std::path::PathBuf;

use axum::Router;
use axum::response::Html;
use axum::routing::get;
use common::chromium::{browser, click, click_choice, console_errors, driver, js, screenshot, until};
use fantoccini::{Client, Locator};
use serde_json::{Value, json};

/// Ten steps into a conversation in English: the language, the promise, safety, who is
/// writing, the self-check and five of its questions.
const TEN_STEPS: [&str; 10] = [
    "lang.en",
    "promise.ok",
    "safety.yes",
    "who.self",
    "check.start",
    "sign.no",
    "sign.yes",
    "sign.unsure",
    "sign.no",
    "sign.yes",
];

/// Waits until the page has answered the last press: an enabled answer or command.
async fn settled(client: &Client) {
    until(
        client,
        "const b = document.querySelector('#log .choices:not([hidden]) button:not([disabled]), #nav button:not([disabled])'); return b !== null",
    )
    .await;
}

fn visible_buttons(where_: &str) -> String {
    format!(
        "return [...document.querySelectorAll('{where_} button')].filter(b => b.offsetParent !== null).map(b => b.dataset.id || b.id)"
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_ten_steps_only_the_current_question_has_buttons() {
    let content = common::content();
    let en = content.locales.by_code("en").unwrap();
    let app = common::spawn_app_on_own_port("").await;
    let driver = driver().await;
    let client = browser(&driver, 390, 844, true).await;
    client.goto(&app.http("/")).await.unwrap();

    // The header names the service in the browser's language (English here).
    until(
        &client,
        "return document.querySelector('.choice[data-id=\"lang.en\"]') !== null",
    )
    .await;
    assert_eq!(
        js(
            &client,
            "return [document.title, document.getElementById('title').textContent]"
        )
        .await,
        json!([
            content.locales.format(en, "ui-title", None),
            content.locales.format(en, "ui-title", None)
        ])
    );
    for id in TEN_STEPS {
        click_choice(&client, id).await;
        settled(&client).await;
    }

    // The log's buttons are the current question's answers and nothing else.
    let log_buttons = js(&client, &visible_buttons("#log")).await;
    let last_ask = js(&client, "const q = [...document.querySelectorAll('.msg.bot[data-kind=ask]')].pop(); return [...q.nextElementSibling.querySelectorAll('button')].map(b => b.dataset.id)").await;
    assert_eq!(log_buttons, last_ask);
    assert_eq!(log_buttons, json!(["sign.yes", "sign.no", "sign.unsure", "check.stop"]));
    // The commands are in the one navigation area, labelled in the language.
    let nav = js(&client, &visible_buttons("#nav")).await;
    assert_eq!(
        nav,
        json!(["nav.back", "nav.menu", "nav.language", "nav.human", "nav.end"])
    );
    assert_eq!(
        js(
            &client,
            "return document.getElementById('nav').getAttribute('aria-label')"
        )
        .await,
        json!(content.locales.format(en, "ui-nav", None))
    );
    // Outside them: quick exit, and the privacy link. Send and Start again are hidden.
    let others = js(
        &client,
        "return [...document.querySelectorAll('button, summary')].filter(b => b.offsetParent !== null && !b.closest('#log, #nav')).map(b => b.id)",
    )
    .await;
    assert_eq!(others, json!(["exit", "privacy-label"]));

    // Every answered step shows its question and, right after it, the answer chosen.
    let pairs = js(
        &client,
        "return [...document.querySelectorAll('.msg.bot[data-kind=ask]')].slice(0, -1).map(q => {
           const a = q.nextElementSibling; return [a.classList.contains('user'), a.textContent]; })",
    )
    .await;
    let pairs = pairs.as_array().unwrap();
    assert_eq!(pairs.len(), TEN_STEPS.len(), "{pairs:?}");
    assert_eq!(pairs[1], json!([true, content.locales.format(en, "promise-ok", None)]));
    assert!(pairs.iter().all(|p| p[0] == json!(true)), "{pairs:?}");

    // Focus is on the new question, so it is read before its answers.
    assert_eq!(
        js(
            &client,
            "return document.activeElement === [...document.querySelectorAll('.msg.bot[data-kind=ask]')].pop()"
        )
        .await,
        json!(true)
    );
    // The text box says that the buttons answer, and takes no typing.
    assert_eq!(
        js(
            &client,
            "const t = document.getElementById('text'); return [t.readOnly, t.placeholder]"
        )
        .await,
        json!([true, content.locales.format(en, "ui-hint", None)])
    );
    // The privacy promise opens in the page.
    click(&client, "#privacy-label").await;
    assert_eq!(
        js(&client, "return [location.pathname, document.getElementById('privacy').open, document.getElementById('privacy-text').offsetHeight > 0]").await,
        json!(["/", true, true])
    );
    assert_eq!(
        js(&client, "return document.getElementById('privacy-text').textContent").await,
        json!(content.locales.format(en, "ui-privacy-text", None))
    );
    let errors: Vec<Value> = console_errors(&driver, &client).await;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    client.close().await.unwrap();
}

/// The page as a person sees it, for a human to look at: en and ar, phone and desktop,
/// mid-conversation and with the privacy promise open. The checks are the layout's: no
/// sideways scrolling, 44 px targets, and the header in the page's language.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn screenshots_in_en_and_ar_at_390_and_1024() {
    let content = common::content();
    let app = common::spawn_app_on_own_port("").await;
    let driver = driver().await;
    for (width, height, phone) in [(390, 844, true), (1024, 768, false)] {
        let client = browser(&driver, width, height, phone).await;
        for code in ["en", "ar"] {
            let lang = content.locales.by_code(code).unwrap();
            client.goto(&app.http(&format!("/?lang={code}"))).await.unwrap();
            // Cleared once this page has resumed the last conversation, or it could
            // store that token again after the clear and the next load would resume it.
            settled(&client).await;
            js(&client, "sessionStorage.clear(); return true").await;
            client.goto(&app.http(&format!("/?lang={code}"))).await.unwrap();
            for id in ["promise.ok", "safety.yes", "who.self"] {
                click_choice(&client, id).await;
                settled(&client).await;
            }
            let title = content.locales.format(lang, "ui-title", None);
            until(
                &client,
                &format!(
                    "return document.getElementById('title').textContent === {}",
                    json!(title)
                ),
            )
            .await;
            let dir = js(&client, "return document.documentElement.dir").await;
            assert_eq!(dir, json!(content.locales.dir(lang).as_str()));
            let fits = js(
                &client,
                "return document.documentElement.scrollWidth <= innerWidth &&
                   [...document.querySelectorAll('button')].filter(b => b.offsetParent !== null).every(b => b.getBoundingClientRect().height >= 44)",
            )
            .await;
            assert_eq!(fits, json!(true), "{code} at {width} px");
            screenshot(&client, &format!("page-{code}-{width}.png")).await;
            click(&client, "#privacy-label").await;
            screenshot(&client, &format!("page-{code}-{width}-privacy.png")).await;
        }
        client.close().await.unwrap();
    }
}

/// Words that would give the service away; none may be in a disguised page's title,
/// heading or icon, in any language.
fn giveaway_words(content: &lotsa::content::Content) -> Vec<String> {
    let mut words: Vec<String> = [
        "help", "chat", "support", "anonym", "lotsa", "traffick", "victim", "rights",
    ]
    .iter()
    .map(|w| w.to_string())
    .collect();
    for code in content.locales.codes() {
        let lang = content.locales.by_code(code).unwrap();
        words.extend(
            content
                .locales
                .format(lang, "ui-title", None)
                .split_whitespace()
                .filter(|w| w.chars().count() > 2)
                .map(str::to_lowercase),
        );
    }
    words
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_disguised_page_says_nothing_of_its_purpose() {
    let content = common::content();
    let app = common::spawn_app_on_own_port("[disguise]\ntitle = \"Notes\"\nicon = \"notes\"\npath = \"/notes\"").await;
    // Only the configured path serves the page.
    assert_eq!(reqwest::get(app.http("/")).await.unwrap().status(), 404);
    let driver = driver().await;
    let client = browser(&driver, 390, 844, true).await;
    for code in ["en", "ar", "sv"] {
        js(&client, "try { sessionStorage.clear() } catch {} return true").await;
        client.goto(&app.http(&format!("/notes?lang={code}"))).await.unwrap();
        click_choice(&client, "promise.ok").await;
        settled(&client).await;
        let shown = js(
            &client,
            "return [document.title, document.getElementById('title').textContent, document.querySelector('link[rel=icon]').href, document.documentElement.lang]",
        )
        .await;
        assert_eq!(shown[0], json!("Notes"), "{code}");
        assert_eq!(shown[1], json!("Notes"), "{code}");
        assert_eq!(shown[3], json!(code), "the chat itself is in the language");
        let icon_url = shown[2].as_str().unwrap().to_string();
        let icon = reqwest::get(&icon_url).await.unwrap().text().await.unwrap();
        assert!(icon.starts_with("<svg") && !icon.contains("<text"), "{icon}");
        let visible = format!("{} {} {icon_url} {icon}", shown[0], shown[1]).to_lowercase();
        for word in giveaway_words(&content) {
            assert!(
                !visible.contains(&word),
                "{code}: `{word}` gives the page away: {visible}"
            );
        }
    }
    client.close().await.unwrap();
}

/// An organisation's page on another origin (`localhost` against the chat's `127.0.0.1`)
/// with the one script line, served from `listener`.
fn serve_host_page(listener: tokio::net::TcpListener, host: &str, chat: &str) {
    let html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\"><title>An organisation</title></head>\
         <body><h1>An organisation</h1><p>Our work.</p>\
         <script src=\"{chat}/embed.js\" data-label=\"Chat with us\" data-lang=\"en\" data-exit=\"{host}/left\" defer></script>\
         </body></html>"
    );
    let router = Router::new().route("/", get(move || async move { Html(html) })).route(
        "/left",
        get(|| async {
            Html("<!doctype html><html lang=\"en\"><link rel=\"icon\" href=\"data:,\"><title>Left</title>left</html>")
        }),
    );
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn embed_script_works_on_another_origin_and_exit_leaves_it() {
    // The host's origin goes into the chat's frame-ancestors, so it is bound first.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let host = format!("http://localhost:{}", listener.local_addr().unwrap().port());
    let app = common::spawn_app_on_own_port(&format!("frame_ancestors = \"{host}\"\nexit_url = \"{host}/left\"")).await;
    serve_host_page(listener, &host, &format!("http://{}", app.addr));
    let driver = driver().await;
    let client = browser(&driver, 1024, 768, false).await;
    client.goto(&format!("{host}/")).await.unwrap();

    // One launcher button, which opens the chat in an iframe.
    let launcher = client
        .wait()
        .for_element(Locator::XPath("//button[text()='Chat with us']"))
        .await
        .expect("the launcher is on the host page");
    launcher.click().await.unwrap();
    let frame = client
        .wait()
        .for_element(Locator::Css("iframe"))
        .await
        .expect("the chat's iframe");
    assert_eq!(launcher.attr("aria-expanded").await.unwrap().as_deref(), Some("true"));
    frame.enter_frame().await.unwrap();
    click_choice(&client, "promise.ok").await;
    settled(&client).await;
    assert_eq!(js(&client, "return document.documentElement.lang").await, json!("en"));
    let token = js(&client, "return sessionStorage.getItem('lotsa.token')").await;

    // Quick exit inside the chat leaves the host page too, and erases the conversation.
    click(&client, "#exit").await;
    client.enter_parent_frame().await.unwrap();
    // Generous: five Chromiums share two cores while this binary's tests run.
    for _ in 0..300 {
        if client.current_url().await.unwrap().path() == "/left" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let url = client.current_url().await.unwrap();
    let host_page = js(
        &client,
        "return [document.title, document.querySelectorAll('iframe').length]",
    )
    .await;
    assert_eq!(
        (url.host_str(), url.path()),
        (Some("localhost"), "/left"),
        "host page now: {host_page}"
    );
    let token = token.as_str().expect("a token in the iframe's sessionStorage");
    for _ in 0..50 {
        if app.token_is_gone(token).await {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(app.token_is_gone(token).await, "the beacon ended the conversation");
    let errors: Vec<Value> = console_errors(&driver, &client).await;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    client.close().await.unwrap();
}

/// axe-core, from npm (scripts/test.sh installs it into target/npm).
fn axe_source() -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/npm/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; scripts/test.sh installs axe-core with npm", path.display()))
}

async fn serious_violations(client: &Client, axe: &str) -> Vec<Value> {
    let script = format!(
        "const done = arguments[arguments.length - 1];
         {axe}
         axe.run(document, {{ resultTypes: ['violations'] }}).then(r => done(
           r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
             .map(v => ({{ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target) }}))
         ), e => done([{{ id: 'axe failed', impact: String(e) }}]));"
    );
    let v = client.execute_async(&script, vec![]).await.expect("axe runs");
    v.as_array().cloned().unwrap_or_else(|| panic!("axe answered {v}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn axe_finds_no_serious_violation() {
    let axe = axe_source();
    let app = common::spawn_app_on_own_port("").await;
    let driver = driver().await;
    let client = browser(&driver, 390, 844, true).await;
    let mut checked = 0;
    for code in ["en", "ar"] {
        js(&client, "try { sessionStorage.clear() } catch {} return true").await;
        client.goto(&app.http(&format!("/?lang={code}"))).await.unwrap();
        click_choice(&client, "promise.ok").await;
        settled(&client).await;
        let found = serious_violations(&client, &axe).await;
        assert!(found.is_empty(), "chat page, {code}: {found:#?}");
        click(&client, "#privacy-label").await;
        let found = serious_violations(&client, &axe).await;
        assert!(found.is_empty(), "privacy promise open, {code}: {found:#?}");
        client.goto(&app.http("/chat/basic")).await.unwrap();
        let found = serious_violations(&client, &axe).await;
        assert!(found.is_empty(), "version without JavaScript, {code}: {found:#?}");
        checked += 3;
    }
    assert_eq!(checked, 6);
    client.close().await.unwrap();
}
