//! Running cargo and reading its JSON messages.

use crate::CompileError;
use serde::Deserialize;
use std::fmt;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// One rustc diagnostic, located in the user's source.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Diagnostic {
    /// `error`, `warning`, ...
    pub level: String,
    /// The message.
    pub message: String,
    /// The primary span's file, relative to the crate as rustc reports it.
    pub file: Option<String>,
    /// 1-based line (0 when rustc gave no span).
    pub line: u32,
    /// 1-based column.
    pub column: u32,
    /// The source line of the primary span.
    pub source_line: Option<String>,
    /// rustc's own rendering (with notes and help).
    pub rendered: String,
    /// The notes of a diagnostic without a span (a failed link's output, for
    /// one), which are all it says; shown with it.
    #[serde(default)]
    pub notes: Vec<String>,
}

impl Diagnostic {
    /// Whether it is an error.
    pub fn is_error(&self) -> bool {
        self.level.starts_with("error")
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.file {
            Some(file) => write!(
                f,
                "{file}:{}:{}: {}: {}",
                self.line, self.column, self.level, self.message
            )?,
            None => write!(f, "{}: {}", self.level, self.message)?,
        }
        if let Some(src) = &self.source_line {
            write!(f, "\n    | {}", src.trim_end())?;
        }
        for note in &self.notes {
            for line in note.trim_end().lines() {
                write!(f, "\n    = {line}")?;
            }
        }
        Ok(())
    }
}

#[derive(Deserialize)]
struct Message {
    reason: String,
    #[serde(default)]
    message: Option<RustcMessage>,
    #[serde(default)]
    filenames: Vec<PathBuf>,
    #[serde(default)]
    target: Option<Target>,
}

#[derive(Deserialize)]
struct Target {
    #[serde(default)]
    kind: Vec<String>,
}

#[derive(Deserialize)]
struct RustcMessage {
    message: String,
    level: String,
    #[serde(default)]
    spans: Vec<Span>,
    #[serde(default)]
    rendered: Option<String>,
    #[serde(default)]
    children: Vec<Child>,
}

#[derive(Deserialize)]
struct Child {
    message: String,
}

#[derive(Deserialize)]
struct Span {
    file_name: String,
    line_start: u32,
    column_start: u32,
    is_primary: bool,
    #[serde(default)]
    text: Vec<SpanText>,
}

#[derive(Deserialize)]
struct SpanText {
    text: String,
}

/// What a cargo build reported.
#[derive(Debug, Default)]
pub struct CargoOutput {
    /// Every diagnostic of the package being built.
    pub diagnostics: Vec<Diagnostic>,
    /// Files of the package's library artifact.
    pub artifacts: Vec<PathBuf>,
    /// Whether cargo succeeded.
    pub success: bool,
    /// cargo's stderr (build script failures, resolution errors...).
    pub stderr: String,
}

/// Parses cargo's `--message-format=json` stdout.
pub fn parse_messages(stdout: &str, crate_dir: &Path) -> (Vec<Diagnostic>, Vec<PathBuf>) {
    let mut diagnostics = Vec::new();
    let mut artifacts = Vec::new();
    for line in stdout.lines() {
        let Ok(m) = serde_json::from_str::<Message>(line) else {
            continue;
        };
        match m.reason.as_str() {
            "compiler-message" => {
                let Some(msg) = m.message else { continue };
                if msg.level == "failure-note" {
                    continue;
                }
                let primary = msg.spans.iter().find(|s| s.is_primary);
                let file = primary.map(|s| {
                    let p = Path::new(&s.file_name);
                    if p.is_absolute() {
                        p.strip_prefix(crate_dir).unwrap_or(p).display().to_string()
                    } else {
                        s.file_name.clone()
                    }
                });
                diagnostics.push(Diagnostic {
                    level: msg.level,
                    message: msg.message,
                    file,
                    line: primary.map_or(0, |s| s.line_start),
                    column: primary.map_or(0, |s| s.column_start),
                    source_line: primary.and_then(|s| s.text.first().map(|t| t.text.clone())),
                    rendered: msg.rendered.unwrap_or_default(),
                    notes: if primary.is_none() {
                        spanless_notes(&msg.children)
                    } else {
                        Vec::new()
                    },
                });
            }
            "compiler-artifact"
                if m.target
                    .as_ref()
                    .is_some_and(|t| t.kind.iter().any(|k| k == "cdylib" || k == "lib")) =>
            {
                artifacts.extend(m.filenames);
            }
            _ => {}
        }
    }
    (diagnostics, artifacts)
}

