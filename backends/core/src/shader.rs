//! The artifact of the wasm→naga route: one validated naga module per kernel,
//! its SPIR-V, and the binding layout every shader backend follows.
//!
//! Layout of every kernel (descriptor set / bind group 0):
//! - binding [`STATUS_BINDING`]: the status buffer, `STATUS_WORDS` u32 words,
//!   read-write (panic flag, thread, line, column, file);
//! - binding [`PARAMS_BINDING`]: the parameter block, read-only storage: one
//!   [`PARAM_SLOT_BYTES`]-byte slot per kernel parameter, in order; a scalar's
//!   bits (zero-extended), a buffer's element count (u32 at the slot start);
//!   unused for `#[shared]` parameters; then, from
//!   [`constant_data_offset`], the kernel's constant data (the tables and
//!   literals of the crate that it reads at computed addresses), shared by
//!   every invocation;
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

/// How the wasm→naga route lowers kernels for a backend.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct LowerOptions {
    /// A thread that panics records the panic and goes on to the end of the
    /// kernel, rather than leaving where rustc's check branches to its
    /// panic: code after a bounds check (a workgroup barrier above all) then
    /// stays in uniform control flow, which WGSL requires and browsers
    /// check. For WebGPU, whose robust buffer access keeps a panicking
    /// thread's later accesses in bounds. A loop whose only way out is a
    /// panic runs until the launch's time limit.
    pub uniform_panics: bool,
    /// Every loop has a way out, a `break if` on a value that is 0 at run
    /// time: WGSL refuses a loop without one, and a kernel's endless loop
    /// then runs until the launch's time limit, as on other APIs.
    pub exiting_loops: bool,
}

impl LowerOptions {
    /// What WebGPU needs: WGSL that browsers accept.
    pub const WEB: LowerOptions = LowerOptions {
        uniform_panics: true,
        exiting_loops: true,
    };
}

/// The kernel as WGSL, with the extensions it needs enabled (what browsers
/// run: lower it with [`LowerOptions::WEB`]), and the name naga gave its
/// entry point (it renames what WGSL reserves or what a function of the
/// module already uses). `checked`: the kernel's module with loop checks
/// ([`module_with_loop_checks`]), written instead where given.
pub fn wgsl(shader: &ShaderKernel, checked: Option<&naga::Module>) -> Result<(String, String), String> {
    let text = match checked {
        None => naga::back::wgsl::write_string(&shader.module, &shader.info, naga::back::wgsl::WriterFlags::empty()),
        Some(module) => {
            let info = validate(module).map_err(|e| format!("the module with loop checks does not validate: {e}"))?;
            naga::back::wgsl::write_string(module, &info, naga::back::wgsl::WriterFlags::empty())
        }
    }
    .map_err(|e| format!("naga cannot write WGSL: {e}"))?;
    let entry = text
        .split_once("@compute")
        .and_then(|(_, rest)| rest.split_once("fn "))
        .and_then(|(_, rest)| rest.split_once('('))
        .map(|(name, _)| name.trim().to_string())
        .ok_or("naga's WGSL has no compute entry point")?;
    // naga enables `f16` itself, but not `subgroups`, which browsers require.
    let text = match shader.subgroup_ops {
        0 => text,
        _ => format!("enable subgroups;\n{text}"),
    };
    Ok((text, entry))
}

/// The message of panic site `flag` (the status buffer's first word) among
/// a kernel's `messages` ([`ShaderKernel::panic_messages`]).
pub fn panic_message(messages: &[String], flag: u32) -> String {
    match messages.get((flag as usize).wrapping_sub(1)) {
        Some(m) => m.clone(),
        None => format!("panic (site {flag})"),
    }
}

/// Where a kernel's constant data starts in its parameter block, in bytes:
/// after the slots of its `params` parameters, 16 bytes in at least.
pub fn constant_data_offset(params: usize) -> usize {
    (params * PARAM_SLOT_BYTES).max(16)
}

