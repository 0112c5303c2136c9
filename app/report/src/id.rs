//! The id under which the history stores a run.

use serde::{Deserialize, Serialize};

/// A run's id in the history.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct RunId(pub i64);

impl std::fmt::Display for RunId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{}", self.0)
    }
}

impl std::str::FromStr for RunId {
    type Err = std::num::ParseIntError;

    /// `12` or `#12`.
    fn from_str(s: &str) -> std::result::Result<RunId, Self::Err> {
        s.trim().trim_start_matches('#').parse().map(RunId)
    }
}
