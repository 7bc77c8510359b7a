//! Live handoff on Telegram, through the fake Bot API with a real teloxide `Bot`: a
//! person in Arabic (right to left) asks for a human with the same buttons as the web
//! chat, a staff member logged in over HTTP claims and answers over `/staff/ws`, text goes
//! both ways as plain Telegram messages, and `/forget` closes the case for staff.

mod common;

use common::spawn_app;
use common::staff::{console, login, staff_config};
use common::telegram::{FakeTelegram, TOKEN};
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_handoff_on_telegram_in_arabic_and_swedish() {
    let fake = FakeTelegram::start().await;
    let config = format!(
        "telegram_token = \"{TOKEN}\"\ntelegram_api_url = \"{}\"\n{}",
        fake.url(),
        staff_config("")
    );
    let app = spawn_app(&config).await;
    let content = common::content();
    let anna = login(&app, "anna").await;
    let mut desk = console(&app, &anna).await;

    for (chat, code) in [(501_i64, "ar"), (502, "sv")] {
        let lang = content.locales.by_code(code).unwrap();
        let text = |id: &str| content.locales.format(lang, id, None);
        fake.user_text(chat, "/start", code);
        let (_, picker) = fake.next_step(chat, 0).await;
        let promise = fake.choose(chat, &picker, &format!("lang.{code}")).await.1;
        let region = fake.choose(chat, &promise, "nav.human").await.1;
        let consent = fake.choose(chat, &region, "region.syd").await.1;
        // Telegram's own wording: the messages stay in the chat until /forget.
        let telegram_info = content
            .locales
            .format_attribute(lang, "handoff-consent-info", "telegram", None)
            .unwrap();
        assert!(
            fake.messages(chat)
                .iter()
                .any(|m| m.text.contains(telegram_info.split('.').next().unwrap())),
            "{code}: consent text"
        );
        let waiting = fake.choose(chat, &consent, "handoff.yes").await.1;
        assert_eq!(
            waiting.keyboard.iter().map(|(d, _)| d.as_str()).collect::<Vec<_>>(),
            ["handoff.leave", "nav.end"]
        );

        let queue = desk.queue_of(1).await;
        let row = &queue["cases"][0];
        assert_eq!(row["channel"], "telegram");
        assert_eq!(row["lang"], code);
        // Telegram has no open socket: the person's last activity shows, and they count
        // as here while it is recent.
        assert_eq!(row["person"], "here");
        assert!(row["seen_secs"].as_i64().is_some_and(|s| (0..60).contains(&s)), "{row}");
        let case = row["case"].as_str().unwrap().to_string();
        desk.send(json!({"type": "claim", "case": case})).await;
        fake.bot_says(chat, &text("handoff-connected")).await;

        // Staff → person: a plain message, labelled.
        desk.send(json!({"type": "say", "case": case, "text": "Hello from Anna"}))
            .await;
        let said = fake.bot_says(chat, "Hello from Anna").await;
        assert!(said.text.contains(&text("handoff-staff-label")), "{}", said.text);
        // Person → staff: typed text reaches the holder's console.
        fake.user_text(chat, "مرحبا، أحتاج مساعدة", code);
        let message = desk
            .until("user text", |f| f["type"] == "message" && f["from"] == "user")
            .await;
        assert_eq!(message["text"], "مرحبا، أحتاج مساعدة");
        // The "stop" button still works after staff messages.
        if chat == 502 {
            let menu = fake.choose(chat, &waiting, "handoff.leave").await.1;
            assert!(menu.keyboard.iter().any(|(d, _)| d == "menu.rights"));
            let closed = desk
                .until("closed by user", |f| f["type"] == "case" && f["state"] == "closed")
                .await;
            assert_eq!(closed["by"], "user");
        } else {
            // Staff closes: the person is told and gets the menu.
            desk.send(json!({"type": "close", "case": case})).await;
            fake.bot_says(chat, &text("handoff-ended")).await;
            // The one question after the chat, with its own buttons; answered once.
            let survey = fake.bot_says(chat, &text("survey-ask")).await;
            let yes = format!("survey.yes.{code}");
            assert!(survey.keyboard.iter().any(|(d, _)| *d == yes), "{:?}", survey.keyboard);
            fake.press(chat, survey.id, &yes);
            fake.bot_says(chat, &text("survey-thanks")).await;
        }
        desk.queue_of(0).await;
    }

    // /forget during a case closes it for staff ("the person left").
    let chat = 503;
    fake.user_text(chat, "/start", "en");
    let (_, picker) = fake.next_step(chat, 0).await;
    let promise = fake.choose(chat, &picker, "lang.en").await.1;
    let region = fake.choose(chat, &promise, "nav.human").await.1;
    let consent = fake.choose(chat, &region, "region.syd").await.1;
    fake.choose(chat, &consent, "handoff.yes").await;
    desk.queue_of(1).await;
    fake.user_text(chat, "/forget", "en");
    let closed = desk
        .until("closed by /forget", |f| f["type"] == "case" && f["state"] == "closed")
        .await;
    assert_eq!(closed["by"], "user");
    desk.queue_of(0).await;
}
