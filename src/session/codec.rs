//! The byte encoding of a [`Record`] in a shared store: compact, versioned, and stable
//! across deploys.
//!
//! Engine indices ([`LangIdx`], [`NodeId`]) change whenever flows or locales change, and
//! several versions of the application may read the same Redis during a rolling deploy,
//! so the encoding names things: the language *code* and node *names*. A record whose
//! language or node no longer exists decodes as gone, and the person simply starts again.
//!
//! Layout (version 2), lengths as one byte below 128, else two (high bit set):
//! `2, len lang, len node, count, (len name)*count, len region-id (0: none), flags,
//! len case-code (0: none), answers, (len node, len choice-id)*answers, mailbox?, sealed?`
//! where `flags` bit 0 is "urgent", bit 1 "minor" (a record written before bit 1 existed
//! reads as an adult's, as it was), bit 2 "an opened mailbox item": then `mailbox?` is its
//! 32-byte key (the keyed hash of the receipt code, never the code), absent otherwise; and
//! `sealed?` is absent for `None`, or `1` followed by the sealed bytes to the end. An
//! instance older than bit 2 reads a record with an opened item as gone (the person starts
//! again), never as something else. Version 1 (no flags, case or answers) is still read, so a
//! rolling deploy keeps conversations.

use crate::content::Content;
use crate::dialogue::{ANSWER_LIMIT, Answer, CaseCode, HISTORY_LIMIT, State};
use crate::region::Region;
use crate::session::Record;

const VERSION: u8 = 2;
/// Longest name the two-byte length can carry; flow node names are far shorter.
const MAX_LEN: usize = 0x7fff;
const URGENT: u8 = 1;
const MINOR: u8 = 2;
const MAILBOX: u8 = 4;

pub fn encode(content: &Content, record: &Record) -> Vec<u8> {
    let state = &record.state;
    let flows = &content.flows;
    let mut out = Vec::with_capacity(96);
    out.push(VERSION);
    put(&mut out, content.locales.code(state.lang).as_bytes());
    put(&mut out, flows.node(state.node).name.as_bytes());
    out.push(state.history.len().min(HISTORY_LIMIT) as u8);
    for id in state.history.iter().rev().take(HISTORY_LIMIT).rev() {
        put(&mut out, flows.node(*id).name.as_bytes());
    }
    put(&mut out, state.region.map_or("", Region::id).as_bytes());
    let mailbox = if state.mailbox.is_some() { MAILBOX } else { 0 };
    out.push(if state.urgent { URGENT } else { 0 } | if state.minor { MINOR } else { 0 } | mailbox);
    put(&mut out, state.case.as_ref().map_or(&[][..], |c| &c.0[..]));
    let answers: Vec<&Answer> = state.answers.iter().rev().take(ANSWER_LIMIT).rev().collect();
    out.push(answers.len() as u8);
    for a in answers {
        let node = flows.node(a.node);
        put(&mut out, node.name.as_bytes());
        let choice = node.choices.get(usize::from(a.choice)).map_or("", |c| c.id.as_str());
        put(&mut out, choice.as_bytes());
    }
    if let Some(key) = &state.mailbox {
        out.extend_from_slice(key);
    }
    if let Some(sealed) = &record.sealed {
        out.push(1);
        out.extend_from_slice(sealed);
    }
    out
}

/// `None` when the bytes are not a record this version understands, or name a language or
/// node that no longer exists: either way the conversation cannot continue. An answer
/// whose choice no longer exists is dropped: it only informs staff.
pub fn decode(content: &Content, bytes: &[u8]) -> Option<Record> {
    let flows = &content.flows;
    let mut r = Reader { bytes, at: 0 };
    let version = r.byte()?;
    if version != 1 && version != VERSION {
        return None;
    }
    let lang = content.locales.by_code(r.str()?)?;
    let node = flows.by_name(r.str()?)?;
    let count = r.byte()? as usize;
    if count > HISTORY_LIMIT {
        return None;
    }
    let mut history = Vec::with_capacity(count);
    for _ in 0..count {
        history.push(flows.by_name(r.str()?)?);
    }
    let region = match r.str()? {
        "" => None,
        id => Some(Region::parse(id)?),
    };
    let mut state = State {
        lang,
        node,
        history,
        region,
        urgent: false,
        minor: false,
        answers: Vec::new(),
        case: None,
        mailbox: None,
    };
    if version == VERSION {
        let flags = r.byte()?;
        state.urgent = flags & URGENT != 0;
        state.minor = flags & MINOR != 0;
        state.case = match r.str()? {
            "" => None,
            code => Some(CaseCode::parse(code)?),
        };
        let answers = r.byte()? as usize;
        if answers > ANSWER_LIMIT {
            return None;
        }
        for _ in 0..answers {
            let node = r.str()?;
            let choice = r.str()?;
            let found = flows.by_name(node).and_then(|id| {
                let index = flows.node(id).choices.iter().position(|c| c.id == choice)?;
                Some(Answer {
                    node: id,
                    choice: index as u16,
                })
            });
            state.answers.extend(found);
        }
        if flags & MAILBOX != 0 {
            state.mailbox = Some(r.take(32)?.try_into().ok()?);
        }
    }
    let sealed = match r.byte() {
        None => None,
        Some(1) => Some(r.rest().to_vec()),
        Some(_) => return None,
    };
    Some(Record { state, sealed })
}

