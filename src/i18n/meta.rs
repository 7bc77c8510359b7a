//! `locales/<code>/locale.toml`: what a locale is besides its messages: its writing
//! direction, the locales to fall back on, the other language tags it serves, whether it
//! is a source language or a translation, and which locale it is translated from.
//!
//! Review is recorded per message, not here: see [`super::review`].
//!
//! The name of the language in itself is the `language-name` message, so that translators
//! edit it with the rest of the text in Pontoon or Weblate.

use std::fs;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;
use unic_langid::{CharacterDirection, LanguageIdentifier};

use super::Dir;
use crate::check::{Problem, line_of};

/// The metadata file's name inside a locale's directory.
pub const FILE: &str = "locale.toml";

/// How far a locale's text can be trusted. Never claim a review that did not happen.
///
/// `locale.toml` declares `source`, `draft` or `machine-drafted`. `reviewed` is never
/// declared: a translation is reviewed when every one of its messages is signed off in
/// its `review.toml` and none has gone stale since ([`super::Locales::status`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Written by the project itself (Swedish, English): the text translations start from.
    /// Not machine-drafted, and not reviewed by anyone outside the team.
    Source,
    /// Incomplete confidence even as a draft: shown with a warning, to be reviewed first.
    Draft,
    /// Translated by machine (or by the team) and not yet signed off by a native speaker.
    MachineDrafted,
    /// Every message signed off by a native speaker, for the source text as it is now.
    Reviewed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Source => "source",
            Status::Draft => "draft",
            Status::MachineDrafted => "machine-drafted",
            Status::Reviewed => "reviewed",
        }
    }

    fn parse(s: &str) -> Option<Status> {
        match s {
            "source" => Some(Status::Source),
            "draft" => Some(Status::Draft),
            "machine-drafted" => Some(Status::MachineDrafted),
            _ => None,
        }
    }
}

/// A locale's validated metadata. Fallback codes are checked against the other locales by
/// [`super::Locales::load`], which knows them all.
#[derive(Debug, Clone)]
pub struct Meta {
    pub dir: Dir,
    /// Locales tried, in order, for a message this one lacks (before the global fallback).
    /// Each with the line it is written on, for problems found later.
    pub fallback: Vec<(String, usize)>,
    /// Other language tags this locale answers: `prs` (Dari's own code) for `fa-AF`.
    pub aliases: Vec<(LanguageIdentifier, usize)>,
    /// As declared: `Source`, `Draft` or `MachineDrafted`, never `Reviewed`.
    pub status: Status,
    /// The locale this one is translated from, with its line; `None` for a source
    /// language, and for a translation that leaves it to the reference locale (English).
    pub translated_from: Option<(String, usize)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    direction: Spanned<String>,
    #[serde(default)]
    fallback: Vec<Spanned<String>>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    status: Spanned<String>,
    #[serde(default)]
    translated_from: Option<Spanned<String>>,
}

/// Reads and validates `<lang_dir>/locale.toml` for the locale `id`.
pub fn load(lang_dir: &Path, id: &LanguageIdentifier) -> Result<Meta, Vec<Problem>> {
    let file = lang_dir.join(FILE);
    let source = fs::read_to_string(&file).map_err(|e| {
        vec![Problem::new(
            &file,
            0,
            format!("cannot read the locale's metadata ({e}); see docs/translation.md"),
        )]
    })?;
    let raw: RawMeta = toml::from_str(&source).map_err(|e| {
        let line = e.span().map(|s| line_of(&source, s.start)).unwrap_or(0);
        vec![Problem::new(&file, line, e.message().to_string())]
    })?;
    let at = |s: &std::ops::Range<usize>| line_of(&source, s.start);
    let mut problems = Vec::new();

    let natural = match id.character_direction() {
        CharacterDirection::RTL => Dir::Rtl,
        _ => Dir::Ltr,
    };
    let dir = match raw.direction.get_ref().as_str() {
        "ltr" => Dir::Ltr,
        "rtl" => Dir::Rtl,
        other => {
            problems.push(Problem::new(
                &file,
                at(&raw.direction.span()),
                format!("direction `{other}` is neither `ltr` nor `rtl`"),
            ));
            natural
        }
    };
    if dir != natural {
        problems.push(Problem::new(
            &file,
            at(&raw.direction.span()),
            format!(
                "direction `{}`, but `{id}` is written {}",
                dir.as_str(),
                natural.as_str()
            ),
        ));
    }

    let status = Status::parse(raw.status.get_ref()).unwrap_or_else(|| {
        let message = if raw.status.get_ref() == "reviewed" {
            // A whole-locale claim would outlive the next change to the source text.
            "a locale is not marked `reviewed` here: a reviewer signs off each message with \
             `lotsa translations stamp <code> --reviewed-by …` (docs/translation.md)"
                .to_string()
        } else {
            format!(
                "status `{}` is not one of `source`, `draft`, `machine-drafted`",
                raw.status.get_ref()
            )
        };
        problems.push(Problem::new(&file, at(&raw.status.span()), message));
        Status::Draft
    });
    let translated_from = raw.translated_from.map(|t| (t.get_ref().clone(), at(&t.span())));
    if let (Status::Source, Some((code, line))) = (status, &translated_from) {
        problems.push(Problem::new(
            &file,
            *line,
            format!("a `source` language is not translated from `{code}`: leave `translated_from` out"),
        ));
    }

    let mut aliases = Vec::new();
    for alias in &raw.aliases {
        match alias.get_ref().parse::<LanguageIdentifier>() {
            Ok(tag) => aliases.push((tag, at(&alias.span()))),
            Err(_) => problems.push(Problem::new(
                &file,
                at(&alias.span()),
                format!("alias `{}` is not a language tag", alias.get_ref()),
            )),
        }
    }
    let fallback = raw
        .fallback
        .iter()
        .map(|f| (f.get_ref().clone(), at(&f.span())))
        .collect();

    if problems.is_empty() {
        Ok(Meta {
            dir,
            fallback,
            aliases,
            status,
            translated_from,
        })
    } else {
        Err(problems)
    }
}
