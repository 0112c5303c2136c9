//! Lowering snapshots of small hand-written modules, in naga's shape: each
//! `tests/in/NAME.wat` is lowered, and its WGSL and SPIR-V (validated by
//! `spirv-val`, disassembled by `spirv-dis` where the machine has them) are
//! compared with `tests/out/NAME.wgsl` and `tests/out/NAME.spvasm`; a module
//! the route refuses is compared with `tests/out/NAME.error`, the message a
//! user reads. Refresh with `UPDATE_SNAPSHOTS=1`.
//!
//! Each input starts with comment lines that say what it shows and declare
//! its one kernel as `#[kernel]` would describe it:
//!
//! ```text
//! ;; kernel k(out: &mut [u32], x: &[f32], n: u32, tile: Shared<f32, 256>)
//! ;; workgroup_size 64
//! ```

mod common;

use common::snapshot::{self, SpirvTools};
use common::{buffer, elem};
use everygpu_backend::{Manifest, ManifestKernel, Param};
use everygpu_wasm_naga::lower;
use std::path::{Path, PathBuf};

fn dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join(name)
}

/// Size in bytes of a scalar element type.
fn scalar_size(scalar: &str) -> usize {
    match scalar {
        "u8" | "i8" => 1,
        "u16" | "i16" | "f16" => 2,
        "u32" | "i32" | "f32" => 4,
        "u64" | "i64" | "f64" => 8,
        _ => panic!("unknown scalar type `{scalar}`"),
    }
}

/// One parameter, as written in a `;; kernel` line.
fn param(text: &str) -> Param {
    let (name, ty) = text
        .split_once(':')
        .unwrap_or_else(|| panic!("parameter `{text}` has no type"));
    let (name, ty) = (name.trim(), ty.trim());
    if let Some(inner) = ty.strip_prefix("&mut [").and_then(|t| t.strip_suffix(']')) {
        buffer(name, inner, scalar_size(inner), true)
    } else if let Some(inner) = ty.strip_prefix("&[").and_then(|t| t.strip_suffix(']')) {
        buffer(name, inner, scalar_size(inner), false)
    } else if let Some(inner) = ty.strip_prefix("Shared<").and_then(|t| t.strip_suffix('>')) {
        let (scalar, len) = inner.split_once(',').expect("Shared<T, N>");
        let scalar = scalar.trim();
        Param::Shared {
            name: name.into(),
            elem: elem(scalar, scalar_size(scalar)),
            len: len.trim().parse().expect("Shared length"),
        }
    } else {
        scalar_size(ty);
        Param::Scalar {
            name: name.into(),
            scalar: ty.into(),
        }
    }
}

/// The manifest that the header comments of `wat` declare.
fn manifest(wat: &str, file: &str) -> Manifest {
    let header = |key: &str| {
        wat.lines()
            .filter_map(|l| l.trim().strip_prefix(";;"))
            .find_map(|l| l.trim().strip_prefix(key).map(str::trim))
    };
    let signature = header("kernel ").unwrap_or_else(|| panic!("{file}: no `;; kernel` line"));
    let (name, rest) = signature.split_once('(').expect("kernel NAME(...)");
    let list = rest.strip_suffix(')').expect("kernel NAME(...)");
    // Split at top-level commas (`Shared<T, N>` has one inside).
    let (mut params, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in list.char_indices() {
        match c {
            '<' => depth += 1,
            '>' => depth -= 1,
            ',' if depth == 0 => {
                params.push(param(&list[start..i]));
                start = i + 1;
            }
            _ => {}
        }
    }
    if !list[start..].trim().is_empty() {
        params.push(param(&list[start..]));
    }
    let size = header("workgroup_size").map_or(64, |s| s.parse().expect("workgroup_size N"));
    Manifest {
        abi_version: 1,
        kernels: vec![ManifestKernel {
            name: name.trim().into(),
            params,
            workgroup_size: [size, 1, 1],
            file: "src/lib.rs".into(),
            line: 1,
        }],
        cases: vec![],
    }
}

#[test]
fn hand_written_modules_lower_to_their_snapshots() {
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(dir("in"))
        .expect("tests/in")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "wat"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 10, "the inputs are missing");
    let (out, spirv) = (dir("out"), SpirvTools::find("lowering"));
    let mut failures = Vec::new();
    for path in &inputs {
        let name = path.file_stem().and_then(|s| s.to_str()).expect("file name");
        let wat = std::fs::read_to_string(path).expect("read input");
        let wasm = wat::parse_str(&wat).unwrap_or_else(|e| panic!("{name}.wat: {e}"));
        let artifact = lower(&wasm, &manifest(&wat, name));
        if !artifact.errors.is_empty() || !artifact.unsupported.is_empty() {
            let mut text = String::new();
            for (kernel, message) in artifact.errors.iter().chain(&artifact.unsupported) {
                text.push_str(&format!("{kernel}: {message}\n"));
            }
            snapshot::check(&out, &format!("{name}.error"), &text, &mut failures);
            continue;
        }
        let k = &artifact.kernels[0];
        let wgsl = naga::back::wgsl::write_string(&k.module, &k.info, naga::back::wgsl::WriterFlags::empty())
            .unwrap_or_else(|e| panic!("{name}: WGSL: {e}"));
        snapshot::check(&out, &format!("{name}.wgsl"), &wgsl, &mut failures);
        spirv.check(k, &out, name, &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The SPIR-V a device gets rewritten (loop checks, native workgroup
/// zeroing) keeps what the route's own declared: SPIR-V 1.3 for subgroup
/// operations, the float controls, and it still validates.
#[test]
fn spirv_rewritten_for_a_device_keeps_the_routes_version_and_float_controls() {
    use everygpu_backend::shader::{spirv_for_device, DeviceSpirv};
    use everygpu_backend::spirv_words::preserved_widths;
    let spirv = SpirvTools::find("device");
    let mut failures = Vec::new();
    for name in ["subgroup_ops", "shared_x4", "control_flow"] {
        let wat = std::fs::read_to_string(dir("in").join(format!("{name}.wat"))).expect("read input");
        let wasm = wat::parse_str(&wat).expect("valid WAT");
        let artifact = lower(&wasm, &manifest(&wat, name));
        let k = &artifact.kernels[0];
        let device = DeviceSpirv {
            native_workgroup_zeroing: true,
            loop_checks: true,
        };
        let words = spirv_for_device(k, device)
            .expect("rewrites")
            .unwrap_or_else(|| panic!("{name}: nothing to rewrite (a loop or workgroup memory is)"));
        assert_eq!(words[1], k.spirv[1], "{name}: the SPIR-V version");
        if k.subgroup_ops != 0 {
            assert_eq!(words[1], 0x0001_0300, "{name}: subgroup operations need SPIR-V 1.3");
        }
        assert_eq!(
            preserved_widths(&words).expect("modes"),
            preserved_widths(&k.spirv).expect("modes"),
            "{name}: the float controls"
        );
        let mut rewritten = k.clone();
        rewritten.spirv = words;
        spirv.validate(&rewritten, &format!("{name}.device"), &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
