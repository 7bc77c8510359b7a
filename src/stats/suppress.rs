//! Small-cell suppression: no figure that could point at a handful of people leaves the
//! server, and no total lets one be worked out by subtraction.
//!
//! Primary suppression hides every count from 1 to `min - 1`. Every dimension of one day
//! counts the same events in different ways (languages and channels both add up to the
//! day's conversations), so any shown total, of this dimension or another, could reveal a
//! lone hidden cell by subtraction. Complementary suppression therefore hides more cells
//! of the same group, smallest first, until the hidden cells are at least two and add up
//! to at least `min`: then subtraction yields only a sum that is itself not small.
//!
//! The two kinds of hidden cell carry their own mark, because they say different things:
//! a [`Cell::Small`] is below the threshold, a [`Cell::Suppressed`] one is not and is hidden
//! only to protect a small one. Calling the latter `<5` would be false.
//!
//! Suppression works on one day's group at a time, so a day's cells look the same in
//! every request. Figures over a range are never suppressed afresh: [`range_total`] adds
//! only the shown day cells, so two ranges can be subtracted without learning more than
//! the day cells already say.

use std::collections::BTreeMap;

/// A count as it may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Shown(u64),
    /// From 1 to `min - 1`: written `<min` (e.g. `<5`).
    Small,
    /// At least `min`, hidden so that a small cell of its group cannot be worked out by
    /// subtraction: written `suppressed`.
    Suppressed,
    /// A total over days of which some were hidden: the shown days add up to this, and
    /// the true figure is higher. Written `≥ n`.
    AtLeast(u64),
}

impl Cell {
    /// Whether the exact figure is withheld.
    pub fn is_hidden(self) -> bool {
        !matches!(self, Cell::Shown(_))
    }

    /// What is known for certain: the count, the lower bound, or nothing (0).
    pub fn known(self) -> u64 {
        match self {
            Cell::Shown(n) | Cell::AtLeast(n) => n,
            Cell::Small | Cell::Suppressed => 0,
        }
    }
}

/// Applies suppression to one group (the values of one dimension on one day, or over a
/// range), given as `value → count`.
pub fn group<K: Ord + Clone>(counts: &BTreeMap<K, u64>, min: u64) -> BTreeMap<K, Cell> {
    let mut out: BTreeMap<K, Cell> = counts
        .iter()
        .map(|(k, n)| {
            (
                k.clone(),
                if *n > 0 && *n < min {
                    Cell::Small
                } else {
                    Cell::Shown(*n)
                },
            )
        })
        .collect();
    let hidden_sum = |out: &BTreeMap<K, Cell>| -> (usize, u64) {
        out.iter()
            .filter(|(_, c)| c.is_hidden())
            .fold((0, 0), |(n, s), (k, _)| (n + 1, s + counts[k]))
    };
    loop {
        let (hidden, sum) = hidden_sum(&out);
        if hidden == 0 || (hidden >= 2 && sum >= min) {
            break;
        }
        // The smallest shown cell goes too; ties by key, so the result is stable.
        let next = out
            .iter()
            .filter_map(|(k, c)| match c {
                Cell::Shown(n) if *n > 0 => Some((*n, k.clone())),
                _ => None,
            })
            .min();
        match next {
            Some((_, k)) => {
                out.insert(k, Cell::Suppressed);
            }
            // Nothing left to hide: every non-zero cell already is.
            None => break,
        }
    }
    out
}

