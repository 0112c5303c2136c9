//! The conformance suite on the CPU backends: the single-thread reference
//! and the executor on every core.

everygpu_conformance::conformance_suite!(everygpu_backend_cpu::enumerate, everygpu_conformance::Absent::Fail);
