//! CUDA C++ baselines: BabelStream's kernels (`baseline/babelstream.cu`),
//! compiled with `nvcc -ptx` for the device at hand and run through the same
//! [`CudaBackend`](crate::CudaBackend) code as the Rust kernels, so both sides
//! share launch, timing and memory handling.
//!
//! How the app uses it, for a BabelStream case of the sample kernels:
//! 1. `let nvcc = find_nvcc()?;` and
//!    `let ptx = babelstream_baseline_ptx(&nvcc, backend.arch())?;` (once per
//!    device; nvcc takes about a second);
//! 2. open a second backend on the same device, `CudaBackend::open(ordinal)`,
//!    and `load(&baseline_artifact(ptx, arch), &babelstream_manifest())` (the
//!    first backend keeps the Rust PTX loaded);
//! 3. for each case plan the CPU library built, `babelstream_baseline_plan(&plan)`
//!    gives the same case on the CUDA C++ kernels (same buffers, inputs and
//!    traffic; BabelStream's 1024-thread blocks); run it with the case's
//!    inputs and compare its outputs and times as for any backend.
//!
//! The baseline dot reduces over 1024-thread blocks where the Rust dot uses
//! 256: its partial sums split the elements differently, so only their total
//! matches the reference (the streaming kernels match element for element).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use everygpu_backend::{Arg, Artifact, CasePlan, Elem, Manifest, ManifestKernel, Param, PtxArch};

/// The CUDA C++ source.
pub const BABELSTREAM_CU: &str = include_str!("../baseline/babelstream.cu");

/// Threads per block of the baseline kernels (BabelStream's `TBSIZE`).
pub const BASELINE_BLOCK: u32 = 1024;

/// The BabelStream kernels of the sample kernel crate that have a baseline;
/// the baseline of kernel `k` is `cuda_k`.
pub const BABELSTREAM_KERNELS: [&str; 10] = [
    "copy_f32",
    "mul_f32",
    "add_f32",
    "triad_f32",
    "dot_f32",
    "copy_f64",
    "mul_f64",
    "add_f64",
    "triad_f64",
    "dot_f64",
];

/// Why the baseline could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BaselineError {
    /// No `nvcc` was found.
    #[error("nvcc not found (tried $EVERYGPU_NVCC, $CUDA_HOME/bin, $CUDA_PATH/bin, /usr/local/cuda/bin and $PATH)")]
    NvccNotFound,
    /// Writing the source or reading the PTX failed.
    #[error("{what}: {source}")]
    Io {
        /// What was being done.
        what: String,
        /// The error.
        source: std::io::Error,
    },
    /// nvcc failed.
    #[error("nvcc failed ({status}): {stderr}")]
    Nvcc {
        /// Its exit status.
        status: String,
        /// What it printed.
        stderr: String,
    },
}

/// `nvcc`: `$EVERYGPU_NVCC`, then `$CUDA_HOME/bin`, `$CUDA_PATH/bin`,
/// `/usr/local/cuda/bin`, then `$PATH`.
pub fn find_nvcc() -> Result<PathBuf, BaselineError> {
    let mut candidates = Vec::new();
    if let Some(p) = std::env::var_os("EVERYGPU_NVCC") {
        candidates.push(PathBuf::from(p));
    }
    for var in ["CUDA_HOME", "CUDA_PATH"] {
        if let Some(p) = std::env::var_os(var) {
            candidates.push(PathBuf::from(p).join("bin/nvcc"));
        }
    }
    candidates.push(PathBuf::from("/usr/local/cuda/bin/nvcc"));
    if let Some(path) = std::env::var_os("PATH") {
        candidates.extend(std::env::split_paths(&path).map(|d| d.join("nvcc")));
    }
    candidates
        .into_iter()
        .find(|p| p.is_file())
        .ok_or(BaselineError::NvccNotFound)
}

