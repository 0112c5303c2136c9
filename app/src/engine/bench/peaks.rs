//! What each device can do, for a bench run's "% of roof" and "% of peak":
//! its theoretical peaks and the copy roof measured now.

use super::super::Engine;
use everygpu_backend::Backend;
use everygpu_report::DeviceInfo;
use std::time::Instant;

/// Bytes per buffer of the copy-roof measurement (halved until a device takes it).
const ROOF_BYTES: u64 = 256 << 20;

/// Each backend's device with its theoretical peaks and the copy roof measured now.
pub fn devices(engine: &mut Engine) -> Vec<DeviceInfo> {
    let mut out: Vec<DeviceInfo> = Vec::new();
    for b in engine.backends.iter_mut() {
        let info = b.device().clone();
        let mut d = DeviceInfo::new(b.id(), &info.name);
        d.driver = info.driver.clone();
        d.peak_gbps = info.peak_gbps;
        d.peak_gflops = info.peak_gflops;
        let mut bytes = ROOF_BYTES;
        let start = Instant::now();
        while d.copy_gbps.is_none() && bytes >= 16 << 20 {
            d.copy_gbps = b.measure_copy_gbps(bytes);
            bytes /= 2;
        }
        crate::engine::trace(format_args!("{}: copy roof", b.id()), start);
        out.push(d);
    }
    // A device reached through several APIs has one set of peaks: Vulkan does
    // not report them, CUDA does, also when no CUDA backend was selected.
    let cuda = everygpu_backend_cuda::enumerate();
    let known: Vec<(String, Option<f64>, Option<f64>)> = out
        .iter()
        .map(|d| (d.name.clone(), d.peak_gbps, d.peak_gflops))
        .chain(cuda.backends.iter().map(|b| {
            let info = b.device();
            (info.name.clone(), info.peak_gbps, info.peak_gflops)
        }))
        .filter(|(_, gbps, gflops)| gbps.is_some() || gflops.is_some())
        .collect();
    for d in &mut out {
        if let Some((_, gbps, gflops)) = known.iter().find(|(name, ..)| *name == d.name) {
            d.peak_gbps = d.peak_gbps.or(*gbps);
            d.peak_gflops = d.peak_gflops.or(*gflops);
        }
    }
    out
}
