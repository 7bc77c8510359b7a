//! The page in real headless Chromium (Debian's `chromium` and `chromium-driver`): it loads
//! without console errors or outside requests, a conversation clicks through to the rights
//! information, Arabic renders right to left, and quick exit replaces the history entry,
//! clears sessionStorage and ends the session. With Redis down, the page gives the
//! degraded answer and the same answer can be pressed again when Redis is back.

mod common;

use common::chromium::{browser, click_choice, console_errors, driver, js, until};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::{Client, Locator};
use serde_json::{Value, json};

async fn last_bot_text(client: &Client) -> String {
    js(
        client,
        "const m = document.querySelectorAll('.msg.bot'); return m.length ? m[m.length-1].textContent : ''",
    )
    .await
    .as_str()
    .unwrap()
    .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn page_works_in_headless_chromium() {
    let app = common::spawn_app_on_own_port("exit_url = \"http://127.0.0.1:{port}/healthz\"").await;
    let origin = format!("http://{}", app.addr);
    let driver = driver().await;
    let client = browser(&driver, 320, 640, true).await;

    // A page before the chat, so Back has somewhere to go.
    client.goto(&format!("{origin}/chat.css")).await.unwrap();
    client.goto(&format!("{origin}/")).await.unwrap();
    until(
        &client,
        "return document.querySelector('.choice[data-id=\"lang.en\"]') !== null",
    )
    .await;

    // Quick exit is the first thing in tab order.
    let first = js(
        &client,
        "const f = document.querySelector('button, a, input, [tabindex]'); return f && f.id",
    )
    .await;
    assert_eq!(first, json!("exit"));

    // Click through to the rights information.
    for id in [
        "lang.en",
        "promise.ok",
        "safety.yes",
        "who.info",
        "menu.rights",
        "rights.reflection",
    ] {
        click_choice(&client, id).await;
    }
    until(
        &client,
        "return [...document.querySelectorAll('.msg.bot')].some(m => m.textContent.includes('30 days'))",
    )
    .await;
    let token = js(&client, "return sessionStorage.getItem('lotsa.token')").await;
    let token = token.as_str().expect("token in sessionStorage").to_string();
    assert_eq!(
        js(&client, "return localStorage.length + document.cookie.length").await,
        json!(0)
    );

    // Switch to Arabic at any time: the messages and the page turn right to left.
    click_choice(&client, "nav.language").await;
    click_choice(&client, "lang.ar").await;
    until(&client, "return document.documentElement.dir === 'rtl'").await;
    let dirs = js(&client, "const m = [...document.querySelectorAll('.msg.bot')]; const l = m[m.length-1]; return [l.dir, l.lang, document.documentElement.lang]").await;
    assert_eq!(dirs, json!(["rtl", "ar", "ar"]));
    assert!(
        last_bot_text(&client)
            .await
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "Arabic text shown"
    );

    // Nothing but this server was asked for anything, and the console is clean.
    let resources = js(
        &client,
        "return performance.getEntriesByType('resource').map(e => e.name)",
    )
    .await;
    for r in resources.as_array().unwrap() {
        assert!(r.as_str().unwrap().starts_with(&origin), "outside request: {r}");
    }
    let errors: Vec<Value> = console_errors(&driver, &client).await;
    assert!(errors.is_empty(), "console errors: {errors:#?}");

    if let Ok(dir) = std::env::var("LOTSA_SCREENSHOT_DIR") {
        let png = client.screenshot().await.unwrap();
        std::fs::write(std::path::Path::new(&dir).join("chat-ar-320.png"), png).unwrap();
    }

    // Quick exit: replace the page, clear storage, end the session.
    client.find(Locator::Css("#exit")).await.unwrap().click().await.unwrap();
    until(&client, "return location.pathname === '/healthz'").await;
    assert_eq!(js(&client, "return sessionStorage.length").await, json!(0));
    client.back().await.unwrap();
    let after_back = client.current_url().await.unwrap();
    assert_eq!(after_back.path(), "/chat.css", "Back must not return to the chat");

    let mut ws = app.ws().await;
    ws.send(json!({"type": "resume", "token": token})).await;
    let frames = ws.until_ask().await;
    assert_eq!(frames[0]["code"], "session_expired", "the beacon ended the session");

    // Escape exits too.
    client.goto(&format!("{origin}/?lang=sv")).await.unwrap();
    until(
        &client,
        "return document.querySelector('.choice[data-id=\"promise.ok\"]') !== null",
    )
    .await;
    client
        .find(Locator::Css("body"))
        .await
        .unwrap()
        .send_keys("\u{E00C}")
        .await
        .unwrap();
    until(&client, "return location.pathname === '/healthz'").await;
    assert_eq!(js(&client, "return sessionStorage.length").await, json!(0));

    // Shift three times exits too.
    client.goto(&format!("{origin}/?lang=en")).await.unwrap();
    until(
        &client,
        "return document.querySelector('.choice[data-id=\"promise.ok\"]') !== null",
    )
    .await;
    let mut keys = KeyActions::new("keyboard".into());
    for _ in 0..3 {
        keys = keys
            .then(KeyAction::Down { value: '\u{E008}' })
            .then(KeyAction::Up { value: '\u{E008}' });
    }
    client.perform_actions(keys).await.unwrap();
    until(&client, "return location.pathname === '/healthz'").await;

    client.close().await.unwrap();
}

/// Redis dies mid-conversation: the page shows the degraded answer (112 and contacts) and
/// lets the person press the same answer again, which works once Redis is back.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn page_survives_redis_going_down_and_coming_back() {
    let mut redis = common::redis::RedisServer::start().await;
    let app = common::spawn_app_with_redis(&redis.url(), "").await;
    let driver = driver().await;
    let client = browser(&driver, 320, 640, true).await;
    client.goto(&app.http("/?lang=en")).await.unwrap();
    click_choice(&client, "promise.ok").await;
    until(
        &client,
        "return document.querySelector('.choice[data-id=\"safety.yes\"]') !== null",
    )
    .await;

    redis.kill();
    click_choice(&client, "safety.yes").await;
    until(
        &client,
        "return [...document.querySelectorAll('.msg.error')].some(m => m.textContent.includes('112'))",
    )
    .await;
    assert!(
        last_bot_text(&client).await.contains("National Support"),
        "contacts shown"
    );
    assert_eq!(app.readyz().await, 503);

    redis.restart().await;
    app.wait_ready().await;
    // The same button is offered again and now goes on.
    click_choice(&client, "safety.yes").await;
    until(
        &client,
        "return document.querySelector('.choice[data-id=\"who.self\"]:not([disabled])') !== null",
    )
    .await;
    client.close().await.unwrap();
}

