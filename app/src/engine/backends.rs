//! Finding backends and selecting them by the user's `--backend` list.

use anyhow::bail;
use everygpu_backend::{Absent, Enumerated};

/// A backend family: how its devices are found, and the ids of its backends.
struct Family {
    /// The part before `:` of its backends' ids (`cuda` of `cuda:0`); a
    /// name also covers its `-` variants (`wgpu` covers `wgpu-gl`).
    names: &'static [&'static str],
    /// Opens every device of the family: what a worker serves, and what
    /// `devices` describes.
    enumerate: fn() -> Enumerated,
    /// The ids of its backends, for selecting them: the parent of the
    /// workers opens no more than this.
    discover: fn() -> Discovered,
}

impl Family {
    /// Whether `token` (an id or a family, as `--backend` takes them) may
    /// name backends of this family.
    fn named_by(&self, token: &str) -> bool {
        let family = token.split_once(':').map_or(token, |(f, _)| f);
        self.names
            .iter()
            .any(|n| family == *n || family.strip_prefix(n).is_some_and(|rest| rest.starts_with('-')))
    }
}

/// The backends of some families by id, and why others are absent.
#[derive(Default)]
pub struct Discovered {
    /// One id per usable device.
    pub ids: Vec<String>,
    /// Why a family (or one of its devices) is not usable.
    pub absent: Vec<Absent>,
}

/// What opening a family's devices found, by id (the devices close again).
fn opened(found: Enumerated) -> Discovered {
    Discovered {
        ids: found.backends.iter().map(|b| b.id().to_string()).collect(),
        absent: found.absent,
    }
}

/// Every backend family this build knows, in display order.
const FAMILIES: [Family; 5] = [
    Family {
        names: &["cpu"],
        enumerate: everygpu_backend_cpu::enumerate,
        discover: || opened(everygpu_backend_cpu::enumerate()),
    },
    Family {
        names: &["cuda"],
        enumerate: everygpu_backend_cuda::enumerate,
        discover: || opened(everygpu_backend_cuda::enumerate()),
    },
    Family {
        names: &["vulkan"],
        enumerate: everygpu_backend_vulkan::enumerate,
        discover: || opened(everygpu_backend_vulkan::enumerate()),
    },
    Family {
        names: &["wgpu"],
        enumerate: everygpu_backend_wgpu::enumerate,
        discover: || opened(everygpu_backend_wgpu::enumerate()),
    },
    // Starting Chromium takes seconds: only the worker does, and says there
    // why WebGPU is not usable where it is not.
    Family {
        names: &["browser"],
        enumerate: everygpu_backend_browser::enumerate,
        discover: || match everygpu_backend_browser::find() {
            Ok(_) => Discovered {
                ids: vec!["browser:0".to_string()],
                absent: Vec::new(),
            },
            Err(reason) => Discovered {
                ids: Vec::new(),
                absent: vec![Absent {
                    backend: "browser".to_string(),
                    reason,
                }],
            },
        },
    },
];

/// The families that `tokens` name (every family for `all` or a token that
/// names none): a run on `cpu` starts no GPU driver and no browser.
fn named<'a>(tokens: &'a [&str]) -> impl Iterator<Item = &'static Family> + 'a {
    let every = tokens
        .iter()
        .any(|t| *t == "all" || !FAMILIES.iter().any(|f| f.named_by(t)));
    FAMILIES
        .iter()
        .filter(move |f| every || tokens.iter().any(|t| f.named_by(t)))
}

/// Every backend family this build knows, found on this machine.
pub fn enumerate_all() -> Enumerated {
    enumerate_named(&["all"])
}

/// The devices of the families that `tokens` name, opened.
fn enumerate_named(tokens: &[&str]) -> Enumerated {
    let mut all = Enumerated::default();
    for family in named(tokens) {
        let found = (family.enumerate)();
        all.backends.extend(found.backends);
        all.absent.extend(found.absent);
    }
    all
}

/// The backends of the families that `tokens` name, by id.
fn discover_named(tokens: &[&str]) -> Discovered {
    let mut all = Discovered::default();
    for family in named(tokens) {
        let found = (family.discover)();
        all.ids.extend(found.ids);
        all.absent.extend(found.absent);
    }
    all
}

