//! Headless Chromium: finding it, starting it with WebGPU on, reaching it
//! through the DevTools protocol, and ending it with everything it started.
//!
//! Chromium runs in a process group of its own under everygpu's guard
//! ([`everygpu_backend::process`]), so ending it, or the death of the
//! process that started it, ends its GPU, renderer and zygote processes too.
//! Its profile is a scratch folder (`everygpu-<pid>-chromium-<n>`), which
//! also holds what Chromium writes to `HOME` and `TMPDIR`: removed when it
//! ends, or by the next everygpu if this one is killed.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use everygpu_backend::process;

/// What a user may set to choose the Chromium (or Chrome) binary.
pub const CHROMIUM_VARIABLE: &str = "EVERYGPU_CHROMIUM";

/// The binaries tried on `PATH`, in order.
const NAMES: [&str; 4] = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

/// Flags for a headless Chromium with WebGPU on every adapter it has, its
/// software adapter (SwiftShader) included where there is no GPU, and
/// timestamps at full resolution. It reaches nothing but the loopback page.
const FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--mute-audio",
    "--enable-unsafe-webgpu",
    "--enable-unsafe-swiftshader",
    "--enable-webgpu-developer-features",
    "--enable-features=Vulkan",
    // For `chromium_disable_uniformity_analysis` (see `page/runner.js`).
    "--enable-dawn-features=allow_unsafe_apis",
    "--remote-debugging-port=0",
];

/// How long Chromium may take to start and open its DevTools port.
const START_LIMIT: Duration = Duration::from_secs(60);

/// The Chromium binary: `$EVERYGPU_CHROMIUM`, else the first of
/// [`NAMES`] on `PATH`.
pub fn find() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os(CHROMIUM_VARIABLE) {
        let path = PathBuf::from(path);
        return match path.is_file() {
            true => Ok(path),
            false => Err(format!("{CHROMIUM_VARIABLE}={} is not a file", path.display())),
        };
    }
    let dirs: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    NAMES
        .iter()
        .flat_map(|name| dirs.iter().map(move |d| d.join(name)))
        .find(|p| p.is_file())
        .ok_or_else(|| {
            format!(
                "no Chromium: none of {} is on PATH (install Debian's `chromium` package, or set {CHROMIUM_VARIABLE})",
                NAMES.join(", ")
            )
        })
}

/// A running Chromium with one tab.
pub(crate) struct Chromium {
    /// Keeps the DevTools connection open; dropped before the process ends.
    _browser: headless_chrome::Browser,
    pub(crate) tab: Arc<headless_chrome::Tab>,
    process: Process,
}

/// Counts the Chromiums this process started (each gets its own profile).
static STARTED: AtomicU32 = AtomicU32::new(0);

impl Chromium {
    /// Starts `binary` and opens a tab on `url`.
    pub(crate) fn start(binary: &Path, url: &str) -> Result<Chromium, String> {
        let n = STARTED.fetch_add(1, Ordering::Relaxed);
        let profile = process::temp_path(&format!("chromium-{n}"));
        std::fs::create_dir_all(&profile).map_err(|e| format!("cannot create {}: {e}", profile.display()))?;
        let log = profile.join("everygpu-stderr.log");
        let stderr = std::fs::File::create(&log).map_err(|e| format!("cannot create {}: {e}", log.display()))?;
        // Chromium's own scratch (its singleton socket's folder, NSS's
        // database) goes into the profile too, so it goes with it.
        let home = profile.join("home");
        std::fs::create_dir_all(home.join("tmp")).map_err(|e| format!("cannot create {}: {e}", home.display()))?;
        let mut command = Command::new(binary);
        command
            .env("HOME", &home)
            .env("TMPDIR", home.join("tmp"))
            .args(FLAGS)
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg(url);
        // The guard passes its own standard streams on to Chromium.
        let mut command = process::guarded(command);
        command.stdin(Stdio::null()).stdout(Stdio::null()).stderr(stderr);
        process::own_process_group(&mut command);
        let child = match command.spawn() {
            Ok(child) => child,
            Err(e) => {
                let _ = std::fs::remove_dir_all(&profile);
                return Err(format!("cannot start {}: {e}", binary.display()));
            }
        };
        // From here on, an early return ends Chromium and removes its profile.
        let mut process = Process {
            _tracked: process::track(child.id(), true),
            child,
            profile,
        };
        let ws = process.devtools_url(&log)?;
        let browser = headless_chrome::Browser::connect_with_timeout(ws, Duration::from_secs(24 * 3600))
            .map_err(|e| format!("cannot reach Chromium's DevTools: {e}"))?;
        let tab = runner_tab(&browser, url)?;
        Ok(Chromium {
            _browser: browser,
            tab,
            process,
        })
    }

    /// Whether Chromium still runs.
    pub(crate) fn alive(&mut self) -> bool {
        matches!(self.process.child.try_wait(), Ok(None))
    }
}

/// The tab Chromium opened on the runner page at `url`, once the page has
/// run its script. Chromium starts on the page itself: opening a tab and
/// navigating it would take a second more.
fn runner_tab(browser: &headless_chrome::Browser, url: &str) -> Result<Arc<headless_chrome::Tab>, String> {
    let started = Instant::now();
    let late = || {
        format!(
            "Chromium did not load the runner page {url} within {} s",
            START_LIMIT.as_secs()
        )
    };
    let tab = loop {
        let first = browser.get_tabs().lock().ok().and_then(|tabs| tabs.first().cloned());
        if let Some(tab) = first {
            break tab;
        }
        if started.elapsed() > START_LIMIT {
            return Err(late());
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    tab.set_default_timeout(START_LIMIT);
    loop {
        let ready = tab
            .evaluate("typeof everygpu === 'object'", false)
            .map_err(|e| format!("the DevTools protocol: {e}"))?;
        if ready.value == Some(serde_json::Value::Bool(true)) {
            return Ok(tab);
        }
        if started.elapsed() > START_LIMIT {
            return Err(late());
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Chromium's process group and profile, ended and removed on drop.
struct Process {
    child: Child,
    _tracked: process::Tracked,
    profile: PathBuf,
}

impl Process {
    /// Waits for Chromium to write its DevTools address into the profile.
    fn devtools_url(&mut self, log: &Path) -> Result<String, String> {
        let port_file = self.profile.join("DevToolsActivePort");
        let started = Instant::now();
        loop {
            if let Ok(text) = std::fs::read_to_string(&port_file) {
                let mut lines = text.lines();
                if let (Some(port), Some(path)) = (lines.next(), lines.next()) {
                    return Ok(format!("ws://127.0.0.1:{port}{path}"));
                }
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!("Chromium exited at start ({status}): {}", last_lines(log)));
            }
            if started.elapsed() > START_LIMIT {
                return Err(format!(
                    "Chromium did not open its DevTools port within {} s: {}",
                    START_LIMIT.as_secs(),
                    last_lines(log)
                ));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Ok(pid) = libc::pid_t::try_from(self.child.id()) {
            // SAFETY: a plain syscall; the child leads its own process group.
            unsafe {
                libc::killpg(pid, libc::SIGKILL);
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}
/// The last lines Chromium wrote on stderr, for an error message.
fn last_lines(log: &Path) -> String {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.contains("dbus"))
        .collect();
    match lines.len() {
        0 => "it wrote nothing on stderr".to_string(),
        n => lines[n.saturating_sub(5)..].join(" | "),
    }
}
