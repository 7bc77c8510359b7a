//! The staff console and the chat page's handoff in real headless Chromium, against the
//! real server: a coordinator logs in through the form, watches the queue update live,
//! claims a case, answers (typed and canned), sees a hidden tab's alert, transfers nothing
//! and closes; what a person writes is shown as inert, bidi-isolated text; and the
//! person's page shows the queue, the support worker's bubbles and a composer whose text
//! reaches the console. Screenshots go to `target/screenshots/`.

mod common;

use std::time::Duration;

use common::chromium::{Driver, browser, cdp, click, driver, js, press, screenshot, type_into, until};
use common::staff::{PASSWORD, ask_for_person, console, login, staff_config, user_until};
use fantoccini::{Client, Locator};
use serde_json::{Value, json};

/// Chromium's console messages since the last call, less the expected answers to "am I
/// logged in?" (401 from `/staff/me`) and a deliberately wrong password.
async fn console_errors(driver: &Driver, client: &Client) -> Vec<Value> {
    common::chromium::console_errors(driver, client)
        .await
        .into_iter()
        .filter(|e| {
            let m = e["message"].as_str().unwrap_or("");
            !(e["source"] == "network"
                && m.contains("401 (Unauthorized)")
                && (m.contains("/staff/me ") || m.contains("/staff/login ")))
        })
        .collect()
}

fn is_status(state: &'static str) -> impl Fn(&Value) -> bool {
    move |f: &Value| f["type"] == "status" && f["state"] == state
}

/// Logs `anna` in through the console's own form and waits for the live queue.
/// A console word as Anna reads it: her first language is Swedish.
fn w(id: &str) -> String {
    let words = lotsa::staff::words::Words::load().unwrap();
    words.pick(&["sv".to_string()]).ui()[id].clone()
}

/// The words of a label before its first variable: "stängt till {x}" → "stängt till ".
fn before_var(label: &str) -> &str {
    label.split('{').next().unwrap_or(label)
}

async fn log_in_through_the_form(client: &Client, origin: &str) {
    client.goto(&format!("{origin}/staff")).await.unwrap();
    until(client, "return !document.getElementById('login').hidden").await;
    assert_eq!(js(client, "return document.activeElement.id").await, json!("l-id"));

    // A wrong password gets a clear message and the form stays.
    type_into(client, "#l-id", "anna").await;
    type_into(client, "#l-pw", "not the password").await;
    click(client, "#l-go").await;
    until(client, "return !document.getElementById('login-msg').hidden").await;
    let msg = js(client, "return document.getElementById('login-msg').textContent").await;
    assert!(msg.as_str().unwrap().contains("Wrong"), "{msg}");

    type_into(client, "#l-pw", PASSWORD).await;
    type_into(client, "#l-pw", "\u{E007}").await; // Enter submits
    until(
        client,
        "return document.getElementById('conn').className === 'ok' && !document.getElementById('app').hidden",
    )
    .await;
    assert_eq!(
        js(client, "return document.getElementById('who').textContent").await,
        json!("anna")
    );
    // Nothing about the session is kept in the page's storage.
    assert_eq!(
        js(
            client,
            "return localStorage.length + sessionStorage.length + document.cookie.length"
        )
        .await,
        json!(0),
        "the session cookie is HttpOnly and the CSRF token lives in memory"
    );
}

