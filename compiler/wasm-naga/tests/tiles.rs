//! Matrix tiles on the shader route: workgroup arrays that tiles load from.

mod common;

use common::{buffer, elem, error_of, one_kernel, wgsl};
use everygpu_backend::{Param, ShaderArtifact};
use everygpu_wasm_naga::lower;

/// A kernel whose tiles load from a workgroup array `t` that it fills with
/// `fill` (instructions on `$t`, `$l` and `$a`, the addresses of `t`, the
/// thread and `a`).
fn tile_kernel(fill: &str) -> ShaderArtifact {
    let wat = format!(
        r#"(module
          (import "everygpu" "local_id" (func $local_id (param i32) (result i32)))
          (import "everygpu" "shared_ptr" (func $shared_ptr (param i32) (result i32)))
          (import "everygpu" "buffer_ptr" (func $buffer_ptr (param i32) (result i32)))
          (import "everygpu" "mat_load_a_f16" (func $load_a (param i32 i32) (result i64)))
          (import "everygpu" "mat_load_b_f16" (func $load_b (param i32 i32) (result i64)))
          (import "everygpu" "mat_zero" (func $zero (result i64)))
          (import "everygpu" "mat_mma" (func $mma (param i64 i64 i64) (result i64)))
          (import "everygpu" "mat_store" (func $store (param i64 i32 i32)))
          (import "everygpu" "barrier" (func $barrier))
          (memory 17)
          (global $__stack_pointer (mut i32) (i32.const 1048576))
          (func (export "k") (local $t i32) (local $l i32) (local $a i32)
            (local.set $t (call $shared_ptr (i32.const 1)))
            (local.set $l (call $local_id (i32.const 0)))
            (local.set $a (call $buffer_ptr (i32.const 0)))
            {fill}
            (call $barrier)
            (call $store
              (call $mma (call $zero) (call $load_a (local.get $t) (i32.const 32))
                (call $load_b (local.get $t) (i32.const 32)))
              (call $buffer_ptr (i32.const 2)) (i32.const 64))))"#
    );
    let wasm = wat::parse_str(wat).expect("valid WAT");
    let manifest = one_kernel(vec![
        buffer("a", "f16", 2, false),
        Param::Shared {
            name: "t".into(),
            elem: elem("f16", 2),
            len: 256,
        },
        buffer("c", "f32", 4, true),
        buffer("out", "u32", 4, true),
    ]);
    lower(&wasm, &manifest)
}

#[test]
fn workgroup_arrays_that_tiles_load_from_are_typed_f16() {
    // 8-byte copies at 2-byte alignment (as rustc moves `f16`s) and a
    // 16-bit read back: whole elements, converted through f32 (a word's two
    // elements as one pair).
    let artifact = tile_kernel(
        "(i64.store align=2 (i32.add (local.get $t) (i32.shl (local.get $l) (i32.const 3)))
           (i64.load (i32.add (local.get $a) (i32.shl (local.get $l) (i32.const 3)))))
         (i32.store (call $buffer_ptr (i32.const 3)) (i32.load16_u offset=2 (local.get $t)))",
    );
    assert!(artifact.errors.is_empty(), "{:?}", artifact.errors);
    let text = wgsl(&artifact);
    for expected in [
        // Not an atomic array, as word arrays written by halves are.
        "var<workgroup> t: array<f16, 256>;",
        "coopLoadT<coop_mat16x16<f16,A>>((&t[",
        "coopLoadT<coop_mat16x16<f16,B>>((&t[",
        // Indices the lowering proves inside the array: not clamped.
        "t[_e",
        // Each word's two halves converted as one pair.
        "= vec2<f16>(unpack2x16float(",
        "= t[_e",
        "pack2x16float(vec2<f32>(f32(_e",
    ] {
        assert!(text.contains(expected), "`{expected}` missing:\n{text}");
    }

    // A single byte cannot be written without touching its neighbour.
    let e = error_of(&tile_kernel(
        "(i32.store8 (i32.add (local.get $t) (local.get $l)) (local.get $l))",
    ));
    assert!(
        e.contains("stores single bytes into a workgroup array that matrix tiles load from"),
        "{e}"
    );
}
