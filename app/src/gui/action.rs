//! What the user asks for from the drawing code, for the app to carry out.

use std::path::PathBuf;

/// What the user asked for, from the drawing code.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Open another kernel crate.
    Open(PathBuf),
    /// Rebuild and rerun now.
    Rebuild,
    /// Show this case (and run it first from now on).
    SelectCase(String),
    /// Run the case shown at this size (`None`: its default), and keep that
    /// size for it.
    SetSize(Option<u64>),
    /// Stop the run or sweep under way.
    Cancel,
    /// Run the selected case at 2^10 .. 2^max_log2.
    Sweep {
        /// The case.
        case: String,
        /// The largest size's exponent.
        max_log2: u32,
    },
    /// Build the GPU routes' artifacts for the code view.
    BuildArtifacts,
}
