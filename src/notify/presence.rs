//! Which teams have a staff console open and available now, on any instance.
//!
//! Each open console registers under a random id, with the regions its staff member
//! answers for (all, for an admin), and refreshes that entry on every ping; an entry not
//! refreshed for three pings is gone. "Away" in the console removes it at once. The keys
//! sit with the staff sessions (`lotsa:{staff}:console:<id>`). Staff ids
//! are not stored here: only which teams are covered.

use std::sync::Arc;
use std::time::Duration;

use rand::Rng;
use serde::{Deserialize, Serialize};

use crate::region::Region;
use crate::session::kv::Kv;

const CONSOLES: &str = "lotsa:{staff}:consoles";

fn console_key(id: &str) -> String {
    format!("lotsa:{{staff}}:console:{id}")
}

/// What one console covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Covers {
    regions: Vec<Region>,
    all: bool,
}

#[derive(Clone)]
pub struct Presence {
    kv: Arc<dyn Kv>,
    /// How long an entry lives without a refresh.
    ttl: Duration,
}

/// One open console's entry; dropped from the store by [`Presence::leave`].
#[derive(Debug, Clone)]
pub struct Seat {
    id: String,
    covers: Vec<u8>,
}

impl Presence {
    /// `ping`: how often consoles are pinged; an entry lives three of them.
    pub fn new(kv: Arc<dyn Kv>, ping: Duration) -> Presence {
        Presence { kv, ttl: ping * 3 }
    }

    /// A console opened (or came back from "away") for staff who answer `regions`.
    pub async fn sit(&self, regions: &[Region], all: bool) -> Seat {
        let mut bytes = [0u8; 16];
        rand::rng().fill(&mut bytes);
        let covers = Covers {
            regions: regions.to_vec(),
            all,
        };
        let seat = Seat {
            id: hex::encode(bytes),
            covers: serde_json::to_vec(&covers).expect("covers serialize"),
        };
        self.refresh(&seat).await;
        seat
    }

    /// The console is still open and available (every ping).
    pub async fn refresh(&self, seat: &Seat) {
        let set = self.kv.set(&console_key(&seat.id), &seat.covers, self.ttl).await;
        // The list of seats lives as long as the newest of them.
        let add = self.kv.set_add(CONSOLES, &seat.id, self.ttl).await;
        if set.is_err() || add.is_err() {
            tracing::warn!("could not record a console's presence");
        }
    }

    /// The console closed or went "away".
    pub async fn leave(&self, seat: &Seat) {
        let _ = self.kv.del(&[console_key(&seat.id)]).await;
        let _ = self.kv.set_remove(CONSOLES, &seat.id).await;
    }

    /// Whether a console covering `team` is open and available. When the store cannot
    /// tell, the answer is no: a notification too many beats a person nobody hears of.
    pub async fn team_present(&self, team: Region) -> bool {
        let Ok(ids) = self.kv.members(CONSOLES).await else {
            return false;
        };
        if ids.is_empty() {
            return false;
        }
        let keys: Vec<String> = ids.iter().map(|id| console_key(id)).collect();
        let Ok(values) = self.kv.get_many(&keys).await else {
            return false;
        };
        let mut present = false;
        for (id, value) in ids.iter().zip(values) {
            match value.and_then(|v| serde_json::from_slice::<Covers>(&v).ok()) {
                Some(c) => present |= c.all || c.regions.contains(&team),
                // Expired without a goodbye (a crashed instance): forget it.
                None => {
                    let _ = self.kv.set_remove(CONSOLES, id).await;
                }
            }
        }
        present
    }
}
