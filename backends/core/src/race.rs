//! Data races the CPU reference found in a case (`--check-races`).
//!
//! The reference's race-check build notes every access the kernel makes
//! (see `everygpu_kernel::host::races`); a race is two accesses to one
//! element by different threads, at least one a write and not both atomic,
//! with no barrier between them. Each [`Race`] is one pair of call sites,
//! with the first threads and element found and how often the pair raced.

use serde::{Deserialize, Serialize};
use std::fmt;

/// How an access touched the element.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AccessKind {
    /// A plain load.
    #[default]
    Read,
    /// A plain store.
    Write,
    /// An atomic load.
    AtomicRead,
    /// An atomic store or read-modify-write.
    AtomicWrite,
}

impl AccessKind {
    /// The verb of a sentence: "reads", "writes", "atomically writes".
    pub fn verb(self) -> &'static str {
        match self {
            AccessKind::Read => "reads",
            AccessKind::Write => "writes",
            AccessKind::AtomicRead => "atomically reads",
            AccessKind::AtomicWrite => "atomically writes",
        }
    }
}

/// One of a race's two accesses.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RaceAccess {
    /// `local_id` of the thread.
    pub local: [u32; 3],
    /// `workgroup_id` of the thread.
    pub group: [u32; 3],
    /// How it touched the element.
    pub kind: AccessKind,
    /// Its call site in the library (a return address relative to the
    /// library's load address; 0: unknown).
    pub pc: u64,
    /// `file:line:column` of the call site, where the library's line tables
    /// say.
    #[serde(default)]
    pub site: Option<String>,
}

/// A data race: two call sites whose accesses raced, with the first pair of
/// threads and the element.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Race {
    /// The kernel.
    #[serde(default)]
    pub kernel: String,
    /// The launch of the case, from 0.
    #[serde(default)]
    pub launch: usize,
    /// The buffer parameter, or the workgroup array.
    pub buffer: String,
    /// Whether `buffer` is workgroup memory.
    pub shared: bool,
    /// The element's index.
    pub index: u64,
    /// The access seen first.
    pub first: RaceAccess,
    /// The access that raced with it.
    pub second: RaceAccess,
    /// Racing accesses of the same two call sites in the launch.
    pub count: u64,
}

impl fmt::Display for Race {
    /// `` `histogram` races on `bins[3]`: thread (5,0,0) of workgroup (0,0,0)
    /// writes it at src/lib.rs:9:5 and thread (2,0,0) of workgroup (1,0,0)
    /// reads it at src/lib.rs:8:13, with no barrier between (127 times) ``
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let memory = if self.shared { "workgroup array" } else { "buffer" };
        write!(
            f,
            "kernel `{}` races on {memory} `{}[{}]`: ",
            self.kernel, self.buffer, self.index
        )?;
        let access = |f: &mut fmt::Formatter<'_>, a: &RaceAccess| {
            let [x, y, z] = a.local;
            let [gx, gy, gz] = a.group;
            write!(
                f,
                "thread ({x},{y},{z}) of workgroup ({gx},{gy},{gz}) {} it",
                a.kind.verb()
            )?;
            match &a.site {
                Some(site) => write!(f, " at {site}"),
                None => Ok(()),
            }
        };
        access(f, &self.first)?;
        f.write_str(" and ")?;
        access(f, &self.second)?;
        if self.first.group == self.second.group {
            f.write_str(", with no barrier between")?;
        } else {
            f.write_str(" (barriers order one workgroup's threads, not workgroups)")?;
        }
        if self.count > 1 {
            write!(f, "; {} racing accesses from these two places", self.count)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_race_reads_as_a_sentence() {
        let mut race = Race {
            kernel: "sum".into(),
            buffer: "out".into(),
            index: 0,
            first: RaceAccess {
                local: [0, 0, 0],
                kind: AccessKind::Write,
                site: Some("src/lib.rs:9:5".into()),
                ..RaceAccess::default()
            },
            second: RaceAccess {
                local: [1, 0, 0],
                kind: AccessKind::Read,
                site: Some("src/lib.rs:8:13".into()),
                ..RaceAccess::default()
            },
            count: 1,
            ..Race::default()
        };
        assert_eq!(
            race.to_string(),
            "kernel `sum` races on buffer `out[0]`: thread (0,0,0) of workgroup (0,0,0) writes it at src/lib.rs:9:5 \
             and thread (1,0,0) of workgroup (0,0,0) reads it at src/lib.rs:8:13, with no barrier between"
        );
        race.second.group = [2, 0, 0];
        race.second.kind = AccessKind::AtomicWrite;
        race.second.site = None;
        race.shared = true;
        race.count = 7;
        assert_eq!(
            race.to_string(),
            "kernel `sum` races on workgroup array `out[0]`: thread (0,0,0) of workgroup (0,0,0) writes it at \
             src/lib.rs:9:5 and thread (1,0,0) of workgroup (2,0,0) atomically writes it (barriers order one \
             workgroup's threads, not workgroups); 7 racing accesses from these two places"
        );
    }
}
