//! The languages themselves: which one a person gets first (Accept-Language, a link's
//! hint, Telegram's `language_code`, and sensible fallbacks for tags no locale has),
//! plural forms where CLDR has more than two (Arabic, Russian, Polish, Ukrainian), and
//! review status shown honestly and the same way in the metadata, the docs and the README.

mod common;

use std::sync::Arc;

use common::telegram::{FakeTelegram, TOKEN};
use common::{choice_ids, last_ask, spawn_app};
use fluent_bundle::FluentArgs;
use lotsa::content::Content;
use lotsa::i18n::Status;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

/// The 17 languages of issue 8, and Nigerian Pidgin as a marked draft.
const EXPECTED: &[&str] = &[
    "sv", "en", "ro", "bg", "pl", "ru", "uk", "es", "fr", "ar", "fa", "fa-AF", "so", "ti", "th", "zh-Hans", "vi", "pcm",
];

#[test]
fn every_planned_language_is_there_with_its_metadata() {
    let content = common::content();
    let locales = &content.locales;
    for code in EXPECTED {
        let lang = locales
            .by_code(code)
            .unwrap_or_else(|| panic!("locale `{code}` is missing"));
        assert!(!locales.name(lang).is_empty());
        let rtl = matches!(*code, "ar" | "fa" | "fa-AF");
        assert_eq!(locales.dir(lang).as_str(), if rtl { "rtl" } else { "ltr" }, "{code}");
        // Never claim a review that did not happen: nothing here has had one yet.
        assert_ne!(locales.status(lang), Status::Reviewed, "{code}");
        // Swedish and English are written by the project; the rest are translations of
        // English, each with a record per message of the English it was made from.
        if matches!(*code, "sv" | "en") {
            assert_eq!(locales.status(lang), Status::Source, "{code}");
            assert_eq!(locales.translated_from(lang), None, "{code}");
            assert_eq!(locales.reviewed_percent(lang), None, "{code}");
        } else {
            assert_ne!(locales.status(lang), Status::Source, "{code}");
            assert_eq!(locales.translated_from(lang), locales.by_code("en"), "{code}");
            assert_eq!(locales.reviewed_percent(lang), Some(0), "{code}");
            let records = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("locales")
                .join(code)
                .join(lotsa::i18n::review::FILE);
            assert!(records.is_file(), "{code}: {} is missing", records.display());
        }
    }
    assert_eq!(locales.status(locales.by_code("pcm").unwrap()), Status::Draft);
    for c in locales.coverage() {
        assert_eq!(c.present, c.total, "{}: every message", c.code);
    }
}

/// The docs' table of languages says the same as each `locale.toml`.
#[test]
fn the_translation_guide_lists_every_language_with_its_status() {
    let content = common::content();
    let guide = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/translation.md")).unwrap();
    for c in content.locales.coverage() {
        let row = guide
            .lines()
            .find(|l| l.starts_with(&format!("| `{}` |", c.code)))
            .unwrap_or_else(|| panic!("docs/translation.md has no row for `{}`", c.code));
        assert!(row.contains(c.status.as_str()), "{row}");
        assert!(row.contains(&c.name), "{row}");
    }
}

/// The README says what the metadata says: Swedish and English are the source languages,
/// neither machine-drafted nor reviewed; the others machine-drafted and not yet reviewed.
#[test]
fn the_readme_says_the_same_about_review_as_the_metadata() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let paragraph = readme
        .split("\n\n")
        .find(|p| p.starts_with("Languages now"))
        .expect("the README's languages paragraph")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for claim in [
        "Swedish and English are the source languages",
        "not machine-drafted",
        "not reviewed by a native speaker",
        "machine-drafted and back-translated",
    ] {
        assert!(paragraph.contains(claim), "README: `{claim}` not in: {paragraph}");
    }
}

async fn picker_for(app: &common::TestApp, accept_language: &str) -> serde_json::Value {
    let mut request = app.ws_url().into_client_request().unwrap();
    request
        .headers_mut()
        .insert("accept-language", accept_language.parse().unwrap());
    let (stream, _) = tokio_tungstenite::connect_async(request).await.unwrap();
    let mut ws = common::Ws { stream };
    last_ask(&ws.start(None).await).clone()
}

