//! The achievable memory roof of a shader backend: a compute-shader copy.
//!
//! Transfer-queue copies (`vkCmdCopyBuffer`, `copy_buffer_to_buffer`) are no
//! roof: on an H100 through NVIDIA's Vulkan driver `vkCmdCopyBuffer` moves
//! about 840 GB/s where compute shaders stream above 2,100. The roof is
//! therefore a compute kernel copying 16-byte vectors, the widest load every
//! shader backend has, timed like any kernel of a case.

use crate::shader::ShaderKernel;
use crate::{
    Arg, Artifact, Backend, CasePlan, Elem, HostBuffer, Launch, Manifest, ManifestKernel, Param, PlanBuffer,
    RunOptions, ShaderArtifact, Tolerance,
};
use std::sync::Arc;

/// Threads per workgroup of the copy.
const GROUP: u32 = 256;
/// Workgroups along x at most; more spill into y (grid limits are 65535).
const MAX_GROUPS_X: u32 = 32768;

/// The copy kernel: one `vec4<u32>` per thread over a 2-D grid of workgroups.
const COPY_WGSL: &str = r#"
@group(0) @binding(0) var<storage, read_write> status: array<u32>;
@group(0) @binding(1) var<storage, read> params: array<vec2<u32>>;
@group(0) @binding(2) var<storage, read> src: array<vec4<u32>>;
@group(0) @binding(3) var<storage, read_write> dst: array<vec4<u32>>;

@compute @workgroup_size(256)
fn copy_roof(@builtin(global_invocation_id) id: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
    let i = id.y * groups.x * 256u + id.x;
    if (i < params[1].x) {
        dst[i] = src[i];
    }
}
"#;

fn manifest() -> Manifest {
    let vec4 = Elem {
        name: "[u32; 4]".into(),
        size: 16,
        align: 16,
        fields: vec![(String::new(), 0, "u32".into())],
    };
    let buffer = |name: &str, mutable| Param::Buffer {
        name: name.into(),
        elem: vec4.clone(),
        mutable,
    };
    Manifest {
        abi_version: 0,
        kernels: vec![ManifestKernel {
            name: "copy_roof".into(),
            params: vec![buffer("src", false), buffer("dst", true)],
            workgroup_size: [GROUP, 1, 1],
            file: file!().into(),
            line: line!(),
        }],
        cases: Vec::new(),
    }
}

/// The copy as an artifact of the shader route, its manifest, and the plan
/// copying `bytes` bytes (rounded down to whole 16-byte vectors).
pub fn copy_roof_case(bytes: u64) -> Result<(Artifact, Manifest, CasePlan), String> {
    let manifest = manifest();
    let kernel = ShaderKernel::from_wgsl(COPY_WGSL, &manifest.kernels[0])?;
    let elem = match &manifest.kernels[0].params[0] {
        Param::Buffer { elem, .. } => elem.clone(),
        _ => unreachable!("the copy's first parameter is a buffer"),
    };
    let n = (bytes / 16).max(1) as usize;
    let groups = n.div_ceil(GROUP as usize) as u32;
    let (x, y) = if groups <= MAX_GROUPS_X {
        (groups, 1)
    } else {
        (MAX_GROUPS_X, groups.div_ceil(MAX_GROUPS_X))
    };
    let buffer = |name: &str, output| PlanBuffer {
        name: name.into(),
        elem: elem.clone(),
        len: n,
        output,
    };
    let plan = CasePlan {
        buffers: vec![buffer("src", false), buffer("dst", true)],
        launches: vec![Launch {
            kernel: "copy_roof".into(),
            kernel_index: 0,
            groups: [x, y, 1],
            args: vec![Arg::Buffer(0), Arg::Buffer(1)],
        }],
        bytes: 2 * 16 * n as u64,
        flops: 0,
        tolerance: Tolerance { abs: 0.0, rel: 0.0 },
        has_native: false,
    };
    let artifact = Artifact::Shader(Arc::new(ShaderArtifact {
        kernels: vec![kernel],
        errors: Vec::new(),
        unsupported: Vec::new(),
        hand_written: true,
    }));
    Ok((artifact, manifest, plan))
}

/// Measures the copy on `backend` (which must run the shader route): the best
/// of ten timed runs after 200 ms of untimed ones (at least two), counting each byte read and
/// written, as BabelStream's copy does. Loads the copy kernel: the caller
/// reloads its own artifact afterwards.
pub fn measure(backend: &mut dyn Backend, bytes: u64) -> Result<f64, String> {
    let (artifact, manifest, plan) = copy_roof_case(bytes)?;
    backend.load(&artifact, &manifest).map_err(|e| e.to_string())?;
    let mut src = HostBuffer::zeroed(plan.buffers[0].bytes());
    for (i, b) in src.bytes_mut().iter_mut().enumerate() {
        *b = i as u8;
    }
    let inputs = [src, HostBuffer::zeroed(plan.buffers[1].bytes())];
    let run = backend
        .run(
            &plan,
            &inputs,
            &RunOptions {
                warmup_time: std::time::Duration::from_millis(200),
                ..RunOptions::runs(2, 10)
            },
        )
        .map_err(|e| e.to_string())?;
    if run.buffers.get(1).map(|b| b.bytes()) != Some(inputs[0].bytes()) {
        return Err("the copy kernel did not copy".into());
    }
    let best = run.times_ns.iter().copied().fold(f64::INFINITY, f64::min);
    if !(best.is_finite() && best > 0.0) {
        return Err("the backend gave no device time".into());
    }
    Ok(plan.bytes as f64 / best)
}

/// [`measure`], then loads `previous` again (the kernels the backend had
/// loaded, if any): for a backend's `measure_copy_gbps`.
pub fn measure_then_reload(
    backend: &mut dyn Backend,
    bytes: u64,
    previous: Option<(Arc<ShaderArtifact>, Manifest)>,
) -> Option<f64> {
    let gbps = measure(backend, bytes);
    if let Some((artifact, manifest)) = previous {
        if let Err(e) = backend.load(&Artifact::Shader(artifact), &manifest) {
            eprintln!("{}: reloading the kernels after the copy roof: {e}", backend.id());
        }
    }
    gbps.ok()
}
