//! Every benchmark run in one SQLite database: list, load, compare, and follow
//! one kernel across edits of its crate.
//!
//! Schema (version [`History::SCHEMA_VERSION`], kept in `schema_version`):
//! `runs` has one row per run (time, versions, machine, the device list as
//! JSON); `records` has one row per measurement, keyed by run and position,
//! indexed for the series queries (crate, case, backend, kind).

use crate::compare::Comparison;
use crate::error::{Error, Result};
use crate::id::RunId;
use crate::model::{BenchRecord, BenchRun, DeviceInfo, Machine, RecordKind};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// A run in the list of runs, without its records.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunSummary {
    /// The run's id.
    pub id: RunId,
    /// When it started (Unix seconds).
    pub started_unix: i64,
    /// The kernel crate.
    pub krate: String,
    /// The kernel crate's source hash.
    pub source_hash: String,
    /// The host.
    pub machine: Machine,
    /// The everygpu version.
    pub project_version: String,
    /// How many records the run has.
    pub record_count: u64,
}

/// One measurement of a kernel in the history, for plotting it across runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SeriesPoint {
    /// The run.
    pub run: RunId,
    /// When the run started (Unix seconds).
    pub started_unix: i64,
    /// The kernel crate's source hash in that run.
    pub source_hash: String,
    /// The host it ran on (series can span machines).
    pub hostname: String,
    /// The problem size.
    pub size: u64,
    /// The median time, in ns.
    pub median_ns: f64,
    /// GB/s at the median time.
    pub gbps: Option<f64>,
    /// The status (`match`, `mismatch`, ...).
    pub status: String,
}

/// A (case, backend) pair that has kernel measurements, to choose a series.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SeriesKey {
    /// The case.
    pub case: String,
    /// The backend id.
    pub backend: String,
}

/// The history database.
pub struct History {
    conn: Connection,
    path: PathBuf,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started_unix INTEGER NOT NULL,
    project_version TEXT NOT NULL,
    krate TEXT NOT NULL,
    source_hash TEXT NOT NULL,
    hostname TEXT NOT NULL,
    os TEXT NOT NULL,
    cpu TEXT NOT NULL,
    cores INTEGER NOT NULL,
    devices_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS runs_by_crate ON runs (krate, started_unix);
CREATE TABLE IF NOT EXISTS records (
    run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    case_name TEXT NOT NULL,
    kernel TEXT NOT NULL,
    size INTEGER NOT NULL,
    backend TEXT NOT NULL,
    kind TEXT NOT NULL,
    baseline_name TEXT NOT NULL,
    status TEXT NOT NULL,
    median_ns REAL,
    min_ns REAL,
    max_ns REAL,
    repeat INTEGER NOT NULL,
    bytes INTEGER NOT NULL,
    flops INTEGER NOT NULL,
    baseline TEXT,
    ratio_to_baseline REAL,
    message TEXT NOT NULL,
    PRIMARY KEY (run_id, ord)
);
CREATE INDEX IF NOT EXISTS records_by_series ON records (case_name, backend, kind, run_id);
";

impl History {
    /// The schema version this crate writes.
    pub const SCHEMA_VERSION: i64 = 1;

