//! The mailbox on the chat page in real headless Chromium at 390 px (issue 23), in Swedish
//! and in Arabic (right to left): leaving a message through the text area and its confirm
//! step shows the receipt code once, and the code is never in the address, the history,
//! the page's storage or its title, nor on the page after a reload; "I have a code" opens
//! the team's answer, given through the staff console's WebSocket, and deletes it all.

mod common;

use common::chromium::{Driver, browser, click, click_choice, console_errors, driver, js, type_into, until};
use common::mailbox::{assert_code_shape, list_until};
use common::staff::{console, login, staff_config};
use fantoccini::Client;
use serde_json::{Value, json};

const WIDTH: u32 = 390;

/// Waits for the composer to be in `mode` (`message`, `code`, `buttons`).
async fn until_mode(client: &Client, mode: &str) {
    let script = format!("return document.getElementById('composer').dataset.mode === '{mode}'");
    for _ in 0..100 {
        if js(client, &script).await == json!(true) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let now = js(
        client,
        "return [document.getElementById('composer').dataset.mode, document.body.innerText]",
    )
    .await;
    panic!("the composer never became `{mode}`: {now}");
}

/// Everything a later visitor of this browser could find the code in: the address, the
/// title, both storages (keys and values), and the page's text.
async fn traces(client: &Client) -> Value {
    js(
        client,
        "const s = (st) => { const o = []; for (let i = 0; i < st.length; i++) { const k = st.key(i); o.push(k, st.getItem(k)); } return o.join('|'); };
         return {href: location.href, title: document.title, local: s(localStorage), session: s(sessionStorage),
                 page: document.body.innerText, history: history.length};",
    )
    .await
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// The receipt's code appears nowhere in `t` but (when `on_page`) the page's own text.
fn assert_nowhere(t: &Value, code: &str, on_page: bool, context: &str) {
    let plain = digits(code);
    for field in ["href", "title", "local", "session"] {
        let v = t[field].as_str().unwrap();
        assert!(!digits(v).contains(&plain), "{context}: the code is in {field}: {v}");
    }
    let page = t["page"].as_str().unwrap();
    assert_eq!(
        digits(page).contains(&plain),
        on_page,
        "{context}: the code on the page: {page}"
    );
}

/// Leaves a message on the page in `lang`, for the team of Stockholm: the text area with
/// its counter, the confirm step, then the receipt once. Returns the code.
async fn leave_on_page(client: &Client, origin: &str, lang: &str, text: &str) -> String {
    open_fresh(client, origin, lang).await;
    until(
        client,
        "return document.querySelector('.choice[data-id=\"promise.ok\"]') !== null",
    )
    .await;
    let before = traces(client).await;
    for id in ["nav.human", "region.stockholm", "handoff.mailbox"] {
        click_choice(client, id).await;
    }
    until_mode(client, "message").await;
    let box_ = js(
        client,
        "const t = document.getElementById('text'); return [t.readOnly, t.maxLength, document.getElementById('count').hidden, document.getElementById('code').hidden]",
    )
    .await;
    assert_eq!(
        box_,
        json!([false, 2000, false, true]),
        "{lang}: a text area with a counter"
    );
    type_into(client, "#text", text).await;
    until(
        client,
        &format!(
            "return document.getElementById('count').textContent === '{} / 2000'",
            text.chars().count()
        ),
    )
    .await;
    // Send asks first; "change it" goes back to the text, which is still there.
    click(client, "#send").await;
    until(client, "return !document.getElementById('confirm').hidden").await;
    assert_eq!(
        js(client, "return document.querySelectorAll('.msg.receipt').length").await,
        json!(0),
        "{lang}: nothing is sent before the confirm step"
    );
    click(client, "#confirm-no").await;
    until(client, "return document.getElementById('confirm').hidden").await;
    assert_eq!(
        js(client, "return document.getElementById('text').value").await,
        json!(text)
    );
    click(client, "#send").await;
    until(client, "return !document.getElementById('confirm').hidden").await;
    click(client, "#confirm-yes").await;
    until(client, "return document.querySelectorAll('.msg.receipt').length === 1").await;
    let code = js(
        client,
        "return document.querySelector('.msg.receipt .code').textContent",
    )
    .await;
    let code = code.as_str().unwrap().to_string();
    assert_code_shape(&code, lang);
    // The flow went on past the mailbox step: buttons again, the text box empty.
    until_mode(client, "buttons").await;
    let after = traces(client).await;
    assert_nowhere(&after, &code, true, lang);
    assert_eq!(
        after["history"], before["history"],
        "{lang}: no history entry was added"
    );
    assert_eq!(
        js(client, "return document.querySelectorAll('.msg.receipt').length").await,
        json!(1),
        "{lang}: the receipt is shown once"
    );
    code
}

/// The chat page in `lang`, as a new visitor: the tab's earlier conversation (its token in
/// sessionStorage) is not resumed.
async fn open_fresh(client: &Client, origin: &str, lang: &str) {
    client.goto(&format!("{origin}/healthz")).await.unwrap();
    js(client, "sessionStorage.clear()").await;
    client.goto(&format!("{origin}/?lang={lang}")).await.unwrap();
}

/// Nothing wider than the phone: no sideways scrolling at 390 px.
async fn assert_fits(client: &Client, context: &str) {
    let w = js(client, "return document.documentElement.scrollWidth").await;
    assert!(w.as_u64().unwrap() <= u64::from(WIDTH), "{context}: {w} px wide");
}

async fn check_direction(client: &Client, lang: &str) {
    let rtl = lang == "ar";
    let dirs = js(
        client,
        "const r = document.querySelector('.msg.receipt'); return [document.documentElement.dir, r ? r.querySelector('.code').dir : null, getComputedStyle(document.getElementById('composer')).direction]",
    )
    .await;
    let page = if rtl { "rtl" } else { "ltr" };
    assert_eq!(dirs[0], page, "{lang}");
    if !dirs[1].is_null() {
        assert_eq!(dirs[1], "ltr", "{lang}: the code reads left to right in any language");
    }
    assert_eq!(dirs[2], page, "{lang}: the composer follows the language");
}

async fn no_console_errors(driver: &Driver, client: &Client, context: &str) {
    let errors = console_errors(driver, client).await;
    assert!(errors.is_empty(), "{context}: console errors: {errors:#?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_receipt_is_shown_once_and_kept_nowhere() {
    let app = common::spawn_app("").await;
    let origin = format!("http://{}", app.addr);
    let driver = driver().await;
    let client = browser(&driver, WIDTH, 844, true).await;
    for (lang, text) in [
        ("sv", "Jag behöver hjälp med mitt pass."),
        ("ar", "أحتاج إلى مساعدة بخصوص جواز سفري."),
    ] {
        let code = leave_on_page(&client, &origin, lang, text).await;
        check_direction(&client, lang).await;
        assert_fits(&client, lang).await;
        // A reload resumes the conversation, but the receipt is not shown again.
        client.refresh().await.unwrap();
        until(
            &client,
            "return document.querySelector('.choice[data-id=\"mailbox.menu\"]') !== null",
        )
        .await;
        let after = traces(&client).await;
        assert_nowhere(&after, &code, false, &format!("{lang} after a reload"));
        assert_eq!(
            js(&client, "return document.querySelectorAll('.msg.receipt').length").await,
            json!(0)
        );
        no_console_errors(&driver, &client, lang).await;
    }
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn i_have_a_code_opens_the_answer_and_deletes_it() {
    let app = common::spawn_app(&staff_config("")).await;
    let origin = format!("http://{}", app.addr);
    let anna = login(&app, "anna").await;
    let mut staff = console(&app, &anna).await;
    let driver = driver().await;
    let client = browser(&driver, WIDTH, 844, true).await;
    for (lang, answer) in [
        ("sv", "Hej! Vi kan hjälpa dig. Skriv gärna igen."),
        ("ar", "مرحبًا، يمكننا مساعدتك."),
    ] {
        // A message left over the WebSocket for the team of the south, which anna is in.
        let mut ws = app.ws().await;
        ws.start(Some(lang)).await;
        for id in ["nav.human", "region.syd", "handoff.mailbox"] {
            ws.choose(id).await;
        }
        ws.send(json!({"type": "mailbox_leave", "text": "walk"})).await;
        let receipt = ws.recv().await;
        assert_eq!(receipt["type"], "receipt", "{receipt}");
        let code = receipt["code"].as_str().unwrap().to_string();
        // Answered from the console.
        let fresh = |i: &Value| i["state"] == "new" && i["lang"] == lang;
        let items = list_until(&mut staff, "a new mailbox item", |items| items.iter().any(fresh)).await;
        let item = items.iter().find(|i| fresh(i)).unwrap()["item"].clone();
        staff
            .send(json!({"type": "mailbox_answer", "item": item, "text": answer}))
            .await;
        staff
            .until("the answer stored", |f| f["type"] == "mailbox_answered")
            .await;

        // "I have a code" on the page, at the first step.
        open_fresh(&client, &origin, lang).await;
        click_choice(&client, "start.code").await;
        until_mode(&client, "code").await;
        let field = js(
            &client,
            "const c = document.getElementById('code'); return [c.inputMode, c.autocomplete, c.hidden, document.getElementById('text').hidden]",
        )
        .await;
        assert_eq!(field, json!(["numeric", "off", false, true]), "{lang}: a code field");
        check_direction(&client, lang).await;
        // A wrong code first: the plain answer, and the field stays for another try.
        type_into(&client, "#code", "0000 0000 0000 0000").await;
        click(&client, "#send").await;
        until(&client, "return document.querySelector('.msg.error') !== null").await;
        until_mode(&client, "code").await;
        js(&client, "document.getElementById('code').value = ''").await;
        type_into(&client, "#code", &code).await;
        click(&client, "#send").await;
        until(
            &client,
            &format!(
                "return [...document.querySelectorAll('.msg.staff .txt')].some(e => e.textContent === {})",
                json!(answer)
            ),
        )
        .await;
        until_mode(&client, "buttons").await;
        assert_fits(&client, lang).await;
        let t = traces(&client).await;
        let plain = digits(&code);
        for field in ["href", "title", "local", "session", "page"] {
            assert!(
                !digits(t[field].as_str().unwrap()).contains(&plain),
                "{lang}: the code stays in {field}"
            );
        }
        if lang == "ar" {
            let d = js(
                &client,
                "const m = [...document.querySelectorAll('.msg.bot')]; return m[m.length - 1].dir",
            )
            .await;
            assert_eq!(d, "rtl");
        }
        // Delete everything now: then the code opens nothing.
        click_choice(&client, "mailbox.delete").await;
        until(
            &client,
            "return document.querySelector('.choice[data-id=\"mailbox.menu\"]') !== null",
        )
        .await;
        let mut ws = app.ws().await;
        ws.start(Some(lang)).await;
        ws.choose("start.code").await;
        ws.send(json!({"type": "mailbox_open", "code": code})).await;
        let f = ws.recv().await;
        assert_eq!(f["code"], "not_found", "{lang}: deleted: {f}");
        no_console_errors(&driver, &client, lang).await;
    }
    client.close().await.unwrap();
}
