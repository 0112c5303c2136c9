//! The kernel crate's manifest and case plans, as the CPU library describes
//! them in JSON (see `everygpu_kernel::host::abi`).

use serde::{Deserialize, Serialize};

/// An element type: a scalar or a `#[repr(C)]` struct of scalars.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Elem {
    /// The Rust name.
    pub name: String,
    /// Size in bytes.
    pub size: usize,
    /// Alignment in bytes.
    pub align: usize,
    /// (field name, byte offset, scalar name); one unnamed field for scalars.
    pub fields: Vec<(String, usize, String)>,
}

impl Elem {
    /// Whether the type is a plain scalar (not a struct).
    pub fn is_scalar(&self) -> bool {
        self.fields.len() == 1 && self.fields[0].0.is_empty()
    }
}

/// One kernel parameter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Param {
    /// A scalar passed by value.
    Scalar {
        /// Name in the source.
        name: String,
        /// `u32`, `i32`, `f32`, `u64`, `i64` or `f64`.
        scalar: String,
    },
    /// A buffer, `&[T]` or `&mut [T]`.
    Buffer {
        /// Name in the source.
        name: String,
        /// Element type.
        elem: Elem,
        /// Whether the kernel may write it.
        mutable: bool,
    },
    /// `#[shared] name: &mut [T; N]`.
    Shared {
        /// Name in the source.
        name: String,
        /// Element type.
        elem: Elem,
        /// N.
        len: usize,
    },
}

impl Param {
    /// The parameter's name.
    pub fn name(&self) -> &str {
        match self {
            Param::Scalar { name, .. } | Param::Buffer { name, .. } | Param::Shared { name, .. } => name,
        }
    }
}

/// A kernel as the manifest describes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ManifestKernel {
    /// The kernel's name: its symbol on every route.
    pub name: String,
    /// Parameters in order.
    pub params: Vec<Param>,
    /// Threads per workgroup.
    pub workgroup_size: [u32; 3],
    /// Source file.
    pub file: String,
    /// Source line.
    pub line: u32,
}

impl ManifestKernel {
    /// Bytes of workgroup memory a launch needs: each `#[shared]` array at a
    /// 32-byte aligned offset, in parameter order (the layout every route uses).
    pub fn shared_bytes(&self) -> usize {
        let mut bytes = 0usize;
        for p in &self.params {
            if let Param::Shared { elem, len, .. } = p {
                let align = elem.align.max(32);
                bytes = bytes.div_ceil(align) * align + elem.size * len;
            }
        }
        bytes
    }
}

/// A case as the manifest lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ManifestCase {
    /// The case's name.
    pub name: String,
    /// Its default problem size.
    pub default_size: u64,
    /// Source file.
    pub file: String,
    /// Source line.
    pub line: u32,
}

/// Every kernel and case of a kernel crate.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// The ABI version of the library that described them.
    pub abi_version: u32,
    /// The kernels.
    pub kernels: Vec<ManifestKernel>,
    /// The cases.
    pub cases: Vec<ManifestCase>,
}

impl Manifest {
    /// Two kernels of the same name, if any: kernel names are symbols on every
    /// route (PTX entries, wasm exports), so the first and second definitions.
    pub fn duplicate_kernel(&self) -> Option<(&ManifestKernel, &ManifestKernel)> {
        self.kernels
            .iter()
            .enumerate()
            .find_map(|(i, a)| self.kernels[i + 1..].iter().find(|b| b.name == a.name).map(|b| (a, b)))
    }

    /// A kernel by name.
    pub fn kernel(&self, name: &str) -> Option<&ManifestKernel> {
        self.kernels.iter().find(|k| k.name == name)
    }
}

/// When a value matches the reference: `|a-b| <= abs` or `|a-b| <= rel*|b|`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tolerance {
    /// Absolute tolerance.
    pub abs: f64,
    /// Relative tolerance.
    pub rel: f64,
}

/// One buffer of a case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanBuffer {
    /// Its name in the case.
    pub name: String,
    /// Element type.
    pub elem: Elem,
    /// Element count.
    pub len: usize,
    /// Whether it is compared with the reference.
    pub output: bool,
}

impl PlanBuffer {
    /// Size in bytes.
    pub fn bytes(&self) -> usize {
        self.elem.size * self.len
    }
}

/// One launch argument.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Arg {
    /// A case buffer by index.
    Buffer(usize),
    /// `u32`
    U32(u32),
    /// `i32`
    I32(i32),
    /// `f32`
    F32(f32),
    /// `u64`
    U64(u64),
    /// `i64`
    I64(i64),
    /// `f64`
    F64(f64),
    /// A `#[shared]` parameter.
    Shared,
}

impl Arg {
    /// A scalar's bits, zero-extended to 64 (0 for buffers and shared arrays).
    pub fn bits(&self) -> u64 {
        match *self {
            Arg::U32(v) => v as u64,
            Arg::I32(v) => v as u32 as u64,
            Arg::F32(v) => v.to_bits() as u64,
            Arg::U64(v) => v,
            Arg::I64(v) => v as u64,
            Arg::F64(v) => v.to_bits(),
            Arg::Buffer(_) | Arg::Shared => 0,
        }
    }
}

/// One launch of a case.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Launch {
    /// The kernel's name.
    pub kernel: String,
    /// Its index in the manifest.
    pub kernel_index: usize,
    /// Workgroups per dimension.
    pub groups: [u32; 3],
    /// One argument per kernel parameter.
    pub args: Vec<Arg>,
}

/// A built case: what to allocate, what to launch, how to judge it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CasePlan {
    /// The buffers.
    pub buffers: Vec<PlanBuffer>,
    /// The launches, in order.
    pub launches: Vec<Launch>,
    /// Bytes moved per run.
    pub bytes: u64,
    /// Floating-point operations per run.
    pub flops: u64,
    /// Comparison tolerance.
    pub tolerance: Tolerance,
    /// Whether the case has a native baseline.
    pub has_native: bool,
}

impl CasePlan {
    /// The kernels it launches, once each, in the order of their first launch.
    pub fn kernels(&self) -> impl Iterator<Item = &str> {
        let mut seen = std::collections::HashSet::new();
        self.launches
            .iter()
            .map(|l| l.kernel.as_str())
            .filter(move |k| seen.insert(*k))
    }

    /// The threads its launches start, from the workgroup sizes in
    /// `manifest` (`None` if a kernel is missing from it).
    pub fn threads(&self, manifest: &Manifest) -> Option<u64> {
        self.launches.iter().try_fold(0u64, |sum, l| {
            let [x, y, z] = manifest.kernel(&l.kernel)?.workgroup_size;
            let groups: u64 = l.groups.iter().map(|&g| u64::from(g)).product();
            Some(sum + groups * u64::from(x) * u64::from(y) * u64::from(z))
        })
    }

    /// Checks that `inputs` has one buffer per plan buffer, each of the plan
    /// buffer's size; the error names the buffer.
    pub fn check_inputs(&self, inputs: &[crate::HostBuffer]) -> Result<(), crate::BackendError> {
        if inputs.len() != self.buffers.len() {
            return Err(crate::BackendError::Driver(format!(
                "the plan has {} buffers but {} inputs were given",
                self.buffers.len(),
                inputs.len()
            )));
        }
        for (b, input) in self.buffers.iter().zip(inputs) {
            if input.len() != b.bytes() {
                return Err(crate::BackendError::Driver(format!(
                    "input for buffer `{}` has {} bytes; the plan says {} × {} bytes",
                    b.name,
                    input.len(),
                    b.len,
                    b.elem.size
                )));
            }
        }
        Ok(())
    }
}
