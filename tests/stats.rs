//! Anonymous statistics against the real server: scripted conversations in several
//! languages and regions give the expected counts in the CSV export, small cells and the
//! cells that would give them away are suppressed, a coordinator sees no other region's
//! figures, nothing in the embedded file or in Redis can be joined back to a
//! conversation, and the counts survive a restart with both stores.

mod common;

use std::time::Duration;

use common::redis::{RedisServer, all_lotsa_keys};
use common::staff::{Staff, login, staff_config};
use common::{TestApp, spawn_app, token_of};
use lotsa::startup::Application;

/// What a person typed that must never reach the statistics.
const TYPED: &str = "Anna Svensson 0701234567";

/// One conversation in `lang` through `path`, typing once on the way; its token.
async fn converse(app: &TestApp, lang: &str, path: &[&str]) -> String {
    let mut ws = app.ws().await;
    let token = token_of(&ws.start(Some(lang)).await);
    ws.send(serde_json::json!({"type": "text", "text": TYPED})).await;
    ws.until_ask().await;
    for id in path {
        ws.choose(id).await;
    }
    token
}

/// The script: 10 Swedish, 6 Arabic and 2 Tigrinya conversations; 5 choose the south and
/// 5 the west when asking for contacts.
async fn script(app: &TestApp) -> Vec<String> {
    let mut tokens = Vec::new();
    for i in 0..10 {
        let region = if i < 5 { "region.syd" } else { "region.vast" };
        tokens.push(
            converse(
                app,
                "sv",
                &["promise.ok", "safety.yes", "who.self", "nav.human", region],
            )
            .await,
        );
    }
    for _ in 0..6 {
        tokens.push(converse(app, "ar", &["promise.ok", "safety.yes", "who.self"]).await);
    }
    for _ in 0..2 {
        tokens.push(converse(app, "ti", &["promise.ok", "safety.yes", "who.other"]).await);
    }
    tokens
}

