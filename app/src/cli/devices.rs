//! `everygpu devices`.

use crate::engine::backends::enumerate_all;
use std::process::ExitCode;

/// Lists every backend found and every absent family with its reason.
pub fn devices(json: bool) -> anyhow::Result<ExitCode> {
    let found = enumerate_all();
    if json {
        let backends: Vec<serde_json::Value> = found
            .backends
            .iter()
            .map(|b| serde_json::json!({ "id": b.id(), "route": b.route().name(), "device": b.device() }))
            .collect();
        println!(
            "{}",
            serde_json::json!({ "backends": backends, "absent": found.absent })
        );
        return Ok(ExitCode::SUCCESS);
    }
    for b in &found.backends {
        let d = b.device();
        println!("{:<16} {} — {} ({} route)", b.id(), d.name, d.api, b.route().name());
        if !d.driver.is_empty() {
            println!("{:<16} driver: {}", "", d.driver);
        }
        if let Some(m) = d.memory_bytes {
            println!("{:<16} memory: {:.1} GiB", "", m as f64 / (1u64 << 30) as f64);
        }
        if let Some(p) = d.peak_gbps {
            println!("{:<16} peak bandwidth: {p:.0} GB/s", "");
        }
        for (k, v) in &d.details {
            println!("{:<16} {k}: {v}", "");
        }
    }
    for a in &found.absent {
        println!("{:<16} absent: {}", a.backend, a.reason);
    }
    Ok(ExitCode::SUCCESS)
}
