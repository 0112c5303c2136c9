//! Finding backends and selecting them by the user's `--backend` list.

use anyhow::bail;
use everygpu_backend::{Absent, Backend, Enumerated};

/// Every backend family this build knows, found on this machine.
pub fn enumerate_all() -> Enumerated {
    let mut all = everygpu_backend_cpu::enumerate();
    let families: [fn() -> Enumerated; 3] = [
        everygpu_backend_cuda::enumerate,
        everygpu_backend_vulkan::enumerate,
        everygpu_backend_wgpu::enumerate,
    ];
    for family in families {
        let found = family();
        all.backends.extend(found.backends);
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
        "cpu" | "cpu-mt" => everygpu_backend_cpu::enumerate(),
        "cuda" => everygpu_backend_cuda::enumerate(),
        "vulkan" => everygpu_backend_vulkan::enumerate(),
        f if f.starts_with("wgpu-") => everygpu_backend_wgpu::enumerate_family(f),
        _ => enumerate_all(),
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
    /// The backends to run, in display order.
    pub backends: Vec<Box<dyn Backend>>,
    /// Families the filter named that are absent here.
    pub absent: Vec<Absent>,
    /// Whether the filter names the reference (`cpu`) itself.
    pub show_reference: bool,
}

/// Selects backends by a comma-separated filter (`all` for every one found).
pub fn select(filter: &str) -> anyhow::Result<Selected> {
    let found = enumerate_all();
    let tokens: Vec<&str> = filter.split(',').map(str::trim).filter(|t| !t.is_empty()).collect();
    if tokens.is_empty() {
        bail!("--backend needs at least one backend (or `all`)");
    }
    if tokens.contains(&"all") {
        return Ok(Selected {
            backends: found.backends,
            absent: vec![],
            show_reference: true,
        });
    }
    let mut absent = Vec::new();
    for t in &tokens {
        let present = found.backends.iter().any(|b| matches(t, b.id()));
        if present {
            continue;
        }
        let gone: Vec<&Absent> = found
            .absent
            .iter()
            .filter(|a| a.backend == *t || matches(t, &a.backend))
            .collect();
        if gone.is_empty() {
            let ids: Vec<&str> = found.backends.iter().map(|b| b.id()).collect();
            let missing: Vec<String> = found
                .absent
                .iter()
                .map(|a| format!("{} ({})", a.backend, a.reason))
                .collect();
            bail!(
                "unknown backend `{t}`; available here: {}{}",
                ids.join(", "),
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
    let backends = found
        .backends
        .into_iter()
        .filter(|b| tokens.iter().any(|t| matches(t, b.id())))
        .collect();
    Ok(Selected {
        backends,
        absent,
        show_reference,
    })
}

#[cfg(test)]
mod tests {
    use super::matches;

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
}
