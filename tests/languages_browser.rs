//! Every language on the page, in real headless Chromium: the picker shows all of them on
//! one 390 px phone screen without scrolling, each named in itself; Arabic, Persian and
//! Dari render right to left; and switching language mid-conversation works from every
//! language. Screenshots go to `target/screenshots/`.

mod common;

use common::chromium::{browser, click_choice, console_errors, driver, js, screenshot, until};
use serde_json::{Value, json};

/// A 390 px wide phone's visible area with the browser's own bars shown.
const PHONE: (u32, u32) = (390, 664);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_picker_shows_every_language_on_one_390px_screen() {
    let content = common::content();
    let app = common::spawn_app_on_own_port("").await;
    let driver = driver().await;
    let client = browser(&driver, PHONE.0, PHONE.1, true).await;
    client.goto(&format!("http://{}/", app.addr)).await.unwrap();
    until(
        &client,
        "return document.querySelectorAll('.choice[data-id^=\"lang.\"]').length > 0",
    )
    .await;
    let buttons = js(
        &client,
        "return [...document.querySelectorAll('.choice[data-id^=\"lang.\"]')].map(b => {
             const r = b.getBoundingClientRect();
             return {id: b.dataset.id, text: b.textContent, lang: b.lang, dir: b.dir,
                     top: r.top, bottom: r.bottom, height: r.height, width: r.width};
         })",
    )
    .await;
    let buttons = buttons.as_array().unwrap();
    assert_eq!(buttons.len(), content.locales.len());
    assert!(buttons.len() >= 17);
    let (inner_height, scrolled) = {
        let v = js(&client, "return [window.innerHeight, window.scrollY]").await;
        (v[0].as_f64().unwrap(), v[1].as_f64().unwrap())
    };
    assert_eq!(scrolled, 0.0);
    for b in buttons {
        let code = b["id"].as_str().unwrap().strip_prefix("lang.").unwrap();
        let lang = content.locales.by_code(code).unwrap();
        assert_eq!(b["text"], content.locales.name(lang), "named in itself");
        assert_eq!(b["lang"], code);
        assert_eq!(b["dir"], content.locales.dir(lang).as_str());
        let (top, bottom) = (b["top"].as_f64().unwrap(), b["bottom"].as_f64().unwrap());
        assert!(
            top >= 0.0 && bottom <= inner_height,
            "{code} off screen: {b} (viewport {inner_height})"
        );
        assert!(b["height"].as_f64().unwrap() >= 44.0, "{code}: touch target {b}");
    }
    // In columns, not one long list.
    let lefts = js(
        &client,
        "return new Set([...document.querySelectorAll('.choice[data-id^=\"lang.\"]')].map(b => Math.round(b.getBoundingClientRect().left))).size",
    )
    .await;
    assert!(lefts.as_u64().unwrap() >= 2, "the picker has columns");
    screenshot(&client, "picker-390.png").await;
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn right_to_left_languages_render_right_to_left() {
    let app = common::spawn_app_on_own_port("").await;
    let driver = driver().await;
    let client = browser(&driver, PHONE.0, PHONE.1, true).await;
    for code in ["ar", "fa", "fa-AF"] {
        client.goto(&format!("http://{}/?lang={code}", app.addr)).await.unwrap();
        until(
            &client,
            "return document.querySelector('.choice[data-id=\"promise.ok\"]') !== null",
        )
        .await;
        let seen = js(
            &client,
            "const m = [...document.querySelectorAll('.msg.bot')]; const l = m[m.length-1];
             const b = document.querySelector('.choice[data-id=\"promise.ok\"]');
             return [document.documentElement.dir, document.documentElement.lang, l.dir, l.lang,
                     getComputedStyle(l).direction, getComputedStyle(b).direction,
                     /[\\u0600-\\u06FF]/.test(l.textContent)]",
        )
        .await;
        assert_eq!(seen, json!(["rtl", code, "rtl", code, "rtl", "rtl", true]), "{code}");
        // The next conversation starts fresh (the page keeps its token per tab).
        js(&client, "sessionStorage.clear(); return true").await;
        screenshot(&client, &format!("promise-{code}-390.png")).await;
    }
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn switching_language_mid_conversation_works_from_every_language() {
    let content = common::content();
    let app = common::spawn_app_on_own_port("").await;
    let driver = driver().await;
    let client = browser(&driver, PHONE.0, PHONE.1, true).await;
    let codes: Vec<String> = content.locales.codes().map(str::to_string).collect();
    for (i, code) in codes.iter().enumerate() {
        let next = &codes[(i + 1) % codes.len()];
        js(&client, "sessionStorage.clear(); return true").await;
        client.goto(&format!("http://{}/?lang={code}", app.addr)).await.unwrap();
        click_choice(&client, "promise.ok").await;
        until(
            &client,
            "return document.querySelector('.choice[data-id=\"safety.yes\"]:not([disabled])') !== null",
        )
        .await;
        // The navigation area's language command, at the safety question.
        click_choice(&client, "nav.language").await;
        click_choice(&client, &format!("lang.{next}")).await;
        let lang = content.locales.by_code(next).unwrap();
        let want = content.locales.format(lang, "safety-ask", None);
        let script = format!(
            "const m = [...document.querySelectorAll('.msg.bot')]; const l = m[m.length-1];
             return l !== undefined && l.textContent === {} && document.documentElement.lang === {}",
            json!(want),
            json!(next)
        );
        until(&client, &script).await;
        let dir = js(&client, "return document.documentElement.dir").await;
        assert_eq!(dir, json!(content.locales.dir(lang).as_str()), "{code} → {next}");
    }
    let errors: Vec<Value> = console_errors(&driver, &client).await;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    client.close().await.unwrap();
}
