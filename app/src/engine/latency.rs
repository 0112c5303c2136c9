//! The edits of the latency benchmarks (`watch --latency`, `gui --latency`):
//! what each save changes in the crate's `src/lib.rs`, and their figures.

use anyhow::Context;
use std::path::Path;

/// What a `--latency` save changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Edit {
    /// A new exported function at the end of `src/lib.rs`: code rustc
    /// compiles on every route (no kernel changes, so no pipeline is
    /// re-created). It is exported so that the build cannot skip it, and
    /// each save changes the file's length, as a real edit does: rustc's
    /// incremental compilation reuses every object file when an edit keeps
    /// the file's length and adds no code that is emitted, and then measures
    /// no build at all.
    Code,
    /// A comment line at the end of `src/lib.rs`.
    Comment,
}

/// The `p` quantile (0 to 1) of `v`, which is not empty: the nearest rank.
pub fn percentile(v: &[f64], p: f64) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    s[((s.len() - 1) as f64 * p).round() as usize]
}

/// Saves edit `i` of `original` to `lib` (the `--latency` edits).
pub fn write_probe(lib: &Path, original: &str, i: u32, edit: Edit) -> anyhow::Result<()> {
    let text = match edit {
        Edit::Comment => format!("{original}\n// everygpu watch --latency: edit {i}\n"),
        Edit::Code => format!(
            "{original}\n/// everygpu watch --latency: edit {i}{}\n#[doc(hidden)]\n#[no_mangle]\npub extern \"C\" fn everygpu_latency_probe(x: u32) -> u32 {{\n    x.wrapping_mul({}).rotate_left({})\n}}\n",
            ".".repeat(i as usize % 7),
            2 * i + 3,
            i % 31
        ),
    };
    std::fs::write(lib, text).with_context(|| format!("writing {}", lib.display()))
}
