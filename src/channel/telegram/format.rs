//! Rendered replies as Telegram messages: one message per step (its says and question
//! joined), split cleanly under Telegram's 4096-character limit, with the choices as an
//! inline keyboard whose callback data is the choice id.
//!
//! Bidi: Fluent wraps every placeable in FSI/PDI isolation marks. In a right-to-left
//! language they keep a phone number or a Latin name from scrambling the sentence, so they
//! stay. In a left-to-right language they do nothing useful and some Telegram clients
//! draw them as boxes, so they are removed.

use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use crate::render::{Rendered, RenderedChoice};

/// Telegram's limit for one message's text, in UTF-16 code units.
pub const MAX_MESSAGE_UTF16: usize = 4096;

const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// One Telegram message to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub text: String,
    /// Only on the last message of a step.
    pub choices: Vec<RenderedChoice>,
}

/// Turns one step's rendered replies into messages. Paragraphs are joined with a blank
/// line, as many as fit in one message; the question closes the last message and carries
/// the keyboard.
pub fn messages(rendered: &[Rendered]) -> Vec<Outgoing> {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut choices = Vec::new();
    for r in rendered {
        match r {
            Rendered::Say { text, dir, .. } | Rendered::Error { text, dir, .. } | Rendered::Staff { text, dir, .. } => {
                paragraphs.push(bidi(text, dir))
            }
            Rendered::Ask {
                text, dir, choices: c, ..
            }
            | Rendered::Survey {
                text, dir, choices: c, ..
            } => {
                paragraphs.push(bidi(text, dir));
                choices = c.clone();
            }
            // Telegram shows the bot's own "typing…" only; a worker's is not relayed.
            Rendered::Status { .. } | Rendered::Typing => {}
        }
    }
    if paragraphs.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<Outgoing> = pack(&paragraphs)
        .into_iter()
        .map(|text| Outgoing {
            text,
            choices: Vec::new(),
        })
        .collect();
    if let Some(last) = out.last_mut() {
        last.choices = choices;
    }
    out
}

/// Languages per row in the picker: the names are short, and seventeen of them one per
/// row would push the first ones off a phone screen.
pub const PICKER_COLUMNS: usize = 3;

/// The keyboard for a message: answers one per row (they are sentences), languages in
/// columns, the global commands two per row below them.
pub fn keyboard(choices: &[RenderedChoice]) -> Option<InlineKeyboardMarkup> {
    if choices.is_empty() {
        return None;
    }
    let button = |c: &RenderedChoice| InlineKeyboardButton::callback(bidi(&c.label, c.dir), c.id.clone());
    let (languages, answers): (Vec<&RenderedChoice>, Vec<&RenderedChoice>) = choices
        .iter()
        .filter(|c| !c.nav)
        .partition(|c| c.id.starts_with("lang."));
    let mut rows: Vec<Vec<InlineKeyboardButton>> = answers.iter().map(|c| vec![button(c)]).collect();
    rows.extend(
        languages
            .chunks(PICKER_COLUMNS)
            .map(|row| row.iter().map(|c| button(c)).collect()),
    );
    let nav: Vec<&RenderedChoice> = choices.iter().filter(|c| c.nav).collect();
    rows.extend(nav.chunks(2).map(|pair| pair.iter().map(|c| button(c)).collect()));
    Some(InlineKeyboardMarkup::new(rows))
}

/// A question once answered: its text, then the chosen answer on a line of its own, within
/// Telegram's 4096 UTF-16 units (the question is shortened if it must be).
pub fn answered(question: &str, label: &str) -> String {
    const LIMIT: usize = 4096;
    let tail = format!("\n\n✓ {label}");
    let room = LIMIT.saturating_sub(tail.encode_utf16().count());
    let mut used = 0;
    let kept: String = question
        .chars()
        .take_while(|c| {
            used += c.len_utf16();
            used <= room
        })
        .collect();
    kept + &tail
}

/// Removes isolation marks from left-to-right text; keeps them for right-to-left.
pub fn bidi(text: &str, dir: &str) -> String {
    if dir == "rtl" {
        text.to_string()
    } else {
        text.chars().filter(|c| *c != FSI && *c != PDI).collect()
    }
}

