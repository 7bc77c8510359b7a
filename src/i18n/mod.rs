//! Fluent locales: loading and checking `locales/<lang>/*.ftl`, negotiating a language,
//! and formatting messages.
//!
//! Every user-visible string lives here, never in flows or code. Loading is strict: a file
//! that does not parse, a message defined twice, or a reference to a message or term that
//! the same locale lacks is a [`Problem`] with `file:line`. Which messages must exist, and
//! with which variables, is checked against each locale by [`Locales::require`], called by
//! the flow compiler and by the renderer's list of built-in messages.
//!
//! Layout: this file holds [`Locales`] (loading, negotiation, formatting, coverage);
//! [`meta`] reads each locale's `locale.toml` (direction, fallbacks, source or translation),
//! [`review`] each translation's per-message records (translated from which source text,
//! reviewed or not, stale) and [`plural`] knows each language's CLDR plural categories.

pub mod bidi;
pub mod meta;
pub mod plural;
pub mod review;

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::check::{Problem, line_of};
pub use meta::Status;
use plural::Categories;

/// Index of a language in [`Locales`]; small and `Copy` so it fits in session state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct LangIdx(pub u8);

/// Writing direction of a language, sent with every message so the client sets `dir`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// The message every locale must define: the language's name in itself, for the picker.
pub const LANGUAGE_NAME: &str = "language-name";

/// Where a message is defined and what it uses, gathered from the Fluent AST.
#[derive(Debug, Clone)]
struct MessageInfo {
    file: PathBuf,
    line: usize,
    /// Variables (`$name`) the message uses anywhere, including select expressions.
    vars: BTreeSet<String>,
    /// Attribute names: channel-specific variants such as `.telegram`.
    attrs: BTreeSet<String>,
    /// [`review::fingerprint`] of its text, to tell when a translation's source changed.
    hash: String,
}

/// One language: its bundle, its metadata, and what the checker needs to know about its
/// messages.
struct Locale {
    id: LanguageIdentifier,
    code: String,
    dir: Dir,
    status: Status,
    /// Resolved from `locale.toml`'s `fallback` once every locale is loaded.
    fallback: Vec<LangIdx>,
    meta: meta::Meta,
    bundle: FluentBundle<FluentResource>,
    messages: HashMap<String, MessageInfo>,
}

/// How much of the reference locale's text one locale has, for `lotsa check` and the docs.
/// Displayed as one line:
/// `pl  Polski  ltr  412/412 messages (100%)  machine-drafted  reviewed 0/412 (0%)  stale 0`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    pub code: String,
    pub name: String,
    pub dir: Dir,
    pub status: Status,
    /// Messages of the reference locale (English) this locale defines.
    pub present: usize,
    /// Messages the reference locale defines.
    pub total: usize,
    /// For a translation: its messages signed off for the source text as it is now, of how
    /// many, and how many went stale. `None` for a source language.
    pub review: Option<(usize, usize, usize)>,
}

impl std::fmt::Display for Coverage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let percent = (self.present * 100).checked_div(self.total).unwrap_or(100);
        write!(
            f,
            "{:<8}{:<12}{}  {}/{} messages ({percent}%)  {}",
            self.code,
            self.name,
            self.dir.as_str(),
            self.present,
            self.total,
            self.status.as_str()
        )?;
        if let Some((reviewed, of, stale)) = self.review {
            let share = (reviewed * 100).checked_div(of).unwrap_or(0);
            write!(f, "  reviewed {reviewed}/{of} ({share}%)  stale {stale}")?;
        }
        Ok(())
    }
}

/// All loaded languages. The fallback (English when present) formats anything a locale
/// lacks at run time, which the checks make impossible for content that passed them.
pub struct Locales {
    locales: Vec<Locale>,
    fallback: LangIdx,
    dir: PathBuf,
    /// Per locale, in the same order: its review records and what they mean now.
    review: Vec<review::Review>,
    /// Per locale, in the same order: every message that needs no argument, formatted
    /// once at load ([`Formatted`]). Formatting the same labels and sentences on every
    /// step was a quarter of a web step's work; these are read instead.
    formatted: Vec<Formatted>,
}

