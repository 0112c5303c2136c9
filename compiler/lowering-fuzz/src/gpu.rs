//! Running a lowered harness kernel on a Vulkan device through everygpu's
//! Vulkan backend (ash on the real driver; lavapipe where there is no GPU).

use std::sync::Arc;

use everygpu_backend::{
    Arg, Artifact, Backend, BackendError, CasePlan, Elem, HostBuffer, KernelPanic, Launch, Manifest, PlanBuffer,
    RunOptions, ShaderArtifact, Tolerance,
};

use crate::harness::{Harness, GROUPS, KERNEL, THREADS};

/// The first Vulkan device, or why there is none.
pub fn open_vulkan() -> Result<Box<dyn Backend>, String> {
    let found = everygpu_backend_vulkan::enumerate();
    match found.backends.into_iter().next() {
        Some(b) => Ok(b),
        None => {
            let reasons: Vec<String> = found.absent.iter().map(|a| a.reason.clone()).collect();
            Err(if reasons.is_empty() {
                "the Vulkan loader found no device".to_string()
            } else {
                reasons.join("; ")
            })
        }
    }
}

/// How a launch of the kernel ended on the device.
#[derive(Debug)]
pub enum DeviceOutcome {
    /// Every thread returned; the output buffer.
    Completed(Vec<u8>),
    /// A thread panicked (the status buffer names one).
    Panicked(KernelPanic),
}

/// Loads the lowered kernel of `artifact` on `backend`.
pub fn load(backend: &mut dyn Backend, artifact: ShaderArtifact, manifest: &Manifest) -> Result<(), BackendError> {
    backend.load(&Artifact::Shader(Arc::new(artifact)), manifest)
}

fn u32_buffer(name: &str, bytes: usize, output: bool) -> PlanBuffer {
    PlanBuffer {
        name: name.into(),
        elem: Elem {
            name: "u32".into(),
            size: 4,
            align: 4,
            fields: vec![(String::new(), 0, "u32".into())],
        },
        len: bytes / 4,
        output,
    }
}

/// Launches the loaded kernel once over every thread with `inputs`.
pub fn launch(backend: &mut dyn Backend, harness: &Harness, inputs: &[u8]) -> Result<DeviceOutcome, BackendError> {
    let output_bytes = harness.output_stride as usize * THREADS as usize;
    let plan = CasePlan {
        buffers: vec![
            u32_buffer("inputs", inputs.len(), false),
            u32_buffer("outputs", output_bytes, true),
        ],
        launches: vec![Launch {
            kernel: KERNEL.into(),
            kernel_index: 0,
            groups: [GROUPS, 1, 1],
            args: vec![Arg::Buffer(0), Arg::Buffer(1), Arg::U32(THREADS)],
        }],
        bytes: 0,
        flops: 0,
        tolerance: Tolerance { abs: 0.0, rel: 0.0 },
        has_native: false,
    };
    let buffers = [
        HostBuffer::from_bytes(inputs),
        HostBuffer::from_bytes(&vec![0u8; output_bytes]),
    ];
    match backend.run(&plan, &buffers, &RunOptions::default()) {
        Ok(run) => {
            let out = run
                .buffers
                .get(1)
                .map(|b| b.bytes().to_vec())
                .ok_or_else(|| BackendError::Driver("the run returned no output buffer".into()))?;
            Ok(DeviceOutcome::Completed(out))
        }
        Err(BackendError::Panic(p)) => Ok(DeviceOutcome::Panicked(p)),
        Err(e) => Err(e),
    }
}
