//! Kernels using the Rust features ordinary kernels use (byte buffers, local
//! arrays, u64 hashing, match tables, iterators and `Option`, f64, struct
//! buffers; `tests/kernels`), compiled by real rustc, lowered, run in the test
//! interpreter and compared with the same Rust on the host. Also lowers the
//! misbehaving kernels of `tests/fault-kernels` and checks the refusals.

mod common;

use common::interp::{self, Buffers};
use everygpu_backend::ShaderArtifact;
use everygpu_wasm_naga::lower;
use std::sync::OnceLock;

fn artifact() -> &'static ShaderArtifact {
    static A: OnceLock<ShaderArtifact> = OnceLock::new();
    A.get_or_init(|| {
        let dir = common::workspace_path("compiler/wasm-naga/tests/kernels");
        let (wasm, manifest) = common::build_kernel_crate(&dir, "wasm_naga_test_kernels");
        lower(&wasm, &manifest)
    })
}

/// Runs kernel `name` with `params` (two words each) and `buffers` from binding 2 on.
fn run(name: &str, groups: u32, params: Vec<u64>, buffers: Vec<Vec<u64>>) -> Buffers {
    let a = artifact();
    let k = a
        .kernel(name)
        .unwrap_or_else(|| panic!("{name} did not lower: {:?}", a.errors));
    let mut b = Buffers::new();
    b.insert(0, vec![0; everygpu_backend::STATUS_WORDS]);
    b.insert(1, common::param_words(params, k));
    for (i, data) in buffers.into_iter().enumerate() {
        b.insert(2 + i as u32, data);
    }
    interp::run(&k.module, [groups, 1, 1], &mut b).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_eq!(b[&0][0], 0, "{name} panicked: {:?}", &b[&0][..10]);
    b
}

fn words(bytes: &[u8]) -> Vec<u64> {
    bytes
        .chunks(4)
        .map(|c| {
            let mut w = [0u8; 4];
            w[..c.len()].copy_from_slice(c);
            u32::from_le_bytes(w) as u64
        })
        .collect()
}

#[test]
fn every_feature_kernel_lowers() {
    let a = artifact();
    assert!(a.errors.is_empty(), "{:#?}", a.errors);
    assert_eq!(a.kernels.len(), 10);
    let k = a.kernel("local_sort").expect("lowered");
    let wgsl =
        naga::back::wgsl::write_string(&k.module, &k.info, naga::back::wgsl::WriterFlags::empty()).expect("WGSL");
    assert!(
        wgsl.contains("var<private> stack"),
        "the local array lives in private stack memory"
    );
}

#[test]
fn byte_buffers() {
    let input: Vec<u8> = (0..70u32).map(|i| (i * 29 + 3) as u8).collect();
    let out = run("bytes_read", 2, vec![70, 0, 64, 0], vec![words(&input), vec![0; 64]]);
    for i in 0..64 {
        let w = u32::from_le_bytes(input[i..i + 4].try_into().unwrap());
        let want = w ^ input[i..i + 4].iter().map(|&b| b as u32).sum::<u32>();
        assert_eq!(out[&3][i] as u32, want, "bytes_read[{i}]");
    }
    let out = run("bytes_write", 2, vec![126, 0], vec![vec![0; 32]]);
    let bytes: Vec<u8> = out[&2].iter().flat_map(|&w| (w as u32).to_le_bytes()).collect();
    let want: Vec<u8> = (0..128)
        .map(|i: usize| if i < 126 { (i as u8).wrapping_mul(7) ^ 0x5a } else { 0 })
        .collect();
    assert_eq!(bytes, want);
}

#[test]
fn local_arrays_on_the_stack() {
    let out = run("local_sort", 1, vec![0xdead_beef, 0, 64, 0], vec![vec![0; 64]]);
    for i in 0..64usize {
        let mut a = [0u32; 16];
        let mut x = 0xdead_beef ^ i as u32;
        for v in a.iter_mut() {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            *v = x >> 16;
        }
        a.sort();
        assert_eq!(out[&2][i] as u32, a[i % 16] ^ a[(i * 7 + 3) % 16], "local_sort[{i}]");
    }
}

#[test]
fn u64_hashing() {
    let input: Vec<u64> = (0..64u64).map(|i| i.wrapping_mul(0x1234_5678_9abc_def1)).collect();
    let out = run("hash64", 1, vec![64, 0, 64, 0], vec![input.clone(), vec![0; 64]]);
    for (i, &v) in input.iter().enumerate() {
        let mut z = v.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        let want = (z ^ (z >> 31)).rotate_left(i as u32 % 64) ^ (z.leading_zeros() as u64);
        assert_eq!(out[&3][i], want, "hash64[{i}]");
    }
}

#[test]
fn match_tables() {
    let input: Vec<u32> = (0..64u32).map(|i| i * 13 + 5).collect();
    let out = run(
        "match_table",
        1,
        vec![64, 0, 64, 0],
        vec![input.iter().map(|&v| v as u64).collect(), vec![0; 64]],
    );
    for (i, &v) in input.iter().enumerate() {
        let want = match v % 11 {
            0 => 17,
            1 => -3,
            2 => 1000,
            3 => 42,
            4 => -77,
            5 => 5,
            6 => 123_456,
            7 => -1,
            8 => 8,
            9 => 99,
            _ => v as i32 / -3,
        };
        assert_eq!(out[&3][i] as u32 as i32, want, "match_table[{i}]");
    }
}

