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

/// Reading order of every word and bracket in `el`, as drawn: per token its text, line and
/// centre. Latin names (with their inner spaces) are one token each, Arabic-script words
/// another, and brackets a third kind.
const TOKENS: &str = "const el = arguments[0], out = [];
    const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const re = /\\p{Script=Latin}+(?:[ \\u00a0]\\p{Script=Latin}+)*|[\\p{Script=Arabic}\\p{M}]+|[()]/gu;
    while (w.nextNode()) {
      const n = w.currentNode; let m;
      while ((m = re.exec(n.data))) {
        const r = document.createRange(); r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);
        const b = r.getClientRects()[0];
        const first = document.createRange(); first.setStart(n, m.index); first.setEnd(n, m.index + 1);
        const last = document.createRange(); last.setStart(n, m.index + m[0].length - 1); last.setEnd(n, m.index + m[0].length);
        out.push({t: m[0], top: b.top, x: (b.left + b.right) / 2,
                  firstX: first.getClientRects()[0].left, lastX: last.getClientRects()[0].left});
      }
    }
    return out;";

/// The tokens of `label` that are not drawn in right-to-left reading order: each must be on
/// a later line than the one before, or on the same line further left. A Latin name must
/// itself read left to right.
fn out_of_order(tokens: &Value) -> Vec<String> {
    let tokens = tokens.as_array().unwrap();
    let mut wrong = Vec::new();
    for pair in tokens.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let (at, bt) = (a["top"].as_f64().unwrap(), b["top"].as_f64().unwrap());
        let same_line = (at - bt).abs() <= 4.0;
        let reads_after = bt > at + 4.0 || (same_line && b["x"].as_f64().unwrap() < a["x"].as_f64().unwrap());
        if !reads_after {
            wrong.push(format!("{} before {}", a["t"], b["t"]));
        }
    }
    for t in tokens {
        let text = t["t"].as_str().unwrap();
        let latin = text
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || "ÅÄÖÉåäöé".contains(c));
        if latin && text.chars().count() > 1 && t["firstX"].as_f64() >= t["lastX"].as_f64() {
            wrong.push(format!("{text} is drawn backwards"));
        }
    }
    wrong
}

/// Swedish place names in Arabic and Persian region labels (item 10): each name is
/// isolated, so a list of names keeps the paragraph's right-to-left order, brackets stay
/// around what they enclose, and the echoed answer reads the same as the button. Checked on
/// the drawn glyphs' positions, on a phone and a desktop.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn region_names_in_arabic_and_persian_keep_their_order() {
    let app = common::spawn_app_on_own_port("").await;
    let driver = driver().await;
    for (code, width) in [("ar", 390), ("fa", 390), ("ar", 1280), ("fa", 1280)] {
        let client = browser(&driver, width, 844, width < 800).await;
        client.goto(&format!("http://{}/?lang={code}", app.addr)).await.unwrap();
        for id in ["promise.ok", "safety.no", "danger.human"] {
            click_choice(&client, id).await;
        }
        until(
            &client,
            "return document.querySelector('.choice[data-id=\"region.vast\"]') !== null",
        )
        .await;
        let regions = ["nord", "mitt", "bergslagen", "stockholm", "ost", "vast", "syd"];
        for region in regions {
            let button = client
                .find(fantoccini::Locator::Css(&format!(
                    ".choice[data-id=\"region.{region}\"]"
                )))
                .await
                .unwrap();
            let tokens = client
                .execute(TOKENS, vec![serde_json::to_value(&button).unwrap()])
                .await
                .unwrap();
            assert!(tokens.as_array().unwrap().len() >= 2, "{code} {region}: {tokens}");
            let wrong = out_of_order(&tokens);
            assert!(wrong.is_empty(), "{code} at {width}px, region.{region}: {wrong:?}");
        }
        screenshot(&client, &format!("regions-{code}-{width}.png")).await;
        // The person's answer, echoed as their own bubble, reads the same way.
        click_choice(&client, "region.nord").await;
        let last_echo = "const m = document.querySelectorAll('.msg.user'); return m[m.length - 1]";
        until(
            &client,
            &format!("return ((() => {{ {last_echo} }})()?.textContent || '').includes('Norrbotten')"),
        )
        .await;
        let echo = client.execute(last_echo, vec![]).await.unwrap();
        let tokens = client.execute(TOKENS, vec![echo]).await.unwrap();
        assert!(
            tokens.as_array().unwrap().iter().any(|t| t["t"] == "Norrbotten"),
            "{code}: echo {tokens}"
        );
        let wrong = out_of_order(&tokens);
        assert!(wrong.is_empty(), "{code} at {width}px, echoed answer: {wrong:?}");
        client.close().await.unwrap();
    }
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
