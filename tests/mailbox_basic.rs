//! The mailbox on the page without JavaScript (`/chat/basic`), over real HTTP against a
//! real server and the staff console's WebSocket: leave a message (the text shown again
//! before it is sent, from a hidden field), answer it from the console, open it with the
//! receipt code, reply once, delete; in sv, en and ar. And the attacks: a crafted
//! `choose=handoff.yes` is still an unknown choice, a wrong code gets the same words and
//! takes as long as a right one, guessing is limited per address, and the code is never
//! in an address.

mod common;

use std::time::Instant;

use common::TestApp;
use common::mailbox::{list_until, listed_item};
use common::staff::{console, login, staff_config};
use lotsa::mailbox::ANSWER_FLOOR;
use serde_json::json;

const SENTINEL: &str = "Basic-mailbox-sentinel <b>Quorvik</b> & \"0707\"";
const ANSWER: &str = "Staff-answer-sentinel: we can meet you";
const REPLY: &str = "Reply-sentinel from the basic page";

/// One page of `/chat/basic`: its HTML and what the tests read from it.
struct Page {
    html: String,
    url: String,
    cache: Option<String>,
}

impl Page {
    fn token(&self) -> String {
        let marker = "name=\"token\" value=\"";
        let at = self.html.find(marker).expect("the page carries a token") + marker.len();
        self.html[at..at + 32].to_string()
    }

    /// The text of every message, unescaped.
    fn messages(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = self.html.as_str();
        while let Some(at) = rest.find("<p class=\"msg ") {
            let open = &rest[at..];
            let start = open.find('>').unwrap() + 1;
            let end = open.find("</p>").unwrap();
            out.push(unescape(&open[start..end]));
            rest = &open[end..];
        }
        out
    }

    fn buttons(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = self.html.as_str();
        while let Some(at) = rest.find("name=\"choose\" value=\"") {
            let after = &rest[at + "name=\"choose\" value=\"".len()..];
            let end = after.find('"').unwrap();
            out.push(after[..end].to_string());
            rest = &after[end..];
        }
        out
    }

    fn has(&self, text: &str) -> bool {
        self.messages().iter().any(|m| m.contains(text))
    }
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The receipt code shown on a page: 16 digits in groups of four.
fn receipt_code(page: &Page) -> String {
    for m in page.messages() {
        let chars: Vec<char> = m.chars().collect();
        for start in 0..chars.len().saturating_sub(18) {
            let candidate: String = chars[start..start + 19].iter().collect();
            let shape = candidate
                .chars()
                .enumerate()
                .all(|(i, c)| if i % 5 == 4 { c == ' ' } else { c.is_ascii_digit() });
            if shape {
                return candidate;
            }
        }
    }
    panic!("no receipt code in {:?}", page.messages());
}

async fn post(app: &TestApp, form: &[(&str, &str)]) -> Page {
    let response = reqwest::Client::new()
        .post(app.http("/chat/basic"))
        .form(form)
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success(), "{}", response.status());
    let url = response.url().to_string();
    let cache = response
        .headers()
        .get("cache-control")
        .map(|v| v.to_str().unwrap().to_string());
    Page {
        html: response.text().await.unwrap(),
        url,
        cache,
    }
}

/// A button of the page's form.
async fn choose(app: &TestApp, page: &Page, id: &str) -> Page {
    assert!(
        page.buttons().iter().any(|b| b == id),
        "{id} not offered: {:?}",
        page.buttons()
    );
    post(app, &[("token", &page.token()), ("choose", id)]).await
}

/// A new conversation in `lang`, at the step after the language picker.
async fn begin(app: &TestApp, lang: &str) -> Page {
    post(app, &[("choose", &format!("lang.{lang}"))]).await
}

/// From the beginning to the writing step of `region`'s team.
async fn to_writing(app: &TestApp, lang: &str, region: &str) -> Page {
    let page = begin(app, lang).await;
    let page = post(app, &[("token", &page.token()), ("choose", "nav.human")]).await;
    let page = choose(app, &page, &format!("region.{region}")).await;
    let page = choose(app, &page, "handoff.mailbox").await;
    assert!(
        page.html
            .contains("<textarea id=\"text\" name=\"text\" maxlength=\"2000\""),
        "{}",
        page.html
    );
    page
}

