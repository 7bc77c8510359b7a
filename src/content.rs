//! The validated content a server speaks: flows, locales and contacts, loaded and
//! cross-checked together. `lotsa check` and startup both go through [`Content::load`].

use std::path::Path;

use crate::check::{Problem, Problems};
use crate::config::{Contacts, Settings};
use crate::flow::Flows;
use crate::i18n::Locales;

#[derive(Debug)]
pub struct Content {
    pub flows: Flows,
    pub locales: Locales,
    pub contacts: Contacts,
}

impl Content {
    /// Loads locales, then flows against them. Returns every problem found. The messages
    /// the code above uses directly (the renderer's, the channels', the handoff's) are
    /// checked only when handed down: see [`Content::load_with`].
    pub fn load(settings: &Settings) -> Result<Content, Problems> {
        Content::load_with(settings, &[])
    }

    /// As [`Content::load`], also requiring `extra` messages (id and the variables it is
    /// given): the renderer, the channels and the handoff above this layer declare what
    /// they use, and startup hands it down (`startup::required_messages`), so this layer
    /// knows none of them.
    pub fn load_with(settings: &Settings, extra: &[(String, &'static [&'static str])]) -> Result<Content, Problems> {
        Content::load_from_with(
            &settings.flows_dir,
            &settings.locales_dir,
            settings.contacts.clone(),
            extra,
        )
    }

    pub fn load_from(flows_dir: &Path, locales_dir: &Path, contacts: Contacts) -> Result<Content, Problems> {
        Content::load_from_with(flows_dir, locales_dir, contacts, &[])
    }

    fn load_from_with(
        flows_dir: &Path,
        locales_dir: &Path,
        contacts: Contacts,
        extra: &[(String, &'static [&'static str])],
    ) -> Result<Content, Problems> {
        let locales = Locales::load(locales_dir).map_err(Problems)?;
        let mut problems: Vec<Problem> = Vec::new();
        for (id, vars) in extra {
            problems.extend(locales.require(id, vars, (locales_dir, 0)));
        }
        let flows = match Flows::load(flows_dir, &locales) {
            Ok(flows) => Some(flows),
            Err(mut p) => {
                problems.append(&mut p);
                None
            }
        };
        match flows {
            Some(flows) if problems.is_empty() => Ok(Content {
                flows,
                locales,
                contacts,
            }),
            _ => Err(Problems(problems)),
        }
    }
}

/// For unit tests across the crate: the repository's own flows and locales, with no
/// contacts, loaded the way `lotsa check` loads them.
#[cfg(test)]
pub(crate) fn repository() -> Content {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    Content::load_from(&root.join("flows"), &root.join("locales"), Contacts::default())
        .expect("the repository's content loads")
}