#[tokio::test]
async fn the_likely_language_comes_first_and_unknown_tags_fall_back_sensibly() {
    let app = spawn_app("").await;
    for (header, want) in [
        ("ro-RO,ro;q=0.9,en;q=0.5", "ro"),
        ("fa-AF", "fa-AF"),
        ("fa-IR,fa;q=0.9", "fa"),
        // Dari's own code, and Chinese in traditional script, which has no locale yet.
        ("prs", "fa-AF"),
        ("zh-TW,zh;q=0.9", "zh-Hans"),
        ("zh-CN", "zh-Hans"),
        ("ti-ER", "ti"),
        // Brazilian Portuguese: English, with every language on offer.
        ("pt-BR,pt;q=0.9", "en"),
        ("pt-BR,pt;q=0.9,sv;q=0.5", "sv"),
    ] {
        let ask = picker_for(&app, header).await;
        assert_eq!(ask["lang"], want, "{header}");
        let ids = choice_ids(&ask);
        assert_eq!(ids[0], format!("lang.{want}"), "{header}: the likely language first");
        assert_eq!(ids.iter().filter(|i| i.starts_with("lang.")).count(), EXPECTED.len());
    }
    // A link's hint skips the picker, with the same fallbacks.
    for (hint, want) in [("prs", "fa-AF"), ("zh-TW", "zh-Hans"), ("uk", "uk")] {
        let mut ws = app.ws().await;
        let ask = last_ask(&ws.start(Some(hint)).await).clone();
        assert_eq!(ask["lang"], want, "{hint}");
        assert!(
            choice_ids(&ask).contains(&"promise.ok".to_string()),
            "{hint}: picker skipped"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn telegram_puts_the_language_of_the_app_first() {
    let fake = FakeTelegram::start().await;
    let _app = spawn_app(&format!(
        "telegram_token = \"{TOKEN}\"\ntelegram_api_url = \"{}\"\n",
        fake.url()
    ))
    .await;
    let content = Arc::new(common::content());
    for (chat, (code, want)) in [("prs", "fa-AF"), ("zh-hant", "zh-Hans"), ("pl", "pl"), ("pt-br", "en")]
        .into_iter()
        .enumerate()
    {
        let chat = 500 + chat as i64;
        fake.user_text(chat, "/start", code);
        let (step, picker) = fake.next_step(chat, 0).await;
        assert_eq!(picker.keyboard[0].0, format!("lang.{want}"), "{code}");
        let lang = content.locales.by_code(want).unwrap();
        let ask = content.locales.format(lang, "language-ask", None);
        assert!(
            step.iter().any(|m| m.text.contains(&ask)),
            "{code}: the picker speaks {want}"
        );
    }
}

/// `tg-forget-partial` for `count`, without Fluent's isolation marks.
fn forget_partial(content: &Content, code: &str, count: i64) -> String {
    let mut args = FluentArgs::new();
    args.set("count", count);
    let lang = content.locales.by_code(code).unwrap();
    content
        .locales
        .format(lang, "tg-forget-partial", Some(&args))
        .replace(['\u{2068}', '\u{2069}'], "")
}

#[test]
fn plural_forms_follow_cldr_in_arabic_russian_polish_and_ukrainian() {
    let content = common::content();
    let cases: &[(&str, i64, &str)] = &[
        ("ru", 1, "1 сообщение"),
        ("ru", 2, "2 сообщения"),
        ("ru", 5, "5 сообщений"),
        ("ru", 11, "11 сообщений"),
        ("ru", 21, "21 сообщение"),
        ("ru", 22, "22 сообщения"),
        ("ru", 25, "25 сообщений"),
        ("pl", 1, "została tu jeszcze jedna wiadomość"),
        ("pl", 2, "zostały tu jeszcze 2 wiadomości"),
        ("pl", 5, "zostało tu jeszcze 5 wiadomości"),
        ("pl", 12, "zostało tu jeszcze 12 wiadomości"),
        ("pl", 22, "zostały tu jeszcze 22 wiadomości"),
        ("uk", 1, "1 повідомлення"),
        ("uk", 3, "3 повідомлення"),
        ("uk", 5, "5 повідомлень"),
        ("uk", 11, "11 повідомлень"),
        ("uk", 21, "21 повідомлення"),
        ("ar", 1, "رسالة واحدة"),
        ("ar", 2, "رسالتان"),
        ("ar", 3, "3 رسائل"),
        ("ar", 10, "10 رسائل"),
        ("ar", 11, "11 رسالة"),
        ("ar", 99, "99 رسالة"),
        ("ar", 100, "100 رسالة"),
    ];
    for (code, count, want) in cases {
        let text = forget_partial(&content, code, *count);
        assert!(text.contains(want), "{code} {count}: `{want}` not in {text}");
    }
    // A wrong form must not appear alongside the right one.
    assert!(!forget_partial(&content, "ru", 5).contains("5 сообщения"));
    assert!(!forget_partial(&content, "pl", 5).contains("zostały"));
    assert!(!forget_partial(&content, "uk", 5).contains("5 повідомлення"));
}

#[test]
fn only_position_one_is_first_in_line() {
    // `[1]` is the number one; the CLDR category `one` would also match 21 in Russian.
    let content = common::content();
    for code in ["ru", "uk", "pl", "en", "sv", "ar"] {
        let lang = content.locales.by_code(code).unwrap();
        let text = |n: i64| {
            let mut args = FluentArgs::new();
            args.set("position", n);
            content.locales.format(lang, "handoff-queued", Some(&args))
        };
        assert_ne!(text(1), text(21).replace("21", "1"), "{code}: 21 reads as first");
        assert!(text(21).contains("21"), "{code}");
        assert!(!text(1).contains('1'), "{code}: first, not number 1");
    }
}

#[test]
fn right_to_left_text_isolates_the_police_number() {
    // Two runs of digits in right-to-left text can show as "14 114" unless isolated.
    let content = common::content();
    for lang in content
        .locales
        .all()
        .filter(|l| content.locales.dir(*l).as_str() == "rtl")
    {
        let code = content.locales.code(lang);
        for id in ["danger-discreet", "contacts-emergency"] {
            let text = content.locales.format(lang, id, None);
            assert!(text.contains("\u{2066}114 14\u{2069}"), "{code} {id}: {text}");
            if let Some(tg) = content.locales.format_attribute(lang, id, "telegram", None) {
                assert!(tg.contains("\u{2066}114 14\u{2069}"), "{code} {id}.telegram: {tg}");
            }
        }
    }
}