/// One locale's messages that need no argument, as [`Locales::format`] and
/// [`Locales::label`] give them. Only what formats without an error is kept, so a lookup
/// that misses formats exactly as before.
#[derive(Default)]
struct Formatted {
    text: HashMap<Box<str>, Box<str>>,
    /// The same as a label: in a right-to-left language, with its left-to-right runs
    /// isolated ([`bidi::isolate_ltr_runs`]). Empty in a left-to-right one.
    label: HashMap<Box<str>, Box<str>>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales")
            .field("languages", &self.codes().collect::<Vec<_>>())
            .finish()
    }
}

/// Picker order: Swedish and English first (the languages of the country and the most
/// widely read second language), then the rest by code so the order is stable.
fn picker_rank(code: &str) -> (u8, String) {
    match code {
        "sv" => (0, String::new()),
        "en" => (1, String::new()),
        other => (2, other.to_string()),
    }
}

impl Locales {
    /// Loads every `<dir>/<lang>/*.ftl`, collecting all problems found.
    pub fn load(dir: &Path) -> Result<Locales, Vec<Problem>> {
        let mut problems = Vec::new();
        let entries = match fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => {
                return Err(vec![Problem::new(
                    dir,
                    0,
                    format!("cannot read locales directory: {e}"),
                )]);
            }
        };
        let mut lang_dirs: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_dir())
            .collect();
        lang_dirs.sort_by_key(|p| picker_rank(&p.file_name().unwrap_or_default().to_string_lossy()));

        let mut locales = Vec::new();
        for lang_dir in lang_dirs {
            match load_locale(&lang_dir) {
                Ok(locale) => locales.push(locale),
                Err(mut p) => problems.append(&mut p),
            }
        }
        if locales.is_empty() && problems.is_empty() {
            problems.push(Problem::new(dir, 0, "no locale directories found"));
        }
        if locales.len() > usize::from(u8::MAX) {
            problems.push(Problem::new(dir, 0, "more than 255 locales"));
        }
        for locale in &locales {
            if !locale.messages.contains_key(LANGUAGE_NAME) {
                problems.push(Problem::new(
                    dir.join(&locale.code),
                    0,
                    format!("locale `{}` does not define `{LANGUAGE_NAME}`", locale.code),
                ));
            }
        }
        let fallback = locales.iter().position(|l| l.code == "en").unwrap_or(0);
        if !locales.is_empty() {
            problems.extend(link(&mut locales, dir, fallback));
        }
        let (review, mut found) = review::assess(&locales, dir, fallback);
        problems.append(&mut found);
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut loaded = Locales {
            locales,
            fallback: LangIdx(fallback as u8),
            dir: dir.to_path_buf(),
            review,
            formatted: Vec::new(),
        };
        loaded.formatted = (0..loaded.locales.len())
            .map(|i| loaded.format_all(LangIdx(i as u8)))
            .collect();
        Ok(loaded)
    }

    /// Formats, once, every message of any locale that `lang` can show without an
    /// argument (through its fallbacks, as [`Locales::format`] finds them).
    fn format_all(&self, lang: LangIdx) -> Formatted {
        let ids: BTreeSet<&str> = self
            .locales
            .iter()
            .flat_map(|l| l.messages.keys().map(String::as_str))
            .collect();
        let rtl = self.dir(lang) == Dir::Rtl;
        let mut formatted = Formatted::default();
        for id in ids {
            let Some(text) = self.format_checked(lang, id) else {
                continue;
            };
            if rtl {
                formatted.label.insert(id.into(), bidi::isolate_ltr_runs(&text).into());
            }
            formatted.text.insert(id.into(), text.into());
        }
        formatted
    }

    /// What [`Locales::format`] gives for `id` without arguments, if that needs none.
    fn format_checked(&self, lang: LangIdx, id: &str) -> Option<String> {
        let bundle = self.bundle_with(lang, id)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, None, &mut errors).into_owned();
        errors.is_empty().then_some(text)
    }

    /// Per locale, in picker order: how many of the reference locale's messages it has.
    pub fn coverage(&self) -> Vec<Coverage> {
        let reference = &self.locales[usize::from(self.fallback.0)].messages;
        self.locales
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let lang = LangIdx(i as u8);
                let (reviewed, of) = self.reviewed(lang);
                Coverage {
                    code: l.code.clone(),
                    name: self.name(lang),
                    dir: l.dir,
                    status: self.status(lang),
                    present: reference.keys().filter(|id| l.messages.contains_key(*id)).count(),
                    total: reference.len(),
                    review: self.translated_from(lang).map(|_| (reviewed, of, self.stale(lang))),
                }
            })
            .collect()
    }

    /// The language's name in itself (its `language-name` message), for the picker.
    pub fn name(&self, lang: LangIdx) -> String {
        self.format(lang, LANGUAGE_NAME, None)
    }

    /// Whether the language is a source, a draft, machine-drafted, or reviewed in every
    /// message for its source text as it is now (staff, `lotsa check` and the docs show it).
    pub fn status(&self, lang: LangIdx) -> Status {
        self.effective_status(lang)
    }

    /// Checks that `id` exists in every locale and uses only `allowed` variables, and that
    /// no locale leaves out a variable the fallback locale shows (a phone number, say).
    /// `used_at` locates the reference for a missing message.
    pub fn require(&self, id: &str, allowed: &[&str], used_at: (&Path, usize)) -> Vec<Problem> {
        let mut problems = Vec::new();
        let reference = self.locales[usize::from(self.fallback.0)].messages.get(id);
        for locale in &self.locales {
            let Some(info) = locale.messages.get(id) else {
                problems.push(Problem::new(
                    used_at.0,
                    used_at.1,
                    format!(
                        "message `{id}` is missing in locale `{}` ({})",
                        locale.code,
                        self.dir.join(&locale.code).display()
                    ),
                ));
                continue;
            };
            for var in &info.vars {
                if !allowed.contains(&var.as_str()) {
                    problems.push(Problem::new(
                        &info.file,
                        info.line,
                        format!(
                            "message `{id}` uses variable `${var}`, which is never provided here (provided: {})",
                            list_vars(allowed)
                        ),
                    ));
                }
            }
            if let Some(reference) = reference {
                for attr in reference.attrs.difference(&info.attrs) {
                    problems.push(Problem::new(
                        &info.file,
                        info.line,
                        format!(
                            "message `{id}` is missing attribute `.{attr}`, which locale `{}` has",
                            self.code(self.fallback)
                        ),
                    ));
                }
                for var in reference.vars.difference(&info.vars) {
                    problems.push(Problem::new(
                        &info.file,
                        info.line,
                        format!(
                            "message `{id}` is missing variable `${var}`, which locale `{}` shows",
                            self.code(self.fallback)
                        ),
                    ));
                }
            }
        }
        problems
    }

    pub fn len(&self) -> usize {
        self.locales.len()
    }

    pub fn is_empty(&self) -> bool {
        self.locales.is_empty()
    }

    /// Every language in picker order.
    pub fn all(&self) -> impl Iterator<Item = LangIdx> + '_ {
        (0..self.locales.len()).map(|i| LangIdx(i as u8))
    }

    pub fn codes(&self) -> impl Iterator<Item = &str> + '_ {
        self.locales.iter().map(|l| l.code.as_str())
    }

    pub fn code(&self, lang: LangIdx) -> &str {
        &self.locale(lang).code
    }

    pub fn dir(&self, lang: LangIdx) -> Dir {
        self.locale(lang).dir
    }

    pub fn fallback(&self) -> LangIdx {
        self.fallback
    }

    /// Exact lookup of a language by its directory name (`sv`, `ar`, …).
    pub fn by_code(&self, code: &str) -> Option<LangIdx> {
        self.locales
            .iter()
            .position(|l| l.code == code)
            .map(|i| LangIdx(i as u8))
    }

    /// Best supported language for a list of requested tags (a hint, Accept-Language, or
    /// Telegram's `language_code`), or `None` when nothing matches. Tags are tried one at
    /// a time in the person's order: each against the locales (`fa-IR` finds `fa`), then
    /// against their aliases (`prs` finds `fa-AF`, `zh-TW` finds `zh-Hans`).
    pub fn negotiate<S: AsRef<str>>(&self, requested: &[S]) -> Option<LangIdx> {
        let available: Vec<&LanguageIdentifier> = self.locales.iter().map(|l| &l.id).collect();
        for tag in requested {
            let Ok(id) = tag.as_ref().parse::<LanguageIdentifier>() else {
                continue;
            };
            let chosen = negotiate_languages(std::slice::from_ref(&id), &available, None, NegotiationStrategy::Lookup);
            let found = chosen
                .first()
                .and_then(|first| self.locales.iter().position(|l| &l.id == **first))
                .or_else(|| {
                    self.locales
                        .iter()
                        .position(|l| l.meta.aliases.iter().any(|(alias, _)| covers(alias, &id)))
                });
            if let Some(i) = found {
                return Some(LangIdx(i as u8));
            }
        }
        None
    }

    /// Parses an `Accept-Language` header value and negotiates it.
    pub fn negotiate_accept_language(&self, header: &str) -> Option<LangIdx> {
        let requested = fluent_langneg::accepted_languages::parse(header);
        let tags: Vec<String> = requested.iter().map(|l| l.to_string()).collect();
        self.negotiate(&tags)
    }

    /// Formats message `id` in `lang`, falling back to the fallback locale and, as a last
    /// resort, to the id itself (visible to testers, never reached by checked content).
    pub fn format(&self, lang: LangIdx, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        if args.is_none()
            && let Some(text) = self.formatted.get(usize::from(lang.0)).and_then(|f| f.text.get(id))
        {
            return text.to_string();
        }
        let Some(bundle) = self.bundle_with(lang, id) else {
            return id.to_string();
        };
        match bundle.get_message(id).and_then(|m| m.value()) {
            Some(pattern) => {
                let mut errors = Vec::new();
                bundle.format_pattern(pattern, args, &mut errors).into_owned()
            }
            None => id.to_string(),
        }
    }

    /// Message `id` in `lang` as a button label or region name: formatted without
    /// arguments and, in a right-to-left language, with each embedded left-to-right run
    /// (a Swedish place name) isolated, so lists of names keep the paragraph's order.
    pub fn label(&self, lang: LangIdx, id: &str) -> String {
        let rtl = self.dir(lang) == Dir::Rtl;
        let formatted = self.formatted.get(usize::from(lang.0));
        let cached = formatted.and_then(|f| if rtl { f.label.get(id) } else { f.text.get(id) });
        match cached {
            Some(label) => label.to_string(),
            None if rtl => bidi::isolate_ltr_runs(&self.format(lang, id, None)),
            None => self.format(lang, id, None),
        }
    }

    /// The bundle that has a value for `id`: `lang`'s, else the first of its fallbacks,
    /// else the fallback locale's.
    fn bundle_with(&self, lang: LangIdx, id: &str) -> Option<&FluentBundle<FluentResource>> {
        let chain = &self.locale(lang).fallback;
        std::iter::once(lang)
            .chain(chain.iter().copied())
            .chain([self.fallback])
            .map(|candidate| &self.locale(candidate).bundle)
            .find(|bundle| bundle.get_message(id).and_then(|m| m.value()).is_some())
    }

    /// Formats attribute `attr` of message `id` (a channel-specific variant), if the
    /// language has it.
    pub fn format_attribute(
        &self,
        lang: LangIdx,
        id: &str,
        attr: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<String> {
        let bundle = &self.locale(lang).bundle;
        let pattern = bundle.get_message(id)?.get_attribute(attr)?.value();
        let mut errors = Vec::new();
        Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
    }

    fn locale(&self, lang: LangIdx) -> &Locale {
        self.locales
            .get(usize::from(lang.0))
            .unwrap_or(&self.locales[usize::from(self.fallback.0)])
    }
}

