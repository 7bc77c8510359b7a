//! `locales/<code>/locale.toml`: what a locale is besides its messages: its writing
//! direction, the locales to fall back on, the other language tags it serves, and whether
//! a native speaker has reviewed it.
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

/// How far a locale's text can be trusted. Never claim a review that did not happen: a
/// locale is `machine-drafted` until a native speaker signs it off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Incomplete confidence even as a draft: shown with a warning, to be reviewed first.
    Draft,
    /// Written or translated by machine (or by the team without a native speaker's review).
    MachineDrafted,
    /// Signed off by a native speaker; `review` says who (a role) and when.
    Reviewed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::MachineDrafted => "machine-drafted",
            Status::Reviewed => "reviewed",
        }
    }

    fn parse(s: &str) -> Option<Status> {
        match s {
            "draft" => Some(Status::Draft),
            "machine-drafted" => Some(Status::MachineDrafted),
            "reviewed" => Some(Status::Reviewed),
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
    pub status: Status,
    /// Who reviewed it (a role, never a name) and when; required for `reviewed`.
    pub review: Option<String>,
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
    review: Option<String>,
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
        problems.push(Problem::new(
            &file,
            at(&raw.status.span()),
            format!(
                "status `{}` is not one of `draft`, `machine-drafted`, `reviewed`",
                raw.status.get_ref()
            ),
        ));
        Status::Draft
    });
    let review = raw.review.filter(|r| !r.trim().is_empty());
    if status == Status::Reviewed && review.is_none() {
        problems.push(Problem::new(
            &file,
            at(&raw.status.span()),
            "status `reviewed` needs `review`: who signed it off (a role, not a name) and when",
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
            review,
        })
    } else {
        Err(problems)
    }
}