async fn export(app: &TestApp, staff: &Staff, query: &str) -> (u16, String) {
    let response = reqwest::Client::new()
        .get(app.http(&format!("/staff/stats.csv{query}")))
        .header("cookie", &staff.cookie)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

fn has(csv: &str, row: &str) -> bool {
    csv.lines()
        .any(|l| l.split_once(',').is_some_and(|(_, rest)| rest == row))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_export_counts_scripted_conversations_and_suppresses_small_cells() {
    let dir = tempfile::tempdir().unwrap();
    let app = spawn_app(&staff_config(&format!(
        "\n[stats]\ndata_dir = \"{}\"",
        dir.path().display()
    )))
    .await;
    let tokens = script(&app).await;
    let admin = login(&app, "root").await;
    let (status, csv) = export(&app, &admin, "").await;
    assert_eq!(status, 200, "{csv}");
    assert!(csv.starts_with("day,dimension,value,count\n"), "{csv}");
    assert!(has(&csv, "channel,web,18"), "{csv}");
    assert!(has(&csv, "language,sv,10"), "{csv}");
    // Two Tigrinya conversations are a small cell. Arabic's 6 is hidden with it: the
    // channel total minus Swedish would otherwise give Tigrinya's 2 away. Arabic is marked
    // for what it is: hidden to protect another, not small.
    assert!(has(&csv, "language,ti,<5"), "{csv}");
    assert!(has(&csv, "language,ar,suppressed"), "{csv}");
    assert!(has(&csv, "region,syd,5") && has(&csv, "region,vast,5"), "{csv}");
    assert!(has(&csv, "who,self,suppressed") && has(&csv, "who,other,<5"), "{csv}");
    for line in csv.lines().skip(1) {
        let count = line.rsplit(',').next().unwrap();
        assert!(
            count == "<5" || count == "suppressed" || count.parse::<u64>().unwrap() >= 5,
            "a small figure shown: {line}"
        );
    }

    // A coordinator for the south and the national team sees the national figures and
    // the south's, never the west's.
    let anna = login(&app, "anna").await;
    let (_, south) = export(&app, &anna, "").await;
    assert!(has(&south, "region,syd,5") && has(&south, "language,sv,10"), "{south}");
    assert!(!south.contains("vast"), "{south}");
    // The page too: the same figures, in Anna's language, and nothing of the west.
    let content = common::content();
    let sv = content.locales.by_code("sv").unwrap();
    let page = |staff: &Staff| {
        reqwest::Client::new()
            .get(app.http("/staff/stats"))
            .header("cookie", &staff.cookie)
            .send()
    };
    let south_page = page(&anna).await.unwrap().text().await.unwrap();
    let label = |id: &str| content.locales.format(sv, id, None);
    assert!(south_page.contains("Svenska: 10"), "the day's Swedish column");
    assert!(
        south_page.contains(&format!("{}: 5", label("region-syd"))),
        "the south, chosen 5 times"
    );
    assert!(!south_page.contains(&label("region-vast")), "nothing of the west");
    let admin_page = page(&admin).await.unwrap().text().await.unwrap();
    assert!(admin_page.contains("&lt;5"), "suppressed cells are drawn as <5");

    // A bad range gets a clear answer; no session gets 401.
    let (status, body) = export(&app, &admin, "?from=2026-02-01&to=2026-01-01").await;
    assert_eq!((status, body.as_str()), (400, "from must not be after to"));
    let nobody = Staff {
        cookie: String::new(),
        csrf: String::new(),
    };
    assert_eq!(export(&app, &nobody, "").await.0, 401);

    // Nothing in the embedded file can be joined back to a conversation.
    drop(app);
    let bytes = std::fs::read(dir.path().join("stats.redb")).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        !text.contains("Anna") && !text.contains("0701234567"),
        "typed text in the file"
    );
    for token in &tokens {
        assert!(!text.contains(token.as_str()), "a session token in the file");
    }
    assert_no_time_of_day(&text);
}

/// No timestamp finer than a day: no `HH:MM` and no ISO time in the stored text.
fn assert_no_time_of_day(text: &str) {
    let bytes = text.as_bytes();
    for w in bytes.windows(5) {
        let digit = |b: u8| b.is_ascii_digit();
        assert!(
            !(digit(w[0]) && digit(w[1]) && w[2] == b':' && digit(w[3]) && digit(w[4])),
            "a time of day is stored"
        );
    }
}

/// Waits until a new instance can open the same data directory (the previous one has
/// shut down and let go of the file), then serves it.
async fn restart(extra: &str) -> TestApp {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        match Application::build(common::settings(extra)).await {
            Ok(app) => {
                drop(app);
                return spawn_app(extra).await;
            }
            Err(e) => {
                assert!(std::time::Instant::now() < deadline, "cannot reopen: {e}");
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn counts_survive_a_restart_in_the_data_directory() {
    let dir = tempfile::tempdir().unwrap();
    let extra = staff_config(&format!("\n[stats]\ndata_dir = \"{}\"", dir.path().display()));
    let app = spawn_app(&extra).await;
    for _ in 0..5 {
        converse(&app, "uk", &["promise.ok"]).await;
    }
    drop(app);
    let app = restart(&extra).await;
    for _ in 0..2 {
        converse(&app, "uk", &["promise.ok"]).await;
    }
    let admin = login(&app, "root").await;
    let (_, csv) = export(&app, &admin, "").await;
    assert!(has(&csv, "language,uk,7"), "{csv}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_redis_counts_are_day_hashes_of_identifiers_and_survive_a_restart() {
    let redis = RedisServer::start().await;
    let extra = staff_config("");
    let app = common::spawn_app_with_redis(&redis.url(), &extra).await;
    let tokens = script(&app).await;
    drop(app);
    let app = common::spawn_app_with_redis(&redis.url(), &extra).await;
    for _ in 0..2 {
        converse(&app, "sv", &["promise.ok"]).await;
    }
    let admin = login(&app, "root").await;
    let (_, csv) = export(&app, &admin, "").await;
    assert!(has(&csv, "language,sv,12") && has(&csv, "channel,web,20"), "{csv}");

    let client = redis::Client::open(redis.url()).unwrap();
    let mut conn = client.get_multiplexed_async_connection().await.unwrap();
    let keys: Vec<String> = all_lotsa_keys(&mut conn)
        .await
        .into_iter()
        .filter(|k| k.starts_with("lotsa:stats:"))
        .collect();
    assert_eq!(keys.len(), 1, "one key for today: {keys:?}");
    let day = keys[0].strip_prefix("lotsa:stats:").unwrap();
    assert!(
        day.parse::<jiff::civil::Date>().is_ok(),
        "keyed by the day alone: {day}"
    );
    let fields: Vec<(String, u64)> = redis::cmd("HGETALL")
        .arg(&keys[0])
        .query_async(&mut conn)
        .await
        .unwrap();
    for (field, _) in &fields {
        let (dimension, value) = field.split_once('\t').expect("dimension and value");
        let identifier = |s: &str| s.chars().all(|c| c.is_ascii_alphanumeric() || ".-_".contains(c));
        assert!(identifier(dimension) && identifier(value), "{field:?}");
        for token in &tokens {
            assert!(!field.contains(token.as_str()));
        }
    }
    let ttl: i64 = redis::cmd("TTL").arg(&keys[0]).query_async(&mut conn).await.unwrap();
    assert!(ttl > 300 * 86_400, "kept about 400 days, then gone: {ttl}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn telegram_conversations_are_counted_too() {
    let fake = common::telegram::FakeTelegram::start().await;
    let app = spawn_app(&format!(
        "telegram_token = \"{}\"\ntelegram_api_url = \"{}\"\n{}",
        common::telegram::TOKEN,
        fake.url(),
        staff_config("")
    ))
    .await;
    for chat in 0..5 {
        fake.user_text(chat, "/start", "pl");
        let (_, picker) = fake.next_step(chat, 0).await;
        fake.press(chat, picker.id, "lang.pl");
        let (_, promise) = fake.next_step(chat, 1).await;
        let n = fake.bot_count(chat);
        fake.press(chat, promise.id, "promise.ok");
        fake.next_step(chat, n).await;
    }
    // /forget asks the one question on its own last message; a double tap counts once.
    for chat in 0..5 {
        let n = fake.bot_count(chat);
        fake.user_text(chat, "/forget", "pl");
        let last = fake.bot_messages_until(chat, n).await.pop().unwrap();
        assert!(
            last.keyboard.iter().any(|(d, _)| d == "survey.yes.pl"),
            "{:?}",
            last.keyboard
        );
        fake.press(chat, last.id, "survey.yes.pl");
        fake.press(chat, last.id, "survey.yes.pl");
        for _ in 0..100 {
            let now = fake.messages(chat).into_iter().find(|m| m.id == last.id).unwrap();
            if now.keyboard_removed {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let admin = login(&app, "root").await;
    let (_, csv) = export(&app, &admin, "").await;
    assert!(has(&csv, "channel,telegram,5") && has(&csv, "language,pl,5"), "{csv}");
    assert!(has(&csv, "survey,yes,5"), "each answer once: {csv}");
    // Per chat: two answered questions collapsed into their answers, and the thanks once.
    assert_eq!(fake.state.lock().unwrap().edits, 5 * 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_draws_its_charts_in_chromium_at_1024_and_390() {
    use common::chromium::{browser, console_errors, driver, js, screenshot, type_into, until};
    let app = common::spawn_app_on_own_port(&staff_config("")).await;
    script(&app).await;
    let origin = format!("http://{}", app.addr);
    // Without a session: a page that says where to log in, not the figures.
    let anonymous = reqwest::get(format!("{origin}/staff/stats")).await.unwrap();
    assert_eq!(anonymous.status(), 401);
    assert!(!anonymous.text().await.unwrap().contains("<svg"));
    let driver = driver().await;
    for (width, height, phone) in [(1024, 768, false), (390, 664, true)] {
        let client = browser(&driver, width, height, phone).await;
        // Logged in through the console's own form, as a coordinator would.
        client.goto(&format!("{origin}/staff")).await.unwrap();
        until(&client, "return !document.getElementById('login').hidden").await;
        type_into(&client, "#l-id", "root").await;
        type_into(&client, "#l-pw", common::staff::PASSWORD).await;
        type_into(&client, "#l-pw", "\u{E007}").await;
        until(&client, "return !document.getElementById('app').hidden").await;
        // The console's own expected 401 ("am I logged in?") is not this page's.
        console_errors(&driver, &client).await;
        client.goto(&format!("{origin}/staff/stats")).await.unwrap();
        until(&client, "return document.querySelectorAll('svg.chart').length >= 6").await;
        let seen = js(
            &client,
            "return [document.body.textContent.includes('Svenska'),
                     [...document.querySelectorAll('svg.chart')].every(s => s.getBoundingClientRect().width <= window.innerWidth),
                     document.documentElement.scrollWidth <= window.innerWidth,
                     performance.getEntriesByType('resource').map(e => e.name)]",
        )
        .await;
        assert_eq!(seen[0], true, "the language chart names Swedish");
        assert_eq!(seen[1], true, "charts fit the width at {width}");
        assert_eq!(seen[2], true, "no sideways scrolling at {width}");
        for r in seen[3].as_array().unwrap() {
            assert!(r.as_str().unwrap().starts_with(&origin), "outside request: {r}");
        }
        let errors = console_errors(&driver, &client).await;
        assert!(errors.is_empty(), "{errors:#?}");
        screenshot(&client, &format!("stats-{width}.png")).await;
        client.close().await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_question_after_a_conversation_is_counted_once_per_answer() {
    let app = spawn_app(&staff_config("")).await;
    let content = common::content();
    let sv = content.locales.by_code("sv").unwrap();
    let text = |id: &str| content.locales.format(sv, id, None);
    // A question never asked cannot be answered.
    let mut ws = app.ws().await;
    ws.start(Some("sv")).await;
    ws.send(serde_json::json!({"type": "survey", "answer": "yes"})).await;
    assert_eq!(ws.recv().await["code"], "bad_request");
    for i in 0..6 {
        let mut ws = app.ws().await;
        ws.start(Some("sv")).await;
        let end = ws.choose("nav.end").await;
        let survey = end
            .iter()
            .find(|f| f["type"] == "survey")
            .expect("offered after ending");
        assert_eq!(survey["text"], text("survey-ask"));
        assert_eq!(
            common::choice_ids(survey),
            ["survey.yes", "survey.little", "survey.no", "survey.skip"]
        );
        assert_eq!(end.last().unwrap()["state"], "closed", "closed stays the last word");
        ws.send(serde_json::json!({"type": "survey", "answer": if i < 5 { "yes" } else { "no" }}))
            .await;
        assert_eq!(ws.recv().await["text"], text("survey-thanks"));
        // Once per question: a second answer, or one that is not offered, is refused.
        ws.send(serde_json::json!({"type": "survey", "answer": "yes"})).await;
        assert_eq!(ws.recv().await["code"], "bad_request");
    }
    let mut ws = app.ws().await;
    ws.start(Some("sv")).await;
    ws.choose("nav.end").await;
    ws.send(serde_json::json!({"type": "survey", "answer": "I was helped by Anna"}))
        .await;
    assert_eq!(ws.recv().await["code"], "bad_request");
    let admin = login(&app, "root").await;
    let (_, csv) = export(&app, &admin, "").await;
    assert!(has(&csv, "survey,yes,suppressed") && has(&csv, "survey,no,<5"), "{csv}");
    assert!(!csv.contains("Anna"));
}

/// Seeds the embedded store with `counts` on `day`, as the server would have counted them.
async fn seed(dir: &std::path::Path, day: jiff::civil::Date, counts: &[(&str, &str, u64)]) {
    use lotsa::stats::StatsStore;
    let store = lotsa::stats::RedbStats::open(dir, Duration::from_secs(400 * 86_400)).unwrap();
    for (dimension, value, n) in counts {
        for _ in 0..*n {
            store.increment(day, dimension, value).await.unwrap();
        }
    }
}

/// Every chart's figures as the page draws them: `label: figure` from each bar's title.
fn figures(page: &str) -> Vec<String> {
    page.split("<title>")
        .skip(1)
        .filter_map(|t| t.split_once("</title>").map(|(t, _)| t.to_string()))
        .filter(|t| t.contains(": "))
        .collect()
}

/// The differencing attack: a hidden cell on one day must not come out of a range's
/// total minus another day's, in either direction, in any chart; and the marks are
/// true ("<5" for a small cell, "suppressed" for one hidden to protect it).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_chart_lets_two_ranges_be_subtracted_to_reveal_a_hidden_day() {
    let dir = tempfile::tempdir().unwrap();
    let today = jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::get("Europe/Stockholm").unwrap())
        .date();
    let (d1, d2) = (
        today.yesterday().unwrap().yesterday().unwrap(),
        today.yesterday().unwrap(),
    );
    // Every charted dimension: on its "hidden" day A=1 and B=4 are small (and hide each
    // other), C=20 shows; on the other day A=10, B=12, C=30 all show. Without the fix the
    // range shows A=11 and B=16, and 11 − 10 gives the hidden 1 away.
    let charted: [(&str, [&str; 3]); 9] = [
        ("rights", ["reflection", "package", "police"]),
        ("needs", ["legal", "psych", "material"]),
        ("sign.passport", ["yes", "no", "unsure"]),
        ("region", ["nord", "syd", "vast"]),
        ("handoff.requested", ["nord", "syd", "vast"]),
        ("handoff.wait", ["under-1m", "1-5m", "5-15m"]),
        ("wrapup.form", ["sexual", "labour", "begging"]),
        ("wrapup.who", ["person", "family", "professional"]),
        ("wrapup.done", ["social", "police", "legal"]),
    ];
    for (i, (dimension, [a, b, c])) in charted.iter().enumerate() {
        // Half the charts hide the first day, half the second: both directions.
        let (hidden_day, shown_day) = if i % 2 == 0 { (d1, d2) } else { (d2, d1) };
        seed(
            dir.path(),
            hidden_day,
            &[(dimension, a, 1), (dimension, b, 4), (dimension, c, 20)],
        )
        .await;
        seed(
            dir.path(),
            shown_day,
            &[(dimension, a, 10), (dimension, b, 12), (dimension, c, 30)],
        )
        .await;
    }
    // Item 7's example: 7 Arabic, 5 English and 2 Swedish conversations on one day.
    seed(
        dir.path(),
        d1,
        &[("language", "ar", 7), ("language", "en", 5), ("language", "sv", 2)],
    )
    .await;

    let extra = staff_config(&format!("\n[stats]\ndata_dir = \"{}\"", dir.path().display()));
    let app = spawn_app(&extra).await;
    let admin = login(&app, "root").await;
    let page = |query: String| {
        let request = reqwest::Client::new()
            .get(app.http(&format!("/staff/stats{query}")))
            .header("cookie", &admin.cookie);
        async move { request.send().await.unwrap().text().await.unwrap() }
    };
    let range = page(format!("?from={d1}&to={d2}")).await;
    let day1 = page(format!("?from={d1}&to={d1}")).await;
    let day2 = page(format!("?from={d2}&to={d2}")).await;

    let range_figures = figures(&range);
    assert!(
        range_figures.len() >= 27,
        "every chart drew its bars: {range_figures:?}"
    );
    for f in &range_figures {
        // The sums that would let 11 − 10 and 16 − 12 be worked out.
        assert!(
            !f.ends_with(": 11") && !f.ends_with(": 16") && !f.ends_with("(11)") && !f.ends_with("(16)"),
            "a range total counts a hidden day: {f}"
        );
    }
    let bounds = |figures: &[String], n: &str| figures.iter().filter(|f| f.contains(&format!("≥ {n}"))).count();
    assert_eq!(
        bounds(&range_figures, "10"),
        9,
        "A is at least 10 in every chart: {range_figures:?}"
    );
    assert_eq!(
        bounds(&range_figures, "12"),
        8,
        "B is at least 12 in every chart but the signs (yes only): {range_figures:?}"
    );
    assert!(
        range_figures
            .iter()
            .filter(|f| f.ends_with(": 50") || f.ends_with("(50)"))
            .count()
            == 8,
        "C, shown on both days, adds up exactly (every chart but the signs): {range_figures:?}"
    );
    // Each day alone shows exactly its published cells: the range says nothing more.
    for day in [&day1, &day2] {
        let figures = figures(day);
        assert!(
            figures.iter().any(|f| f.ends_with(": &lt;5") || f.ends_with("(&lt;5)")),
            "{figures:?}"
        );
        assert!(
            !figures.iter().any(|f| f.ends_with(": 1") || f.ends_with(": 4")),
            "{figures:?}"
        );
    }
    assert!(range.contains("lower bound"), "the page explains the mark");

    // The CSV: a small cell is "<5", the one hidden to protect it "suppressed".
    let (_, csv) = export(&app, &admin, &format!("?from={d1}&to={d1}")).await;
    assert!(has(&csv, "language,sv,<5"), "{csv}");
    assert!(has(&csv, "language,en,suppressed"), "{csv}");
    assert!(has(&csv, "language,ar,7"), "{csv}");
    // A bad range keeps the form on the page, with the reason.
    let bad = page(format!("?from={d2}&to={d1}")).await;
    assert!(
        bad.contains("<form") && bad.contains("From must not be after to."),
        "{bad}"
    );
}
