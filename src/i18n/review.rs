//! `locales/<code>/review.toml`: for each message of a translation, which text of its
//! source locale it was translated from and whether a native reviewer signed it off; from
//! those records, which messages went stale when the source changed; and the stamp that
//! records them after a translator or reviewer has worked.
//!
//! The records live beside the `.ftl` files, not in Fluent comments, because Pontoon
//! rewrites a translation's comments from the English file and Weblate owns them as
//! "descriptions": a fingerprint kept there would not survive a round trip. Neither tool
//! reads this file (docs/translation.md).
//!
//! A record holds two fingerprints: `source`, of the source message the translation was
//! made from, and `text`, of the translation itself. A changed `source` makes the message
//! `stale`, whatever its review said; a changed `text` ends a review (the reviewer signed
//! off other words) and tells the stamp which messages a translator has touched.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use toml::Spanned;

use super::{LangIdx, Locale, Locales, Status};
use crate::check::{Problem, line_of};

/// The records' file name inside a locale's directory.
pub const FILE: &str = "review.toml";

/// A translation's back-translation, if one is kept: `locales/<code>/back/*.ftl`, with the
/// same message ids as English. The server never reads it (it reads only the `.ftl` files
/// directly in `locales/<code>/`), and neither Pontoon's nor Weblate's file mask matches it.
pub const BACK_DIR: &str = "back";

/// The longest sign-off accepted: initials or a role and a date, not a biography.
const MAX_SIGN_OFF: usize = 100;

/// One message's standing in its locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MessageStatus {
    /// Translated from the source text as it is now; not signed off.
    MachineDrafted,
    /// Signed off by a reviewer, for this translation of the source text as it is now.
    Reviewed,
    /// The source text changed since this was translated or reviewed (or no record says
    /// what it was translated from): it may no longer say the same thing.
    Stale,
}

impl MessageStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            MessageStatus::MachineDrafted => "machine-drafted",
            MessageStatus::Reviewed => "reviewed",
            MessageStatus::Stale => "stale",
        }
    }
}

/// What `review.toml` says about one message.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Record {
    source: String,
    text: String,
    /// The reviewer's sign-off, in their own words (initials or a role, and a date).
    by: Option<String>,
    line: usize,
}

/// A locale's review: where it is translated from, its records, and what they mean now.
#[derive(Debug, Default)]
pub(super) struct Review {
    /// The locale this one is translated from; `None` for a source language.
    from: Option<LangIdx>,
    records: BTreeMap<String, Record>,
    statuses: HashMap<String, MessageStatus>,
    /// Stale messages, reviews ended by an edit, records of messages that are gone: each
    /// located where someone can act on it.
    notes: Vec<Problem>,
}

/// A fingerprint of a message's text: its value and attributes, with every run of white
/// space made one space, so that re-wrapping a long line (as Pontoon's serializer may) does
/// not make every translation stale. Comments are not part of it: a new seed citation
/// changes nothing a translator must redo.
pub fn fingerprint(message: &ast::Message<&str>) -> String {
    let mut canon = String::new();
    if let Some(value) = &message.value {
        pattern(&mut canon, value);
    }
    let mut attrs: Vec<&ast::Attribute<&str>> = message.attributes.iter().collect();
    attrs.sort_by_key(|a| a.id.name);
    for a in attrs {
        let _ = write!(canon, " .{} = ", a.id.name);
        pattern(&mut canon, &a.value);
    }
    let collapsed = canon.split_whitespace().collect::<Vec<_>>().join(" ");
    let digest = Sha256::digest(collapsed.as_bytes());
    hex::encode(&digest[..8])
}

fn pattern(out: &mut String, pattern: &ast::Pattern<&str>) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                out.push_str("{ ");
                self::expression(out, expression);
                out.push_str(" }");
            }
        }
    }
}

fn expression(out: &mut String, expression: &ast::Expression<&str>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline(out, selector);
            out.push_str(" ->");
            for v in variants {
                out.push_str(if v.default { " *[" } else { " [" });
                match &v.key {
                    ast::VariantKey::Identifier { name } => out.push_str(name),
                    ast::VariantKey::NumberLiteral { value } => out.push_str(value),
                }
                out.push_str("] ");
                pattern(out, &v.value);
            }
        }
        ast::Expression::Inline(i) => inline(out, i),
    }
}

