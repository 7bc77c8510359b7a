//! What `lotsa check` looks at beyond the content: the deployment. A statistics directory
//! the service cannot write would make every start fail after `check` passed (a restart
//! loop under systemd), and the example's fictional numbers must never reach a person.

use std::path::Path;

use super::{Contact, Settings};

/// Findings about a configuration that loaded: errors stop `lotsa check`, warnings do not.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Preflight {
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
}

/// Checks what only the running host can tell, and what the example file left in.
pub fn preflight(settings: &Settings) -> Preflight {
    let mut found = Preflight::default();
    // With Redis the counters live there and the directory is not used.
    if let (None, Some(dir)) = (&settings.redis, &settings.stats.data_dir)
        && let Err(e) = writable(dir)
    {
        found.errors.push(format!(
            "configuration key `stats.data_dir`: cannot write to {}: {e} (under systemd, StateDirectory=lotsa makes /var/lib/lotsa writable)",
            dir.display()
        ));
    }
    let contacts = &settings.contacts;
    let mut all: Vec<(String, &Contact)> = Vec::new();
    for (i, c) in contacts.national.iter().enumerate() {
        all.push((format!("contacts.national[{i}]"), c));
    }
    for (region, list) in &contacts.regions {
        for (i, c) in list.iter().enumerate() {
            all.push((format!("contacts.region.{}[{i}]", region.id()), c));
        }
    }
    if let Some(c) = &contacts.professional {
        all.push(("contacts.professional".into(), c));
    }
    for (key, contact) in all {
        if contact.phone.as_deref().is_some_and(is_fictional_phone) {
            found.warnings.push(format!(
                "configuration key `{key}.phone`: the example's fictional number (000 00 0x); verify every contact with the organisation before going live"
            ));
        }
        if contact.url.as_deref().is_some_and(is_example_url) {
            found.warnings.push(format!(
                "configuration key `{key}.url`: an example.org address; verify every contact before going live"
            ));
        }
    }
    if contacts.manual_url.as_deref().is_some_and(is_example_url) {
        found.warnings.push(
            "configuration key `contacts.professional.manual_url`: an example.org address; verify it before going live"
                .into(),
        );
    }
    found
}

/// The example file's numbers all end in `000 00 0x`.
fn is_fictional_phone(phone: &str) -> bool {
    let spaced: String = phone.split_whitespace().collect::<Vec<_>>().join(" ");
    spaced.contains("000 00 0")
}

fn is_example_url(url: &str) -> bool {
    let host = url.trim_start_matches("https://").split('/').next().unwrap_or("");
    host == "example.org" || host.ends_with(".example.org")
}

/// Creates `dir` if needed and writes, then removes, a probe file in it.
fn writable(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let probe = dir.join(".lotsa-check");
    std::fs::write(&probe, b"")?;
    std::fs::remove_file(probe)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fictional_numbers_and_example_addresses_are_warned() {
        let s = Settings::from_toml(
            "[[contacts.national]]\nname = \"a\"\nphone = \"+46 8 000 00 01\"\n[[contacts.region.syd]]\nname = \"b\"\nphone = \"+46 40 123 45 67\"\n[[contacts.region.syd]]\nname = \"c\"\nurl = \"https://example.org/x\"",
        )
        .unwrap();
        let found = preflight(&s);
        assert!(found.errors.is_empty());
        assert_eq!(found.warnings.len(), 2, "{:?}", found.warnings);
        assert!(found.warnings[0].contains("contacts.national[0].phone"));
        assert!(found.warnings[1].contains("contacts.region.syd[1].url"));
    }

    #[test]
    fn a_data_dir_that_cannot_be_written_is_an_error() {
        let tmp = tempfile::tempdir().unwrap();
        let ok = Settings::from_toml(&format!("[stats]\ndata_dir = \"{}\"", tmp.path().join("new").display())).unwrap();
        assert_eq!(preflight(&ok), Preflight::default(), "created and writable");
        // A file where the directory should be cannot be made a directory, even by root.
        let file = tmp.path().join("file");
        std::fs::write(&file, b"").unwrap();
        let bad = Settings::from_toml(&format!("[stats]\ndata_dir = \"{}\"", file.join("stats").display())).unwrap();
        let found = preflight(&bad);
        assert_eq!(found.errors.len(), 1);
        assert!(found.errors[0].contains("stats.data_dir"), "{:?}", found.errors);
    }
}
