//! What the CLI tests share: the binary, the workspace root, kernel crates
//! in temporary folders.
#![allow(dead_code)] // each test file uses its own part

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_owned()
}

/// The binary. Kernel crates build where a user's do, in their own
/// `target/everygpu`: a temporary crate's builds go when its folder does.
pub fn everygpu() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_everygpu"));
    c.env_remove("EVERYGPU_TARGET_DIR");
    c
}

pub fn run(c: &mut Command) -> (i32, String, String) {
    let Output { status, stdout, stderr } = c.output().expect("everygpu runs");
    (
        status.code().expect("exited, not killed by a signal"),
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    )
}

/// A kernel crate in a temporary folder, with `lib` as its src/lib.rs.
pub fn temp_crate(name: &str, lib: &str) -> tempfile::TempDir {
    let dir = tempfile::Builder::new().prefix(name).tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("Cargo.toml"),
        format!(
            "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\neverygpu-kernel = {{ path = {:?} }}\n",
            root().join("kernel")
        ),
    )
    .expect("write Cargo.toml");
    std::fs::create_dir(dir.path().join("src")).expect("mkdir src");
    std::fs::write(dir.path().join("src/lib.rs"), lib).expect("write lib.rs");
    dir
}

/// A crate of one kernel that doubles its buffer, and its case.
pub const GOOD: &str = r#"#![no_std]
use everygpu_kernel::{global_index, kernel};

#[kernel]
pub fn double(x: &mut [f32]) {
    let i = global_index();
    if i < x.len() {
        x[i] *= 2.0;
    }
}

everygpu_kernel::host_only! {
    mod cases {
        use everygpu_kernel::host::*;
        #[everygpu_kernel::case(size = 1000)]
        fn double(n: usize) -> Case {
            let mut c = Case::new();
            let x = c.output("x", data::filled(n, 1.5f32));
            c.launch("double", Grid::Linear(n as u64), &[x.into()]);
            c
        }
    }
}
"#;
