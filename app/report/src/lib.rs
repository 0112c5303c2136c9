//! Benchmark reports and history for `everygpu bench`.
//!
//! Pure data in, files out: no GUI, no device API.
//!
//! - [`model`]: what a benchmark run is ([`BenchRun`], [`BenchRecord`],
//!   [`DeviceInfo`], [`Machine`]), serialisable with serde, with the derived
//!   quantities (GB/s, GFLOP/s, arithmetic intensity, % of the roofs).
//! - [`markdown`]: the run as Markdown tables.
//! - [`plot`]: throughput and roofline plots as PNG, drawn with plotters and a
//!   bundled font (no system fonts needed).
//! - [`write_report`]: all of the above plus the JSON, into one directory.
//! - [`history`]: every run in a SQLite database, listed, loaded, compared
//!   ([`Comparison`]) and followed across edits of the kernel crate
//!   ([`SeriesPoint`]).

mod canvas;
pub mod compare;
mod error;
pub mod format;
pub mod history;
mod id;
pub mod markdown;
pub mod model;
pub mod plot;
mod report;

pub use compare::{ComparedRun, Comparison, ComparisonRow, RecordKey};
pub use error::{Error, Result};
pub use history::{History, RunSummary, SeriesKey, SeriesPoint};
pub use id::RunId;
pub use model::{hash_sources, BenchRecord, BenchRun, DeviceInfo, Machine, RecordKind};
pub use report::{write_report, ReportFiles};