/// Paragraphs joined with a blank line into as few messages as fit, each paragraph whole
/// when it fits in a message by itself: a person's or a team's text of 2,000 characters
/// (up to 4,000 UTF-16 units) is never cut at a blank line of its own because the words
/// before it took the room. Only a paragraph over the limit by itself is [`split`].
pub fn pack(paragraphs: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    for p in paragraphs {
        if current.is_empty() {
            current = p.clone();
        } else if utf16_len(&current) + 2 + utf16_len(p) <= MAX_MESSAGE_UTF16 {
            current.push_str("\n\n");
            current.push_str(p);
        } else {
            out.push(std::mem::replace(&mut current, p.clone()));
        }
    }
    out.push(current);
    out.iter().flat_map(|m| split(m)).collect()
}

/// Whether `text` fits in one Telegram message.
pub fn fits(text: &str) -> bool {
    utf16_len(text) <= MAX_MESSAGE_UTF16
}

/// Splits text into pieces within the limit, preferring paragraph, then line, then word
/// boundaries, and never splitting inside a character.
pub fn split(text: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while utf16_len(rest) > MAX_MESSAGE_UTF16 {
        // The longest prefix within the limit, on a char boundary.
        let mut units = 0;
        let mut limit = 0;
        for (i, c) in rest.char_indices() {
            units += c.len_utf16();
            if units > MAX_MESSAGE_UTF16 {
                break;
            }
            limit = i + c.len_utf8();
        }
        let window = &rest[..limit];
        let cut = ["\n\n", "\n", " "]
            .iter()
            .find_map(|sep| window.rfind(sep).filter(|&i| i > 0).map(|i| (i, sep.len())))
            .unwrap_or((limit, 0));
        pieces.push(rest[..cut.0].trim_end().to_string());
        rest = rest[cut.0 + cut.1..].trim_start();
    }
    if !rest.is_empty() || pieces.is_empty() {
        pieces.push(rest.to_string());
    }
    pieces
}

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn an_answered_question_stays_within_telegrams_limit() {
        assert_eq!(answered("Are you safe?", "Yes"), "Are you safe?\n\n✓ Yes");
        let long = "ä".repeat(5000);
        let out = answered(&long, "Yes");
        assert_eq!(out.encode_utf16().count(), 4096);
        assert!(out.ends_with("\n\n✓ Yes"));
    }

    #[test]
    fn isolation_marks_stay_only_in_rtl() {
        let text = "Ring \u{2068}112\u{2069}";
        assert_eq!(bidi(text, "ltr"), "Ring 112");
        assert_eq!(bidi(text, "rtl"), text);
    }

    #[test]
    fn splits_on_paragraphs_first() {
        let a = "a".repeat(3000);
        let b = "b".repeat(3000);
        let pieces = split(&format!("{a}\n\n{b}"));
        assert_eq!(pieces, vec![a, b]);
    }

    #[test]
    fn a_paragraph_that_fits_by_itself_stays_whole() {
        let intro = "The team's answer:".to_string();
        let answer = format!("Support worker:\n{}\n\n{}", "😀".repeat(1000), "😀".repeat(1030));
        let ask = "What would you like to do now?".to_string();
        let pieces = pack(&[intro.clone(), answer.clone(), ask.clone()]);
        assert_eq!(pieces, vec![intro, answer, ask]);
        let short = pack(&["a".to_string(), "b".to_string()]);
        assert_eq!(short, vec!["a\n\nb".to_string()]);
        assert!(fits(&"😀".repeat(2048)) && !fits(&"😀".repeat(2049)));
    }

    proptest! {
        #[test]
        fn pieces_fit_and_keep_every_word(words in proptest::collection::vec("[a-zA-Zäöå\u{0627}-\u{064a}😀]{1,40}", 0..600)) {
            let text = words.join(" ");
            let pieces = split(&text);
            for p in &pieces {
                prop_assert!(utf16_len(p) <= MAX_MESSAGE_UTF16);
            }
            let rejoined: Vec<&str> = pieces.iter().flat_map(|p| p.split_whitespace()).collect();
            let original: Vec<&str> = text.split_whitespace().collect();
            prop_assert_eq!(rejoined, original);
        }
    }
}