/// The parameter block of `launch` (the layout above): a scalar's bits or a
/// buffer's element count per slot, then the kernel's `constant_data`. A
/// buffer of 2^32 elements or more is refused: shader kernels index with u32.
pub fn param_block(
    plan: &crate::CasePlan,
    launch: &crate::Launch,
    constant_data: &[u32],
) -> Result<Vec<u8>, crate::BackendError> {
    let data_at = constant_data_offset(launch.args.len());
    let mut block = vec![0u8; data_at + 4 * constant_data.len()];
    for (i, w) in constant_data.iter().enumerate() {
        block[data_at + 4 * i..][..4].copy_from_slice(&w.to_le_bytes());
    }
    for (slot, arg) in launch.args.iter().enumerate() {
        let bits = match *arg {
            crate::Arg::Buffer(i) => {
                let len = plan.buffers.get(i).map(|b| b.len).unwrap_or(0);
                u32::try_from(len).map_err(|_| crate::BackendError::Launch {
                    kernel: launch.kernel.clone(),
                    message: format!("buffer {i} has {len} elements; shader kernels index at most 2^32 - 1"),
                })? as u64
            }
            other => other.bits(),
        };
        block[slot * PARAM_SLOT_BYTES..][..8].copy_from_slice(&bits.to_le_bytes());
    }
    Ok(block)
}

/// The classes of subgroup operations a kernel needs, as bits named after
/// Vulkan's `VkSubgroupFeatureFlagBits` (which use the same values).
pub mod subgroup_ops {
    /// Subgroup size, lane and id.
    pub const BASIC: u32 = 1 << 0;
    /// `any`, `all`.
    pub const VOTE: u32 = 1 << 1;
    /// Reductions and scans.
    pub const ARITHMETIC: u32 = 1 << 2;
    /// `ballot`, `broadcast_first`.
    pub const BALLOT: u32 = 1 << 3;
    /// `shuffle`, `shuffle_xor`.
    pub const SHUFFLE: u32 = 1 << 4;
    /// `shuffle_up`, `shuffle_down`.
    pub const SHUFFLE_RELATIVE: u32 = 1 << 5;

    /// The names of the classes in `bits`.
    pub fn names(bits: u32) -> Vec<&'static str> {
        [
            (BASIC, "basic"),
            (VOTE, "vote"),
            (ARITHMETIC, "arithmetic"),
            (BALLOT, "ballot"),
            (SHUFFLE, "shuffle"),
            (SHUFFLE_RELATIVE, "shuffle_relative"),
        ]
        .into_iter()
        .filter(|(b, _)| bits & b != 0)
        .map(|(_, n)| n)
        .collect()
    }
}

/// The one cooperative-matrix shape the route emits, as `everygpu devices`
/// lists shapes.
pub const COOPERATIVE_MATRIX_SHAPE: &str = "f16·f16→f32 16×16×16";

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
    /// The classes of subgroup operations it uses ([`subgroup_ops`] bits;
    /// 0 when it uses none).
    pub subgroup_ops: u32,
    /// Whether it multiplies matrix tiles: cooperative matrices of subgroup
    /// scope, `f16 · f16 → f32` at 16 × 16 × 16 ([`COOPERATIVE_MATRIX_SHAPE`]).
    pub uses_matrices: bool,
    /// Whether the module keeps its array and buffer indices in bounds
    /// itself (the lowering clamps every index it cannot prove inside), so
    /// that the SPIR-V writer adds no checks of its own; hand-written WGSL
    /// gets naga's.
    pub indices_clamped: bool,
    /// Message for each panic site id the shader can record (index = site id
    /// stored in the status buffer's flag word minus one).
    pub panic_messages: Vec<String>,
    /// The kernel's `gpu_println!` call sites, by the number its print
    /// records carry (see [`crate::print`]); empty when it prints nothing,
    /// and then its status buffer has no print area.
    pub print_sites: Vec<String>,
    /// The crate's constant data (its whole data segment), which goes into
    /// the kernel's parameter block (see [`param_block`]); empty unless the
    /// kernel reads constant data at computed addresses.
    pub constant_data: Arc<[u32]>,
}