/// Numbers are tap-to-call: on the danger step a large "Call 112" comes first, 112 in the
/// text is a tel: link, and so are the configured contacts' numbers; in Arabic each link
/// is isolated left to right, so the number reads the same inside right-to-left text.
/// Numbers nobody configured (a date, a person's own text) stay plain text.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn numbers_are_tap_to_call_and_the_danger_step_offers_call_112() {
    let app = common::spawn_app("").await;
    let origin = format!("http://{}", app.addr);
    let driver = driver().await;
    let content = common::content();
    for (lang, width) in [("en", 390), ("ar", 390), ("sv", 1280)] {
        let client = browser(&driver, width, 844, true).await;
        client.goto(&format!("{origin}/?lang={lang}")).await.unwrap();
        // A link's language skips the picker.
        for id in ["promise.ok", "safety.no"] {
            click_choice(&client, id).await;
        }
        until(&client, "return document.querySelector('a.call') !== null").await;
        let call = js(
            &client,
            "const a = document.querySelector('a.call'), r = a.getBoundingClientRect(), q = a.nextElementSibling; \
             return [a.getAttribute('href'), a.textContent, r.height >= 48, r.width >= innerWidth * 0.6, \
                     q && q.dataset.kind, [...document.querySelectorAll('.msg.bot a.tel')].map(t => [t.getAttribute('href'), t.dir, t.parentElement.tagName])]",
        )
        .await;
        let l = content.locales.by_code(lang).unwrap();
        assert_eq!(call[0], json!("tel:112"), "{lang}: {call}");
        assert_eq!(
            call[1],
            json!(content.locales.format(l, "ui-call-112", None)),
            "{lang}: {call}"
        );
        assert_eq!(
            (&call[2], &call[3]),
            (&json!(true), &json!(true)),
            "{lang}: large: {call}"
        );
        assert_eq!(call[4], json!("ask"), "{lang}: right before the question: {call}");
        assert!(
            call[5].as_array().unwrap().contains(&json!(["tel:112", "ltr", "BDI"])),
            "{lang}: 112 in the text is an isolated link: {call}"
        );
        common::chromium::screenshot(&client, &format!("chat-danger-{lang}-{width}.png")).await;
        // The contacts: every configured number is a link, with its digits in the href.
        click_choice(&client, "danger.human").await;
        until(
            &client,
            "return document.querySelector('.choice[data-id=\"region.syd\"]') !== null",
        )
        .await;
        click_choice(&client, "region.syd").await;
        click_choice(&client, "handoff.contacts").await;
        until(&client, "return [...document.querySelectorAll('.msg.bot a.tel')].some(a => a.getAttribute('href') === 'tel:+46400000002')").await;
        let links = js(
            &client,
            "return [...document.querySelectorAll('.msg.bot a.tel')].map(a => a.textContent)",
        )
        .await;
        for number in ["+46 40 000 00 02", "+46 8 000 00 01", "112"] {
            assert!(
                links.as_array().unwrap().contains(&json!(number)),
                "{lang}: {number} in {links}"
            );
        }
        // Only those: no other digits in the bot's text became links.
        let stray = js(
            &client,
            "return [...document.querySelectorAll('.msg.bot a.tel')].filter(a => !/^tel:\\+?\\d+$/.test(a.getAttribute('href'))).length",
        )
        .await;
        assert_eq!(stray, json!(0));
        let errors = console_errors(&driver, &client).await;
        assert!(errors.is_empty(), "{lang}: console errors: {errors:#?}");
        client.close().await.unwrap();
    }
}

