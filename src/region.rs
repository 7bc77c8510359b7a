//! The regions a person can be routed to: the seven regional-coordinator regions and a
//! national team for "don't know / prefer not to say".
//!
//! Region ids are the keys used in flows (`region = "syd"`) and in the contacts
//! configuration (`[[contacts.region.syd]]`), and the suffix of their Fluent label
//! (`region-syd`).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Region {
    Nord,
    Mitt,
    Bergslagen,
    Stockholm,
    Ost,
    Vast,
    Syd,
    /// "Don't know / prefer not to say": the national team answers.
    National,
}

impl Region {
    pub const ALL: [Region; 8] = [
        Region::Nord,
        Region::Mitt,
        Region::Bergslagen,
        Region::Stockholm,
        Region::Ost,
        Region::Vast,
        Region::Syd,
        Region::National,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Region::Nord => "nord",
            Region::Mitt => "mitt",
            Region::Bergslagen => "bergslagen",
            Region::Stockholm => "stockholm",
            Region::Ost => "ost",
            Region::Vast => "vast",
            Region::Syd => "syd",
            Region::National => "national",
        }
    }

    pub fn parse(id: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.id() == id)
    }

    /// The Fluent message that names the region.
    pub fn label_id(self) -> String {
        format!("region-{}", self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for r in Region::ALL {
            assert_eq!(Region::parse(r.id()), Some(r));
        }
        assert_eq!(Region::parse("atlantis"), None);
    }
}
