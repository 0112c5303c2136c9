//! The worker protocol: the requests, the replies and the errors that cross
//! the pipes, and the frames that carry them with their buffers.

use everygpu_backend::{
    BackendError, CasePlan, DeviceInfo, HostBuffer, KernelPanic, Manifest, Prepared, Route, RunOptions,
};
use everygpu_compiler::CompileRoute;
use serde::{Deserialize, Serialize};
use std::io::{Read, Write};
use std::path::PathBuf;

/// What a worker must load: a route's artifact, by path.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum LoadRequest {
    /// The CPU route's library.
    Cpu {
        /// The cdylib.
        path: PathBuf,
    },
    /// Another route's build output, which the route makes into its
    /// artifact in the worker (the wasm route lowers it there).
    Built {
        /// The route that built it.
        route: CompileRoute,
        /// The file: a `.ptx`, a `.wasm`.
        path: PathBuf,
    },
    /// Hand-written WGSL kernels, `<dir>/<kernel>.wgsl` (shader baselines).
    Wgsl {
        /// The folder.
        dir: PathBuf,
    },
    /// cuBLAS on a CUDA device (a baseline): nothing to load from the
    /// crate; plans launch its routines by name (`cublasSgemm`).
    Cublas,
}

#[derive(Serialize, Deserialize)]
pub(super) enum Request {
    /// `manifest` is `None` for the CPU library, which carries its own.
    Load {
        load: LoadRequest,
        manifest: Option<Manifest>,
    },
    Prepare {
        plan: CasePlan,
    },
    Run {
        plan: CasePlan,
        options: RunOptions,
    },
    /// Compute the reference outputs of a plan (the CPU backends only).
    Reference {
        plan: CasePlan,
    },
    /// Build case `index` at `size` with the loaded CPU library.
    BuildCase {
        index: usize,
        size: u64,
    },
    /// Time the native baseline of case `index` at `size`.
    RunNative {
        index: usize,
        size: u64,
        options: RunOptions,
        /// The baseline on every core.
        parallel: bool,
    },
    MeasureCopy {
        bytes: u64,
    },
}

#[derive(Serialize, Deserialize)]
pub(super) enum Reply {
    Hello {
        id: String,
        route: Route,
        device: DeviceInfo,
    },
    /// `manifest`: the CPU library's.
    Loaded {
        manifest: Option<Manifest>,
    },
    /// The case's plan; its input buffers follow, handed over.
    CaseBuilt {
        plan: CasePlan,
    },
    /// The case's host code refused or panicked (no crash).
    CaseFailed {
        message: String,
    },
    /// The native baseline's times (`None`: the case has none).
    Native {
        times_ns: Option<Vec<f64>>,
    },
    Prepared {
        prepared: Prepared,
        /// How long it took, in ns.
        compile_ns: f64,
    },
    Ran {
        times_ns: Vec<f64>,
        /// What the first run's threads printed.
        #[serde(default)]
        prints: everygpu_backend::print::Prints,
        /// The races the reference's race checker found.
        #[serde(default)]
        races: Vec<everygpu_backend::race::Race>,
    },
    /// The reference is at launch `launch` of `launches`, workgroup `done`
    /// of `total` (sent every half second while it runs).
    Progress {
        launch: usize,
        launches: usize,
        done: u64,
        total: u64,
    },
    Copy {
        gbps: Option<f64>,
    },
    Failed {
        error: WireError,
    },
}

/// A [`BackendError`] on the wire.
#[derive(Serialize, Deserialize)]
pub(super) enum WireError {
    Panic(KernelPanic),
    Unsupported { kernel: String, what: String },
    DeviceLost { message: String, needs_new_process: bool },
    Timeout { kernel: String, limit_ms: u64 },
    Other(String),
}

impl From<&BackendError> for WireError {
    fn from(e: &BackendError) -> Self {
        match e {
            BackendError::Panic(p) => WireError::Panic(p.clone()),
            BackendError::Unsupported { kernel, what } => WireError::Unsupported {
                kernel: kernel.clone(),
                what: what.clone(),
            },
            BackendError::DeviceLost {
                message,
                needs_new_process,
            } => WireError::DeviceLost {
                message: message.clone(),
                needs_new_process: *needs_new_process,
            },
            BackendError::Timeout { kernel, limit_ms } => WireError::Timeout {
                kernel: kernel.clone(),
                limit_ms: *limit_ms,
            },
            other => WireError::Other(other.to_string()),
        }
    }
}

impl From<WireError> for BackendError {
    fn from(e: WireError) -> Self {
        match e {
            WireError::Panic(p) => BackendError::Panic(p),
            WireError::Unsupported { kernel, what } => BackendError::Unsupported { kernel, what },
            WireError::DeviceLost {
                message,
                needs_new_process,
            } => BackendError::DeviceLost {
                message,
                needs_new_process,
            },
            WireError::Timeout { kernel, limit_ms } => BackendError::Timeout { kernel, limit_ms },
            WireError::Other(m) => BackendError::Driver(m),
        }
    }
}

