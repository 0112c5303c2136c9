//! The reference: the kernel module run by wasmi, one fresh instance per
//! thread (a GPU invocation starts with the globals' initial values and its
//! own stack, as a fresh instance does).
//!
//! The `everygpu` imports behave as the lowering defines them for a launch of
//! [`GROUPS`] workgroups of [`WORKGROUP`] threads: `local_id(0)` and
//! `workgroup_id(0)` from the thread id, `buffer_ptr` the address where the
//! reference keeps the buffer in linear memory, `param_u32(2)` the thread count.
//!
//! Subnormals: Vulkan lets a device flush them to zero unless the shader asks
//! otherwise (lavapipe reports neither `shaderDenormPreserveFloat32` nor
//! `shaderDenormFlushToZeroFloat32`), and the lowered shaders do not ask.
//! [`Mode::FlushSubnormals`] runs the reference with the x86 MXCSR's
//! flush-to-zero and denormals-are-zero bits set: the IEEE semantics of
//! wasm, except that subnormal inputs and results of float arithmetic are
//! zeros, as on a device that flushes. A thread whose results differ from the
//! IEEE run is compared again with this run; it matches only if every result
//! equals one of the two runs entirely, never a mix of values.

use crate::harness::{Harness, GROUPS, INPUT_BASE, KERNEL, OUTPUT_BASE, THREADS, WORKGROUP};

const _: () = assert!(GROUPS * WORKGROUP == THREADS);
use crate::values::{results, Value};
use wasmi::{Caller, CompilationMode, Config, Engine, Linker, Module, Store, TrapCode};

/// How float arithmetic treats subnormals in a reference run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// IEEE 754, as wasm specifies.
    Ieee,
    /// Subnormal inputs read as zero and subnormal results flushed to zero.
    FlushSubnormals,
}

/// How one thread ended in the reference.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// It returned; the results of every call.
    Completed(Vec<Value>),
    /// It executed `unreachable`: the lowered shader must report a panic.
    Unreachable,
    /// It trapped otherwise (division by zero, integer overflow, invalid
    /// conversion): the lowering defines these operations instead of
    /// trapping, so the thread is not compared.
    Trapped(String),
}

/// Why the reference could not run a module.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReferenceError {
    /// wasmi rejected the module or its instantiation.
    #[error("wasmi: {0}")]
    Wasmi(String),
    /// [`Mode::FlushSubnormals`] on a machine that is not x86-64.
    #[error("flushing subnormals in the reference needs an x86-64 host")]
    NoFlushMode,
}

impl From<wasmi::Error> for ReferenceError {
    fn from(e: wasmi::Error) -> Self {
        ReferenceError::Wasmi(e.to_string())
    }
}

/// The per-thread state the imports read.
struct Thread {
    tid: u32,
}

/// A kernel module compiled by wasmi.
pub struct Reference {
    engine: Engine,
    module: Module,
    linker: Linker<Thread>,
}