/// The code of the claimable case in the console once it shows up.
async fn claimable(client: &Client, nth: usize) -> String {
    until(
        client,
        &format!("return document.querySelectorAll('#queue button.claim').length === {nth}"),
    )
    .await;
    js(
        client,
        "return document.querySelector('#queue button.claim').dataset.code",
    )
    .await
    .as_str()
    .unwrap()
    .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_coordinator_logs_in_claims_answers_and_closes_in_the_console() {
    let app = common::spawn_app(&staff_config("")).await;
    let origin = format!("http://{}", app.addr);
    let driver = driver().await;
    let client = browser(&driver, 1024, 768, false).await;
    log_in_through_the_form(&client, &origin).await;
    until(&client, "return !document.getElementById('queue-none').hidden").await;

    // A person asks for someone: the queue updates live, labelled, never as raw ids.
    let mut user = app.ws().await;
    ask_for_person(&mut user, "ar", "syd").await;
    let code = claimable(&client, 1).await;
    let row = js(
        &client,
        "const r = document.querySelector('#queue li.case'); \
         return {text: r.textContent, tags: r.querySelectorAll('.tags li').length, height: r.getBoundingClientRect().height, \
                 lang: r.querySelector('bdi.lang').dir, wait: r.querySelector('.wait').textContent}",
    )
    .await;
    let text = row["text"].as_str().unwrap();
    assert!(
        text.contains(&code) && text.contains("العربية") && text.contains(&w("rtl")),
        "{row}"
    );
    // In Anna's language (her first, Swedish), and one compact row: the answers wait in
    // the case view.
    assert!(text.contains(&w("web")), "{row}");
    assert_eq!(row["tags"], json!(0), "{row}");
    assert!(row["height"].as_f64().unwrap() < 100.0, "one compact row: {row}");
    assert_eq!(row["lang"], "rtl");
    // The waiting time ticks locally.
    tokio::time::sleep(Duration::from_millis(2100)).await;
    let later = js(&client, "return document.querySelector('#queue .wait').textContent").await;
    assert_ne!(later, row["wait"], "waiting time ticks");

    // Claim: the conversation opens with the text box focused; the person is told.
    click(&client, &format!("#queue button.claim[data-code=\"{code}\"]")).await;
    until(&client, "return document.activeElement.id === 'text'").await;
    until(
        &client,
        "return document.querySelector('#mine button[aria-current=\"true\"]') !== null",
    )
    .await;
    user_until(&mut user, "connected", is_status("connected")).await;

    // A typed answer (Enter sends; Shift+Enter is a new line) reaches the person.
    type_into(&client, "#text", "Hej! Jag heter Anna.").await;
    type_into(&client, "#text", "\u{E008}\u{E007}\u{E008}").await; // Shift+Enter
    type_into(&client, "#text", "Jag finns här.\u{E007}").await;
    let got = user_until(&mut user, "the staff text", |f| f["type"] == "staff").await;
    let staff = got.last().unwrap();
    assert_eq!(staff["text"], "Hej! Jag heter Anna.\nJag finns här.");
    assert_eq!(
        (staff["lang"].as_str(), staff["dir"].as_str()),
        (Some("ar"), Some("rtl"))
    );
    assert_eq!(
        js(&client, "return document.getElementById('text').value").await,
        json!("")
    );

    // A canned reply: the staff-language label, previewed in the person's language.
    client
        .find(Locator::Css("#canned"))
        .await
        .unwrap()
        .select_by_value("canned.hello")
        .await
        .unwrap();
    let preview = js(
        &client,
        "const b = document.querySelector('#canned-prev bdi'); return b && [b.textContent, b.lang, b.dir]",
    )
    .await;
    assert_eq!(
        (preview[1].as_str(), preview[2].as_str()),
        (Some("ar"), Some("rtl")),
        "{preview}"
    );
    click(&client, "#canned-send").await;
    let got = user_until(&mut user, "the canned text", |f| f["type"] == "staff").await;
    assert_eq!(got.last().unwrap()["text"], preview[0]);
    // The server's echo confirms both bubbles instead of adding copies.
    until(
        &client,
        "return document.querySelectorAll('#transcript li.staff').length === 2 \
         && document.querySelectorAll('#transcript li.pending').length === 0",
    )
    .await;

    // Every line has its time, hh:mm.
    let times = js(
        &client,
        "return [...document.querySelectorAll('#transcript li.msg')].map(l => { const t = l.querySelector('time.at'); return t ? t.textContent : null })",
    )
    .await;
    let times = times.as_array().unwrap();
    assert!(!times.is_empty());
    for t in times {
        let t = t.as_str().unwrap_or("");
        assert!(
            t.len() == 5 && t.as_bytes()[2] == b':',
            "hh:mm on every line: {times:?}"
        );
    }
    // The answers in the case view, under their group's heading: this person went straight
    // to "talk to a person", so only the region choice, under "other answers".
    let groups = js(
        &client,
        "return [...document.querySelectorAll('#c-tags h3')].map(h => h.textContent)",
    )
    .await;
    assert_eq!(groups, json!([w("g_other")]), "{groups}");
    // "/" jumps to the canned replies' search, which filters the list.
    js(&client, "document.activeElement.blur(); return true").await;
    press(&client, '/').await;
    until(&client, "return document.activeElement.id === 'canned-q'").await;
    let hello_label = js(
        &client,
        "return [...document.querySelectorAll('#canned option')].find(o => o.value === 'canned.hello').textContent",
    )
    .await;
    let word: String = hello_label.as_str().unwrap().chars().take(4).collect();
    type_into(&client, "#canned-q", &word).await;
    let options = js(
        &client,
        "return [...document.querySelectorAll('#canned option')].filter(o => o.value).map(o => o.value)",
    )
    .await;
    assert!(
        options.as_array().unwrap().contains(&json!("canned.hello")),
        "{options}"
    );
    assert!(options.as_array().unwrap().len() < 6, "filtered: {options}");
    type_into(&client, "#canned-q", "zzzz").await;
    until(
        &client,
        "return document.querySelectorAll('#canned option').length === 1",
    )
    .await;
    js(
        &client,
        "const q = document.getElementById('canned-q'); q.value = ''; q.dispatchEvent(new Event('input')); return true",
    )
    .await;
    // A private note: shown to staff as a note, never sent to the person.
    js(&client, "document.getElementById('notes').open = true; return true").await;
    type_into(&client, "#note-text", "Följ upp: nämnde ett hotell").await;
    click(&client, "#note-form button[type=submit]").await;
    until(
        &client,
        "return [...document.querySelectorAll('#transcript li.note')].some(l => l.textContent.includes('hotell'))",
    )
    .await;

    // The person writes; the bubble is theirs, in their language and direction.
    user.send(json!({"type": "text", "text": "شكرا"})).await;
    until(
        &client,
        "return [...document.querySelectorAll('#transcript li.user')].some(l => l.textContent.includes('شكرا'))",
    )
    .await;

    // Other cases, while the tab is hidden: a calm one, then an urgent one. The title
    // counts them, the favicon changes, and the urgent case goes first.
    js(
        &client,
        "Object.defineProperty(document, 'hidden', {configurable: true, get: () => true}); \
         document.dispatchEvent(new Event('visibilitychange')); return true",
    )
    .await;
    let mut calm = app.ws().await;
    ask_for_person(&mut calm, "en", "national").await;
    claimable(&client, 1).await;
    let mut afraid = app.ws().await;
    afraid.start(Some("en")).await;
    afraid.choose("promise.ok").await;
    afraid.choose("safety.no").await;
    afraid.choose("nav.human").await;
    afraid.choose("region.syd").await;
    afraid.send(json!({"type": "choose", "id": "handoff.yes"})).await;
    user_until(&mut afraid, "queued", is_status("queued")).await;
    claimable(&client, 2).await;
    assert_eq!(
        js(&client, "return document.title").await,
        json!(format!("(2) {}", w("title")))
    );
    assert_eq!(
        js(
            &client,
            "return document.getElementById('favicon').getAttribute('href')"
        )
        .await,
        json!("/staff/icon-alert.svg")
    );
    let first = js(
        &client,
        "const r = document.querySelector('#queue li.case'); return [r.classList.contains('urgent'), r.querySelector('.badge').textContent]",
    )
    .await;
    assert_eq!(first[0], json!(true), "urgent first");
    assert!(
        first[1].as_str().unwrap().contains(&w("urgent")),
        "marked in words, not only colour"
    );
    // Two cases, and both fit with their Claim buttons on screen.
    let claims = js(
        &client,
        "return [...document.querySelectorAll('#queue button.claim')].map(b => b.getBoundingClientRect().bottom <= innerHeight)",
    )
    .await;
    assert_eq!(claims, json!([true, true]), "every Claim is on screen");
    js(
        &client,
        "delete document.hidden; document.dispatchEvent(new Event('visibilitychange')); return true",
    )
    .await;
    assert_eq!(js(&client, "return document.title").await, json!(w("title")));
    assert_eq!(
        js(
            &client,
            "return document.getElementById('favicon').getAttribute('href')"
        )
        .await,
        json!("/staff/icon.svg")
    );

    screenshot(&client, "staff-1024.png").await;
    let layout = js(
        &client,
        "const q = document.getElementById('lists').getBoundingClientRect(), c = document.getElementById('conv').getBoundingClientRect(); \
         return [q.right <= c.left + 1, q.width > 250, c.width > 500, document.documentElement.scrollWidth <= innerWidth]",
    )
    .await;
    assert_eq!(
        layout,
        json!([true, true, true, true]),
        "queue left, conversation right"
    );

    // At 390 px: one pane at a time, with a way back.
    client.set_window_size(390, 844).await.unwrap();
    until(&client, "return innerWidth <= 400").await;
    let narrow = js(
        &client,
        "return [getComputedStyle(document.getElementById('lists')).display === 'none', getComputedStyle(document.getElementById('back')).display !== 'none', document.documentElement.scrollWidth <= innerWidth]",
    )
    .await;
    assert_eq!(
        narrow,
        json!([true, true, true]),
        "conversation alone, back button shown"
    );
    screenshot(&client, "staff-390-conversation.png").await;
    click(&client, "#back").await;
    until(
        &client,
        "return getComputedStyle(document.getElementById('conv')).display === 'none'",
    )
    .await;
    assert_eq!(
        js(&client, "return document.activeElement.dataset.code").await,
        json!(code),
        "focus returns to the conversation's entry"
    );
    screenshot(&client, "staff-390-queue.png").await;
    click(&client, &format!("#mine button[data-code=\"{code}\"]")).await;
    until(
        &client,
        "return getComputedStyle(document.getElementById('lists')).display === 'none'",
    )
    .await;
    client.set_window_size(1024, 768).await.unwrap();

    // Close: a confirmation (Escape cancels it), then the person is told and the bot goes on.
    click(&client, "#c-close").await;
    until(&client, "return document.getElementById('dlg-confirm').open").await;
    press(&client, '\u{E00C}').await; // Escape
    until(&client, "return !document.getElementById('dlg-confirm').open").await;
    assert_eq!(js(&client, "return document.activeElement.id").await, json!("c-close"));
    click(&client, "#c-close").await;
    until(&client, "return document.getElementById('dlg-confirm').open").await;
    click(&client, "#q-ok").await;
    let ended = user_until(&mut user, "ended", is_status("ended")).await;
    assert!(
        !serde_json::to_string(&ended).unwrap().contains("hotell"),
        "the note stayed with staff"
    );
    until(&client, "return document.querySelectorAll('#mine button').length === 0").await;

    // The wrap-up: one screen, nothing to type, counted as anonymous day counts.
    until(&client, "return document.getElementById('dlg-wrapup').open").await;
    let typed = js(
        &client,
        "return document.querySelectorAll('#dlg-wrapup textarea, #dlg-wrapup input:not([type=radio]):not([type=checkbox])').length",
    )
    .await;
    assert_eq!(typed, json!(0), "nothing to type");
    screenshot(&client, "staff-wrapup-1024.png").await;
    click(&client, "#dlg-wrapup input[value=labour]").await;
    click(&client, "#dlg-wrapup input[value=person]").await;
    click(&client, "#dlg-wrapup input[value=social]").await;
    click(&client, "#w-form button[type=submit]").await;
    until(&client, "return !document.getElementById('dlg-wrapup').open").await;
    let root = login(&app, "root").await;
    let csv = reqwest::Client::new()
        .get(app.http("/staff/stats.csv"))
        .header("cookie", &root.cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for row in ["wrapup.form,labour,", "wrapup.who,person,", "wrapup.done,social,"] {
        assert!(csv.contains(row), "{row} counted: {csv}");
    }

    // Nothing but this server was asked for anything, and the console is clean.
    let resources = js(
        &client,
        "return performance.getEntriesByType('resource').map(e => e.name)",
    )
    .await;
    for r in resources.as_array().unwrap() {
        assert!(r.as_str().unwrap().starts_with(&origin), "outside request: {r}");
    }
    let errors = console_errors(&driver, &client).await;
    assert!(errors.is_empty(), "console errors: {errors:#?}");

    click(&client, "#logout").await;
    until(&client, "return !document.getElementById('login').hidden").await;
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_a_person_writes_is_inert_bidi_isolated_text_in_the_console() {
    let app = common::spawn_app(&staff_config("")).await;
    let origin = format!("http://{}", app.addr);
    let driver = driver().await;
    let client = browser(&driver, 1024, 768, false).await;
    log_in_through_the_form(&client, &origin).await;

    let mut user = app.ws().await;
    ask_for_person(&mut user, "ar", "syd").await;
    let code = claimable(&client, 1).await;
    click(&client, "#queue button.claim").await;
    user_until(&mut user, "connected", is_status("connected")).await;
    until(&client, "return document.activeElement.id === 'text'").await;

    let evil = "<script>alert(1)</script><img src=x onerror=alert(1)> \u{202E}gpj.exe\u{202C} \u{202E}سلام <b>bold</b>";
    user.send(json!({"type": "text", "text": evil})).await;
    until(
        &client,
        "return [...document.querySelectorAll('#transcript li.user bdi')].some(b => b.textContent.includes('alert'))",
    )
    .await;
    let shown = js(
        &client,
        "const b = [...document.querySelectorAll('#transcript li.user bdi')].pop(); \
         return {text: b.textContent, dir: b.dir, lang: b.lang, bidi: getComputedStyle(b).unicodeBidi, \
                 kids: b.children.length, \
                 inserted: document.querySelectorAll('#transcript img, #transcript script, #transcript b').length, \
                 images: document.images.length, scripts: document.scripts.length}",
    )
    .await;
    assert_eq!(shown["text"], evil, "shown exactly as sent");
    assert_eq!(shown["kids"], 0, "text only, no elements");
    assert_eq!(shown["inserted"], 0);
    assert_eq!(shown["images"], 0);
    assert_eq!(shown["scripts"], 1, "only staff.js");
    assert_eq!(
        (shown["dir"].as_str(), shown["lang"].as_str()),
        (Some("rtl"), Some("ar")),
        "{shown}"
    );
    assert_eq!(shown["bidi"], "isolate", "{shown}");
    // The override cannot reach past its bubble: the label above it reads as written.
    let label = js(
        &client,
        "const l = [...document.querySelectorAll('#transcript li.user')].pop(); return l.querySelector('.who').textContent",
    )
    .await;
    assert_eq!(label, json!(w("user")));
    // Announced to screen readers as text, too.
    let live = js(&client, "return document.getElementById('live').textContent").await;
    let said = w("said").replace("{x}", &code);
    assert!(live.as_str().unwrap().contains(before_var(&said)), "{live}");
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(client.get_alert_text().await.is_err(), "no alert ran");
    let errors = console_errors(&driver, &client).await;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_persons_page_waits_chats_with_a_support_worker_and_goes_back_to_the_bot() {
    let app = common::spawn_app(&staff_config("")).await;
    let anna = login(&app, "anna").await;
    let mut desk = console(&app, &anna).await;
    let driver = driver().await;
    let client = browser(&driver, 320, 640, true).await;
    client.goto(&app.http("/?lang=en")).await.unwrap();

    for id in ["nav.human", "region.syd", "handoff.yes"] {
        let css = format!(".choice[data-id=\"{id}\"]:not([disabled])");
        until(&client, &format!("return document.querySelector('{css}') !== null")).await;
        click(&client, &css).await;
    }
    // Queued: the place in the queue, and a composer with the focus in it.
    until(
        &client,
        "return !document.getElementById('text').readOnly && !document.getElementById('send').hidden",
    )
    .await;
    until(
        &client,
        "return document.getElementById('handoff').textContent.includes('1')",
    )
    .await;
    until(&client, "return document.activeElement.id === 'text'").await;
    assert_eq!(
        js(
            &client,
            "return [document.getElementById('send').textContent, document.getElementById('text').placeholder]"
        )
        .await,
        json!(["Send", "Write a message"]),
        "labels from the ui frame"
    );
    let first = js(
        &client,
        "const f = document.querySelector('button, a, input, textarea, [tabindex]'); return f && f.id",
    )
    .await;
    assert_eq!(first, json!("exit"), "quick exit stays first in tab order");

    // What the person writes while waiting reaches the console's transcript.
    type_into(&client, "#text", "Is anyone there?").await;
    click(&client, "#send").await;
    let queue = desk
        .until("a queued case", |f| {
            f["type"] == "queue" && f["cases"].as_array().is_some_and(|c| !c.is_empty())
        })
        .await;
    let code = queue["cases"][0]["case"].as_str().unwrap().to_string();
    desk.send(json!({"type": "claim", "case": code})).await;
    let history = desk.until("history", |f| f["type"] == "history").await;
    assert!(
        history["messages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["text"] == "Is anyone there?"),
        "{history}"
    );

    // Connected: the status line goes, the support worker's words come as their own bubble.
    until(&client, "return document.getElementById('handoff').hidden").await;
    desk.send(json!({"type": "say", "case": code, "text": "Hello, I am Anna. <b>I am here.</b>"}))
        .await;
    until(&client, "return document.querySelector('.msg.staff') !== null").await;
    let bubble = js(
        &client,
        "const m = document.querySelector('.msg.staff'); \
         return [m.querySelector('.who').textContent, m.querySelector('.txt').textContent, m.lang, m.dir, m.querySelectorAll('b').length]",
    )
    .await;
    assert_eq!(
        bubble,
        json!(["Support worker", "Hello, I am Anna. <b>I am here.</b>", "en", "ltr", 0])
    );

    // The person answers with the composer; it reaches the console and shows as theirs.
    type_into(&client, "#text", "I need help with a place to sleep").await;
    click(&client, "#send").await;
    let said = desk
        .until("the person's text", |f| f["type"] == "message" && f["from"] == "user")
        .await;
    assert_eq!(said["text"], "I need help with a place to sleep");
    assert_eq!(
        js(&client, "const u = [...document.querySelectorAll('.msg.user')].pop(); return [u.textContent, document.getElementById('text').value]").await,
        json!(["I need help with a place to sleep", ""])
    );
    assert_eq!(
        js(
            &client,
            "return document.querySelector('#nav [data-id=\"nav.language\"]') === null"
        )
        .await,
        json!(true),
        "no language switch while a person is waited for or chatting"
    );
    screenshot(&client, "chat-handoff-320.png").await;
    let fits = js(&client, "return document.documentElement.scrollWidth <= innerWidth && document.getElementById('send').getBoundingClientRect().height >= 44").await;
    assert_eq!(fits, json!(true), "320 px layout, 44 px targets");

    // Staff close: the text box is a hint again and the bot's menu is back.
    desk.send(json!({"type": "close", "case": code})).await;
    until(
        &client,
        "return document.getElementById('text').readOnly && document.getElementById('send').hidden",
    )
    .await;
    until(&client, "const c = [...document.querySelectorAll('.choices')].pop(); return !!c && c.querySelector('.choice:not([disabled])') !== null").await;
    // The question about the chat first, with at most 12 buttons on the page; the menu's
    // answers once it is answered.
    let visible = "return [...document.querySelectorAll('button')].filter(b => b.offsetParent !== null).length";
    let before = js(&client, visible).await.as_u64().unwrap();
    assert!(before <= 12, "{before} buttons at once after the chat ended");
    click(&client, "button.survey[data-id=\"survey.skip\"]").await;
    until(
        &client,
        "return document.querySelectorAll('.choices[data-after-survey]').length === 0",
    )
    .await;
    let after = js(&client, visible).await.as_u64().unwrap();
    assert!(
        after > before - 4,
        "the menu's answers are shown: {before} then {after}"
    );
    assert_eq!(
        js(
            &client,
            "return document.querySelector('#nav [data-id=\"nav.language\"]') !== null"
        )
        .await,
        json!(true),
        "the language can change again"
    );

    let errors = console_errors(&driver, &client).await;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    client.close().await.unwrap();
    desk.close().await;
}

/// A new case while the console is in front of its staff member: at 390 px, inside a
/// conversation, the tone plays (counted through WebAudio) and "← Cases" gets a badge;
/// with Sound off, no tone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_case_in_a_visible_console_sounds_and_badges_cases_on_a_phone() {
    let app = common::spawn_app(&staff_config("")).await;
    let origin = format!("http://{}", app.addr);
    let driver = driver().await;
    let client = browser(&driver, 390, 844, true).await;
    log_in_through_the_form(&client, &origin).await;
    until(&client, "return !document.getElementById('queue-none').hidden").await;
    // Every tone the page starts is an oscillator: count them.
    js(
        &client,
        "window.tones = 0; const make = AudioContext.prototype.createOscillator; \
         AudioContext.prototype.createOscillator = function () { window.tones++; return make.call(this); }; return true",
    )
    .await;

    let mut first = app.ws().await;
    ask_for_person(&mut first, "en", "syd").await;
    let code = claimable(&client, 1).await;
    // The claim is a click: the user gesture that lets the page make sound.
    click(&client, &format!("#queue button.claim[data-code=\"{code}\"]")).await;
    until(&client, "return document.body.classList.contains('show-conv')").await;
    tokio::time::sleep(Duration::from_millis(1600)).await; // past the tone's own spacing
    let before = js(&client, "return window.tones").await.as_u64().unwrap();

    let mut second = app.ws().await;
    ask_for_person(&mut second, "en", "syd").await;
    until(&client, &format!("return window.tones > {before}")).await;
    until(
        &client,
        "const b = document.querySelector('#back .badge'); return b !== null && b.textContent === '1'",
    )
    .await;
    let visible = js(
        &client,
        "const b = document.querySelector('#back .badge').getBoundingClientRect(); return b.width > 0 && b.right <= innerWidth",
    )
    .await;
    assert_eq!(visible, json!(true), "the badge is on screen");
    screenshot(&client, "staff-390-new-case-badge.png").await;

    // Back to the list: the badge goes. Sound off: the next case is silent.
    click(&client, "#back").await;
    until(&client, "return document.querySelector('#back .badge') === null").await;
    click(&client, "#sound").await;
    let quiet = js(&client, "return window.tones").await.as_u64().unwrap();
    tokio::time::sleep(Duration::from_millis(1600)).await; // past the tone's own spacing
    let mut third = app.ws().await;
    ask_for_person(&mut third, "en", "syd").await;
    until(
        &client,
        "return document.querySelectorAll('#queue li.case').length >= 2",
    )
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(js(&client, "return window.tones").await.as_u64().unwrap(), quiet);
}

/// The console's service worker, in real Chromium: notifications allowed through the
/// DevTools protocol, the worker registered by the console, and a push delivered through
/// DevTools shows the notification the staff member would see, with the count and no
/// case code. (Subscribing needs the browser's own push service on the internet, which
/// this machine cannot reach; tests/push.rs covers the subscription against a loopback
/// push service that verifies and decrypts.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_push_shows_a_notification_through_the_consoles_service_worker() {
    let app = common::spawn_app(&staff_config("")).await;
    let origin = format!("http://{}", app.addr);
    let driver = driver().await;
    let client = browser(&driver, 1024, 768, false).await;
    let granted = cdp(
        &driver,
        &client,
        "Browser.grantPermissions",
        json!({"origin": origin, "permissions": ["notifications"]}),
    )
    .await;
    assert!(granted["value"].is_object(), "{granted}");
    log_in_through_the_form(&client, &origin).await;
    until(&client, "return !document.getElementById('push-box').hidden").await;
    until(
        &client,
        "return navigator.serviceWorker.getRegistration('/staff/').then(r => !!r && !!r.active)",
    )
    .await;
    let payload = json!({"region": "vast", "urgent": true, "waiting": 2}).to_string();
    // DevTools names registrations by a number the page cannot see: try the first few.
    let mut shown = Value::Null;
    // DevTools knows the worker's registration only once its domain is on.
    let enabled = cdp(&driver, &client, "ServiceWorker.enable", json!({})).await;
    assert!(enabled["value"].is_object(), "{enabled}");
    for id in 0..8 {
        cdp(
            &driver,
            &client,
            "ServiceWorker.deliverPushMessage",
            json!({"origin": origin, "registrationId": id.to_string(), "data": payload}),
        )
        .await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        shown = js(
            &client,
            "return navigator.serviceWorker.getRegistration('/staff/').then(r => r.getNotifications()).then(ns => ns.map(n => ({title: n.title, body: n.body, tag: n.tag, sticky: n.requireInteraction})))",
        )
        .await;
        if shown.as_array().is_some_and(|a| !a.is_empty()) {
            break;
        }
    }
    assert_eq!(
        shown,
        json!([{"title": "lotsa: people waiting", "body": "2 waiting for the vast team, urgent", "tag": "lotsa-vast", "sticky": true}])
    );
}

/// The transfer dialog in Chromium: each region says whether its team answers now, is
/// closed, or does not exist; choosing a closed team asks first; and after the transfer
/// the conversation stays, saying where the case went.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_transfer_dialog_marks_closed_and_missing_teams_and_says_where_the_case_went() {
    let config = staff_config(&common::staff::closed_team("stockholm", &["en"]));
    let app = common::spawn_app(&config).await;
    let origin = format!("http://{}", app.addr);
    let driver = driver().await;
    let client = browser(&driver, 1024, 768, false).await;
    log_in_through_the_form(&client, &origin).await;
    let mut user = app.ws().await;
    ask_for_person(&mut user, "en", "syd").await;
    let code = claimable(&client, 1).await;
    click(&client, &format!("#queue button.claim[data-code=\"{code}\"]")).await;
    user_until(&mut user, "connected", is_status("connected")).await;

    click(&client, "#c-transfer").await;
    until(
        &client,
        "return [...document.querySelectorAll('#t-region option')].some(o => o.value === 'vast' && o.textContent.includes(' — '))",
    )
    .await;
    let options = js(
        &client,
        "return Object.fromEntries([...document.querySelectorAll('#t-region option')].filter(o => o.value).map(o => [o.value, o.textContent]))",
    )
    .await;
    assert!(
        options["vast"].as_str().unwrap().ends_with(&w("team_open")),
        "{options}"
    );
    assert!(
        options["stockholm"]
            .as_str()
            .unwrap()
            .contains(before_var(&w("team_closed_until"))),
        "{options}"
    );
    assert!(
        options["nord"].as_str().unwrap().contains(&w("team_none_open")),
        "{options}"
    );
    screenshot(&client, "staff-transfer-dialog.png").await;

    // A closed team: the dialog asks before sending.
    js(
        &client,
        "const s = document.getElementById('t-region'); s.value = 'stockholm'; return true",
    )
    .await;
    click(&client, "#t-form button[type=submit]").await;
    until(&client, "return document.getElementById('q-h').textContent.length > 0 && document.querySelector('dialog[open] #q-form') !== null").await;
    click(&client, "#q-form button[type=submit]").await;
    user_until(&mut user, "queued again", is_status("queued")).await;
    until(
        &client,
        &format!(
            "const e = document.getElementById('c-ended'); return !e.hidden && e.textContent.includes({:?})",
            before_var(&w("transferred_to"))
        ),
    )
    .await;
}
