//! everygpu's browser backend: WebGPU in a headless Chromium (`browser:0`),
//! running the wasm→naga route's kernels as WGSL, driven through the
//! DevTools protocol.
//!
//! - `chromium`: finding Chromium, starting it with WebGPU on (its software
//!   adapter, SwiftShader, where there is no GPU), ending it with all it started;
//! - `server`: the loopback HTTP server of the runner page and of the
//!   buffers, which travel as binary bodies rather than through the protocol;
//! - `page`: calls of the page's methods (`page/runner.js`) with time limits;
//! - `device`: [`BrowserBackend`], the [`everygpu_backend::Backend`].
//!
//! The page follows everygpu's shader layout (`everygpu_backend::shader`):
//! what runs in the browser is what `everygpu emit --route wgsl` writes.

mod chromium;
mod device;
mod page;
mod server;

pub use chromium::{find, CHROMIUM_VARIABLE};
pub use device::BrowserBackend;

use everygpu_backend::{Absent, Enumerated};

/// Starts Chromium and opens its WebGPU adapter as `browser:0`, or says why
/// there is none (no Chromium, no WebGPU, no adapter).
pub fn enumerate() -> Enumerated {
    let mut out = Enumerated::default();
    let found = find().and_then(|binary| BrowserBackend::open(binary, "browser:0".to_string()));
    match found {
        Ok(backend) => out.backends.push(Box::new(backend)),
        Err(reason) => out.absent.push(Absent {
            backend: "browser".to_string(),
            reason,
        }),
    }
    out
}