/// Compiles [`BABELSTREAM_CU`] to PTX for `arch` (`sm_90`) with
/// `nvcc -ptx -O3 -arch=ARCH`, in a fresh temporary directory.
pub fn babelstream_baseline_ptx(nvcc: &Path, arch: PtxArch) -> Result<String, BaselineError> {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let dir = everygpu_backend::process::temp_path(&format!("baseline-{stamp}"));
    let io = |what: &str| {
        let what = what.to_string();
        move |source| BaselineError::Io { what, source }
    };
    std::fs::create_dir_all(&dir).map_err(io("creating a temporary directory"))?;
    let result = (|| {
        let source = dir.join("babelstream.cu");
        let ptx = dir.join("babelstream.ptx");
        std::fs::write(&source, BABELSTREAM_CU).map_err(io("writing babelstream.cu"))?;
        let output = Command::new(nvcc)
            .arg("-ptx")
            .arg("-O3")
            .arg(format!("-arch={arch}"))
            .arg("-o")
            .arg(&ptx)
            .arg(&source)
            .output()
            .map_err(io(&format!("running {}", nvcc.display())))?;
        if !output.status.success() {
            return Err(BaselineError::Nvcc {
                status: output.status.to_string(),
                stderr: String::from_utf8_lossy(&output.stderr).trim().to_string(),
            });
        }
        std::fs::read_to_string(&ptx).map_err(io("reading the PTX"))
    })();
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// The PTX as an artifact for [`Backend::load`](everygpu_backend::Backend::load).
pub fn baseline_artifact(ptx: String, arch: PtxArch) -> Artifact {
    Artifact::Ptx {
        path: PathBuf::from("babelstream.cu"),
        text: Arc::from(ptx),
        arch,
    }
}

fn scalar_elem(name: &str) -> Elem {
    let size = if name.ends_with("64") { 8 } else { 4 };
    Elem {
        name: name.to_string(),
        size,
        align: size,
        fields: vec![(String::new(), 0, name.to_string())],
    }
}

/// The baseline kernels as a manifest, for [`Backend::load`](everygpu_backend::Backend::load),
/// with BabelStream's [`BASELINE_BLOCK`] threads per block.
pub fn babelstream_manifest() -> Manifest {
    babelstream_manifest_for_block(BASELINE_BLOCK)
}

/// The baseline kernels with `block` threads per block (a power of two, at
/// most 1024): to separate the effect of the block size from the code's.
pub fn babelstream_manifest_for_block(block: u32) -> Manifest {
    let buffer = |name: &str, t: &str, mutable: bool| Param::Buffer {
        name: name.to_string(),
        elem: scalar_elem(t),
        mutable,
    };
    let scalar = |t: &str| Param::Scalar {
        name: "scalar".to_string(),
        scalar: t.to_string(),
    };
    let mut kernels = Vec::new();
    for t in ["f32", "f64"] {
        let params: [(&str, Vec<Param>); 5] = [
            ("copy", vec![buffer("a", t, false), buffer("c", t, true)]),
            ("mul", vec![scalar(t), buffer("c", t, false), buffer("b", t, true)]),
            (
                "add",
                vec![buffer("a", t, false), buffer("b", t, false), buffer("c", t, true)],
            ),
            (
                "triad",
                vec![
                    scalar(t),
                    buffer("b", t, false),
                    buffer("c", t, false),
                    buffer("a", t, true),
                ],
            ),
            (
                "dot",
                vec![buffer("a", t, false), buffer("b", t, false), buffer("partial", t, true)],
            ),
        ];
        for (op, params) in params {
            kernels.push(ManifestKernel {
                name: format!("cuda_{op}_{t}"),
                params,
                workgroup_size: [block, 1, 1],
                file: "backends/cuda/baseline/babelstream.cu".to_string(),
                line: 0,
            });
        }
    }
    Manifest {
        abi_version: 0,
        kernels,
        cases: Vec::new(),
    }
}

/// The same case on the CUDA C++ kernels: every launch of a BabelStream kernel
/// becomes a launch of its baseline (1024-thread blocks; the streaming kernels
/// get one thread per element of their output, the dot keeps its block count),
/// `#[shared]` arguments are dropped (the baseline declares its own). `None`
/// when the plan launches a kernel without a baseline.
pub fn babelstream_baseline_plan(plan: &CasePlan) -> Option<CasePlan> {
    babelstream_baseline_plan_for_block(plan, BASELINE_BLOCK)
}

/// [`babelstream_baseline_plan`] for kernels loaded with
/// [`babelstream_manifest_for_block`]`(block)`.
pub fn babelstream_baseline_plan_for_block(plan: &CasePlan, block: u32) -> Option<CasePlan> {
    let manifest = babelstream_manifest_for_block(block);
    let mut out = plan.clone();
    for launch in &mut out.launches {
        if !BABELSTREAM_KERNELS.contains(&launch.kernel.as_str()) {
            return None;
        }
        let name = format!("cuda_{}", launch.kernel);
        let index = manifest.kernels.iter().position(|k| k.name == name)?;
        launch.args.retain(|a| !matches!(a, Arg::Shared));
        if !launch.kernel.starts_with("dot_") {
            // One thread per element of the output (the last buffer argument).
            let out_len = launch.args.iter().rev().find_map(|a| match a {
                Arg::Buffer(i) => plan.buffers.get(*i).map(|b| b.len),
                _ => None,
            })?;
            launch.groups = [(out_len as u64).div_ceil(block.max(1) as u64) as u32, 1, 1];
        }
        launch.kernel = name;
        launch.kernel_index = index;
    }
    out.has_native = false;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use everygpu_backend::{Launch, PlanBuffer, Tolerance};

    fn plan(kernel: &str, n: usize, groups: [u32; 3], args: Vec<Arg>, buffers: usize) -> CasePlan {
        CasePlan {
            buffers: (0..buffers)
                .map(|i| PlanBuffer {
                    name: format!("b{i}"),
                    elem: scalar_elem("f32"),
                    len: if i + 1 == buffers && kernel.starts_with("dot") {
                        1024
                    } else {
                        n
                    },
                    output: i + 1 == buffers,
                })
                .collect(),
            launches: vec![Launch {
                kernel: kernel.into(),
                kernel_index: 3,
                groups,
                args,
            }],
            bytes: 8 * n as u64,
            flops: 0,
            tolerance: Tolerance { abs: 0.0, rel: 0.0 },
            has_native: true,
        }
    }

    #[test]
    fn manifest_matches_the_source() {
        let m = babelstream_manifest();
        assert_eq!(m.kernels.len(), BABELSTREAM_KERNELS.len());
        for k in BABELSTREAM_KERNELS {
            let name = format!("cuda_{k}");
            assert!(m.kernel(&name).is_some(), "{name}");
            assert!(BABELSTREAM_CU.contains(&format!("cuda_{}_##S", k.split('_').next().unwrap())));
        }
        assert!(m
            .kernels
            .iter()
            .all(|k| k.workgroup_size == [1024, 1, 1] && k.shared_bytes() == 0));
        let triad = m.kernel("cuda_triad_f64").unwrap();
        assert!(matches!(&triad.params[0], Param::Scalar { scalar, .. } if scalar == "f64"));
        assert_eq!(triad.params.len(), 4);
    }

    #[test]
    fn plans_map_to_the_baseline() {
        let n = 1 << 25;
        let copy = plan(
            "copy_f32",
            n,
            [n as u32 / 256, 1, 1],
            vec![Arg::Buffer(0), Arg::Buffer(1)],
            2,
        );
        let b = babelstream_baseline_plan(&copy).unwrap();
        assert_eq!(b.launches[0].kernel, "cuda_copy_f32");
        assert_eq!(b.launches[0].groups, [n as u32 / 1024, 1, 1]);
        assert_eq!(b.launches[0].kernel_index, 0);
        assert_eq!(b.buffers, copy.buffers);
        assert!(!b.has_native);

        let odd = plan(
            "mul_f32",
            1000,
            [4, 1, 1],
            vec![Arg::F32(0.4), Arg::Buffer(0), Arg::Buffer(1)],
            2,
        );
        assert_eq!(babelstream_baseline_plan(&odd).unwrap().launches[0].groups, [1, 1, 1]);

        let dot = plan(
            "dot_f64",
            n,
            [1024, 1, 1],
            vec![Arg::Buffer(0), Arg::Buffer(1), Arg::Buffer(2), Arg::Shared],
            3,
        );
        let b = babelstream_baseline_plan(&dot).unwrap();
        assert_eq!(b.launches[0].kernel, "cuda_dot_f64");
        assert_eq!(b.launches[0].groups, [1024, 1, 1]);
        assert_eq!(b.launches[0].args, vec![Arg::Buffer(0), Arg::Buffer(1), Arg::Buffer(2)]);

        let b = babelstream_baseline_plan_for_block(&copy, 256).unwrap();
        assert_eq!(b.launches[0].groups, [n as u32 / 256, 1, 1]);
        assert_eq!(
            babelstream_manifest_for_block(256).kernels[0].workgroup_size,
            [256, 1, 1]
        );

        let other = plan("saxpy", n, [1, 1, 1], vec![], 2);
        assert!(babelstream_baseline_plan(&other).is_none());
    }
}
