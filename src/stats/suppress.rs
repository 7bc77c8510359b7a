//! Small-cell suppression: no figure that could point at a handful of people leaves the
//! server, and no total lets one be worked out by subtraction.
//!
//! Primary suppression hides every count from 1 to `min - 1`. Every dimension of one day
//! counts the same events in different ways (languages and channels both add up to the
//! day's conversations), so any shown total, of this dimension or another, could reveal a
//! lone hidden cell by subtraction. Complementary suppression therefore hides more cells
//! of the same group, smallest first, until the hidden cells are at least two and add up
//! to at least `min`: then subtraction yields only a sum that is itself not small.

use std::collections::BTreeMap;

/// A count as it may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Shown(u64),
    /// Written `<min` (e.g. `<5`): too small, or hidden so that a small one stays hidden.
    Hidden,
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
                    Cell::Hidden
                } else {
                    Cell::Shown(*n)
                },
            )
        })
        .collect();
    let hidden_sum = |out: &BTreeMap<K, Cell>| -> (usize, u64) {
        out.iter()
            .filter(|(_, c)| **c == Cell::Hidden)
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
                out.insert(k, Cell::Hidden);
            }
            // Nothing left to hide: every non-zero cell already is.
            None => break,
        }
    }
    out
}

/// The sum of a group, hidden when any of its cells is.
pub fn total<K>(cells: &BTreeMap<K, Cell>) -> Cell {
    cells
        .values()
        .try_fold(0u64, |sum, c| match c {
            Cell::Shown(n) => Some(sum + n),
            Cell::Hidden => None,
        })
        .map_or(Cell::Hidden, Cell::Shown)
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
        assert_eq!(cells["telegram"], Cell::Hidden);
        assert_eq!(cells["web"], Cell::Hidden);
        // Two small cells adding up to less than the threshold: a third goes too.
        let cells = group(&counts(&[("a", 1), ("b", 2), ("c", 7), ("d", 40)]), 5);
        assert_eq!(
            (cells["a"], cells["b"], cells["c"], cells["d"]),
            (Cell::Hidden, Cell::Hidden, Cell::Hidden, Cell::Shown(40))
        );
        assert_eq!(total(&cells), Cell::Hidden);
        // Two small cells that add up to the threshold are enough.
        let cells = group(&counts(&[("a", 2), ("b", 3), ("c", 7)]), 5);
        assert_eq!(cells["c"], Cell::Shown(7));
        // Nothing small: everything shows, and so does the total.
        let cells = group(&counts(&[("a", 5), ("b", 9)]), 5);
        assert_eq!(total(&cells), Cell::Shown(14));
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
                    let hidden: Vec<u8> = cells
                        .iter()
                        .filter(|(_, c)| **c == Cell::Hidden)
                        .map(|(k, _)| *k)
                        .collect();
                    for (k, cell) in &cells {
                        if let Cell::Shown(n) = cell {
                            assert!(*n == 0 || *n >= 5, "{counts:?}: {k} shown as {n}");
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
}