impl ShaderKernel {
    /// Instructions in the kernel's SPIR-V functions (between each
    /// `OpFunction` and its `OpFunctionEnd`): the size of what the driver
    /// compiles, before it compiles it.
    pub fn spirv_instructions(&self) -> u64 {
        const OP_FUNCTION: u32 = 54;
        const OP_FUNCTION_END: u32 = 56;
        let (mut at, mut inside, mut count) = (5usize, false, 0u64);
        while let Some(&word) = self.spirv.get(at) {
            let (length, opcode) = ((word >> 16) as usize, word & 0xffff);
            match opcode {
                OP_FUNCTION => inside = true,
                OP_FUNCTION_END => inside = false,
                _ if inside => count += 1,
                _ => {}
            }
            at += length.max(1);
        }
        count
    }

    /// What everygpu knows of the kernel before a driver compiles it: its
    /// workgroup size and its SPIR-V instructions.
    pub fn route_stats(&self) -> crate::KernelStats {
        crate::KernelStats {
            kernel: self.name.clone(),
            workgroup_threads: Some(self.workgroup_size.iter().product()),
            code: Some("SPIR-V".to_string()),
            code_instructions: Some(self.spirv_instructions()),
            ..crate::KernelStats::default()
        }
    }
}

/// Every kernel of a crate, lowered.
#[derive(Clone, Debug, Default)]
pub struct ShaderArtifact {
    /// The kernels that lowered.
    pub kernels: Vec<ShaderKernel>,
    /// Kernels that did not lower, with the error naming the Rust function and construct.
    pub errors: Vec<(String, String)>,
    /// Kernels that need what the route cannot express at all (a `bf16`
    /// matrix tile: naga has no such type), with what they need: no
    /// device of the route can run them, which is not a failure.
    pub unsupported: Vec<(String, String)>,
    /// The kernels are hand-written WGSL ([`ShaderArtifact::from_wgsl_dir`]),
    /// not the route's lowering of a crate: errors say so.
    pub hand_written: bool,
}

impl ShaderArtifact {
    /// A kernel by name.
    pub fn kernel(&self, name: &str) -> Option<&ShaderKernel> {
        self.kernels.iter().find(|k| k.name == name)
    }

    /// Why kernel `name` is not in the artifact: what it needs that the
    /// route lacks, why it did not lower, or that it is missing.
    pub fn refusal(&self, name: &str) -> crate::BackendError {
        if let Some((_, what)) = self.unsupported.iter().find(|(k, _)| k == name) {
            return crate::BackendError::Unsupported {
                kernel: name.to_string(),
                what: what.clone(),
            };
        }
        match self.errors.iter().find(|(k, _)| k == name) {
            Some((_, message)) if self.hand_written => {
                crate::BackendError::Driver(format!("cannot load the hand-written WGSL of `{name}`: {message}"))
            }
            Some((_, message)) => crate::BackendError::Load {
                route: crate::Route::Wasm,
                message: message.clone(),
            },
            None => crate::BackendError::MissingKernel(name.to_string()),
        }
    }
}

/// SPIR-V writer options every shader of the route uses: bounds checks clamp
/// indices (a kernel's bug must not crash the device), loops are not bounded
/// (Rust defines infinite loops; backends time out runaway kernels), debug
/// names are kept.
pub fn spirv_options() -> naga::back::spv::Options<'static> {
    use naga::proc::{BoundsCheckPolicies, BoundsCheckPolicy};
    naga::back::spv::Options {
        bounds_check_policies: BoundsCheckPolicies {
            index: BoundsCheckPolicy::Restrict,
            buffer: BoundsCheckPolicy::Restrict,
            image_load: BoundsCheckPolicy::Restrict,
            binding_array: BoundsCheckPolicy::Restrict,
        },
        force_loop_bounding: false,
        // Names in the SPIR-V, in every build profile (naga's default adds them
        // in debug builds only): readable disassembly, identical artifacts.
        flags: naga::back::spv::WriterFlags::DEBUG | naga::back::spv::WriterFlags::LABEL_VARYINGS,
        ..naga::back::spv::Options::default()
    }
}