#[test]
fn iterators_and_options() {
    let input: Vec<i32> = (0..64i32).map(|i| (i * 37) % 23 - 9).collect();
    let out = run(
        "iter_option",
        1,
        vec![64, 0, 64, 0],
        vec![input.iter().map(|&v| v as u32 as u64).collect(), vec![0; 64]],
    );
    for i in 0..64usize {
        let window = &input[i..(i + 8).min(input.len())];
        let evens: i32 = window.iter().filter(|&&v| v % 2 == 0).map(|v| v * 3).sum();
        let first_neg = window.iter().position(|&v| v < 0).map_or(-1, |p| p as i32);
        let max = window.iter().copied().max().unwrap_or(i32::MIN);
        let want = evens
            .wrapping_add(first_neg * 1000)
            .wrapping_add(max.checked_div(7).unwrap_or(0));
        assert_eq!(out[&3][i] as u32 as i32, want, "iter_option[{i}]");
    }
}

#[test]
fn f64_arithmetic_and_conversions() {
    let x: Vec<f64> = (0..64).map(|i| (i as f64 - 20.5) * 1.37e3).collect();
    let out = run(
        "f64_math",
        1,
        vec![64, 0, 64, 0, 64, 0],
        vec![x.iter().map(|v| v.to_bits()).collect(), vec![0; 64], vec![0; 64]],
    );
    for (i, &v) in x.iter().enumerate() {
        let want = v.abs().sqrt() + (v * 0.5).floor() - v / 3.0;
        assert_eq!(f64::from_bits(out[&3][i]), want, "f64_math[{i}]");
        assert_eq!(out[&4][i] as i64, (v * 1e12) as i64, "ints[{i}] saturates like Rust");
    }
    let k = artifact().kernel("f64_math").expect("lowered");
    assert!(k.uses_f64);
}

#[test]
fn struct_buffers_and_atomics() {
    let ps: Vec<[u32; 4]> = (0..50u32)
        .map(|i| {
            let x = i as f32 / 49.0;
            let v = if i % 3 == 0 { 0.5f32 } else { -0.25 };
            [x.to_bits(), v.to_bits(), i % 4, i]
        })
        .collect();
    let dt = 0.1f32;
    let out = run(
        "particles",
        1,
        vec![dt.to_bits() as u64, 0, 50, 0, 1, 0],
        vec![ps.iter().flatten().map(|&w| w as u64).collect(), vec![0]],
    );
    let mut bounces = 0;
    for (i, p) in ps.iter().enumerate() {
        let (mut x, mut v, mut hits) = (f32::from_bits(p[0]), f32::from_bits(p[1]), p[2]);
        x += v * dt;
        if !(0.0..=1.0).contains(&x) {
            v = -v;
            hits += 1;
            bounces += 1;
        }
        let got = &out[&2][4 * i..4 * i + 4];
        assert_eq!(f32::from_bits(got[0] as u32), x, "x[{i}]");
        assert_eq!(f32::from_bits(got[1] as u32), v, "v[{i}]");
        assert_eq!(got[2] as u32, hits, "hits[{i}]");
        assert_eq!(got[3] as u32, p[3], "id[{i}]");
    }
    assert_eq!(out[&3][0] as u32, bounces);
}

#[test]
fn workgroup_arrays_only_where_the_kernel_reaches_them() {
    let out = run(
        "workgroup_reverse",
        2,
        vec![128, 0, 128, 0],
        vec![(0..128).collect(), vec![0; 128]],
    );
    let want: Vec<u64> = (0..128).map(|i| (i / 64) * 64 + 63 - i % 64).collect();
    assert_eq!(out[&3], want);
    // `tile` has its variable; `scratch`, which the wasm build never
    // touches, costs no workgroup memory.
    let k = artifact().kernel("workgroup_reverse").expect("lowered");
    assert_eq!(k.workgroup_bytes(), 64 * 4);
}

#[test]
fn trait_objects_and_function_pointers() {
    let sizes: Vec<f32> = (0..64).map(|i| i as f32 * 0.25).collect();
    let out = run(
        "dyn_calls",
        1,
        vec![64, 0, 64, 0],
        vec![sizes.iter().map(|v| v.to_bits() as u64).collect(), vec![0; 64]],
    );
    for (i, &s) in sizes.iter().enumerate() {
        let area = if i % 3 == 0 { s * s } else { 3.0 * s * s };
        let want = if i % 2 == 0 { 2.0 * area } else { -area };
        assert_eq!(f32::from_bits(out[&3][i] as u32), want, "out[{i}]");
    }
}

#[test]
fn fault_kernels_lower_or_are_refused_by_name() {
    let dir = common::workspace_path("tests/fault-kernels");
    let (wasm, manifest) = common::build_kernel_crate(&dir, "fault_kernels");
    let a = lower(&wasm, &manifest);
    for (name, e) in &a.errors {
        eprintln!("{name}: {e}");
        assert!(
            !e.contains("does not validate") && !e.contains("internal error") && !e.contains("SPIR-V"),
            "{name}: {e}"
        );
    }
    if manifest.kernel("recursion").is_some() {
        // It lowers; the recursive call is a panic site naming the function.
        let k = a.kernel("recursion").expect("recursion lowers");
        assert!(
            k.panic_messages
                .iter()
                .any(|m| m.contains("`fault_kernels::depth` recursed") && m.contains("not supported on this route")),
            "{:?}",
            k.panic_messages
        );
    }
    if manifest.kernel("explicit_panic").is_some() {
        let k = a.kernel("explicit_panic").expect("explicit_panic lowers");
        assert!(
            k.panic_messages.iter().any(|m| m == "thread 37 gives up"),
            "{:?}",
            k.panic_messages
        );
    }
}