/// What a diagnostic without a span says in its notes, less the linker's
/// command line (hundreds of object files) and rustc's remark about it.
fn spanless_notes(children: &[Child]) -> Vec<String> {
    children
        .iter()
        .map(|c| c.message.trim())
        .filter(|m| !m.is_empty() && !m.starts_with("LC_ALL=") && !m.starts_with("some arguments are omitted"))
        .map(str::to_string)
        .collect()
}

/// Runs a prepared cargo command (with `--message-format=json`) in `crate_dir`.
pub fn run(cmd: Command, crate_dir: &Path) -> Result<CargoOutput, CompileError> {
    run_watched(cmd, crate_dir, &|_| {}, &|| false)
}

/// [`run`], handing every line cargo prints on stderr (its progress:
/// `Compiling ...`, build script output on failure) to `on_line` as it comes,
/// and ending cargo, its rustc and build scripts as soon as `stop` says so
/// ([`CompileError::Stopped`]; it is asked every 20 ms).
pub fn run_watched(
    cmd: Command,
    crate_dir: &Path,
    on_line: &(dyn Fn(&str) + Sync),
    stop: &(dyn Fn() -> bool + Sync),
) -> Result<CargoOutput, CompileError> {
    let program = cmd.get_program().to_string_lossy().into_owned();
    let failed = |e: std::io::Error| CompileError::Tool {
        tool: "cargo".into(),
        message: format!("{program}: {e}"),
    };
    // Under a guard that ends cargo, rustc and build scripts with everygpu.
    let mut cmd = everygpu_backend::process::guarded(cmd);
    cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    everygpu_backend::process::own_process_group(&mut cmd);
    let mut child = cmd.spawn().map_err(failed)?;
    // Ends cargo, its rustc and build scripts if everygpu is ended by a signal.
    let tracked = everygpu_backend::process::track(child.id(), true);
    let (Some(mut stdout), Some(stderr)) = (child.stdout.take(), child.stderr.take()) else {
        return Err(CompileError::Tool {
            tool: "cargo".into(),
            message: "no pipes to cargo".into(),
        });
    };
    let done = AtomicBool::new(false);
    let stopped = AtomicBool::new(false);
    let (out, err) = std::thread::scope(|scope| {
        scope.spawn(|| {
            while !done.load(Ordering::SeqCst) {
                if stop() {
                    stopped.store(true, Ordering::SeqCst);
                    tracked.end();
                    return;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        });
        let errors = scope.spawn(move || {
            let mut all = String::new();
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                on_line(&line);
                all.push_str(&line);
                all.push('\n');
            }
            all
        });
        let mut out = Vec::new();
        let read = stdout.read_to_end(&mut out);
        let read = (read.map(|_| out), errors.join().unwrap_or_default());
        done.store(true, Ordering::SeqCst);
        read
    });
    let status = child.wait().map_err(failed)?;
    if stopped.load(Ordering::SeqCst) {
        return Err(CompileError::Stopped);
    }
    let out = out.map_err(failed)?;
    let stdout = String::from_utf8_lossy(&out);
    let (diagnostics, artifacts) = parse_messages(&stdout, crate_dir);
    Ok(CargoOutput {
        diagnostics,
        artifacts,
        success: status.success(),
        stderr: err,
    })
}

/// Environment variables of a surrounding cargo that must not leak into the
/// kernel crate's builds.
const CARGO_ENV_NOISE: [&str; 12] = [
    "RUSTFLAGS",
    "CARGO_ENCODED_RUSTFLAGS",
    "CARGO_BUILD_RUSTFLAGS",
    "CARGO_TARGET_DIR",
    "CARGO_BUILD_TARGET",
    "CARGO_BUILD_TARGET_DIR",
    "RUSTC",
    "RUSTC_WRAPPER",
    "RUSTC_WORKSPACE_WRAPPER",
    "RUSTC_BOOTSTRAP",
    "CARGO_MAKEFLAGS",
    "RUSTDOCFLAGS",
];

/// Clears what a surrounding cargo set for itself from a cargo command of a
/// kernel crate's build, and turns its colours off.
pub(crate) fn scrub_env(cmd: &mut Command) {
    for v in CARGO_ENV_NOISE {
        cmd.env_remove(v);
    }
    cmd.env("CARGO_TERM_COLOR", "never");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stopped build ends the whole process group: a grandchild holding
    /// the output pipes open would otherwise keep the build waiting.
    #[cfg(unix)]
    #[test]
    fn a_stopped_build_ends_its_processes() {
        let mut cmd = Command::new("sh");
        cmd.args(["-c", "sleep 600; echo late"]);
        let start = std::time::Instant::now();
        let stop = || start.elapsed() > Duration::from_millis(200);
        let out = run_watched(cmd, Path::new("/"), &|_| {}, &stop);
        assert!(matches!(out, Err(CompileError::Stopped)), "{out:?}");
        // Far below the sleep: not a benchmark, the proof that it was ended.
        assert!(start.elapsed() < Duration::from_secs(300), "{:?}", start.elapsed());
    }

    #[test]
    fn a_failed_link_shows_what_the_linker_said() {
        let line = r#"{"reason":"compiler-message","package_id":"x","message":{"message":"linking with `ptx-link.sh` failed: exit status: 1","code":null,"level":"error","spans":[],"children":[{"message":"LC_ALL=\"C\" PATH=\"/usr/bin\" \"ptx-link.sh\" \"a.o\"","code":null,"level":"note","spans":[],"children":[],"rendered":null},{"message":"some arguments are omitted. use `--verbose` to show all linker arguments","code":null,"level":"note","spans":[],"children":[],"rendered":null},{"message":"llc: error: unknown feature\n","code":null,"level":"note","spans":[],"children":[],"rendered":null}],"rendered":"error: linking with ..."}}"#;
        let (diags, _) = parse_messages(line, Path::new("/k"));
        assert_eq!(diags[0].notes, ["llc: error: unknown feature"]);
        assert_eq!(
            diags[0].to_string(),
            "error: linking with `ptx-link.sh` failed: exit status: 1\n    = llc: error: unknown feature"
        );
    }

    #[test]
    fn parses_an_error_with_its_location() {
        let line = r#"{"reason":"compiler-message","package_id":"x","message":{"message":"cannot find value `z` in this scope","code":{"code":"E0425"},"level":"error","spans":[{"file_name":"src/lib.rs","byte_start":1,"byte_end":2,"line_start":7,"line_end":7,"column_start":13,"column_end":14,"is_primary":true,"text":[{"text":"    let y = z + 1;","highlight_start":13,"highlight_end":14}],"label":null}],"children":[],"rendered":"error[E0425]: cannot find value `z`"}}"#;
        let (d, a) = parse_messages(line, Path::new("/x"));
        assert!(a.is_empty());
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].file.as_deref(), Some("src/lib.rs"));
        assert_eq!((d[0].line, d[0].column), (7, 13));
        assert!(d[0].is_error());
        assert_eq!(
            d[0].to_string(),
            "src/lib.rs:7:13: error: cannot find value `z` in this scope\n    |     let y = z + 1;"
        );
    }

    #[test]
    fn collects_library_artifacts_and_skips_noise() {
        let text = concat!(
            "not json\n",
            r#"{"reason":"compiler-artifact","target":{"kind":["cdylib"]},"filenames":["/t/libk.so"]}"#,
            "\n",
            r#"{"reason":"compiler-artifact","target":{"kind":["proc-macro"]},"filenames":["/t/libm.so"]}"#,
            "\n",
            r#"{"reason":"build-finished","success":true}"#
        );
        let (d, a) = parse_messages(text, Path::new("/x"));
        assert!(d.is_empty());
        assert_eq!(a, vec![PathBuf::from("/t/libk.so")]);
    }
}
