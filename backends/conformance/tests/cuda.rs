//! The conformance suite on every CUDA device; on a machine without one, each
//! test prints why and passes (`EVERYGPU_TEST_REQUIRE_CUDA=1` makes that a
//! failure, for runs on a GPU machine).

fn enumerate() -> everygpu_backend::Enumerated {
    let found = everygpu_backend_cuda::enumerate();
    let required = std::env::var("EVERYGPU_TEST_REQUIRE_CUDA").is_ok_and(|v| v == "1");
    assert!(
        !required || !found.backends.is_empty(),
        "EVERYGPU_TEST_REQUIRE_CUDA=1 but no CUDA device: {:?}",
        found.absent.iter().map(|a| &a.reason).collect::<Vec<_>>()
    );
    found
}

everygpu_conformance::conformance_suite!(enumerate, everygpu_conformance::Absent::Pass);
