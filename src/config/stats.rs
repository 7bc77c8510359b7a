//! `[stats]`: where the anonymous day counters are kept, the smallest count shown, and
//! how long a day is kept.

use std::path::PathBuf;
use std::time::Duration;

use serde::Deserialize;

use super::{ConfigError, invalid};

/// `[stats]`: anonymous day counters (`docs/privacy.md`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatsSettings {
    /// Without Redis, the counters are kept in `<data_dir>/stats.redb`; unset (and no
    /// Redis): in memory, lost on restart.
    pub data_dir: Option<PathBuf>,
    /// Counts below this are shown as `<min_cell`; at least 3.
    pub min_cell: u64,
    /// Each day's counters are dropped after this long.
    pub retention: Duration,
}

/// Small cells below 3 would let single people be counted out; 5 is the common default.
const DEFAULT_MIN_CELL: u64 = 5;

/// About 13 months: a year's comparison, then gone.
const DEFAULT_RETENTION_DAYS: u64 = 400;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStats {
    data_dir: Option<PathBuf>,
    min_cell: Option<u64>,
    retention_days: Option<u64>,
}

pub(super) fn compile_stats(raw: RawStats) -> Result<StatsSettings, ConfigError> {
    let min_cell = raw.min_cell.unwrap_or(DEFAULT_MIN_CELL);
    if min_cell < 3 {
        return Err(invalid("stats.min_cell", "must be at least 3"));
    }
    let days = raw.retention_days.unwrap_or(DEFAULT_RETENTION_DAYS);
    if !(1..=3660).contains(&days) {
        return Err(invalid("stats.retention_days", "must be from 1 to 3660"));
    }
    Ok(StatsSettings {
        data_dir: raw.data_dir,
        min_cell,
        retention: Duration::from_secs(days * 86_400),
    })
}