    /// Opens (creating it and its directory when missing) the history at `path`.
    pub fn open(path: &Path) -> Result<History> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        let conn = Connection::open(path)?;
        // Concurrent readers (the app) while `bench` writes.
        conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))?;
        History::init(conn, path.to_path_buf())
    }

    /// Opens an existing history to read it, writing nothing: a database on a
    /// read-only medium, or another user's, can be listed and compared.
    /// Where SQLite cannot even keep its lock files next to a WAL database
    /// (a read-only folder), the file is read as immutable.
    pub fn open_read_only(path: &Path) -> Result<History> {
        use rusqlite::OpenFlags;
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let read = |conn: Connection| -> Result<History> {
            conn.busy_timeout(std::time::Duration::from_secs(5))?;
            let found: Option<i64> = conn
                .query_row("SELECT MAX(version) FROM schema_version", [], |row| row.get(0))
                .map_err(|e| Error::NotAHistory {
                    path: path.to_path_buf(),
                    message: e.to_string(),
                })?;
            if let Some(v) = found.filter(|&v| v > History::SCHEMA_VERSION) {
                return Err(Error::NewerSchema {
                    path: path.to_path_buf(),
                    found: v,
                    supported: History::SCHEMA_VERSION,
                });
            }
            Ok(History {
                conn,
                path: path.to_path_buf(),
            })
        };
        match Connection::open_with_flags(path, flags)
            .map_err(Error::from)
            .and_then(read)
        {
            Ok(history) => Ok(history),
            Err(first) => {
                let uri = format!("file:{}?immutable=1", path.display());
                Connection::open_with_flags(uri, flags)
                    .map_err(Error::from)
                    .and_then(read)
                    .map_err(|_| first)
            }
        }
    }

    /// A history in memory, gone when dropped.
    pub fn open_in_memory() -> Result<History> {
        History::init(Connection::open_in_memory()?, PathBuf::from(":memory:"))
    }

    fn init(mut conn: Connection, path: PathBuf) -> Result<History> {
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.pragma_update(None, "foreign_keys", true)?;
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute_batch("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);")?;
        let found: Option<i64> = tx.query_row("SELECT MAX(version) FROM schema_version", [], |row| row.get(0))?;
        match found {
            Some(v) if v > History::SCHEMA_VERSION => {
                return Err(Error::NewerSchema {
                    path,
                    found: v,
                    supported: History::SCHEMA_VERSION,
                })
            }
            // Version 1 is the first; later versions migrate from `v` here.
            Some(_) => tx.execute_batch(SCHEMA)?,
            None => {
                tx.execute_batch(SCHEMA)?;
                tx.execute(
                    "INSERT INTO schema_version (version) VALUES (?1)",
                    [History::SCHEMA_VERSION],
                )?;
            }
        }
        tx.commit()?;
        Ok(History { conn, path })
    }

    /// Where the history lives: `$EVERYGPU_HISTORY` if set, else
    /// `$XDG_DATA_HOME/everygpu/history.sqlite`, else
    /// `$HOME/.local/share/everygpu/history.sqlite`.
    pub fn default_path() -> Result<PathBuf> {
        default_path_from(|name| std::env::var_os(name))
    }

    /// The database file (`:memory:` for [`History::open_in_memory`]).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Stores `run`; returns its new id.
    pub fn insert(&mut self, run: &BenchRun) -> Result<RunId> {
        let devices_json = serde_json::to_string(&run.devices)?;
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO runs (started_unix, project_version, krate, source_hash, hostname, os, cpu, cores, devices_json)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                run.started_unix,
                run.project_version,
                run.krate,
                run.source_hash,
                run.machine.hostname,
                run.machine.os,
                run.machine.cpu,
                run.machine.cores,
                devices_json,
            ],
        )?;
        let id = tx.last_insert_rowid();
        {
            let mut insert = tx.prepare(
                "INSERT INTO records (run_id, ord, case_name, kernel, size, backend, kind, baseline_name, status,
                     median_ns, min_ns, max_ns, repeat, bytes, flops, baseline, ratio_to_baseline, message)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
            )?;
            for (ord, r) in run.records.iter().enumerate() {
                insert.execute(params![
                    id,
                    ord as i64,
                    r.case,
                    r.kernel,
                    to_i64("size", r.size)?,
                    r.backend,
                    r.kind.word(),
                    r.kind.baseline_name(),
                    r.status,
                    r.median_ns,
                    r.min_ns,
                    r.max_ns,
                    r.repeat,
                    to_i64("bytes", r.bytes)?,
                    to_i64("flops", r.flops)?,
                    r.baseline,
                    r.ratio_to_baseline,
                    r.message,
                ])?;
            }
        }
        tx.commit()?;
        Ok(RunId(id))
    }

    /// The newest `limit` runs, newest first.
    pub fn runs(&self, limit: usize) -> Result<Vec<RunSummary>> {
        self.summaries("", params![limit_i64(limit)])
    }

    /// The newest `limit` runs of kernel crate `krate`, newest first.
    pub fn runs_of(&self, krate: &str, limit: usize) -> Result<Vec<RunSummary>> {
        self.summaries("WHERE r.krate = ?2", params![limit_i64(limit), krate])
    }

    /// The summary of run `id`.
    pub fn summary(&self, id: RunId) -> Result<RunSummary> {
        self.summaries("WHERE r.id = ?2", params![1, id.0])?
            .pop()
            .ok_or(Error::RunNotFound(id))
    }

    fn summaries(&self, filter: &str, params: &[&dyn rusqlite::ToSql]) -> Result<Vec<RunSummary>> {
        let sql = format!(
            "SELECT r.id, r.started_unix, r.krate, r.source_hash, r.hostname, r.os, r.cpu, r.cores, r.project_version,
                    (SELECT COUNT(*) FROM records WHERE run_id = r.id)
             FROM runs r {filter} ORDER BY r.started_unix DESC, r.id DESC LIMIT ?1"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params, |row| {
            Ok(RunSummary {
                id: RunId(row.get(0)?),
                started_unix: row.get(1)?,
                krate: row.get(2)?,
                source_hash: row.get(3)?,
                machine: Machine {
                    hostname: row.get(4)?,
                    os: row.get(5)?,
                    cpu: row.get(6)?,
                    cores: row.get(7)?,
                },
                project_version: row.get(8)?,
                record_count: row.get::<_, i64>(9)?.max(0) as u64,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Run `id` with all its records, as it was inserted.
    pub fn load(&self, id: RunId) -> Result<BenchRun> {
        let head = self
            .conn
            .query_row(
                "SELECT started_unix, project_version, krate, source_hash, hostname, os, cpu, cores, devices_json
                 FROM runs WHERE id = ?1",
                [id.0],
                |row| {
                    Ok((
                        BenchRun {
                            project_version: row.get(1)?,
                            started_unix: row.get(0)?,
                            machine: Machine {
                                hostname: row.get(4)?,
                                os: row.get(5)?,
                                cpu: row.get(6)?,
                                cores: row.get(7)?,
                            },
                            krate: row.get(2)?,
                            source_hash: row.get(3)?,
                            records: Vec::new(),
                            devices: Vec::new(),
                            notes: Vec::new(),
                        },
                        row.get::<_, String>(8)?,
                    ))
                },
            )
            .optional()?;
        let Some((mut run, devices_json)) = head else {
            return Err(Error::RunNotFound(id));
        };
        run.devices = serde_json::from_str::<Vec<DeviceInfo>>(&devices_json).map_err(|e| Error::Corrupt {
            run: id,
            message: format!("device list: {e}"),
        })?;
        let mut stmt = self.conn.prepare(
            "SELECT case_name, kernel, size, backend, kind, baseline_name, status, median_ns, min_ns, max_ns,
                    repeat, bytes, flops, baseline, ratio_to_baseline, message
             FROM records WHERE run_id = ?1 ORDER BY ord",
        )?;
        let rows = stmt.query_map([id.0], |row| {
            Ok(StoredRecord {
                case: row.get(0)?,
                kernel: row.get(1)?,
                size: row.get(2)?,
                backend: row.get(3)?,
                kind: row.get(4)?,
                baseline_name: row.get(5)?,
                status: row.get(6)?,
                median_ns: row.get(7)?,
                min_ns: row.get(8)?,
                max_ns: row.get(9)?,
                repeat: row.get(10)?,
                bytes: row.get(11)?,
                flops: row.get(12)?,
                baseline: row.get(13)?,
                ratio_to_baseline: row.get(14)?,
                message: row.get(15)?,
            })
        })?;
        for stored in rows {
            run.records.push(stored?.into_record(id)?);
        }
        Ok(run)
    }

    /// Removes run `id` and its records.
    pub fn delete(&mut self, id: RunId) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM records WHERE run_id = ?1", [id.0])?;
        let removed = tx.execute("DELETE FROM runs WHERE id = ?1", [id.0])?;
        if removed == 0 {
            return Err(Error::RunNotFound(id));
        }
        tx.commit()?;
        Ok(())
    }

    /// Run `b` against run `a` (time ratios are b / a).
    pub fn compare(&self, a: RunId, b: RunId) -> Result<Comparison> {
        let (run_a, run_b) = (self.load(a)?, self.load(b)?);
        Ok(Comparison::with_ids(&run_a, Some(a), &run_b, Some(b)))
    }

    /// Every timed measurement of kernel `case` on `backend` in runs of
    /// `krate`, oldest run first, then by size.
    pub fn series(&self, krate: &str, case: &str, backend: &str) -> Result<Vec<SeriesPoint>> {
        let mut stmt = self.conn.prepare(
            "SELECT rec.run_id, r.started_unix, r.source_hash, r.hostname, rec.size, rec.median_ns, rec.bytes, rec.status
             FROM records rec JOIN runs r ON r.id = rec.run_id
             WHERE rec.case_name = ?2 AND rec.backend = ?3 AND rec.kind = 'kernel' AND r.krate = ?1
               AND rec.median_ns IS NOT NULL
             ORDER BY r.started_unix, r.id, rec.size, rec.ord",
        )?;
        let rows = stmt.query_map(params![krate, case, backend], |row| {
            Ok((
                RunId(row.get(0)?),
                row.get::<_, i64>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, i64>(4)?,
                row.get::<_, f64>(5)?,
                row.get::<_, i64>(6)?,
                row.get::<_, String>(7)?,
            ))
        })?;
        let mut points = Vec::new();
        for row in rows {
            let (run, started_unix, source_hash, hostname, size, median_ns, bytes, status) = row?;
            let record = BenchRecord {
                median_ns: Some(median_ns),
                bytes: from_i64(run, "bytes", bytes)?,
                ..BenchRecord::new(case, from_i64(run, "size", size)?, backend, RecordKind::Kernel)
            };
            points.push(SeriesPoint {
                run,
                started_unix,
                source_hash,
                hostname,
                size: record.size,
                median_ns,
                gbps: record.gbps(),
                status,
            });
        }
        Ok(points)
    }

    /// The (case, backend) pairs with kernel measurements in runs of `krate`, sorted.
    pub fn series_keys(&self, krate: &str) -> Result<Vec<SeriesKey>> {
        let mut stmt = self.conn.prepare(
            "SELECT DISTINCT rec.case_name, rec.backend
             FROM records rec JOIN runs r ON r.id = rec.run_id
             WHERE r.krate = ?1 AND rec.kind = 'kernel'
             ORDER BY rec.case_name, rec.backend",
        )?;
        let rows = stmt.query_map([krate], |row| {
            Ok(SeriesKey {
                case: row.get(0)?,
                backend: row.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}

/// A `records` row as SQLite returns it, before its checks.
struct StoredRecord {
    case: String,
    kernel: String,
    size: i64,
    backend: String,
    kind: String,
    baseline_name: String,
    status: String,
    median_ns: Option<f64>,
    min_ns: Option<f64>,
    max_ns: Option<f64>,
    repeat: u32,
    bytes: i64,
    flops: i64,
    baseline: Option<String>,
    ratio_to_baseline: Option<f64>,
    message: String,
}

impl StoredRecord {
    fn into_record(self, run: RunId) -> Result<BenchRecord> {
        let kind = RecordKind::from_word(&self.kind, &self.baseline_name).ok_or_else(|| Error::Corrupt {
            run,
            message: format!("unknown record kind `{}`", self.kind),
        })?;
        Ok(BenchRecord {
            case: self.case,
            kernel: self.kernel,
            size: from_i64(run, "size", self.size)?,
            backend: self.backend,
            kind,
            status: self.status,
            median_ns: self.median_ns,
            min_ns: self.min_ns,
            max_ns: self.max_ns,
            repeat: self.repeat,
            bytes: from_i64(run, "bytes", self.bytes)?,
            flops: from_i64(run, "flops", self.flops)?,
            baseline: self.baseline,
            ratio_to_baseline: self.ratio_to_baseline,
            message: self.message,
            // Statistics and advice belong to the run's report; the history
            // keeps the measurements.
            stats: Vec::new(),
            advice: Vec::new(),
        })
    }
}

fn to_i64(what: &'static str, value: u64) -> Result<i64> {
    i64::try_from(value).map_err(|_| Error::OutOfRange { what, value })
}

fn from_i64(run: RunId, what: &str, value: i64) -> Result<u64> {
    u64::try_from(value).map_err(|_| Error::Corrupt {
        run,
        message: format!("negative {what} {value}"),
    })
}

fn limit_i64(limit: usize) -> i64 {
    i64::try_from(limit).unwrap_or(i64::MAX)
}

/// [`History::default_path`] with the environment given as a function.
fn default_path_from(var: impl Fn(&str) -> Option<OsString>) -> Result<PathBuf> {
    let set = |name: &str| var(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    if let Some(path) = set("EVERYGPU_HISTORY") {
        return Ok(path);
    }
    // The XDG spec ignores relative paths.
    if let Some(data) = set("XDG_DATA_HOME").filter(|p| p.is_absolute()) {
        return Ok(data.join("everygpu").join("history.sqlite"));
    }
    let home = set("HOME").ok_or(Error::NoHistoryPath)?;
    Ok(home.join(".local/share/everygpu/history.sqlite"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<OsString> + 'a {
        move |name| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| OsString::from(v))
    }

    #[test]
    fn default_path_follows_the_environment() {
        let all = [
            ("EVERYGPU_HISTORY", "/tmp/h.sqlite"),
            ("XDG_DATA_HOME", "/data"),
            ("HOME", "/home/u"),
        ];
        assert_eq!(default_path_from(env(&all)).ok(), Some(PathBuf::from("/tmp/h.sqlite")));
        assert_eq!(
            default_path_from(env(&all[1..])).ok(),
            Some(PathBuf::from("/data/everygpu/history.sqlite"))
        );
        let relative_xdg = [("XDG_DATA_HOME", "data"), ("HOME", "/home/u"), ("EVERYGPU_HISTORY", "")];
        assert_eq!(
            default_path_from(env(&relative_xdg)).ok(),
            Some(PathBuf::from("/home/u/.local/share/everygpu/history.sqlite"))
        );
        assert!(matches!(default_path_from(env(&[])), Err(Error::NoHistoryPath)));
    }

    #[test]
    fn run_ids_parse_with_or_without_hash() {
        assert_eq!("12".parse::<RunId>().ok(), Some(RunId(12)));
        assert_eq!("#7".parse::<RunId>().ok(), Some(RunId(7)));
        assert!("x".parse::<RunId>().is_err());
        assert_eq!(RunId(3).to_string(), "#3");
    }
}