fn inline(out: &mut String, inline: &ast::InlineExpression<&str>) {
    match inline {
        ast::InlineExpression::StringLiteral { value } => {
            let _ = write!(out, "\"{value}\"");
        }
        ast::InlineExpression::NumberLiteral { value } => out.push_str(value),
        ast::InlineExpression::FunctionReference { id, arguments } => {
            out.push_str(id.name);
            call(out, arguments);
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            out.push_str(id.name);
            if let Some(a) = attribute {
                let _ = write!(out, ".{}", a.name);
            }
        }
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            let _ = write!(out, "-{}", id.name);
            if let Some(a) = attribute {
                let _ = write!(out, ".{}", a.name);
            }
            if let Some(args) = arguments {
                call(out, args);
            }
        }
        ast::InlineExpression::VariableReference { id } => {
            let _ = write!(out, "${}", id.name);
        }
        ast::InlineExpression::Placeable { expression } => {
            out.push_str("{ ");
            self::expression(out, expression);
            out.push_str(" }");
        }
    }
}

fn call(out: &mut String, args: &ast::CallArguments<&str>) {
    out.push('(');
    for (i, a) in args.positional.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        inline(out, a);
    }
    for (i, n) in args.named.iter().enumerate() {
        if i > 0 || !args.positional.is_empty() {
            out.push_str(", ");
        }
        let _ = write!(out, "{}: ", n.name.name);
        inline(out, &n.value);
    }
    out.push(')');
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    message: BTreeMap<String, Spanned<RawRecord>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRecord {
    source: String,
    text: String,
    status: String,
    #[serde(default)]
    by: Option<String>,
}