/// The writer options for a module: [`spirv_options`], in SPIR-V 1.3
/// (Vulkan 1.1) where it uses subgroup operations or cooperative matrices,
/// which need it, and without naga's checks of array and buffer indices
/// where the module clamps its indices itself ([`ShaderKernel::indices_clamped`]).
pub fn spirv_options_for(uses_subgroups_or_matrices: bool, indices_clamped: bool) -> naga::back::spv::Options<'static> {
    let mut options = spirv_options();
    if uses_subgroups_or_matrices {
        options.lang_version = (1, 3);
    }
    if indices_clamped {
        options.bounds_check_policies.index = naga::proc::BoundsCheckPolicy::Unchecked;
        options.bounds_check_policies.buffer = naga::proc::BoundsCheckPolicy::Unchecked;
    }
    options
}

/// `words` (naga's SPIR-V) as every route's shader runs it: declaring
/// `SignedZeroInfNanPreserve` for the float `widths` (NaNs, infinities and
/// signed zeros as wasm defines them), and the Vulkan memory model's
/// device-scope capability where naga declared that model (for cooperative
/// matrices; the status buffer's atomics have device scope).
pub fn finish_spirv(words: &[u32], widths: &[u32]) -> Result<Vec<u32>, String> {
    let words = crate::spirv_words::preserve_signed_zero_inf_nan(words, widths)?;
    crate::spirv_words::declare_vulkan_device_scope(&words)
}

/// What a device needs changed in a kernel's SPIR-V.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeviceSpirv {
    /// The device zero-initialises workgroup memory itself (Vulkan 1.3's
    /// `shaderZeroInitializeWorkgroupMemory`, or
    /// `VK_KHR_zero_initialize_workgroup_memory`, enabled on the device):
    /// workgroup variables get a null initializer instead of naga's polyfill
    /// (a loop over the memory and a barrier at the start of the kernel).
    ///
    /// Workgroup memory starts zeroed on every backend, as on the CPU. On
    /// lavapipe the polyfill's extra barrier multiplies the work of LLVM's
    /// coroutine splitting: a register-tiled SGEMM took 76 s to compile with
    /// it and 0.5 s with the native initializer.
    pub native_workgroup_zeroing: bool,
    /// The driver ends loops after a number of iterations: loops say so
    /// ([`crate::loop_limit`]).
    pub loop_checks: bool,
}

/// naga's SPIR-V for the compute entry point `entry` of `module`. A panic of
/// naga's writer (it meets some modules that validated but are
/// inconsistent, e.g. ones its WGSL front end built) is an error, not the
/// end of the process.
pub fn write_spirv(
    module: &naga::Module,
    info: &naga::valid::ModuleInfo,
    options: &naga::back::spv::Options<'_>,
    entry: &str,
) -> Result<Vec<u32>, String> {
    let pipeline = naga::back::spv::PipelineOptions {
        shader_stage: naga::ShaderStage::Compute,
        entry_point: entry.to_string(),
    };
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        naga::back::spv::write_vec(module, info, options, Some(&pipeline))
    }))
    .map_err(|_| "naga's SPIR-V writer panicked".to_string())?
    .map_err(|e| e.to_string())
}

/// The SPIR-V of `kernel` for a device that needs `device`, or `None` where
/// the route's own SPIR-V is it.
pub fn spirv_for_device(kernel: &ShaderKernel, device: DeviceSpirv) -> Result<Option<Vec<u32>>, String> {
    let has_workgroup_memory = kernel
        .module
        .global_variables
        .iter()
        .any(|(_, v)| v.space == naga::AddressSpace::WorkGroup);
    let zeroing = device.native_workgroup_zeroing && has_workgroup_memory;
    let checked = device
        .loop_checks
        .then(|| module_with_loop_checks(kernel, true))
        .flatten();
    if !zeroing && checked.is_none() {
        return Ok(None);
    }
    // The route's own SPIR-V version and capabilities, and the same float
    // semantics as it declared.
    let base = spirv_options_for(kernel.subgroup_ops != 0 || kernel.uses_matrices, kernel.indices_clamped);
    let options = naga::back::spv::Options {
        zero_initialize_workgroup_memory: match zeroing {
            true => naga::back::spv::ZeroInitializeWorkgroupMemoryMode::Native,
            false => base.zero_initialize_workgroup_memory,
        },
        ..base
    };
    let widths = crate::spirv_words::preserved_widths(&kernel.spirv)?;
    let words = match &checked {
        Some(module) => {
            let info = validate(module).map_err(|e| format!("`{}` with loop checks: {e}", kernel.name))?;
            write_spirv(module, &info, &options, &kernel.name)
        }
        None => write_spirv(&kernel.module, &kernel.info, &options, &kernel.name),
    }
    .and_then(|words| finish_spirv(&words, &widths))
    .map_err(|e| format!("`{}`: SPIR-V: {e}", kernel.name))?;
    Ok(Some(words))
}