/// Leaves `text` through the confirm page; the receipt page.
async fn leave(app: &TestApp, lang: &str, text: &str) -> Page {
    let write = to_writing(app, lang, "syd").await;
    let token = write.token();
    let confirm = post(app, &[("token", &token), ("mailbox", "write"), ("text", text)]).await;
    assert!(
        confirm.has(text),
        "the message is shown again: {:?}",
        confirm.messages()
    );
    assert!(
        confirm
            .html
            .contains(&format!("name=\"text\" value=\"{}\"", lotsa::html::escape(text))),
        "in a hidden field, escaped"
    );
    assert!(!confirm.html.contains("<b>"), "never as markup");
    let kv = app.kv.as_ref().unwrap();
    assert!(
        kv.dump()
            .iter()
            .all(|v| !v.windows(8).any(|w| w == &text.as_bytes()[..8])),
        "nothing of it is stored before it is sent"
    );
    // "No, change it" brings it back into the text area.
    let again = post(app, &[("token", &token), ("mailbox", "again"), ("text", text)]).await;
    assert!(
        again
            .html
            .contains(&format!("{}</textarea>", lotsa::html::escape(text))),
        "{}",
        again.html
    );
    post(app, &[("token", &token), ("mailbox", "send"), ("text", text)]).await
}

/// Opens `code` from the start step of a new conversation.
async fn open(app: &TestApp, lang: &str, code: &str) -> Page {
    let page = begin(app, lang).await;
    let page = choose(app, &page, "start.code").await;
    assert!(
        page.html
            .contains("<input id=\"code\" name=\"code\" inputmode=\"numeric\" autocomplete=\"off\""),
        "{}",
        page.html
    );
    post(app, &[("token", &page.token()), ("mailbox", "open"), ("code", code)]).await
}

fn words(lang: &str, id: &str) -> String {
    let content = common::content();
    let l = content.locales.by_code(lang).unwrap();
    content.locales.format(l, id, None)
}

#[tokio::test]
async fn basic_end_to_end_in_sv_en_and_ar() {
    for lang in ["sv", "en", "ar"] {
        // One server per language: each opens a few codes, within one address's limit.
        let app = common::spawn_app(&staff_config("")).await;
        let text = format!("{SENTINEL} ({lang}) مرحبا");
        let receipt = leave(&app, lang, &text).await;
        assert_eq!(receipt.cache.as_deref(), Some("no-store"));
        assert!(receipt.url.ends_with("/chat/basic"), "{}", receipt.url);
        let code = receipt_code(&receipt);
        assert!(!receipt.url.contains(&code.replace(' ', "")));
        assert!(receipt.html.contains(&format!("lang=\"{lang}\"")));
        assert!(receipt.buttons().contains(&"mailbox.menu".to_string()));

        let anna = login(&app, "anna").await;
        let mut staff = console(&app, &anna).await;
        let id = listed_item(&mut staff, &text, "syd", lang).await;

        let waiting = open(&app, lang, &code).await;
        assert!(waiting.has(&words(lang, "mailbox-waiting")), "{:?}", waiting.messages());

        staff
            .send(json!({"type": "mailbox_answer", "item": id, "text": ANSWER}))
            .await;
        staff.until("answered", |f| f["type"] == "mailbox_answered").await;

        let opened = open(&app, lang, &code).await;
        assert!(opened.has(ANSWER), "{:?}", opened.messages());
        assert!(opened.has(&words(lang, "mailbox-answer-intro")));
        assert_eq!(opened.cache.as_deref(), Some("no-store"));
        for choice in ["mailbox.reply", "mailbox.delete", "mailbox.menu"] {
            assert!(opened.buttons().contains(&choice.to_string()), "{:?}", opened.buttons());
        }

        // The one reply, and a second one refused.
        let write = choose(&app, &opened, "mailbox.reply").await;
        assert!(write.html.contains("<textarea"));
        let token = write.token();
        let sent = post(&app, &[("token", &token), ("mailbox", "send"), ("text", REPLY)]).await;
        assert!(sent.has(&words(lang, "mailbox-reply-sent")), "{:?}", sent.messages());
        list_until(&mut staff, "the reply", |items| {
            items.iter().any(|i| i["item"] == id.as_str() && i["reply"] == REPLY)
        })
        .await;

        // Delete everything.
        let opened = open(&app, lang, &code).await;
        let write = choose(&app, &opened, "mailbox.reply").await;
        let twice = post(&app, &[("token", &write.token()), ("mailbox", "send"), ("text", REPLY)]).await;
        assert!(
            twice.has(&words(lang, "error-mailbox_replied")),
            "{:?}",
            twice.messages()
        );
        let opened = open(&app, lang, &code).await;
        let deleted = choose(&app, &opened, "mailbox.delete").await;
        assert!(deleted.has(&words(lang, "mailbox-deleted")), "{:?}", deleted.messages());
        list_until(&mut staff, "the item gone", |items| {
            items.iter().all(|i| i["text"] != text)
        })
        .await;
        let gone = open(&app, lang, &code).await;
        assert!(gone.has(&words(lang, "error-not_found")), "{:?}", gone.messages());
        let kv = app.kv.as_ref().unwrap();
        assert!(kv.keys().iter().all(|k| !k.contains("mailbox")), "{:?}", kv.keys());
    }
}

