//! The conformance suite on every wgpu adapter (lavapipe through Vulkan and
//! llvmpipe through GL in CI).

everygpu_conformance::conformance_suite!(everygpu_backend_wgpu::enumerate, everygpu_conformance::Absent::Fail);
