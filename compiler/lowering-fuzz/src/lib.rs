//! Differential fuzzing of the wasm→naga lowering.
//!
//! Random wasm modules ([`generate`], wasm-smith configured to the subset the
//! lowering takes) are wrapped as kernels ([`harness`]), run thread by thread
//! by a reference interpreter (wasmi, [`reference`]) and, lowered by
//! `everygpu_wasm_naga::lower`, on a Vulkan device through everygpu's Vulkan
//! backend ([`gpu`]); [`campaign`] compares the two bit for bit ([`values`])
//! and counts what happened.
//!
//! What counts as a failure: a panic in the lowering, a lowered module naga
//! rejects, a driver error, a result that differs from wasm's, a panic the
//! shader reports where wasm completes, or no panic where wasm reaches
//! `unreachable`. What does not: a module the lowering refuses with an error
//! (counted by reason), threads that trap in wasm on operations the
//! lowering defines instead (counted by trap), and mismatches proven to be a
//! driver's ([`known`]).

pub mod campaign;
pub mod generate;
pub mod gpu;
pub mod harness;
pub mod known;
pub mod reference;
pub mod values;

pub use campaign::{reproduction, run_module, run_module_with, run_seed, save_failure, Counts, Failure, ModuleReport};
pub use known::{known_failure, KnownDriverFailure, KNOWN_DRIVER_FAILURES};
