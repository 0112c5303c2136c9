//! The conformance suite on every Vulkan device (lavapipe in CI).

everygpu_conformance::conformance_suite!(everygpu_backend_vulkan::enumerate, everygpu_conformance::Absent::Fail);