fn is_fingerprint(s: &str) -> bool {
    s.len() == 16 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Reads `file`; a missing file is a translation with no records yet (every message
/// stale until stamped), not an error.
fn load(file: &Path) -> Result<BTreeMap<String, Record>, Vec<Problem>> {
    let source = match fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(BTreeMap::new()),
        Err(e) => return Err(vec![Problem::new(file, 0, format!("cannot read: {e}"))]),
    };
    let raw: RawFile = toml::from_str(&source).map_err(|e| {
        let line = e.span().map(|s| line_of(&source, s.start)).unwrap_or(0);
        vec![Problem::new(file, line, e.message().to_string())]
    })?;
    let mut problems = Vec::new();
    let mut records = BTreeMap::new();
    for (id, spanned) in raw.message {
        let line = line_of(&source, spanned.span().start);
        let raw = spanned.into_inner();
        let mut bad = |m: String| problems.push(Problem::new(file, line, format!("`{id}`: {m}")));
        if !is_fingerprint(&raw.source) || !is_fingerprint(&raw.text) {
            bad("`source` and `text` are fingerprints written by `lotsa translations stamp` (16 hex digits)".into());
        }
        let by = raw.by.filter(|b| !b.trim().is_empty());
        match (raw.status.as_str(), &by) {
            ("machine-drafted", None) | ("reviewed", Some(_)) => {}
            ("reviewed", None) => bad("`reviewed` needs `by`: the reviewer's initials or role, and a date".into()),
            ("machine-drafted", Some(_)) => bad("`by` goes with `status = \"reviewed\"` only".into()),
            ("stale", _) => bad("`stale` is worked out by `lotsa check`, never written".into()),
            (other, _) => bad(format!("status `{other}` is neither `machine-drafted` nor `reviewed`")),
        }
        records.insert(
            id,
            Record {
                source: raw.source,
                text: raw.text,
                by,
                line,
            },
        );
    }
    if problems.is_empty() {
        Ok(records)
    } else {
        Err(problems)
    }
}

/// Reads every translation's records and compares them with the messages as they are now.
/// Problems are only a broken `review.toml` or `translated_from`: stale messages are
/// notes, since every change to the source makes some, and the service must still start.
pub(super) fn assess(locales: &[Locale], dir: &Path, reference: usize) -> (Vec<Review>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut reviews = Vec::new();
    for (i, locale) in locales.iter().enumerate() {
        if locale.meta.status == Status::Source {
            reviews.push(Review::default());
            continue;
        }
        let meta_file = dir.join(&locale.code).join(super::meta::FILE);
        let from = match &locale.meta.translated_from {
            None => (i != reference).then_some(reference),
            Some((code, line)) => match locales.iter().position(|l| &l.code == code) {
                Some(j) if j != i => Some(j),
                Some(_) => {
                    problems.push(Problem::new(
                        &meta_file,
                        *line,
                        "a locale is not translated from itself",
                    ));
                    None
                }
                None => {
                    problems.push(Problem::new(
                        &meta_file,
                        *line,
                        format!("`translated_from = \"{code}\"` is not a locale in {}", dir.display()),
                    ));
                    None
                }
            },
        };
        let Some(from) = from else {
            reviews.push(Review::default());
            continue;
        };
        let file = dir.join(&locale.code).join(FILE);
        let records = match load(&file) {
            Ok(r) => r,
            Err(mut p) => {
                problems.append(&mut p);
                BTreeMap::new()
            }
        };
        reviews.push(judge(locale, &locales[from], LangIdx(from as u8), records, &file));
    }
    (reviews, problems)
}

/// Each message's status from its record, with a note for each that needs someone.
fn judge(locale: &Locale, source: &Locale, from: LangIdx, records: BTreeMap<String, Record>, file: &Path) -> Review {
    let code = &locale.code;
    let src = &source.code;
    let mut statuses = HashMap::new();
    let mut notes = Vec::new();
    for (id, info) in &locale.messages {
        // A message its source lacks is reported elsewhere (not in the reference locale);
        // there is nothing to compare it with.
        let Some(now) = source.messages.get(id).map(|m| &m.hash) else {
            statuses.insert(id.clone(), MessageStatus::MachineDrafted);
            continue;
        };
        let edited = |r: &Record| {
            if r.text != info.hash {
                format!("; its translation was edited since: `lotsa translations stamp {code}` records that")
            } else {
                String::new()
            }
        };
        let status = match records.get(id) {
            None => {
                notes.push(Problem::new(
                    &info.file,
                    info.line,
                    format!(
                        "stale: `{id}` has no record of the `{src}` text it was translated from (`lotsa translations stamp {code}`)"
                    ),
                ));
                MessageStatus::Stale
            }
            Some(r) if &r.source != now => {
                let was =
                    r.by.as_ref()
                        .map(|by| format!(" (it was reviewed: {by})"))
                        .unwrap_or_default();
                notes.push(Problem::new(
                    &info.file,
                    info.line,
                    format!(
                        "stale: `{id}` changed in `{src}` since it was translated{was}{}",
                        edited(r)
                    ),
                ));
                MessageStatus::Stale
            }
            Some(Record { by: Some(by), text, .. }) if text != &info.hash => {
                notes.push(Problem::new(
                    &info.file,
                    info.line,
                    format!("`{id}` was edited since it was reviewed ({by}): machine-drafted until reviewed again"),
                ));
                MessageStatus::MachineDrafted
            }
            Some(Record { by: Some(_), .. }) => MessageStatus::Reviewed,
            Some(_) => MessageStatus::MachineDrafted,
        };
        statuses.insert(id.clone(), status);
    }
    for (id, r) in &records {
        if !locale.messages.contains_key(id) {
            notes.push(Problem::new(
                file,
                r.line,
                format!("a record for `{id}`, which `{code}` no longer has (the next stamp removes it)"),
            ));
        }
    }
    notes.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    Review {
        from: Some(from),
        records,
        statuses,
        notes,
    }
}

/// Why a stamp or a side-by-side view was refused.
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    #[error("no locale `{0}`")]
    NoLocale(String),
    #[error("`{0}` is a source language: it is not translated from another, so there is nothing to stamp")]
    Source(String),
    #[error("locale `{code}` has no message `{id}`")]
    NoMessage { code: String, id: String },
    #[error(
        "--reviewed-by is one line of at most {MAX_SIGN_OFF} characters, such as initials or a role and a date (\"A.B., 2026-12\")"
    )]
    BadSignOff,
    #[error("cannot write {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
}

/// Every id a command names is a message of the locale, or the first one that is not is
/// refused, before anything is written or shown.
fn known_ids(code: &str, locale: &super::Locale, ids: &[String]) -> Result<(), ReviewError> {
    match ids.iter().find(|id| !locale.messages.contains_key(id.as_str())) {
        Some(id) => Err(ReviewError::NoMessage {
            code: code.to_string(),
            id: id.clone(),
        }),
        None => Ok(()),
    }
}

