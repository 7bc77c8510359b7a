//! Telegram under a crowd: many people write to the bot at once, through a real teloxide
//! `Bot` against the loopback fake Bot API the tests use (which enforces Telegram's send
//! limits, 30 per second overall and 1 per second per chat, and answers 429 when they
//! are broken). It reports the queueing delay from an update to the step that answers
//! it, the send rate, and the 429s (which must be 0).
//!
//! `cargo run --release --example telegram_load -- [users] [steps]` (default 200 and 3).
//! Every user sends `/start` at the same moment, picks a language, then presses the first
//! answer of each following step. Bounded: it stops after the steps.

use std::time::Instant;

use hdrhistogram::Histogram;
use lotsa::config::Settings;
use lotsa::startup::Application;

#[allow(dead_code)]
#[path = "../tests/common/telegram.rs"]
mod telegram;
use telegram::{FakeTelegram, TOKEN};

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let users: i64 = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(200);
    let steps: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(3);

    let fake = FakeTelegram::start().await;
    let root = env!("CARGO_MANIFEST_DIR");
    let settings = Settings::from_toml(&format!(
        "bind = \"127.0.0.1:0\"\nflows_dir = \"{root}/flows\"\nlocales_dir = \"{root}/locales\"\n\
         telegram_token = \"{TOKEN}\"\ntelegram_api_url = \"{}\"\n",
        fake.url()
    ))
    .expect("settings");
    let app = Application::build(settings).await.expect("server builds");
    tokio::spawn(app.run_until(std::future::pending()));

    let started = Instant::now();
    for chat in 0..users {
        fake.user_text(60_000 + chat, "/start", "en");
    }
    let mut tasks = Vec::new();
    for chat in 0..users {
        let fake = fake.clone();
        tasks.push(tokio::spawn(async move {
            let chat = 60_000 + chat;
            let mut delays = Vec::with_capacity(steps);
            // The picker answers `/start`, which every user sent at `started`.
            let (_, mut keyboard) = fake.next_step(chat, 0).await;
            delays.push(started.elapsed());
            let mut answer = "lang.en".to_string();
            for _ in 1..steps {
                let before = fake.bot_count(chat);
                let pressed = Instant::now();
                fake.press(chat, keyboard.id, &answer);
                let (_, next) = fake.next_step(chat, before).await;
                delays.push(pressed.elapsed());
                answer = next.keyboard[0].0.clone();
                keyboard = next;
            }
            delays
        }));
    }
    let mut first = Histogram::<u64>::new_with_bounds(1, 600_000, 3).expect("bounds");
    let mut later = first.clone();
    for t in tasks {
        let delays = t.await.expect("user task");
        for (i, d) in delays.iter().enumerate() {
            let ms = (d.as_millis() as u64).clamp(1, 600_000);
            if i == 0 { &mut first } else { &mut later }
                .record(ms)
                .expect("in bounds");
        }
    }
    let elapsed = started.elapsed();
    let (sent, too_many) = {
        let s = fake.state.lock().unwrap();
        let sent: usize = s.chats.values().map(|m| m.iter().filter(|m| m.from_bot).count()).sum();
        (sent, s.too_many)
    };
    let show = |name: &str, h: &Histogram<u64>| {
        println!(
            "{name}: p50 {} ms, p99 {} ms, max {} ms",
            h.value_at_quantile(0.5),
            h.value_at_quantile(0.99),
            h.max()
        );
    };
    println!("{users} users x {steps} steps: {sent} bot messages in {elapsed:.1?}, {too_many} x 429");
    show("delay from /start to the picker (all at once)", &first);
    show("delay from a button press to its step", &later);
    println!(
        "RESULT label=telegram users={users} sent={sent} sends_per_s={:.1} first_p50_ms={} first_p99_ms={} step_p50_ms={} step_p99_ms={} step_max_ms={} too_many={too_many}",
        sent as f64 / elapsed.as_secs_f64(),
        first.value_at_quantile(0.5),
        first.value_at_quantile(0.99),
        later.value_at_quantile(0.5),
        later.value_at_quantile(0.99),
        later.max()
    );
    // Leave no doubt about the one hard requirement.
    if too_many > 0 {
        std::process::exit(1);
    }
}