/// Checks what only makes sense with every locale loaded: fallback chains name real
/// locales, aliases are claimed once, and no locale defines a message the reference locale
/// lacks (a typo in an id, or a message removed everywhere else). Resolves the chains.
fn link(locales: &mut [Locale], dir: &Path, reference: usize) -> Vec<Problem> {
    let mut problems = Vec::new();
    let meta_file = |code: &str| dir.join(code).join(meta::FILE);
    let codes: Vec<(String, LanguageIdentifier)> = locales.iter().map(|l| (l.code.clone(), l.id.clone())).collect();
    let mut claimed: HashMap<String, String> = HashMap::new();
    for (i, locale) in locales.iter_mut().enumerate() {
        let mut chain = Vec::new();
        for (code, line) in &locale.meta.fallback {
            match codes.iter().position(|(c, _)| c == code) {
                Some(j) if j == i => {
                    problems.push(Problem::new(
                        meta_file(&locale.code),
                        *line,
                        "a locale cannot fall back on itself",
                    ));
                }
                Some(j) => chain.push(LangIdx(j as u8)),
                None => problems.push(Problem::new(
                    meta_file(&locale.code),
                    *line,
                    format!("fallback `{code}` is not a locale in {}", dir.display()),
                )),
            }
        }
        locale.fallback = chain;
        for (alias, line) in &locale.meta.aliases {
            let tag = alias.to_string();
            if let Some((code, _)) = codes.iter().find(|(_, id)| id == alias) {
                problems.push(Problem::new(
                    meta_file(&locale.code),
                    *line,
                    format!("alias `{tag}` is the locale `{code}` itself"),
                ));
            } else if let Some(other) = claimed.insert(tag.clone(), locale.code.clone()) {
                problems.push(Problem::new(
                    meta_file(&locale.code),
                    *line,
                    format!("alias `{tag}` is claimed by `{other}` too"),
                ));
            }
        }
    }
    let (reference_code, reference_messages) = {
        let r = &locales[reference];
        (r.code.clone(), r.messages.keys().cloned().collect::<BTreeSet<_>>())
    };
    for locale in locales.iter() {
        let mut extra: Vec<(&String, &MessageInfo)> = locale
            .messages
            .iter()
            .filter(|(id, _)| !reference_messages.contains(*id))
            .collect();
        extra.sort_by_key(|(_, info)| (info.file.clone(), info.line));
        for (id, info) in extra {
            problems.push(Problem::new(
                &info.file,
                info.line,
                format!(
                    "message `{id}` is not in `{reference_code}`: a typo in its id, or a message removed elsewhere"
                ),
            ));
        }
    }
    problems
}

