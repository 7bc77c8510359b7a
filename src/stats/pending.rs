//! Counts held in this instance's memory until the next flush adds them to the store:
//! counting an event is a few nanoseconds under a lock, never a round trip to Redis or a
//! write to the embedded file on the message's path.
//!
//! What waits here is the same as what the store keeps (a day, a dimension, a value and a
//! number), so nothing more is held in memory than would be in Redis a second later.

use std::collections::{BTreeMap, HashMap};
use std::sync::Mutex;

use jiff::civil::Date;

/// One day's counts to add: `(dimension, value) → n`.
pub type DayCounts = BTreeMap<(String, String), u64>;

/// One day's counts while pending: dimension → value → n.
type Dimensions = HashMap<String, HashMap<String, u64>>;

/// Counts not yet in the store, by day, dimension and value.
#[derive(Default)]
pub struct Pending {
    // Nested maps so a count that has been seen before is found by `&str` without
    // allocating: this runs on every step of every conversation.
    counts: Mutex<HashMap<Date, Dimensions>>,
}

impl Pending {
    /// Adds `n` to a counter.
    pub fn add(&self, day: Date, dimension: &str, value: &str, n: u64) {
        let mut counts = self.counts.lock().unwrap_or_else(|p| p.into_inner());
        let dimensions = counts.entry(day).or_default();
        if !dimensions.contains_key(dimension) {
            dimensions.insert(dimension.to_string(), HashMap::new());
        }
        let Some(values) = dimensions.get_mut(dimension) else {
            return;
        };
        match values.get_mut(value) {
            Some(count) => *count += n,
            None => {
                values.insert(value.to_string(), n);
            }
        }
    }

    /// Takes every pending count, leaving none, one map per day.
    pub fn take(&self) -> BTreeMap<Date, DayCounts> {
        let taken = std::mem::take(&mut *self.counts.lock().unwrap_or_else(|p| p.into_inner()));
        taken
            .into_iter()
            .map(|(day, dimensions)| {
                let counts = dimensions
                    .into_iter()
                    .flat_map(|(dimension, values)| {
                        values
                            .into_iter()
                            .map(move |(value, n)| ((dimension.clone(), value), n))
                    })
                    .collect();
                (day, counts)
            })
            .collect()
    }

    /// Puts back one day's counts that could not be stored, to be tried again with the
    /// next flush, added to whatever was counted meanwhile.
    pub fn restore(&self, day: Date, counts: DayCounts) {
        for ((dimension, value), n) in counts {
            self.add(day, &dimension, &value, n);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.counts
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .values()
            .all(|d| d.values().all(HashMap::is_empty))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_add_up_per_day_and_come_back_after_a_failed_flush() {
        let pending = Pending::default();
        let (d1, d2) = (jiff::civil::date(2026, 12, 5), jiff::civil::date(2026, 12, 6));
        pending.add(d1, "language", "sv", 1);
        pending.add(d1, "language", "sv", 1);
        pending.add(d1, "language", "ar", 1);
        pending.add(d2, "language", "sv", 1);
        let taken = pending.take();
        assert!(pending.is_empty());
        let sv = ("language".to_string(), "sv".to_string());
        assert_eq!(taken[&d1][&sv], 2);
        assert_eq!(taken[&d2][&sv], 1);
        assert_eq!(taken[&d1].len(), 2);
        pending.add(d1, "language", "sv", 1);
        pending.restore(d1, taken[&d1].clone());
        assert_eq!(pending.take()[&d1][&sv], 3);
    }
}