/// What a stamp changed, and where the locale stands after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamped {
    pub file: PathBuf,
    /// Records written anew or changed.
    pub changed: usize,
    pub reviewed: usize,
    pub total: usize,
}

impl Locales {
    /// The translation a command names (`lotsa translations stamp|show <code>`): its
    /// index, its locale, its review, and the locale it is translated from. A source
    /// language has no review to record or show, so it is refused here for both commands.
    fn translation(&self, code: &str) -> Result<(LangIdx, &super::Locale, &Review, LangIdx), ReviewError> {
        let lang = self
            .by_code(code)
            .ok_or_else(|| ReviewError::NoLocale(code.to_string()))?;
        let locale = self.locale(lang);
        let review = &self.review[usize::from(lang.0)];
        let from = review.from.ok_or_else(|| ReviewError::Source(code.to_string()))?;
        Ok((lang, locale, review, from))
    }

    /// The locale `lang` is translated from; `None` for a source language.
    pub fn translated_from(&self, lang: LangIdx) -> Option<LangIdx> {
        self.review.get(usize::from(lang.0)).and_then(|r| r.from)
    }

    /// A message's standing; `None` for a source language's messages and unknown ids.
    pub fn message_status(&self, lang: LangIdx, id: &str) -> Option<MessageStatus> {
        self.review.get(usize::from(lang.0))?.statuses.get(id).copied()
    }

    /// How many of the locale's messages are reviewed (for its source text as it is now),
    /// and how many it has. A source language counts as none of `0`.
    pub fn reviewed(&self, lang: LangIdx) -> (usize, usize) {
        let Some(review) = self.review.get(usize::from(lang.0)).filter(|r| r.from.is_some()) else {
            return (0, 0);
        };
        let reviewed = review
            .statuses
            .values()
            .filter(|s| **s == MessageStatus::Reviewed)
            .count();
        (reviewed, review.statuses.len())
    }

    /// Stale messages of a translation.
    pub fn stale(&self, lang: LangIdx) -> usize {
        self.review.get(usize::from(lang.0)).map_or(0, |r| {
            r.statuses.values().filter(|s| **s == MessageStatus::Stale).count()
        })
    }

    /// The share of a translation's messages that is reviewed, in whole percent (rounded
    /// down, so 99.6% is not shown as all); `None` for a source language.
    pub fn reviewed_percent(&self, lang: LangIdx) -> Option<usize> {
        let (reviewed, total) = self.reviewed(lang);
        self.translated_from(lang)?;
        Some((reviewed * 100).checked_div(total).unwrap_or(0))
    }