/// How a buffer travels in a frame.
const INLINE: u8 = 0;
/// By the path of its shared-memory file, the sender keeping it.
const SHARED_LENT: u8 = 1;
/// By the path of its shared-memory file, handed over to the receiver.
const SHARED_GIVEN: u8 = 2;

/// Writes a frame. Buffers in shared memory travel as paths (handed over to
/// the receiver when `hand_over`); the others inline.
pub(super) fn write_frame(
    w: &mut impl Write,
    header: &impl Serialize,
    buffers: &[&HostBuffer],
    hand_over: bool,
) -> std::io::Result<()> {
    let json = serde_json::to_vec(header).map_err(std::io::Error::other)?;
    w.write_all(&(json.len() as u32).to_le_bytes())?;
    w.write_all(&json)?;
    w.write_all(&(buffers.len() as u32).to_le_bytes())?;
    for b in buffers {
        match b.shared_path() {
            Some(path) => {
                let path = path.as_os_str().as_encoded_bytes();
                w.write_all(&[if hand_over { SHARED_GIVEN } else { SHARED_LENT }])?;
                w.write_all(&(b.len() as u64).to_le_bytes())?;
                w.write_all(&(path.len() as u32).to_le_bytes())?;
                w.write_all(path)?;
            }
            None => {
                w.write_all(&[INLINE])?;
                w.write_all(&(b.len() as u64).to_le_bytes())?;
                w.write_all(b.bytes())?;
            }
        }
    }
    w.flush()
}

pub(super) fn read_frame<T: for<'de> Deserialize<'de>>(r: &mut impl Read) -> std::io::Result<(T, Vec<HostBuffer>)> {
    let mut len4 = [0u8; 4];
    r.read_exact(&mut len4)?;
    let mut json = vec![0u8; u32::from_le_bytes(len4) as usize];
    r.read_exact(&mut json)?;
    let header = serde_json::from_slice(&json).map_err(std::io::Error::other)?;
    r.read_exact(&mut len4)?;
    let count = u32::from_le_bytes(len4) as usize;
    let mut buffers = Vec::with_capacity(count);
    for _ in 0..count {
        let mut kind = [0u8; 1];
        let mut len8 = [0u8; 8];
        r.read_exact(&mut kind)?;
        r.read_exact(&mut len8)?;
        let len = u64::from_le_bytes(len8) as usize;
        match kind[0] {
            INLINE => {
                let mut b = HostBuffer::zeroed(len);
                r.read_exact(b.bytes_mut())?;
                buffers.push(b);
            }
            SHARED_LENT | SHARED_GIVEN => {
                r.read_exact(&mut len4)?;
                let mut path = vec![0u8; u32::from_le_bytes(len4) as usize];
                r.read_exact(&mut path)?;
                // SAFETY: the bytes came from `as_encoded_bytes` in the same binary.
                let path = PathBuf::from(unsafe { std::ffi::OsString::from_encoded_bytes_unchecked(path) });
                buffers.push(match kind[0] == SHARED_GIVEN {
                    true => HostBuffer::adopt_shared(&path, len)?,
                    false => HostBuffer::open_shared(&path, len, false)?,
                });
            }
            other => return Err(std::io::Error::other(format!("bad buffer kind {other} in a frame"))),
        }
    }
    Ok((header, buffers))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Errors keep the variants the parent acts on across the pipe.
    fn through_the_wire(e: &BackendError) -> BackendError {
        let json = serde_json::to_string(&WireError::from(e)).expect("serialisable");
        serde_json::from_str::<WireError>(&json).expect("readable").into()
    }

    #[test]
    fn a_lost_device_stays_a_lost_device_across_the_pipe() {
        let lost = BackendError::DeviceLost {
            message: "launch of kernel `k` failed: CUDA_ERROR_ILLEGAL_ADDRESS".into(),
            needs_new_process: true,
        };
        match through_the_wire(&lost) {
            BackendError::DeviceLost {
                message,
                needs_new_process: true,
            } => assert_eq!(message, lost.to_string()),
            other => panic!("{other:?}"),
        }
        // A launch error that names a CUDA error is not a lost device: the
        // worker goes on.
        let launch = BackendError::Launch {
            kernel: "k".into(),
            message: "CUDA_ERROR_LAUNCH_OUT_OF_RESOURCES: too many resources requested for launch".into(),
        };
        assert!(matches!(through_the_wire(&launch), BackendError::Driver(m) if m == launch.to_string()));
    }

    /// A timeout stays a timeout (its row's status), so that the client also
    /// knows to give the next run a fresh worker.
    #[test]
    fn a_timeout_stays_a_timeout_across_the_pipe() {
        let timeout = BackendError::Timeout {
            kernel: "spin".into(),
            limit_ms: 3000,
        };
        match through_the_wire(&timeout) {
            BackendError::Timeout { kernel, limit_ms } => assert_eq!((kernel.as_str(), limit_ms), ("spin", 3000)),
            other => panic!("{other:?}"),
        }
    }
}
