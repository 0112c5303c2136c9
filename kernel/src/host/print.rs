//! The CPU executor's print log: the `gpu_println!` records of the launches
//! since the host last cleared it, laid out as a GPU's print area (see
//! `crate::print`), with call sites numbered instead of addressed.

use crate::print::PRINT_CAPACITY_WORDS;
use std::collections::HashMap;
use std::sync::Mutex;
use std::vec::Vec;

/// Records, dropped records and call sites.
#[derive(Default)]
pub struct PrintLog {
    /// The records, one after another.
    pub words: Vec<u32>,
    /// Records that did not fit.
    pub dropped: u64,
    /// Call sites by number (a record's site word).
    pub sites: Vec<&'static str>,
    numbers: HashMap<usize, u32>,
}

static LOG: Mutex<Option<PrintLog>> = Mutex::new(None);

/// Appends a record (see `arch::PrintRecord`), or counts it as dropped
/// where the log is full.
pub fn append(site: &'static str, mut record: Vec<u32>) {
    let mut log = LOG.lock().unwrap_or_else(|e| e.into_inner());
    let log = log.get_or_insert_with(PrintLog::default);
    if log.words.len() + record.len() > PRINT_CAPACITY_WORDS {
        log.dropped += 1;
        return;
    }
    let next = log.sites.len() as u32;
    let number = *log.numbers.entry(site.as_ptr() as usize).or_insert_with(|| next);
    if number == next {
        log.sites.push(site);
    }
    record[1] = number;
    log.words.extend_from_slice(&record);
}

/// Runs `f` on the log (empty when nothing printed since the last clear).
pub fn with_log<R>(f: impl FnOnce(&PrintLog) -> R) -> R {
    let log = LOG.lock().unwrap_or_else(|e| e.into_inner());
    match &*log {
        Some(log) => f(log),
        None => f(&PrintLog::default()),
    }
}

/// Empties the log.
pub fn clear() {
    *LOG.lock().unwrap_or_else(|e| e.into_inner()) = None;
}