    /// Every locale's notes in picker order: stale messages, reviews ended by an edit,
    /// records of messages that are gone. `lotsa check` prints them; none fails it.
    pub fn review_notes(&self) -> impl Iterator<Item = &Problem> + '_ {
        self.review.iter().flat_map(|r| r.notes.iter())
    }

    /// The declared status, unless every message of a translation is reviewed for its
    /// source text as it is now: then `Reviewed`, and only then.
    pub(super) fn effective_status(&self, lang: LangIdx) -> Status {
        let declared = self.locale(lang).status;
        let (reviewed, total) = self.reviewed(lang);
        if declared != Status::Source && total > 0 && reviewed == total {
            Status::Reviewed
        } else {
            declared
        }
    }

    /// Records, in `lang`'s `review.toml`, the source text each chosen message is now
    /// translated from, and writes the file.
    ///
    /// - `ids` empty: the messages a translator has touched, which are those with no record
    ///   or whose text changed since theirs. A stale message nobody edited stays stale.
    ///   With `reviewed_by`, every message: a whole-locale sign-off.
    /// - `ids` given: those messages, whether or not they were edited (a translator read
    ///   the new source and found the translation still says the same).
    ///
    /// A chosen message becomes `machine-drafted`, or `reviewed` by `reviewed_by`; one
    /// whose record was already current keeps its sign-off when none is given. Records of
    /// messages the locale no longer has are dropped.
    pub fn stamp(&self, code: &str, ids: &[String], reviewed_by: Option<&str>) -> Result<Stamped, ReviewError> {
        let (_, locale, review, from) = self.translation(code)?;
        let by = match reviewed_by.map(str::trim) {
            Some(b) if b.is_empty() || b.chars().count() > MAX_SIGN_OFF || b.chars().any(char::is_control) => {
                return Err(ReviewError::BadSignOff);
            }
            other => other,
        };
        known_ids(code, locale, ids)?;
        let source = &self.locale(from).messages;
        let mut records: BTreeMap<&str, Record> = BTreeMap::new();
        let mut changed = 0;
        for (id, info) in &locale.messages {
            let Some(now) = source.get(id).map(|m| m.hash.clone()) else {
                continue;
            };
            let old = review.records.get(id);
            let chosen = if ids.is_empty() {
                by.is_some() || old.is_none_or(|o| o.text != info.hash)
            } else {
                ids.iter().any(|i| i == id)
            };
            let record = match old {
                Some(o) if !chosen => o.clone(),
                None if !chosen => continue,
                _ => {
                    let current = old.filter(|o| o.source == now && o.text == info.hash);
                    Record {
                        source: now,
                        text: info.hash.clone(),
                        by: by.map(str::to_string).or_else(|| current.and_then(|o| o.by.clone())),
                        line: 0,
                    }
                }
            };
            let same = old.is_some_and(|o| o.source == record.source && o.text == record.text && o.by == record.by);
            if !same {
                changed += 1;
            }
            records.insert(id, record);
        }
        let file = self.dir.join(code).join(FILE);
        write(&file, &self.locale(from).code, &records).map_err(|source| ReviewError::Write {
            path: file.clone(),
            source,
        })?;
        let reviewed = records
            .iter()
            .filter(|(id, r)| {
                r.by.is_some()
                    && source.get(**id).is_some_and(|m| m.hash == r.source)
                    && locale.messages.get(**id).is_some_and(|m| m.hash == r.text)
            })
            .count();
        Ok(Stamped {
            file,
            changed,
            reviewed,
            total: locale.messages.len(),
        })
    }
}

impl Locales {
    /// A reviewer's view of `code`, message by message in file order: its status and
    /// place, the source text, the translation, and the back-translation where
    /// `locales/<code>/back/` has one. All messages, the named ones, or (`stale_only`)
    /// those whose source changed since they were translated.
    pub fn side_by_side(&self, code: &str, ids: &[String], stale_only: bool) -> Result<String, ReviewError> {
        let (lang, locale, review, from) = self.translation(code)?;
        known_ids(code, locale, ids)?;
        let back = back_translation(&self.dir.join(code).join(BACK_DIR), &locale.id);
        let mut chosen: Vec<(&String, &super::MessageInfo)> = locale
            .messages
            .iter()
            .filter(|(id, _)| ids.is_empty() || ids.contains(id))
            .filter(|(id, _)| !stale_only || review.statuses.get(*id) == Some(&MessageStatus::Stale))
            .collect();
        chosen.sort_by(|a, b| (&a.1.file, a.1.line).cmp(&(&b.1.file, b.1.line)));
        let src = self.code(from);
        let mut out = String::new();
        for (id, info) in chosen {
            let status = review.statuses.get(id).map_or("-", |s| s.as_str());
            let _ = writeln!(out, "{id}  [{status}]  {}:{}", info.file.display(), info.line);
            let _ = writeln!(out, "  {src}: {}", self.plain(from, id));
            let _ = writeln!(out, "  {code}: {}", self.plain(lang, id));
            if let Some(text) = back.as_ref().and_then(|b| plain_from(b, id)) {
                let _ = writeln!(out, "  back: {text}");
            }
            out.push('\n');
        }
        Ok(out)
    }

    /// A message's value and attributes as one line, variables left as `{$name}`.
    fn plain(&self, lang: LangIdx, id: &str) -> String {
        let mut text = self.format(lang, id, None);
        if let Some(info) = self.locale(lang).messages.get(id) {
            for attr in &info.attrs {
                if let Some(a) = self.format_attribute(lang, id, attr, None) {
                    let _ = write!(text, "  | .{attr}: {a}");
                }
            }
        }
        one_line(&text)
    }
}

type Bundle = fluent_bundle::concurrent::FluentBundle<fluent_bundle::FluentResource>;