/// The module of `kernel` for a device with a loop limit
/// ([`crate::loop_limit`]): a checked copy, or `None` where it has no loop.
/// `leave`: see [`crate::loop_limit::check_loops`].
pub fn module_with_loop_checks(kernel: &ShaderKernel, leave: bool) -> Option<naga::Module> {
    let mut module = (*kernel.module).clone();
    (crate::loop_limit::check_loops(&mut module, leave) > 0).then_some(module)
}

/// The plan buffer bound at each of a kernel's buffer `bindings` for
/// `launch`, as `(binding, plan buffer)`; a buffer larger than `max_binding_bytes` is
/// [`crate::BackendError::Unsupported`] (naming it), a launch whose
/// arguments do not fit the kernel a launch error.
pub fn launch_bindings(
    plan: &crate::CasePlan,
    launch: &crate::Launch,
    bindings: &[ShaderBinding],
    max_binding_bytes: u64,
) -> Result<Vec<(u32, usize)>, crate::BackendError> {
    let launch_error = |message: String| crate::BackendError::Launch {
        kernel: launch.kernel.clone(),
        message,
    };
    let mut bound = Vec::with_capacity(bindings.len());
    for b in bindings {
        let Some(&crate::Arg::Buffer(index)) = launch.args.get(b.param) else {
            return Err(launch_error(format!(
                "parameter {} is a buffer (binding {}) but the launch passes {:?}",
                b.param,
                b.binding,
                launch.args.get(b.param)
            )));
        };
        let Some(buffer) = plan.buffers.get(index) else {
            return Err(launch_error(format!(
                "buffer {index} is not in the plan ({} buffers)",
                plan.buffers.len()
            )));
        };
        let bytes = buffer.bytes() as u64;
        if bytes > max_binding_bytes {
            return Err(crate::BackendError::Unsupported {
                kernel: launch.kernel.clone(),
                what: format!(
                    "buffer `{}` of {bytes} bytes in one binding (the device binds at most {max_binding_bytes} bytes)",
                    buffer.name
                ),
            });
        }
        bound.push((b.binding, index));
    }
    Ok(bound)
}

/// The limits of a compute device that bound which kernels it can run.
#[derive(Clone, Copy, Debug)]
pub struct DeviceLimits<'a> {
    /// Threads per workgroup, per dimension.
    pub workgroup_size: [u32; 3],
    /// Threads per workgroup in all.
    pub workgroup_threads: u32,
    /// Storage buffers one kernel may bind.
    pub storage_buffers: u32,
    /// The API's name of that limit, for messages.
    pub storage_buffers_limit: &'a str,
    /// Bytes of workgroup memory.
    pub workgroup_bytes: u32,
}

/// Why a device with `limits` cannot run `kernel`, if it cannot: its
/// workgroup, its bindings, its workgroup memory.
pub fn beyond_limits(kernel: &ShaderKernel, limits: &DeviceLimits) -> Option<String> {
    let [x, y, z] = kernel.workgroup_size;
    let [mx, my, mz] = limits.workgroup_size;
    let threads = x as u64 * y as u64 * z as u64;
    if x > mx || y > my || z > mz || threads > limits.workgroup_threads as u64 {
        return Some(format!(
            "a workgroup of {x} × {y} × {z} threads (the device allows {mx} × {my} × {mz}, {} in all)",
            limits.workgroup_threads
        ));
    }
    if let Some(why) = too_many_storage_buffers(kernel, limits.storage_buffers, limits.storage_buffers_limit) {
        return Some(why);
    }
    if kernel.bindings.iter().any(|b| b.binding < FIRST_BUFFER_BINDING) {
        return Some(format!("a buffer at a binding below {FIRST_BUFFER_BINDING}"));
    }
    too_much_workgroup_memory(kernel, limits.workgroup_bytes)
}

