//! The one error type of this crate.

use crate::id::RunId;
use std::path::PathBuf;

/// What can go wrong while writing reports or using the history.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or directory could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A run could not be turned into JSON or read back from it.
    #[error("JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// plotters failed to draw a plot.
    #[error("drawing the {plot} plot: {message}")]
    Plot {
        /// Which plot (`throughput`, `roofline`).
        plot: &'static str,
        /// What plotters said.
        message: String,
    },
    /// A plot could not be encoded as PNG.
    #[error("encoding PNG: {0}")]
    Png(#[from] png::EncodingError),
    /// The history database failed.
    #[error("history database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The history database was written by a newer everygpu.
    #[error("{}: history schema version {found} is newer than the supported {supported}; use a newer everygpu", path.display())]
    NewerSchema {
        /// The database file.
        path: PathBuf,
        /// The version found in the database.
        found: i64,
        /// The newest version this crate knows.
        supported: i64,
    },
    /// No run with this id in the history.
    #[error("no run {0} in the history")]
    RunNotFound(RunId),
    /// Neither `$EVERYGPU_HISTORY`, `$XDG_DATA_HOME` nor `$HOME` is set.
    #[error("no place for the history: set EVERYGPU_HISTORY, XDG_DATA_HOME or HOME")]
    NoHistoryPath,
    /// A number does not fit in the database (SQLite integers are `i64`).
    #[error("{what} = {value} is too large for the history database")]
    OutOfRange {
        /// The field.
        what: &'static str,
        /// Its value.
        value: u64,
    },
    /// The file is not an everygpu history (no schema version in it).
    #[error("{}: not an everygpu history ({message})", path.display())]
    NotAHistory {
        /// The file.
        path: PathBuf,
        /// What SQLite said.
        message: String,
    },
    /// A stored row could not be understood.
    #[error("run {run} in the history is damaged: {message}")]
    Corrupt {
        /// The run.
        run: RunId,
        /// What is wrong with it.
        message: String,
    },
}

impl Error {
    /// An I/O error on `path`.
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
