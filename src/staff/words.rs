//! The staff side's own words, in the language a staff member works in: the console's
//! labels (sent in its `hello` frame) and the statistics page's.
//!
//! They are not the person's content (that is `locales/`, in every language the bot
//! speaks): staff work in Swedish or English, so these ship with the binary as
//! `assets/staff-<lang>.ftl`. English is the reference; every language has exactly its
//! ids, checked when the server starts and by a unit test.

use std::collections::BTreeMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The shipped word lists: English first (the reference and the fallback).
const SOURCES: [(&str, &str); 2] = [
    ("en", include_str!("../../assets/staff-en.ftl")),
    ("sv", include_str!("../../assets/staff-sv.ftl")),
];

/// A word list that cannot be used: the server refuses to start.
#[derive(Debug, thiserror::Error)]
pub enum WordsError {
    #[error("assets/staff-{lang}.ftl: not valid Fluent: {detail}")]
    Syntax { lang: &'static str, detail: String },
    #[error("assets/staff-{lang}.ftl: `{id}` is missing (assets/staff-en.ftl has it)")]
    Missing { lang: &'static str, id: String },
    #[error("assets/staff-{lang}.ftl: `{id}` is not in assets/staff-en.ftl")]
    Extra { lang: &'static str, id: String },
}

/// One language's words.
pub struct Lang {
    code: &'static str,
    bundle: FluentBundle<FluentResource>,
    ids: Vec<String>,
    /// [`Lang::ui`], formatted once at load: every console's hello and every
    /// `/staff/words.json` sends the same words.
    ui: BTreeMap<String, String>,
}

/// Every shipped language's words.
pub struct Words {
    langs: Vec<Lang>,
}

impl Words {
    /// Parses the shipped lists and checks each has exactly the reference's ids.
    pub fn load() -> Result<Words, WordsError> {
        let mut langs: Vec<Lang> = Vec::new();
        for (code, source) in SOURCES {
            let lang = parse(code, source)?;
            if let Some(reference) = langs.first() {
                if let Some(id) = reference.ids.iter().find(|id| !lang.ids.contains(id)) {
                    return Err(WordsError::Missing {
                        lang: code,
                        id: id.clone(),
                    });
                }
                if let Some(id) = lang.ids.iter().find(|id| !reference.ids.contains(id)) {
                    return Err(WordsError::Extra {
                        lang: code,
                        id: id.clone(),
                    });
                }
            }
            langs.push(lang);
        }
        Ok(Words { langs })
    }

    /// The words for someone who works in `languages` (configuration order): the first
    /// of them that has words here, by primary language (`sv-FI` reads `sv`), else English.
    pub fn pick(&self, languages: &[String]) -> &Lang {
        languages
            .iter()
            .find_map(|l| {
                let primary = l.split(['-', '_']).next().unwrap_or(l);
                self.langs.iter().find(|w| w.code.eq_ignore_ascii_case(primary))
            })
            .unwrap_or(&self.langs[0])
    }
}

impl Lang {
    /// The language's code, for `<html lang>`.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The message `id`, with no variables filled in.
    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with `args`. A missing id gives the id itself: the load check
    /// makes that a programming error, and a label is better than a blank.
    pub fn with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.format(id, Some(&fa))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        self.bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }

    /// Every message for the console, with each variable left as `{x}` for staff.js to
    /// fill in (`{ $n }` → `{n}`).
    pub fn ui(&self) -> &BTreeMap<String, String> {
        &self.ui
    }

    fn format_ui(&self) -> BTreeMap<String, String> {
        let mut fa = FluentArgs::new();
        for v in ["n", "t", "x", "y"] {
            fa.set(v, format!("{{{v}}}"));
        }
        self.ids
            .iter()
            .map(|id| (id.clone(), self.format(id, Some(&fa))))
            .collect()
    }
}

fn parse(code: &'static str, source: &str) -> Result<Lang, WordsError> {
    let resource = FluentResource::try_new(source.to_string()).map_err(|(_, errors)| WordsError::Syntax {
        lang: code,
        detail: errors.first().map(|e| e.to_string()).unwrap_or_default(),
    })?;
    let ids: Vec<String> = resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect();
    let langid: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Plain text for HTML and the console, which set it as text; isolation marks would
    // show as stray characters in `title` attributes and the CSV.
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).map_err(|e| WordsError::Syntax {
        lang: code,
        detail: format!("{e:?}"),
    })?;
    let mut lang = Lang {
        code,
        bundle,
        ids,
        ui: BTreeMap::new(),
    };
    lang.ui = lang.format_ui();
    Ok(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_the_reference_ids_and_picks_by_primary_language() {
        let words = Words::load().expect("the shipped word lists load");
        assert_eq!(words.pick(&["sv-FI".into()]).code(), "sv");
        assert_eq!(words.pick(&["ar".into(), "sv".into()]).code(), "sv");
        assert_eq!(words.pick(&["ar".into()]).code(), "en");
        assert_eq!(words.pick(&[]).code(), "en");
        let sv = words.pick(&["sv".into()]);
        assert_eq!(sv.get("ended_closed"), "Samtalet är avslutat.");
        assert_eq!(sv.ui()["waiting"], "Väntar {t}");
        assert_eq!(sv.with("stats_at_least", &[("n", 12.into())]), "≥ 12");
    }

    /// Every label the console's script and page ask for is in the word lists, so no
    /// staff member ever reads a bare key.
    #[test]
    fn every_key_the_console_uses_exists() {
        let words = Words::load().unwrap();
        let en = &words.langs[0];
        let js = include_str!("../../assets/staff.js");
        let html = include_str!("../../assets/staff.html");
        let mut used = Vec::new();
        for (text, patterns) in [
            (js, &["t(\"", "L.", "L[\"", "data-l=\"", "dataset.l = \""][..]),
            (html, &["data-l=\"", "data-lp=\""][..]),
        ] {
            for p in patterns {
                for (i, _) in text.match_indices(p) {
                    // `t(` and `L.` as names of their own, not the end of `closest(`.
                    let before = text[..i].chars().next_back().unwrap_or(' ');
                    if before.is_ascii_alphanumeric() || before == '_' || before == '.' {
                        continue;
                    }
                    let rest = &text[i + p.len()..];
                    let key: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                        .collect();
                    // `L["e_" + code]` builds its key: the error codes are checked by name.
                    if !key.is_empty() && !key.ends_with('_') {
                        used.push(key);
                    }
                }
            }
        }
        assert!(used.len() > 50, "the scan finds the console's labels: {used:?}");
        let missing: Vec<&String> = used.iter().filter(|k| !en.ids.contains(k)).collect();
        assert!(missing.is_empty(), "labels with no words: {missing:?}");
    }
}
