//! `[contacts]`: the national and regional places to turn to and the professionals' line
//! and manual, each checked (a phone or an https address, hours that parse).

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{ConfigError, OpeningHours, invalid};
use crate::region::Region;

/// One place to turn to. `name` is a proper name (an organisation), shown as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub phone: Option<String>,
    pub url: Option<String>,
    pub hours: Option<OpeningHours>,
}

/// Everything the "talk to a person" and professional steps show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contacts {
    pub national: Vec<Contact>,
    pub regions: BTreeMap<Region, Vec<Contact>>,
    /// The national support line for professionals.
    pub professional: Option<Contact>,
    /// The manual for professionals.
    pub manual_url: Option<String>,
}

impl Contacts {
    pub fn region(&self, region: Region) -> &[Contact] {
        self.regions.get(&region).map(Vec::as_slice).unwrap_or(&[])
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawContacts {
    #[serde(default)]
    national: Vec<RawContact>,
    #[serde(default)]
    region: BTreeMap<String, Vec<RawContact>>,
    professional: Option<RawProfessional>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContact {
    name: String,
    phone: Option<String>,
    url: Option<String>,
    hours: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProfessional {
    /// The support line's name; the line is shown only when it is set.
    name: Option<String>,
    phone: Option<String>,
    url: Option<String>,
    hours: Option<String>,
    manual_url: Option<String>,
}

pub(super) fn compile_contacts(raw: RawContacts) -> Result<Contacts, ConfigError> {
    let mut contacts = Contacts::default();
    for (i, c) in raw.national.into_iter().enumerate() {
        contacts.national.push(compile_contact(
            &format!("contacts.national[{i}]"),
            c.name,
            c.phone,
            c.url,
            c.hours,
        )?);
    }
    for (key, list) in raw.region {
        let region = Region::parse(&key).ok_or_else(|| {
            invalid(
                format!("contacts.region.{key}"),
                "unknown region (nord, mitt, bergslagen, stockholm, ost, vast, syd, national)",
            )
        })?;
        let mut compiled = Vec::new();
        for (i, c) in list.into_iter().enumerate() {
            compiled.push(compile_contact(
                &format!("contacts.region.{key}[{i}]"),
                c.name,
                c.phone,
                c.url,
                c.hours,
            )?);
        }
        contacts.regions.insert(region, compiled);
    }
    if let Some(p) = raw.professional {
        match p.name {
            Some(name) => {
                contacts.professional = Some(compile_contact("contacts.professional", name, p.phone, p.url, p.hours)?)
            }
            None if p.phone.is_some() || p.url.is_some() || p.hours.is_some() => {
                return Err(invalid(
                    "contacts.professional.name",
                    "is required when a phone, url or hours is set",
                ));
            }
            None => {}
        }
        if let Some(url) = p.manual_url {
            check_url("contacts.professional.manual_url", &url)?;
            contacts.manual_url = Some(url);
        }
    }
    Ok(contacts)
}

fn compile_contact(
    key: &str,
    name: String,
    phone: Option<String>,
    url: Option<String>,
    hours: Option<String>,
) -> Result<Contact, ConfigError> {
    if name.trim().is_empty() {
        return Err(invalid(format!("{key}.name"), "must not be empty"));
    }
    if phone.is_none() && url.is_none() {
        return Err(invalid(key, "needs a `phone` or a `url`"));
    }
    if let Some(p) = &phone {
        let ok = p.chars().any(|c| c.is_ascii_digit()) && p.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c));
        if !ok {
            return Err(invalid(
                format!("{key}.phone"),
                "may hold only digits, spaces and + - ( )",
            ));
        }
    }
    if let Some(u) = &url {
        check_url(&format!("{key}.url"), u)?;
    }
    let hours = hours
        .map(|h| OpeningHours::parse(&h).map_err(|e| invalid(format!("{key}.hours"), e)))
        .transpose()?;
    Ok(Contact {
        name,
        phone,
        url,
        hours,
    })
}

fn check_url(key: &str, url: &str) -> Result<(), ConfigError> {
    if url.starts_with("https://") && !url.contains(char::is_whitespace) {
        Ok(())
    } else {
        Err(invalid(key, "expected an https:// address"))
    }
}