/// Whether an alias covers a requested tag: the same language, and the same script and
/// region where the alias names them (`zh-TW` covers `zh-Hant-TW`, `prs` every Dari tag).
fn covers(alias: &LanguageIdentifier, tag: &LanguageIdentifier) -> bool {
    alias.language == tag.language
        && alias.script.is_none_or(|s| tag.script == Some(s))
        && alias.region.is_none_or(|r| tag.region == Some(r))
}

fn list_vars(vars: &[&str]) -> String {
    if vars.is_empty() {
        "none".to_string()
    } else {
        vars.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
    }
}

/// Loads one locale directory, in passes like a compiler's: its tag and metadata, then
/// each `.ftl` file (parse, collect messages and terms, add to the bundle), then every
/// reference across the files.
fn load_locale(lang_dir: &Path) -> Result<Locale, Vec<Problem>> {
    let code = lang_dir.file_name().unwrap_or_default().to_string_lossy().to_string();
    let Ok(id) = code.parse::<LanguageIdentifier>() else {
        return Err(vec![Problem::new(
            lang_dir,
            0,
            format!("`{code}` is not a language tag"),
        )]);
    };
    let mut loader = LocaleLoader {
        plurals: Categories::of(&id),
        bundle: FluentBundle::new_concurrent(vec![id.clone()]),
        messages: HashMap::new(),
        terms: BTreeSet::new(),
        references: Vec::new(),
        problems: Vec::new(),
    };
    let meta = meta::load(lang_dir, &id)
        .map_err(|mut p| loader.problems.append(&mut p))
        .ok();
    for file in ftl_files(lang_dir, &mut loader.problems) {
        loader.file(&file);
    }
    loader.check_references(&code);
    match meta {
        Some(meta) if loader.problems.is_empty() => Ok(Locale {
            id,
            code,
            dir: meta.dir,
            status: meta.status,
            fallback: Vec::new(),
            meta,
            bundle: loader.bundle,
            messages: loader.messages,
        }),
        _ => Err(loader.problems),
    }
}

