//! Telegram commands inside right-to-left text (issue 24): `/forget` must display as
//! `/forget`, not `forget/`, in an Arabic, Persian or Dari paragraph, and Telegram must
//! still see it as a command.
//!
//! In a right-to-left paragraph the slash is a neutral character between a right-to-left
//! word and the Latin letters, so the bidi algorithm gives it the paragraph's direction
//! and draws it on the wrong side. A left-to-right mark (U+200E) before the command makes
//! the slash sit between two left-to-right characters. Telegram only detects a command
//! whose slash follows whitespace or the start of the text, so the mark goes *before a
//! space*: `… \u{200E} /forget …`. The mark is invisible; the price is one extra space.

mod common;

use std::fs;

const COMMANDS: [&str; 6] = ["forget", "menu", "language", "human", "start", "help"];
const LRM: char = '\u{200E}';

/// Every command in a message line of `text`, as (the text before it, the text after it).
fn commands(text: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
        for (at, _) in line.match_indices('/') {
            let after = &line[at + 1..];
            let name: String = after
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if COMMANDS.contains(&name.as_str()) {
                found.push((line[..at].to_string(), after[name.len()..].to_string()));
            }
        }
    }
    found
}

/// What Telegram's entity parser requires: the slash starts the text or follows
/// whitespace, and the name ends at a character that cannot continue it.
fn telegram_sees_a_command(before: &str, after: &str) -> bool {
    let starts = before.chars().last().is_none_or(char::is_whitespace);
    let ends = after
        .chars()
        .next()
        .is_none_or(|c| !(c.is_ascii_alphanumeric() || c == '_' || c == '@'));
    starts && ends
}

#[test]
fn commands_in_right_to_left_text_are_marked_and_still_detected() {
    let content = common::content();
    let root = common::repo().join("locales");
    let mut checked = 0;
    for lang in content.locales.all() {
        let code = content.locales.code(lang);
        let rtl = content.locales.dir(lang).as_str() == "rtl";
        for entry in fs::read_dir(root.join(code)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "ftl") {
                continue;
            }
            let text = fs::read_to_string(&path).unwrap();
            for (before, after) in commands(&text) {
                let context = format!(
                    "{}: …{}/…",
                    path.display(),
                    before.chars().rev().take(12).collect::<String>()
                );
                assert!(
                    telegram_sees_a_command(&before, &after),
                    "{context}: not a Telegram command"
                );
                if rtl {
                    let mut tail = before.chars().rev();
                    assert_eq!(tail.next(), Some(' '), "{context}: a space before the slash");
                    assert_eq!(
                        tail.next(),
                        Some(LRM),
                        "{context}: a left-to-right mark before that space"
                    );
                    assert!(
                        tail.next().is_none_or(|c| c == ' '),
                        "{context}: a space before the mark"
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked >= 3 * 9, "every RTL locale mentions commands: {checked}");
}

#[test]
fn the_mark_survives_fluent_formatting() {
    let content = common::content();
    let fa = content.locales.by_code("fa").unwrap();
    let text = content
        .locales
        .format_attribute(fa, "promise-exit", "telegram", None)
        .expect("fa has a Telegram variant");
    let at = text.find("/forget").expect("the command is there");
    assert!(text[..at].ends_with("\u{200E} "), "{text:?}");
}

#[test]
fn a_mark_directly_before_the_slash_is_refused() {
    // The rule itself: a mark glued to the slash could hide the command from Telegram.
    assert!(!telegram_sees_a_command("xyz\u{200E}", " more"));
    assert!(telegram_sees_a_command("xyz \u{200E} ", " more"));
    assert!(!telegram_sees_a_command(" ", "_x"));
}