/// The quick-exit promise names the Escape key only where there is one (item 13): a phone
/// (touch, no fine pointer) is pointed to the Exit button alone, a desktop hears of both.
/// Each wording must be the locale's own `promise-exit` or its `.touch` variant.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn escape_is_offered_only_where_there_is_a_keyboard() {
    let app = common::spawn_app("").await;
    let origin = format!("http://{}", app.addr);
    let driver = driver().await;
    let content = common::content();
    for (lang, width, phone) in [
        ("en", 390, true),
        ("sv", 390, true),
        ("ar", 390, true),
        ("en", 1280, false),
        ("sv", 1280, false),
    ] {
        let client = browser(&driver, width, 844, phone).await;
        client.goto(&format!("{origin}/?lang={lang}")).await.unwrap();
        until(
            &client,
            "return document.querySelector('.choice[data-id=\"promise.ok\"]') !== null",
        )
        .await;
        let l = content.locales.by_code(lang).unwrap();
        let keyboard = content.locales.format(l, "promise-exit", None);
        let touch = content
            .locales
            .format_attribute(l, "promise-exit", "touch", None)
            .unwrap();
        assert_ne!(keyboard, touch, "{lang}: the two wordings differ");
        let texts = js(
            &client,
            "return [...document.querySelectorAll('.msg.bot')].map(m => m.textContent)",
        )
        .await;
        let texts: Vec<&str> = texts.as_array().unwrap().iter().map(|t| t.as_str().unwrap()).collect();
        let (want, not) = if phone {
            (&touch, &keyboard)
        } else {
            (&keyboard, &touch)
        };
        // The page strips Fluent's isolation marks from nothing, so compare without them.
        let plain = |s: &str| s.replace(['\u{2068}', '\u{2069}'], "");
        assert!(
            texts.iter().any(|t| plain(t) == plain(want)),
            "{lang} at {width}px (phone: {phone}): {want:?} in {texts:?}"
        );
        assert!(
            !texts.iter().any(|t| plain(t) == plain(not)),
            "{lang} at {width}px: {texts:?}"
        );
        if phone && lang == "en" {
            assert!(!texts.iter().any(|t| t.contains("Escape")), "{texts:?}");
        }
        common::chromium::screenshot(&client, &format!("promise-exit-{lang}-{width}.png")).await;
        client.close().await.unwrap();
    }
}