/// The total of one figure over several days, from the day cells as published: the
/// shown days added up, marked as a lower bound when any day was hidden. It uses nothing
/// the day cells do not show, so no two totals can be subtracted to reveal a hidden day.
pub fn range_total(days: impl IntoIterator<Item = Cell>) -> Cell {
    let days: Vec<Cell> = days.into_iter().collect();
    // One day is its own cell, with its own mark.
    if let [day] = days[..] {
        return day;
    }
    let (sum, hidden) = days.into_iter().fold((0, false), |(sum, hidden), c| match c {
        Cell::Shown(n) => (sum + n, hidden),
        other => (sum + other.known(), true),
    });
    if hidden { Cell::AtLeast(sum) } else { Cell::Shown(sum) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(pairs: &[(&'static str, u64)]) -> BTreeMap<&'static str, u64> {
        pairs.iter().copied().collect()
    }

    #[test]
    fn small_cells_are_hidden_and_cannot_be_recovered_from_a_total() {
        // One small cell: the next smallest goes with it, so web's 50 and the day's
        // total (which another dimension shows) do not give away telegram's 3.
        let cells = group(&counts(&[("web", 50), ("telegram", 3)]), 5);
        assert_eq!(cells["telegram"], Cell::Small);
        assert_eq!(cells["web"], Cell::Suppressed);
        // Two small cells adding up to less than the threshold: a third goes too.
        let cells = group(&counts(&[("a", 1), ("b", 2), ("c", 7), ("d", 40)]), 5);
        assert_eq!(
            (cells["a"], cells["b"], cells["c"], cells["d"]),
            (Cell::Small, Cell::Small, Cell::Suppressed, Cell::Shown(40))
        );
        // Two small cells that add up to the threshold are enough.
        let cells = group(&counts(&[("a", 2), ("b", 3), ("c", 7)]), 5);
        assert_eq!(cells["c"], Cell::Shown(7));
        // Nothing small: everything shows, and so does the total.
        let cells = group(&counts(&[("a", 5), ("b", 9)]), 5);
        assert_eq!((cells["a"], cells["b"]), (Cell::Shown(5), Cell::Shown(9)));
        // The threshold is the configured one.
        let cells = group(&counts(&[("a", 3), ("b", 9), ("c", 4)]), 3);
        assert_eq!((cells["a"], cells["c"]), (Cell::Shown(3), Cell::Shown(4)));
    }

    #[test]
    fn no_shown_figure_is_below_the_threshold_for_any_group() {
        // Exhaustive over small groups: every shown cell is zero or at least `min`, and
        // hidden cells are never a lone one or a small sum.
        for a in 0..8u64 {
            for b in 0..8u64 {
                for c in [0u64, 1, 4, 6, 30] {
                    let counts: BTreeMap<u8, u64> = [(0, a), (1, b), (2, c)].into_iter().collect();
                    let cells = group(&counts, 5);
                    let hidden: Vec<u8> = cells.iter().filter(|(_, c)| c.is_hidden()).map(|(k, _)| *k).collect();
                    for (k, cell) in &cells {
                        match cell {
                            Cell::Shown(n) => assert!(*n == 0 || *n >= 5, "{counts:?}: {k} shown as {n}"),
                            // The marks are true: a small cell is small, a suppressed one is not.
                            Cell::Small => assert!((1..5).contains(&counts[k]), "{counts:?}: {k}"),
                            Cell::Suppressed => assert!(counts[k] >= 5, "{counts:?}: {k}"),
                            Cell::AtLeast(_) => panic!("a day group has no lower bounds"),
                        }
                    }
                    let sum: u64 = hidden.iter().map(|k| counts[k]).sum();
                    let nonzero = counts.values().filter(|n| **n > 0).count();
                    assert!(
                        hidden.is_empty() || (hidden.len() >= 2 && sum >= 5) || hidden.len() == nonzero,
                        "{counts:?} → {cells:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_range_total_adds_only_the_shown_days() {
        assert_eq!(range_total([Cell::Shown(10), Cell::Shown(5)]), Cell::Shown(15));
        // The 15th hid a 1: the total says "at least 10", never 11.
        assert_eq!(range_total([Cell::Small, Cell::Shown(10)]), Cell::AtLeast(10));
        assert_eq!(range_total([Cell::Suppressed, Cell::Small]), Cell::AtLeast(0));
        assert_eq!(range_total([]), Cell::Shown(0));
        assert_eq!(
            range_total([Cell::Suppressed]),
            Cell::Suppressed,
            "one day keeps its mark"
        );
    }
}