fn put(out: &mut Vec<u8>, s: &[u8]) {
    let len = s.len().min(MAX_LEN);
    if len < 0x80 {
        out.push(len as u8);
    } else {
        out.push(0x80 | (len >> 8) as u8);
        out.push(len as u8);
    }
    out.extend_from_slice(&s[..len]);
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn str(&mut self) -> Option<&'a str> {
        let first = self.byte()? as usize;
        let len = if first < 0x80 {
            first
        } else {
            ((first & 0x7f) << 8) | self.byte()? as usize
        };
        let s = self.bytes.get(self.at..self.at + len)?;
        self.at += len;
        std::str::from_utf8(s).ok()
    }

    fn take(&mut self, len: usize) -> Option<&'a [u8]> {
        let s = self.bytes.get(self.at..self.at + len)?;
        self.at += len;
        Some(s)
    }

    fn rest(&mut self) -> &'a [u8] {
        let rest = &self.bytes[self.at..];
        self.at = self.bytes.len();
        rest
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::config::Contacts;
    use crate::dialogue::{Input, step};

    fn content() -> Content {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        Content::load_from(&root.join("flows"), &root.join("locales"), Contacts::default()).unwrap()
    }

    #[test]
    fn round_trips_and_stays_small() {
        let content = content();
        let lang = content.locales.by_code("ar").unwrap();
        let (mut state, _) = step(
            &content.flows,
            &content.locales,
            State::new(&content.flows, lang),
            Input::Start { lang, chosen: true },
        );
        for id in ["promise.ok", "safety.yes", "who.self", "check.start"] {
            (state, _) = step(&content.flows, &content.locales, state, Input::Choose(id));
        }
        state.region = Some(Region::Vast);
        state.urgent = true;
        state.minor = true;
        state.case = CaseCode::parse("K7QF2MXA");
        let record = Record {
            state,
            sealed: Some(vec![0, 1, 255]),
        };
        let bytes = encode(&content, &record);
        assert_eq!(decode(&content, &bytes), Some(record.clone()));
        assert_eq!(record.state.answers.len(), 4);
        assert!(bytes.len() < 192, "{} bytes", bytes.len());
        let plain = Record::new(record.state);
        assert_eq!(decode(&content, &encode(&content, &plain)), Some(plain));
    }

    #[test]
    fn an_opened_mailbox_item_round_trips_with_and_without_a_sealed_part() {
        let content = content();
        let mut state = State::new(&content.flows, content.locales.fallback());
        state.mailbox = Some([7; 32]);
        for sealed in [None, Some(vec![1, 2, 3])] {
            let record = Record {
                state: state.clone(),
                sealed,
            };
            let bytes = encode(&content, &record);
            assert_eq!(decode(&content, &bytes), Some(record));
            // Cut inside the key: not a record, never a shorter key.
            assert_eq!(decode(&content, &bytes[..bytes.len() - 20]), None);
        }
    }

    #[test]
    fn unknown_names_and_garbage_decode_as_gone() {
        let content = content();
        assert_eq!(decode(&content, b"\x01\x02sv\x04nope\x00\x00"), None);
        assert_eq!(decode(&content, b"\x01\x02xx\x08language\x00\x00"), None);
        assert!(decode(&content, b"\x01\x02sv\x08language\x00\x00").is_some());
        assert_eq!(decode(&content, b""), None);
        assert_eq!(decode(&content, b"\x02\x02sv"), None);
        assert_eq!(decode(&content, b"\x01\x7fsv"), None);
        assert_eq!(decode(&content, b"\x03\x02sv\x08language\x00\x00"), None);
        // Version 2 with a bad case code is not a record.
        assert_eq!(decode(&content, b"\x02\x02sv\x08language\x00\x00\x00\x03abc\x00"), None);
    }
}