#[tokio::test]
async fn a_crafted_live_chat_choice_is_still_unknown() {
    let app = common::spawn_app(&staff_config("")).await;
    let page = begin(&app, "en").await;
    let page = post(&app, &[("token", &page.token()), ("choose", "nav.human")]).await;
    let consent = choose(&app, &page, "region.syd").await;
    assert!(!consent.buttons().contains(&"handoff.yes".to_string()));
    assert!(consent.buttons().contains(&"handoff.mailbox".to_string()));
    let crafted = post(&app, &[("token", &consent.token()), ("choose", "handoff.yes")]).await;
    assert!(
        crafted.has(&words("en", "error-unknown_choice")),
        "{:?}",
        crafted.messages()
    );
    // A mailbox button where the step has no such field is refused too.
    let crafted = post(
        &app,
        &[("token", &consent.token()), ("mailbox", "send"), ("text", SENTINEL)],
    )
    .await;
    assert!(
        crafted.has(&words("en", "error-bad_request")),
        "{:?}",
        crafted.messages()
    );
    let kv = app.kv.as_ref().unwrap();
    assert!(kv.keys().iter().all(|k| !k.contains("mailbox")), "nothing left");
    assert!(kv.keys().iter().all(|k| !k.contains("case")), "no case opened");
}

#[tokio::test]
async fn a_wrong_code_gets_the_same_words_at_the_same_time_and_guessing_is_limited() {
    let app = common::spawn_app(&staff_config("")).await;
    let code = receipt_code(&leave(&app, "en", "a message").await);
    let not_found = words("en", "error-not_found");
    // A right code and two wrong ones (well-formed, and not a code at all): each answer
    // comes no sooner than the floor, and both wrong ones in the same words.
    let started = Instant::now();
    let right = open(&app, "en", &code).await;
    assert!(right.has(&words("en", "mailbox-waiting")));
    assert!(started.elapsed() >= ANSWER_FLOOR);
    for wrong in ["1234 5678 9012 3456", "not a code"] {
        let started = Instant::now();
        let page = open(&app, "en", wrong).await;
        assert!(started.elapsed() >= ANSWER_FLOOR, "{wrong}");
        let errors: Vec<String> = page.messages().into_iter().filter(|m| m == &not_found).collect();
        assert_eq!(errors.len(), 1, "{wrong}: {:?}", page.messages());
        // Asked again, at the same step.
        assert!(page.html.contains("name=\"code\""));
    }
    // One address may try ten codes at once (three so far), then no more for a while.
    let mut limited = None;
    for n in 0..10 {
        let page = open(&app, "en", "0000 0000 0000 0000").await;
        if page.has(&words("en", "error-mailbox_limited")) {
            limited = Some(n);
            break;
        }
    }
    assert_eq!(limited, Some(7), "the eleventh try is refused");
    let metrics = app.metrics().await;
    assert!(
        metrics
            .lines()
            .any(|l| l.contains("mailbox_codes") && l.contains("LimitedRequester") && !l.ends_with(" 0")),
        "{metrics}"
    );
    // Even the right code now waits.
    let page = open(&app, "en", &code).await;
    assert!(page.has(&words("en", "error-mailbox_limited")));
}