/// Why a device that binds `device_binds` storage buffers per kernel
/// (`limit`: the API's name of the limit) cannot run `kernel`, if it cannot:
/// a kernel binds the status buffer, the parameter block and one buffer per
/// buffer parameter.
pub fn too_many_storage_buffers(kernel: &ShaderKernel, device_binds: u32, limit: &str) -> Option<String> {
    let buffers = kernel.bindings.len();
    let storage = 2 + buffers as u32;
    (storage > device_binds).then(|| {
        format!(
            "{storage} storage buffers ({buffers} buffer parameters, the status buffer and the parameter block; \
             the device binds {device_binds}: {limit})"
        )
    })
}

/// Why a device with `device_bytes` of workgroup memory cannot run
/// `kernel`, if it cannot (the arrays its module declares: see
/// [`ShaderKernel::workgroup_bytes`]).
pub fn too_much_workgroup_memory(kernel: &ShaderKernel, device_bytes: u32) -> Option<String> {
    let shared = kernel.workgroup_bytes();
    (shared > u64::from(device_bytes))
        .then(|| format!("{shared} bytes of workgroup memory (the device has {device_bytes})"))
}

/// The SPIR-V of `kernel` for a Vulkan device: [`spirv_for_device`]'s edits,
/// and no float-controls mode for a width the device cannot preserve
/// (declaring one there is invalid; see `spirv_words`).
pub fn vulkan_spirv(kernel: &ShaderKernel, device: DeviceSpirv, preserved_widths: &[u32]) -> Result<Vec<u32>, String> {
    let code = spirv_for_device(kernel, device)?;
    crate::spirv_words::drop_signed_zero_inf_nan(code.as_deref().unwrap_or(&kernel.spirv), preserved_widths)
}

/// Validates `module` with every capability (the device's are checked
/// before launch).
fn validate(module: &naga::Module) -> Result<naga::valid::ModuleInfo, String> {
    naga::valid::Validator::new(naga::valid::ValidationFlags::all(), naga::valid::Capabilities::all())
        .validate(module)
        .map_err(|e| e.emit_to_string(""))
}

/// Whether a validated module uses 64-bit floats and 64-bit integers.
pub fn uses_64_bit(module: &naga::Module) -> (bool, bool) {
    module.types.iter().fold((false, false), |(f, i), (_, ty)| {
        let s = match ty.inner {
            naga::TypeInner::Scalar(s) | naga::TypeInner::Atomic(s) | naga::TypeInner::Vector { scalar: s, .. } => {
                Some(s)
            }
            _ => None,
        };
        match s {
            Some(s) if s.width == 8 && s.kind == naga::ScalarKind::Float => (true, i),
            Some(s) if s.width == 8 => (f, true),
            _ => (f, i),
        }
    })
}

impl ShaderKernel {
    /// A key of everything a backend builds a pipeline from (entry point,
    /// SPIR-V, bindings, workgroup size, panic messages): equal keys, same
    /// pipeline. Backends keep pipelines by this key, so a rebuild of the
    /// crate re-creates only the kernels whose code changed.
    pub fn content_key(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.name.hash(&mut h);
        self.spirv.hash(&mut h);
        for b in &self.bindings {
            (b.binding, b.param, b.writable).hash(&mut h);
        }
        self.workgroup_size.hash(&mut h);
        self.panic_messages.hash(&mut h);
        self.print_sites.hash(&mut h);
        h.finish()
    }

    /// Words of the kernel's status buffer: the status words, and the
    /// print area where the kernel prints.
    pub fn status_words(&self) -> usize {
        crate::print::status_words(&self.print_sites)
    }

    /// Bytes of workgroup memory the module declares: the workgroup arrays
    /// its kernel touches (an array the kernel takes but never reaches on
    /// this route has no variable).
    pub fn workgroup_bytes(&self) -> u64 {
        let ctx = self.module.to_ctx();
        self.module
            .global_variables
            .iter()
            .filter(|(_, g)| g.space == naga::AddressSpace::WorkGroup)
            .map(|(_, g)| u64::from(self.module.types[g.ty].inner.size(ctx)))
            .sum()
    }