/// The back-translation's messages, if the folder holds any; a file that does not parse
/// is skipped, since this is for reading only.
fn back_translation(dir: &Path, id: &unic_langid::LanguageIdentifier) -> Option<Bundle> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    let mut bundle = Bundle::new_concurrent(vec![id.clone()]);
    for file in files {
        let Ok(source) = fs::read_to_string(&file) else {
            continue;
        };
        let resource = match fluent_bundle::FluentResource::try_new(source) {
            Ok(r) | Err((r, _)) => r,
        };
        bundle.add_resource_overriding(resource);
    }
    Some(bundle)
}

fn plain_from(bundle: &Bundle, id: &str) -> Option<String> {
    let message = bundle.get_message(id)?;
    let mut errors = Vec::new();
    let mut text = message
        .value()
        .map(|v| bundle.format_pattern(v, None, &mut errors).into_owned())
        .unwrap_or_default();
    for attr in message.attributes() {
        let a = bundle.format_pattern(attr.value(), None, &mut errors);
        let _ = write!(text, "  | .{}: {a}", attr.id());
    }
    Some(one_line(&text))
}

/// Without Fluent's isolation marks and line breaks, for a terminal.
fn one_line(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Writes the records one message a line, sorted by id, so a stamp's diff shows exactly
/// the messages it changed. Written beside and renamed, so a reader never sees half a file.
fn write(file: &Path, from: &str, records: &BTreeMap<&str, Record>) -> std::io::Result<()> {
    let mut out = format!(
        "# Per message: a fingerprint of the `{from}` text it was translated from (`source`) and of\n\
         # its own text (`text`), and its review. Written by `lotsa translations stamp`; edit by\n\
         # hand only to withdraw a sign-off. docs/translation.md explains it.\n\n[message]\n"
    );
    for (id, r) in records {
        let _ = write!(out, "{id} = {{ source = \"{}\", text = \"{}\", ", r.source, r.text);
        match &r.by {
            Some(by) => {
                let quoted = toml::Value::String(by.clone()).to_string();
                let _ = writeln!(out, "status = \"reviewed\", by = {quoted} }}");
            }
            None => out.push_str("status = \"machine-drafted\" }\n"),
        }
    }
    let tmp = file.with_extension("toml.tmp");
    fs::write(&tmp, out)?;
    fs::rename(&tmp, file)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(src: &str) -> String {
        let resource = fluent_syntax::parser::parse(src).unwrap();
        match &resource.body[0] {
            ast::Entry::Message(m) => fingerprint(m),
            _ => panic!("not a message"),
        }
    }

    #[test]
    fn the_fingerprint_follows_the_words_not_the_layout() {
        let one = message("a = Call { $phone } now.\n    .telegram = Tap.\n");
        assert_eq!(one.len(), 16);
        // Re-wrapped, or with a comment: the same text.
        assert_eq!(
            one,
            message("# (001)\na =\n    Call { $phone }\n    now.\n    .telegram = Tap.\n")
        );
        // A word, a variable or an attribute changed: not the same.
        assert_ne!(one, message("a = Call { $phone } today.\n    .telegram = Tap.\n"));
        assert_ne!(one, message("a = Call { $name } now.\n    .telegram = Tap.\n"));
        assert_ne!(one, message("a = Call { $phone } now.\n    .telegram = Press.\n"));
        assert_ne!(one, message("a = Call { $phone } now.\n"));
        let select = "b = { $n ->\n    [one] one\n   *[other] { $n } many\n}\n";
        assert_ne!(message(select), message(&select.replace("many", "lots")));
        assert_ne!(
            message(select),
            message(&select.replace("*[other]", "[other]").replace("[one]", "*[one]"))
        );
    }

    #[test]
    fn a_broken_record_is_a_problem_with_its_line() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join(FILE);
        let fp = "0123456789abcdef";
        fs::write(
            &file,
            format!(
                "[message]\na = {{ source = \"{fp}\", text = \"{fp}\", status = \"machine-drafted\" }}\nb = {{ source = \"{fp}\", text = \"{fp}\", status = \"reviewed\" }}\n"
            ),
        )
        .unwrap();
        let problems = load(&file).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].line, 3);
        assert!(problems[0].message.contains("needs `by`"), "{problems:?}");
        assert!(load(&tmp.path().join("none.toml")).unwrap().is_empty());
    }
}