/// The `.ftl` files of a locale directory, sorted so problems come in a stable order.
fn ftl_files(lang_dir: &Path, problems: &mut Vec<Problem>) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(lang_dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "ftl"));
    files.sort();
    if files.is_empty() {
        problems.push(Problem::new(lang_dir, 0, "no .ftl files"));
    }
    files
}

/// One locale being loaded: what its files define so far, and every problem found.
struct LocaleLoader {
    plurals: Categories,
    bundle: FluentBundle<FluentResource>,
    messages: HashMap<String, MessageInfo>,
    terms: BTreeSet<String>,
    /// Checked once every file of the locale is read, since a message may use one
    /// defined in a sibling file.
    references: Vec<(PathBuf, usize, Reference)>,
    problems: Vec<Problem>,
}

impl LocaleLoader {
    fn file(&mut self, file: &Path) {
        let source = match fs::read_to_string(file) {
            Ok(s) => s,
            Err(e) => {
                self.problems.push(Problem::new(file, 0, format!("cannot read: {e}")));
                return;
            }
        };
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(r) => r,
            Err((_, errors)) => {
                self.syntax_errors(file, &source, errors);
                return;
            }
        };
        let lines = entry_lines(&source);
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    let line = lines.get(m.id.name).copied().unwrap_or(0);
                    self.message(file, line, m);
                }
                ast::Entry::Term(t) => {
                    let mut walk = Walk::default();
                    walk.pattern(&t.value);
                    let line = lines.get(&format!("-{}", t.id.name)[..]).copied().unwrap_or(0);
                    for r in walk.references {
                        self.references.push((file.to_path_buf(), line, r));
                    }
                    self.terms.insert(t.id.name.to_string());
                }
                _ => {}
            }
        }
        self.add_to_bundle(file, source);
    }

    fn syntax_errors(&mut self, file: &Path, source: &str, errors: Vec<fluent_syntax::parser::ParserError>) {
        for e in errors {
            // The slice starts at the broken entry; `pos` may already point past its line
            // (an unclosed `{` is noticed on the next one).
            let at = e.slice.as_ref().map_or(e.pos.start, |s| {
                // Skip blank lines between the last good entry and the broken one.
                let rest = &source[s.start.min(source.len())..];
                s.start + (rest.len() - rest.trim_start().len())
            });
            self.problems.push(Problem::new(
                file,
                line_of(source, at),
                format!("Fluent syntax error: {}", e.kind),
            ));
        }
    }

    /// One message: its references, plural selects, uniqueness and value.
    fn message(&mut self, file: &Path, line: usize, m: &ast::Message<&str>) {
        let name = m.id.name;
        let mut walk = Walk::default();
        if let Some(value) = &m.value {
            walk.pattern(value);
        }
        for attr in &m.attributes {
            walk.pattern(&attr.value);
        }
        for r in walk.references {
            self.references.push((file.to_path_buf(), line, r));
        }
        for keys in &walk.selects {
            let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
            for p in self.plurals.check(&keys) {
                self.problems
                    .push(Problem::new(file, line, format!("message `{name}` {p}")));
            }
        }
        if let Some(previous) = self.messages.get(name) {
            self.problems.push(Problem::new(
                file,
                line,
                format!(
                    "message `{name}` is defined twice (first at {}:{})",
                    previous.file.display(),
                    previous.line
                ),
            ));
            return;
        }
        if m.value.is_none() {
            self.problems
                .push(Problem::new(file, line, format!("message `{name}` has no value")));
        }
        let attrs = m.attributes.iter().map(|a| a.id.name.to_string()).collect();
        self.messages.insert(
            name.to_string(),
            MessageInfo {
                file: file.to_path_buf(),
                line,
                vars: walk.vars,
                attrs,
                hash: review::fingerprint(m),
            },
        );
    }

    fn add_to_bundle(&mut self, file: &Path, source: String) {
        match FluentResource::try_new(source) {
            Ok(res) => {
                if let Err(errors) = self.bundle.add_resource(res) {
                    // Duplicates are reported above with their lines; anything else is new.
                    for e in errors {
                        if !matches!(e, fluent_bundle::FluentError::Overriding { .. }) {
                            self.problems.push(Problem::new(file, 0, format!("Fluent error: {e}")));
                        }
                    }
                }
            }
            Err(_) => self.problems.push(Problem::new(file, 0, "Fluent syntax error")),
        }
    }

    /// Every message and term a message uses exists in this locale.
    fn check_references(&mut self, code: &str) {
        for (file, line, reference) in std::mem::take(&mut self.references) {
            let missing = match reference {
                Reference::Message(name) if !self.messages.contains_key(&name) => {
                    format!("references message `{name}`, which locale `{code}` does not define")
                }
                Reference::Term(name) if !self.terms.contains(&name) => {
                    format!("references term `-{name}`, which locale `{code}` does not define")
                }
                _ => continue,
            };
            self.problems.push(Problem::new(&file, line, missing));
        }
    }
}