    /// A hand-written WGSL kernel in the layout above: its entry point is
    /// named after `kernel`, binding 0 is the status buffer, binding 1 the
    /// parameter block (`array<vec2<u32>>`, one slot per parameter) and the
    /// buffer parameters follow from binding 2 in order. It then runs wherever
    /// the route's shaders run, with the same case plans: the baselines of the
    /// shader backends are written this way.
    pub fn from_wgsl(source: &str, kernel: &crate::ManifestKernel) -> Result<ShaderKernel, String> {
        let module = naga::front::wgsl::parse_str(source).map_err(|e| e.emit_to_string(source))?;
        let Some(entry) = module.entry_points.iter().find(|e| e.name == kernel.name) else {
            return Err(format!("the WGSL has no entry point `{}`", kernel.name));
        };
        if entry.workgroup_size != kernel.workgroup_size {
            return Err(format!(
                "`{}`: @workgroup_size{:?} in the WGSL, {:?} in the kernel",
                kernel.name, entry.workgroup_size, kernel.workgroup_size
            ));
        }
        let mut validator =
            naga::valid::Validator::new(naga::valid::ValidationFlags::all(), naga::valid::Capabilities::all());
        let info = validator.validate(&module).map_err(|e| e.emit_to_string(source))?;
        let uses_matrices = module
            .types
            .iter()
            .any(|(_, t)| matches!(t.inner, naga::TypeInner::CooperativeMatrix { .. }));
        // naga's WGSL front end leaves some modules inconsistent (e.g. the
        // arguments of `coopStore`, never evaluated): an error for the file.
        let spirv = write_spirv(&module, &info, &spirv_options_for(uses_matrices, false), &kernel.name)
            .map_err(|e| format!("`{}`: SPIR-V: {e}", kernel.name))?;
        let mut bindings = Vec::new();
        for (param, p) in kernel.params.iter().enumerate() {
            if let crate::Param::Buffer { mutable, .. } = p {
                bindings.push(ShaderBinding {
                    binding: FIRST_BUFFER_BINDING + bindings.len() as u32,
                    param,
                    writable: *mutable,
                });
            }
        }
        let (uses_f64, uses_i64) = uses_64_bit(&module);
        Ok(ShaderKernel {
            name: kernel.name.clone(),
            module: Arc::new(module),
            info: Arc::new(info),
            spirv,
            bindings,
            workgroup_size: kernel.workgroup_size,
            uses_f64,
            uses_i64,
            subgroup_ops: 0,
            uses_matrices,
            indices_clamped: false,
            panic_messages: Vec::new(),
            print_sites: Vec::new(),
            constant_data: Arc::from([]),
        })
    }
}

impl ShaderArtifact {
    /// Hand-written WGSL kernels: for each kernel of `manifest`, the file
    /// `<dir>/<kernel>.wgsl` if there is one (see [`ShaderKernel::from_wgsl`]).
    /// Kernels without a file are left out; files that fail go to `errors`.
    pub fn from_wgsl_dir(dir: &std::path::Path, manifest: &crate::Manifest) -> ShaderArtifact {
        let mut artifact = ShaderArtifact {
            hand_written: true,
            ..ShaderArtifact::default()
        };
        for kernel in &manifest.kernels {
            let path = dir.join(format!("{}.wgsl", kernel.name));
            let Ok(source) = std::fs::read_to_string(&path) else {
                continue;
            };
            match ShaderKernel::from_wgsl(&source, kernel) {
                Ok(k) => artifact.kernels.push(k),
                Err(e) => artifact
                    .errors
                    .push((kernel.name.clone(), format!("{}: {e}", path.display()))),
            }
        }
        artifact
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Arg, CasePlan, Elem, HostBuffer, Launch, PlanBuffer, Tolerance};

