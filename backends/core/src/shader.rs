//! The artifact of the wasm→naga route: one validated naga module per kernel,
//! its SPIR-V, and the binding layout every shader backend follows.
//!
//! Layout of every kernel (descriptor set / bind group 0):
//! - binding [`STATUS_BINDING`]: the status buffer, `STATUS_WORDS` u32 words,
//!   read-write (panic flag, thread, line, column, file);
//! - binding [`PARAMS_BINDING`]: the parameter block, read-only storage: one
//!   [`PARAM_SLOT_BYTES`]-byte slot per kernel parameter, in order; a scalar's
//!   bits (zero-extended), a buffer's element count (u32 at the slot start);
//!   unused for `#[shared]` parameters;
//! - bindings from [`FIRST_BUFFER_BINDING`]: one storage buffer per buffer
//!   parameter, in parameter order (see [`ShaderKernel::bindings`]).

use std::sync::Arc;

/// Binding of the status buffer.
pub const STATUS_BINDING: u32 = 0;
/// Binding of the parameter block.
pub const PARAMS_BINDING: u32 = 1;
/// Binding of the first buffer parameter.
pub const FIRST_BUFFER_BINDING: u32 = 2;
/// Bytes per parameter slot in the parameter block.
pub const PARAM_SLOT_BYTES: usize = 8;

/// One buffer parameter's binding.
#[derive(Clone, Debug, PartialEq)]
pub struct ShaderBinding {
    /// Binding number in group 0.
    pub binding: u32,
    /// Index of the kernel parameter it serves.
    pub param: usize,
    /// Whether the shader writes it.
    pub writable: bool,
}

/// One kernel lowered to a shader.
#[derive(Clone, Debug)]
pub struct ShaderKernel {
    /// The kernel's name; also the entry point's name.
    pub name: String,
    /// The validated naga module (one compute entry point).
    pub module: Arc<naga::Module>,
    /// Its validation info.
    pub info: Arc<naga::valid::ModuleInfo>,
    /// The module as SPIR-V words.
    pub spirv: Vec<u32>,
    /// Buffer bindings in parameter order.
    pub bindings: Vec<ShaderBinding>,
    /// Threads per workgroup.
    pub workgroup_size: [u32; 3],
    /// Whether it uses f64.
    pub uses_f64: bool,
    /// Whether it uses 64-bit integers.
    pub uses_i64: bool,
    /// Message for each panic site id the shader can record (index = site id
    /// stored in the status buffer's flag word minus one).
    pub panic_messages: Vec<String>,
}

/// Every kernel of a crate, lowered.
#[derive(Clone, Debug, Default)]
pub struct ShaderArtifact {
    /// The kernels that lowered.
    pub kernels: Vec<ShaderKernel>,
    /// Kernels that did not lower, with the error naming the Rust function and construct.
    pub errors: Vec<(String, String)>,
}

impl ShaderArtifact {
    /// A kernel by name.
    pub fn kernel(&self, name: &str) -> Option<&ShaderKernel> {
        self.kernels.iter().find(|k| k.name == name)
    }
}
