//! Every known driver failure (`everygpu_lowering_fuzz::known`) still fails
//! on its driver, and matches on any other device this runs on: an entry
//! that stops failing must go, and no entry may hide a lowering bug that
//! shows elsewhere.

use everygpu_lowering_fuzz::{gpu, run_seed, Failure, KNOWN_DRIVER_FAILURES};

#[test]
fn known_driver_failures_fail_on_their_driver_only() {
    let mut backend = match gpu::open_vulkan() {
        Ok(b) => b,
        Err(why) if std::env::var("EVERYGPU_ALLOW_NO_GPU").as_deref() == Ok("1") => {
            eprintln!("skipped: no Vulkan device: {why}");
            return;
        }
        Err(why) => panic!(
            "no Vulkan device: {why}. Install mesa-vulkan-drivers (lavapipe), or set EVERYGPU_ALLOW_NO_GPU=1 to skip"
        ),
    };
    let device = backend.device().name.clone();
    for k in KNOWN_DRIVER_FAILURES {
        let mut r = run_seed(backend.as_mut(), k.seed);
        assert!(r.lowered && r.ran, "seed {}: {r:?}", k.seed);
        if device.contains(k.driver) {
            assert!(
                matches!(r.failure, Some(Failure::Mismatch(_))),
                "seed {} no longer fails on {device}: drop it from the known driver failures ({:?})",
                k.seed,
                r.failure
            );
            r.apply_known(&device);
            assert!(r.failure.is_none() && r.known_driver_failure == Some(k));
        } else {
            assert!(
                r.failure.is_none(),
                "seed {} fails on {device} too, not only on {}: {:?}",
                k.seed,
                k.driver,
                r.failure.as_ref().map(Failure::lines)
            );
        }
    }
}