/// Line of each entry (`id =` or `-term =`) at the start of a line. The Fluent AST carries
/// no positions, and entries can only start in column 0, so this scan is exact.
fn entry_lines(source: &str) -> HashMap<&str, usize> {
    let mut lines = HashMap::new();
    for (i, line) in source.lines().enumerate() {
        if let Some((name, _)) = line.split_once('=') {
            let name = name.trim_end();
            let valid = !name.is_empty()
                && !line.starts_with([' ', '\t', '#', '.', '['])
                && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if valid {
                lines.entry(name).or_insert(i + 1);
            }
        }
    }
    lines
}

enum Reference {
    Message(String),
    Term(String),
}

/// Collects variables and references from a pattern, descending into placeables,
/// select expressions and function arguments.
#[derive(Default)]
struct Walk {
    vars: BTreeSet<String>,
    references: Vec<Reference>,
    /// The identifier keys (`one`, `few`, `other`…) of each select expression, for the
    /// plural check; numeric keys are exact matches and need no checking.
    selects: Vec<Vec<String>>,
}

impl Walk {
    fn pattern(&mut self, pattern: &ast::Pattern<&str>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<&str>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                self.selects.push(
                    variants
                        .iter()
                        .filter_map(|v| match &v.key {
                            ast::VariantKey::Identifier { name } => Some(name.to_string()),
                            ast::VariantKey::NumberLiteral { .. } => None,
                        })
                        .collect(),
                );
                for v in variants {
                    self.pattern(&v.value);
                }
            }
            ast::Expression::Inline(inline) => self.inline(inline),
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&str>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                self.vars.insert(id.name.to_string());
            }
            ast::InlineExpression::MessageReference { id, .. } => {
                self.references.push(Reference::Message(id.name.to_string()));
            }
            ast::InlineExpression::TermReference { id, arguments, .. } => {
                self.references.push(Reference::Term(id.name.to_string()));
                if let Some(args) = arguments {
                    self.arguments(args);
                }
            }
            ast::InlineExpression::FunctionReference { arguments, .. } => self.arguments(arguments),
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
            ast::InlineExpression::StringLiteral { .. } | ast::InlineExpression::NumberLiteral { .. } => {}
        }
    }

    fn arguments(&mut self, args: &ast::CallArguments<&str>) {
        for a in &args.positional {
            self.inline(a);
        }
        for n in &args.named {
            self.inline(&n.value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, lang: &str, body: &str) {
        let direction = if lang.starts_with("ar") || lang.starts_with("fa") {
            "rtl"
        } else {
            "ltr"
        };
        write_meta(
            dir,
            lang,
            &format!("direction = \"{direction}\"\nstatus = \"machine-drafted\"\n"),
        );
        fs::write(dir.join(lang).join("main.ftl"), body).unwrap();
    }

    fn write_meta(dir: &Path, lang: &str, toml: &str) {
        fs::create_dir_all(dir.join(lang)).unwrap();
        fs::write(dir.join(lang).join(meta::FILE), toml).unwrap();
    }

    #[test]
    fn loads_formats_and_negotiates() {
        let tmp = tempfile::tempdir().unwrap();
        write(tmp.path(), "en", "language-name = English\nhello = Hello { $who }\n");
        write(tmp.path(), "ar", "language-name = العربية\nhello = مرحبا { $who }\n");
        let locales = Locales::load(tmp.path()).unwrap();
        let ar = locales.by_code("ar").unwrap();
        assert_eq!(locales.dir(ar), Dir::Rtl);
        assert_eq!(locales.code(locales.fallback()), "en");
        let mut args = FluentArgs::new();
        args.set("who", "x");
        assert!(locales.format(ar, "hello", Some(&args)).contains("مرحبا"));
        assert_eq!(locales.negotiate(&["ar-EG"]), Some(ar));
        assert_eq!(locales.negotiate_accept_language("fr-FR,ar;q=0.8"), Some(ar));
        assert_eq!(locales.negotiate(&["fi"]), None);
        assert!(locales.require("hello", &["who"], (Path::new("f"), 1)).is_empty());
        let p = locales.require("hello", &[], (Path::new("f"), 1));
        assert_eq!(p.len(), 2, "{p:?}");
        assert_eq!(p[0].line, 2);
    }

    #[test]
    fn reports_syntax_errors_and_dangling_references_with_lines() {
        let tmp = tempfile::tempdir().unwrap();
        write(
            tmp.path(),
            "en",
            "language-name = English\nok = fine\nbroken = { $x\nref = { nope }\n",
        );
        let problems = Locales::load(tmp.path()).unwrap_err();
        assert!(
            problems.iter().any(|p| p.line == 3 && p.message.contains("syntax")),
            "{problems:?}"
        );
    }

    #[test]
    fn missing_variable_is_reported_against_the_locale_file() {
        let tmp = tempfile::tempdir().unwrap();
        write(tmp.path(), "en", "language-name = English\ncall = Call { $phone }\n");
        write(tmp.path(), "sv", "language-name = Svenska\ncall = Ring\n");
        let locales = Locales::load(tmp.path()).unwrap();
        let p = locales.require("call", &["phone"], (Path::new("f"), 1));
        assert_eq!(p.len(), 1);
        assert!(p[0].file.ends_with("sv/main.ftl") && p[0].line == 2, "{p:?}");
    }

    #[test]
    fn negotiation_prefers_the_persons_order_and_knows_aliases() {
        let tmp = tempfile::tempdir().unwrap();
        for (code, name) in [
            ("en", "English"),
            ("sv", "Svenska"),
            ("fa", "فارسی"),
            ("fa-AF", "دری"),
            ("zh-Hans", "简体中文"),
        ] {
            write(tmp.path(), code, &format!("language-name = {name}\n"));
        }
        write_meta(
            tmp.path(),
            "fa-AF",
            "direction = \"rtl\"\nfallback = [\"fa\"]\naliases = [\"prs\"]\nstatus = \"machine-drafted\"\n",
        );
        write_meta(
            tmp.path(),
            "zh-Hans",
            "direction = \"ltr\"\naliases = [\"zh-TW\", \"zh-HK\", \"zh-Hant\"]\nstatus = \"draft\"\n",
        );
        let locales = Locales::load(tmp.path()).unwrap();
        let code = |tags: &[&str]| locales.negotiate(tags).map(|l| locales.code(l).to_string());
        assert_eq!(code(&["fa-AF"]).as_deref(), Some("fa-AF"));
        assert_eq!(code(&["fa-IR"]).as_deref(), Some("fa"));
        assert_eq!(code(&["prs"]).as_deref(), Some("fa-AF"));
        assert_eq!(code(&["prs-AF"]).as_deref(), Some("fa-AF"));
        assert_eq!(code(&["zh-TW"]).as_deref(), Some("zh-Hans"));
        assert_eq!(code(&["zh-Hant-HK"]).as_deref(), Some("zh-Hans"));
        assert_eq!(code(&["zh-CN"]).as_deref(), Some("zh-Hans"));
        assert_eq!(code(&["zh"]).as_deref(), Some("zh-Hans"));
        // Brazilian Portuguese is not served: nothing matches, and the caller shows the
        // picker in the fallback language.
        assert_eq!(code(&["pt-BR"]), None);
        // The person's first choice wins over a later exact match.
        assert_eq!(code(&["prs", "sv"]).as_deref(), Some("fa-AF"));
        assert_eq!(code(&["pt-BR", "sv-SE", "en"]).as_deref(), Some("sv"));
        let zh = locales.by_code("zh-Hans").unwrap();
        assert_eq!(locales.status(zh), Status::Draft);
    }

    #[test]
    fn a_missing_message_falls_back_along_the_chain() {
        let tmp = tempfile::tempdir().unwrap();
        write(tmp.path(), "en", "language-name = English\nhello = Hello\nbye = Bye\n");
        write(tmp.path(), "fa", "language-name = فارسی\nhello = سلام\nbye = خداحافظ\n");
        write(tmp.path(), "fa-AF", "language-name = دری\n");
        write_meta(
            tmp.path(),
            "fa-AF",
            "direction = \"rtl\"\nfallback = [\"fa\"]\nstatus = \"machine-drafted\"\n",
        );
        let locales = Locales::load(tmp.path()).unwrap();
        let dari = locales.by_code("fa-AF").unwrap();
        assert_eq!(locales.format(dari, "hello", None), "سلام");
        let coverage = locales.coverage();
        let dari_cov = coverage.iter().find(|c| c.code == "fa-AF").unwrap();
        assert_eq!((dari_cov.present, dari_cov.total), (1, 3));
        assert_eq!(dari_cov.dir, Dir::Rtl);
    }
}