impl Reference {
    /// Compiles `harness`'s module for `mode` (wasmi folds constants while
    /// compiling, so a flushing reference compiles with flushing too).
    pub fn new(harness: &Harness, mode: Mode) -> Result<Reference, ReferenceError> {
        let mut config = Config::default();
        config.compilation_mode(CompilationMode::Eager);
        let engine = Engine::new(&config);
        let module = with_mode(mode, || Module::new(&engine, &harness.wasm))??;
        let mut linker = Linker::<Thread>::new(&engine);
        let wasmi_err = |e: wasmi::errors::LinkerError| ReferenceError::Wasmi(e.to_string());
        linker
            .func_wrap("everygpu", "local_id", |c: Caller<'_, Thread>, d: i32| -> i32 {
                if d == 0 {
                    (c.data().tid % WORKGROUP) as i32
                } else {
                    0
                }
            })
            .map_err(wasmi_err)?;
        linker
            .func_wrap("everygpu", "workgroup_id", |c: Caller<'_, Thread>, d: i32| -> i32 {
                if d == 0 {
                    (c.data().tid / WORKGROUP) as i32
                } else {
                    0
                }
            })
            .map_err(wasmi_err)?;
        linker
            .func_wrap("everygpu", "buffer_ptr", |i: i32| -> i32 {
                if i == 0 {
                    INPUT_BASE as i32
                } else {
                    OUTPUT_BASE as i32
                }
            })
            .map_err(wasmi_err)?;
        linker
            .func_wrap("everygpu", "param_u32", |i: i32| -> i32 {
                if i == 2 {
                    THREADS as i32
                } else {
                    0
                }
            })
            .map_err(wasmi_err)?;
        Ok(Reference { engine, module, linker })
    }

    /// Runs thread `tid` with the input buffer `inputs`.
    pub fn run(&self, harness: &Harness, inputs: &[u8], tid: u32, mode: Mode) -> Result<Outcome, ReferenceError> {
        let mut store = Store::new(&self.engine, Thread { tid });
        let instance = self.linker.instantiate_and_start(&mut store, &self.module)?;
        let memory = instance
            .get_memory(&store, "memory")
            .ok_or_else(|| ReferenceError::Wasmi("the kernel module exports no memory".into()))?;
        let stride = harness.input_stride as usize;
        let record = inputs
            .get(tid as usize * stride..(tid as usize + 1) * stride)
            .ok_or_else(|| ReferenceError::Wasmi(format!("no input record for thread {tid}")))?;
        memory
            .write(&mut store, INPUT_BASE as usize + tid as usize * stride, record)
            .map_err(|e| ReferenceError::Wasmi(e.to_string()))?;
        let kernel = instance.get_typed_func::<(), ()>(&store, KERNEL)?;
        let called = with_mode(mode, || kernel.call(&mut store, ()))?;
        if let Err(e) = called {
            return Ok(match e.as_trap_code() {
                Some(TrapCode::UnreachableCodeReached) => Outcome::Unreachable,
                Some(code) => Outcome::Trapped(format!("{code:?}")),
                None => return Err(e.into()),
            });
        }
        let stride = harness.output_stride as usize;
        let mut record = vec![0u8; stride];
        memory
            .read(&store, OUTPUT_BASE as usize + tid as usize * stride, &mut record)
            .map_err(|e| ReferenceError::Wasmi(e.to_string()))?;
        Ok(Outcome::Completed(results(harness, &record)))
    }
}

/// Runs `f` with float arithmetic in `mode`.
fn with_mode<R>(mode: Mode, f: impl FnOnce() -> R) -> Result<R, ReferenceError> {
    match mode {
        Mode::Ieee => Ok(f()),
        Mode::FlushSubnormals => flush_subnormals(f),
    }
}

#[cfg(target_arch = "x86_64")]
fn flush_subnormals<R>(f: impl FnOnce() -> R) -> Result<R, ReferenceError> {
    /// Restores the MXCSR on every exit, unwinding included.
    struct Restore(u32);
    impl Drop for Restore {
        fn drop(&mut self) {
            // SAFETY: writes back the control word read in `flush_subnormals`.
            unsafe { std::arch::asm!("ldmxcsr [{}]", in(reg) &self.0, options(nostack, readonly)) };
        }
    }
    /// Flush-to-zero (bit 15) and denormals-are-zero (bit 6).
    const FTZ_DAZ: u32 = 0x8040;
    let mut saved = 0u32;
    // SAFETY: stores the MXCSR into a local u32.
    unsafe { std::arch::asm!("stmxcsr [{}]", in(reg) &mut saved, options(nostack)) };
    let _restore = Restore(saved);
    let flushing = saved | FTZ_DAZ;
    // SAFETY: sets only the FTZ and DAZ bits, which change how SSE arithmetic
    // treats subnormals and nothing else; restored when `_restore` drops.
    unsafe { std::arch::asm!("ldmxcsr [{}]", in(reg) &flushing, options(nostack, readonly)) };
    Ok(f())
}

#[cfg(not(target_arch = "x86_64"))]
fn flush_subnormals<R>(_f: impl FnOnce() -> R) -> Result<R, ReferenceError> {
    Err(ReferenceError::NoFlushMode)
}
