//! Fuzz-style robustness: wasm-smith generates modules in the subset rustc
//! emits for kernels (plus calls of the `everygpu` intrinsics, tables and
//! `call_indirect`), and `lower` must never panic on them, whatever it accepts.

use arbitrary::Unstructured;
use everygpu_backend::{Elem, Manifest, ManifestKernel, Param};
use everygpu_wasm_naga::lower;

const MODULES: u64 = 300;

/// The `everygpu` imports, as wasm-smith's menu of importable functions.
const IMPORTS: &str = r#"(module
  (import "everygpu" "local_id" (func (param i32) (result i32)))
  (import "everygpu" "workgroup_id" (func (param i32) (result i32)))
  (import "everygpu" "workgroup_size" (func (param i32) (result i32)))
  (import "everygpu" "num_workgroups" (func (param i32) (result i32)))
  (import "everygpu" "barrier" (func))
  (import "everygpu" "shared_ptr" (func (param i32) (result i32)))
  (import "everygpu" "buffer_ptr" (func (param i32) (result i32)))
  (import "everygpu" "buffer_len" (func (param i32) (result i32)))
  (import "everygpu" "param_u32" (func (param i32) (result i32)))
  (import "everygpu" "param_f32" (func (param i32) (result f32)))
  (import "everygpu" "param_u64" (func (param i32) (result i64)))
  (import "everygpu" "param_f64" (func (param i32) (result f64)))
  (import "everygpu" "panic" (func (param i32 i32 i32 i32)))
  (import "everygpu" "atomic_add_u32" (func (param i32 i32) (result i32)))
  (import "everygpu" "atomic_min_i32" (func (param i32 i32) (result i32)))
  (import "everygpu" "atomic_cas_u32" (func (param i32 i32 i32) (result i32)))
  (import "everygpu" "exp_f32" (func (param f32) (result f32)))
  (import "everygpu" "pow_f64" (func (param f64 f64) (result f64)))
  (import "everygpu" "shared_load_x4" (func (param i32 i32) (result i32)))
  (import "everygpu" "shared_store_x4" (func (param i32 i32 i32 i32 i32)))
)"#;

fn elem(scalar: &str, size: usize) -> Elem {
    Elem {
        name: scalar.into(),
        size,
        align: size,
        fields: vec![(String::new(), 0, scalar.into())],
    }
}

fn params() -> Vec<Param> {
    vec![
        Param::Buffer {
            name: "a".into(),
            elem: elem("u32", 4),
            mutable: true,
        },
        Param::Buffer {
            name: "b".into(),
            elem: elem("f32", 4),
            mutable: false,
        },
        Param::Scalar {
            name: "s".into(),
            scalar: "u32".into(),
        },
        Param::Shared {
            name: "t".into(),
            elem: elem("u32", 4),
            len: 64,
        },
        Param::Buffer {
            name: "c".into(),
            elem: elem("u8", 1),
            mutable: true,
        },
    ]
}

fn config() -> wasm_smith::Config {
    wasm_smith::Config {
        available_imports: Some(wat::parse_str(IMPORTS).expect("imports parse")),
        simd_enabled: false,
        relaxed_simd_enabled: false,
        threads_enabled: false,
        shared_everything_threads_enabled: false,
        reference_types_enabled: false,
        gc_enabled: false,
        exceptions_enabled: false,
        tail_call_enabled: false,
        memory64_enabled: false,
        custom_page_sizes_enabled: false,
        wide_arithmetic_enabled: false,
        export_everything: true,
        min_funcs: 1,
        max_funcs: 8,
        max_instructions: 300,
        max_memories: 1,
        max_tables: 1,
        max_imports: 18,
        max_type_size: 100_000,
        ..wasm_smith::Config::default()
    }
}

/// A small deterministic generator of fuzz bytes (xorshift64*).
fn bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            (x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 56) as u8
        })
        .collect()
}

#[test]
fn lowering_never_panics_on_generated_modules() {
    let mut generated = 0;
    let mut lowered = 0;
    let mut refused = 0;
    for seed in 0..MODULES {
        // wasm-smith refuses some inputs with a menu of imports: try a few.
        let Some(module) = (0..16).find_map(|attempt| {
            let data = bytes(seed * 16 + attempt, 16384 + (seed as usize % 7) * 4096);
            wasm_smith::Module::new(config(), &mut Unstructured::new(&data)).ok()
        }) else {
            continue;
        };
        let wasm = module.to_bytes();
        generated += 1;
        // Every exported function is a kernel with the same parameters.
        let mut manifest = Manifest::default();
        let mut imported_funcs = 0;
        for payload in wasmparser::Parser::new(0).parse_all(&wasm) {
            if let Ok(wasmparser::Payload::ImportSection(reader)) = &payload {
                imported_funcs = reader
                    .clone()
                    .into_imports()
                    .flatten()
                    .filter(|i| matches!(i.ty, wasmparser::TypeRef::Func(_)))
                    .count() as u32;
            }
            if let Ok(wasmparser::Payload::ExportSection(reader)) = payload {
                for export in reader.into_iter().flatten() {
                    if export.kind == wasmparser::ExternalKind::Func && export.index >= imported_funcs {
                        manifest.kernels.push(ManifestKernel {
                            name: export.name.to_string(),
                            params: params(),
                            workgroup_size: [64, 1, 1],
                            file: "fuzz.rs".into(),
                            line: 1,
                        });
                    }
                }
            }
        }
        let result = std::panic::catch_unwind(|| lower(&wasm, &manifest));
        let artifact = result.unwrap_or_else(|_| {
            let path = std::env::temp_dir().join(format!("wasm-naga-fuzz-{seed}.wasm"));
            let _ = std::fs::write(&path, &wasm);
            panic!("lower panicked on seed {seed} (module written to {})", path.display())
        });
        lowered += artifact.kernels.len();
        refused += artifact.errors.len();
        for (name, e) in &artifact.errors {
            if std::env::var_os("FUZZ_VERBOSE").is_some() {
                eprintln!("{e}");
            }
            // A refusal is fine; a module the lowering itself got wrong is not.
            assert!(
                !e.contains("does not validate") && !e.contains("SPIR-V") && !e.contains("internal error"),
                "seed {seed}: {name}: {e}"
            );
        }
        for k in &artifact.kernels {
            assert!(!k.spirv.is_empty(), "seed {seed}: {} has no SPIR-V", k.name);
        }
    }
    eprintln!("{generated} modules, {lowered} kernels lowered, {refused} refused");
    assert!(
        generated >= MODULES / 2,
        "wasm-smith generated only {generated} modules"
    );
    assert!(
        lowered > 0,
        "no generated kernel lowered: the fuzz configuration is too far from kernels"
    );
}