/// The backends of the family that backend `id` belongs to: what a worker
/// opens, without starting the other APIs (a CPU worker touches no GPU
/// driver at all).
pub fn enumerate_family_of(id: &str) -> Enumerated {
    let family = id.split_once(':').map_or(id, |(f, _)| f);
    match family {
        // One wgpu backend opens its own adapters alone.
        f if f.starts_with("wgpu-") => everygpu_backend_wgpu::enumerate_family(f),
        _ => enumerate_named(&[id]),
    }
}

/// Whether backend `id` is named by `token`: the id itself, or its family
/// (`cuda` names `cuda:0`; `wgpu` names `wgpu-vulkan:0` and `wgpu-gl:0`).
pub fn matches(token: &str, id: &str) -> bool {
    if token == id {
        return true;
    }
    let Some((family, _)) = id.split_once(':') else {
        return false;
    };
    family == token || family.strip_prefix(token).is_some_and(|rest| rest.starts_with('-'))
}

/// What a `--backend` filter selected.
pub struct Selected {
    /// The backends to run, by id, in display order.
    pub ids: Vec<String>,
    /// Families the filter named that are absent here.
    pub absent: Vec<Absent>,
    /// Whether the filter names the reference (`cpu`) itself.
    pub show_reference: bool,
    /// Whether the filter is `all`: a backend whose worker cannot open its
    /// device is left out, as absent families are, rather than reported.
    pub all: bool,
}

/// Selects backends by a comma-separated filter (`all` for every one found).
pub fn select(filter: &str) -> anyhow::Result<Selected> {
    let tokens: Vec<&str> = filter.split(',').map(str::trim).filter(|t| !t.is_empty()).collect();
    if tokens.is_empty() {
        bail!("--backend needs at least one backend (or `all`)");
    }
    let found = discover_named(&tokens);
    if tokens.contains(&"all") {
        return Ok(Selected {
            ids: found.ids,
            absent: vec![],
            show_reference: true,
            all: true,
        });
    }
    let mut absent = Vec::new();
    for t in &tokens {
        let present = found.ids.iter().any(|id| matches(t, id));
        if present {
            continue;
        }
        let gone: Vec<&Absent> = found
            .absent
            .iter()
            .filter(|a| a.backend == *t || matches(t, &a.backend))
            .collect();
        if gone.is_empty() {
            let missing: Vec<String> = found
                .absent
                .iter()
                .map(|a| format!("{} ({})", a.backend, a.reason))
                .collect();
            bail!(
                "unknown backend `{t}`; available here: {}{}",
                found.ids.join(", "),
                if missing.is_empty() {
                    String::new()
                } else {
                    format!("; absent: {}", missing.join("; "))
                }
            );
        }
        absent.extend(gone.into_iter().cloned());
    }
    let show_reference = tokens.iter().any(|t| matches(t, "cpu"));
    let ids = found
        .ids
        .into_iter()
        .filter(|id| tokens.iter().any(|t| matches(t, id)))
        .collect();
    Ok(Selected {
        ids,
        absent,
        show_reference,
        all: false,
    })
}

#[cfg(test)]
mod tests {
    use super::{matches, FAMILIES};

    #[test]
    fn tokens_name_ids_and_families() {
        assert!(matches("cpu", "cpu"));
        assert!(!matches("cpu", "cpu-mt"));
        assert!(matches("cpu-mt", "cpu-mt"));
        assert!(matches("cuda", "cuda:0"));
        assert!(matches("cuda:1", "cuda:1"));
        assert!(!matches("cuda:1", "cuda:0"));
        assert!(matches("wgpu", "wgpu-vulkan:0"));
        assert!(matches("wgpu-gl", "wgpu-gl:0"));
        assert!(matches("vulkan", "vulkan:0"));
        assert!(!matches("vulkan", "wgpu-vulkan:0"));
    }

    #[test]
    fn tokens_name_the_families_to_open() {
        let named = |token: &str| -> Vec<&str> {
            FAMILIES
                .iter()
                .filter(|f| f.named_by(token))
                .map(|f| f.names[0])
                .collect()
        };
        assert_eq!(named("cpu"), ["cpu"]);
        assert_eq!(named("cpu-mt"), ["cpu"]);
        assert_eq!(named("cuda:1"), ["cuda"]);
        assert_eq!(named("vulkan"), ["vulkan"]);
        assert_eq!(named("wgpu"), ["wgpu"]);
        assert_eq!(named("wgpu-gl:0"), ["wgpu"]);
        assert_eq!(named("browser:0"), ["browser"]);
        assert!(named("metal").is_empty());
    }
}
