//! A run's report files: Markdown, JSON and the two plots, side by side.

use crate::error::{Error, Result};
use crate::model::BenchRun;
use crate::{markdown, plot};
use std::path::{Path, PathBuf};

/// The files [`write_report`] wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportFiles {
    /// `stem.md`: the tables.
    pub markdown: PathBuf,
    /// `stem.json`: the run itself ([`BenchRun`] as JSON).
    pub json: PathBuf,
    /// `stem-throughput.png`: GB/s per case and backend.
    pub throughput_png: PathBuf,
    /// `stem-roofline.png`: GFLOP/s against arithmetic intensity under each device's roofs.
    pub roofline_png: PathBuf,
}

impl ReportFiles {
    /// The four paths, in the order above.
    pub fn all(&self) -> [&Path; 4] {
        [&self.markdown, &self.json, &self.throughput_png, &self.roofline_png]
    }
}

/// Writes `stem.md`, `stem.json`, `stem-throughput.png` and
/// `stem-roofline.png` into `dir` (created when missing), replacing files of
/// the same names. The Markdown embeds the two plots by relative path.
pub fn write_report(run: &BenchRun, dir: &Path, stem: &str) -> Result<ReportFiles> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let files = ReportFiles {
        markdown: dir.join(format!("{stem}.md")),
        json: dir.join(format!("{stem}.json")),
        throughput_png: dir.join(format!("{stem}-throughput.png")),
        roofline_png: dir.join(format!("{stem}-roofline.png")),
    };
    let mut md = markdown::render(run);
    md.push_str(&format!(
        "\n## Plots\n\n![throughput]({stem}-throughput.png)\n\n![roofline]({stem}-roofline.png)\n"
    ));
    write(&files.markdown, md.as_bytes())?;
    write(&files.json, serde_json::to_string_pretty(run)?.as_bytes())?;
    write(&files.throughput_png, &plot::throughput_png(run)?)?;
    write(&files.roofline_png, &plot::roofline_png(run)?)?;
    Ok(files)
}

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).map_err(|e| Error::io(path, e))
}