    #[test]
    fn a_hand_written_wgsl_that_fails_is_named_as_such_with_its_file() {
        let dir = std::env::temp_dir().join(format!("everygpu-wgsl-dir-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        std::fs::write(dir.join("k.wgsl"), "fn k( {").expect("write");
        let manifest = crate::Manifest {
            abi_version: 1,
            kernels: vec![crate::ManifestKernel {
                name: "k".into(),
                params: vec![],
                workgroup_size: [64, 1, 1],
                file: "src/lib.rs".into(),
                line: 1,
            }],
            cases: vec![],
        };
        let artifact = ShaderArtifact::from_wgsl_dir(&dir, &manifest);
        let message = artifact.refusal("k").to_string();
        let _ = std::fs::remove_dir_all(&dir);
        assert!(
            message.starts_with("cannot load the hand-written WGSL of `k`: ") && message.contains("k.wgsl"),
            "{message}"
        );
    }

    fn plan(lens: &[usize]) -> CasePlan {
        let elem = Elem {
            name: "f32".into(),
            size: 4,
            align: 4,
            fields: vec![(String::new(), 0, "f32".into())],
        };
        CasePlan {
            buffers: lens
                .iter()
                .enumerate()
                .map(|(i, &len)| PlanBuffer {
                    name: format!("b{i}"),
                    elem: elem.clone(),
                    len,
                    output: false,
                })
                .collect(),
            launches: Vec::new(),
            bytes: 0,
            flops: 0,
            tolerance: Tolerance { abs: 0.0, rel: 0.0 },
            has_native: false,
        }
    }

    fn launch(args: Vec<Arg>) -> Launch {
        Launch {
            kernel: "k".into(),
            kernel_index: 0,
            groups: [1, 1, 1],
            args,
        }
    }

    #[test]
    fn param_block_has_a_slot_per_argument_with_bits_or_lengths() {
        let p = plan(&[1000, 7]);
        let block = param_block(
            &p,
            &launch(vec![Arg::F32(2.5), Arg::Buffer(1), Arg::Shared, Arg::I64(-2)]),
            &[],
        )
        .unwrap();
        assert_eq!(block.len(), 4 * PARAM_SLOT_BYTES);
        let slot = |i: usize| u64::from_le_bytes(block[i * PARAM_SLOT_BYTES..][..8].try_into().unwrap());
        assert_eq!(slot(0), 2.5f32.to_bits() as u64);
        assert_eq!(slot(1), 7);
        assert_eq!(slot(2), 0);
        assert_eq!(slot(3), -2i64 as u64);
        assert_eq!(
            param_block(&p, &launch(vec![]), &[]).unwrap().len(),
            16,
            "16 bytes at least"
        );
    }

    #[test]
    fn constant_data_follows_the_slots() {
        let p = plan(&[4]);
        let word = |block: &[u8], at: usize| u32::from_le_bytes(block[at..][..4].try_into().unwrap());
        // One slot: the data starts 16 bytes in.
        let block = param_block(&p, &launch(vec![Arg::Buffer(0)]), &[7, 0xdead_beef]).unwrap();
        assert_eq!((constant_data_offset(1), block.len()), (16, 24));
        assert_eq!((word(&block, 16), word(&block, 20)), (7, 0xdead_beef));
        // Three slots: 24 bytes in.
        let args = vec![Arg::Buffer(0), Arg::U32(1), Arg::U32(2)];
        let block = param_block(&p, &launch(args), &[9]).unwrap();
        assert_eq!((constant_data_offset(3), block.len(), word(&block, 24)), (24, 28, 9));
    }

    #[test]
    fn param_block_refuses_buffers_a_u32_cannot_index() {
        let p = plan(&[1 << 32]);
        let e = param_block(&p, &launch(vec![Arg::Buffer(0)]), &[])
            .unwrap_err()
            .to_string();
        assert!(e.contains("4294967296 elements"), "{e}");
    }

    #[test]
    fn inputs_must_match_the_plan_buffers() {
        let p = plan(&[4, 2]);
        assert!(p.check_inputs(&[HostBuffer::zeroed(16), HostBuffer::zeroed(8)]).is_ok());
        let e = p.check_inputs(&[HostBuffer::zeroed(16)]).unwrap_err().to_string();
        assert!(e.contains("2 buffers but 1 inputs"), "{e}");
        let e = p
            .check_inputs(&[HostBuffer::zeroed(16), HostBuffer::zeroed(4)])
            .unwrap_err()
            .to_string();
        assert!(e.contains("`b1` has 4 bytes; the plan says 2 × 4 bytes"), "{e}");
    }
}
