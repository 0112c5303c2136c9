//! The shader-backend suite on every Vulkan device (lavapipe in CI).

#[macro_use]
mod suite;

backend_suite!(everygpu_backend_vulkan::enumerate);

/// Runs without a device only report why (the same binary must work on a
/// machine without Vulkan).
#[test]
fn enumerate_never_panics() {
    let found = everygpu_backend_vulkan::enumerate();
    for a in &found.absent {
        eprintln!("absent: {}: {}", a.backend, a.reason);
    }
    for b in &found.backends {
        assert!(b.id().starts_with("vulkan:"), "{}", b.id());
    }
}
