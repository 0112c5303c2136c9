//! The shader-backend suite on every wgpu adapter (lavapipe through Vulkan
//! and llvmpipe through GL in CI), plus wgpu's own limits.

#[macro_use]
#[path = "../../vulkan/tests/suite/mod.rs"]
mod suite;

use everygpu_backend::{Arg, BackendError, HostBuffer};

backend_suite!(everygpu_backend_wgpu::enumerate);

/// wgpu refuses more than 65535 workgroups in a dimension, even where the
/// driver would take more: the error says so and what to do instead.
#[test]
fn more_than_65535_workgroups_is_a_clear_error() {
    suite::for_each_backend(everygpu_backend_wgpu::enumerate, |b| {
        let m = suite::load(b, &[suite::saxpy_kernel()]);
        let p = suite::plan(
            &m,
            vec![suite::plan_buffer("x", "f32", 4), suite::plan_buffer("y", "f32", 4)],
            vec![(
                "saxpy",
                [70_000, 1, 1],
                vec![Arg::F32(1.0), Arg::Buffer(0), Arg::Buffer(1)],
            )],
        );
        match suite::run_once(b, &p, &[HostBuffer::zeroed(16), HostBuffer::zeroed(16)]) {
            Err(BackendError::Launch { message, .. }) => {
                assert!(message.contains("65535") && message.contains("grid"), "{message}")
            }
            other => panic!("{}: expected a launch error, got {other:?}", b.id()),
        }
    });
}

/// Ids name the wgpu backend the adapter is on.
#[test]
fn ids_name_the_wgpu_backend() {
    let found = everygpu_backend_wgpu::enumerate();
    for a in &found.absent {
        eprintln!("absent: {}: {}", a.backend, a.reason);
    }
    for b in &found.backends {
        let ok = ["wgpu-vulkan:", "wgpu-gl:", "wgpu-metal:", "wgpu-dx12:"]
            .iter()
            .any(|p| b.id().starts_with(p));
        assert!(ok, "{}", b.id());
        assert!(b.device().api.starts_with("wgpu/"), "{}", b.device().api);
    }
}
