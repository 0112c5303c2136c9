//! Four words at once: workgroup memory (`Shared::get4`/`set4`) as arrays
//! of `vec4`s, and buffers (`Get4::get4`) read through `vec4` views.

mod common;

use common::{buffer, elem, error_of, one_kernel, wgsl};
use everygpu_backend::{Param, ShaderArtifact};
use everygpu_wasm_naga::lower;

/// A kernel with buffers `a` (f32) and `out` (u32) and a workgroup array `t`
/// of 256 `f32`s: `body` runs with `$t`, `$l`, `$a` and `$o`, the addresses
/// of `t`, the thread, `a` and `out`.
fn x4_kernel(body: &str) -> ShaderArtifact {
    let wat = format!(
        r#"(module
          (import "everygpu" "local_id" (func $local_id (param i32) (result i32)))
          (import "everygpu" "shared_ptr" (func $shared_ptr (param i32) (result i32)))
          (import "everygpu" "buffer_ptr" (func $buffer_ptr (param i32) (result i32)))
          (import "everygpu" "shared_load_x4" (func $load_x4 (param i32 i32) (result i32)))
          (import "everygpu" "shared_store_x4" (func $store_x4 (param i32 i32 i32 i32 i32)))
          (import "everygpu" "buffer_load_x4" (func $buffer_x4 (param i32 i32) (result i32)))
          (import "everygpu" "barrier" (func $barrier))
          (memory 17)
          (global $__stack_pointer (mut i32) (i32.const 1048576))
          (func (export "k") (local $t i32) (local $l i32) (local $a i32) (local $o i32)
            (local.set $t (call $shared_ptr (i32.const 1)))
            (local.set $l (call $local_id (i32.const 0)))
            (local.set $a (call $buffer_ptr (i32.const 0)))
            (local.set $o (call $buffer_ptr (i32.const 2)))
            {body}))"#
    );
    let wasm = wat::parse_str(wat).expect("valid WAT");
    let manifest = one_kernel(vec![
        buffer("a", "f32", 4, false),
        Param::Shared {
            name: "t".into(),
            elem: elem("f32", 4),
            len: 256,
        },
        buffer("out", "u32", 4, true),
    ]);
    lower(&wasm, &manifest)
}

/// `t[4l .. 4l + 4] = a[4l .. 4l + 4]` with one store of four words, a
/// barrier, then `out[l] = t[4l + 1]` read by a `get4` lane and `t[l]` by a
/// plain load.
const COPY_THROUGH_VEC4: &str = r#"
    (call $store_x4
      (i32.add (local.get $t) (i32.shl (local.get $l) (i32.const 4)))
      (i32.load (i32.add (local.get $a) (i32.shl (local.get $l) (i32.const 4))))
      (i32.load offset=4 (i32.add (local.get $a) (i32.shl (local.get $l) (i32.const 4))))
      (i32.load offset=8 (i32.add (local.get $a) (i32.shl (local.get $l) (i32.const 4))))
      (i32.load offset=12 (i32.add (local.get $a) (i32.shl (local.get $l) (i32.const 4)))))
    (call $barrier)
    (i32.store (i32.add (local.get $o) (i32.shl (local.get $l) (i32.const 2)))
      (i32.add
        (call $load_x4 (i32.add (local.get $t) (i32.shl (local.get $l) (i32.const 4))) (i32.const 1))
        (i32.load (i32.add (local.get $t) (i32.shl (local.get $l) (i32.const 2))))))"#;

#[test]
fn arrays_read_four_at_a_time_are_arrays_of_vec4() {
    let artifact = x4_kernel(COPY_THROUGH_VEC4);
    assert!(artifact.errors.is_empty(), "{:?}", artifact.errors);
    let text = wgsl(&artifact);
    for expected in [
        // 256 f32s: 64 vec4s.
        "var<workgroup> t: array<vec4<f32>, 64>;",
        // One store of a whole vec4 (indices in bounds, as the lowering
        // proves from the workgroup size: not clamped).
        "] = vec4<f32>(bitcast<f32>(",
        // One vec4 loaded whole, and its lane 1.
        "= t[_e",
        ".y)",
        // A plain element read: component `i % 4` of vec4 `i / 4`.
        "= t[_e",
        "][_e",
    ] {
        assert!(text.contains(expected), "missing `{expected}` in\n{text}");
    }
}

#[test]
fn the_lane_of_a_four_word_read_is_a_constant() {
    let artifact = x4_kernel("(i32.store (local.get $o) (call $load_x4 (local.get $t) (local.get $l)))");
    let e = error_of(&artifact);
    assert!(e.contains("shared_load_x4") && e.contains("constant lane"), "{e}");
}

#[test]
fn four_word_access_outside_workgroup_arrays_is_refused() {
    let artifact = x4_kernel("(i32.store (local.get $o) (call $load_x4 (local.get $a) (i32.const 0)))");
    let e = error_of(&artifact);
    assert!(e.contains("get4") && e.contains("workgroup array"), "{e}");
}

#[test]
fn arrays_read_one_element_at_a_time_stay_arrays_of_scalars() {
    let artifact = x4_kernel(
        "(i32.store (local.get $t) (i32.const 7))
         (call $barrier)
         (i32.store (local.get $o) (i32.load (local.get $t)))",
    );
    assert!(artifact.errors.is_empty(), "{:?}", artifact.errors);
    let text = wgsl(&artifact);
    assert!(text.contains("var<workgroup> t: array<f32, 256>;"), "{text}");
}

#[test]
fn buffers_read_four_at_a_time_through_a_vec4_view() {
    // out[l] = a[4l + 2], through lane 2 of the 16 bytes at a + 16l.
    let artifact = x4_kernel(
        "(i32.store (i32.add (local.get $o) (i32.shl (local.get $l) (i32.const 2)))
           (call $buffer_x4 (i32.add (local.get $a) (i32.shl (local.get $l) (i32.const 4))) (i32.const 2)))",
    );
    assert!(artifact.errors.is_empty(), "{:?}", artifact.errors);
    let text = wgsl(&artifact);
    for expected in [
        // A second, read-only binding of `a` as vec4s, read whole at the
        // address over 16, clamped to its length; then lane 2.
        "var<storage> a_x4_: array<vec4<f32>>;",
        ">> 4u), (arrayLength((&a_x4_)) - 1u))]",
        ".z)",
    ] {
        assert!(text.contains(expected), "missing `{expected}` in\n{text}");
    }
    // The view is bound to the same buffer, after the parameters.
    let views: Vec<_> = artifact.kernels[0].bindings.iter().filter(|b| b.param == 0).collect();
    assert_eq!(views.len(), 2, "{:?}", artifact.kernels[0].bindings);
    assert!(views.iter().all(|b| !b.writable));
}

#[test]
fn four_words_outside_buffers_are_single_loads() {
    // The same import on a workgroup array of scalars: a plain element
    // read at the address plus 4 × lane, no view.
    let artifact = x4_kernel(
        "(i32.store (local.get $t) (i32.const 7))
         (call $barrier)
         (i32.store (local.get $o) (call $buffer_x4 (local.get $t) (i32.const 3)))",
    );
    assert!(artifact.errors.is_empty(), "{:?}", artifact.errors);
    let text = wgsl(&artifact);
    assert!(text.contains("var<workgroup> t: array<f32, 256>;"), "{text}");
    assert!(!text.contains("_x4"), "{text}");
    // Element (address - 0x1000 + 4 × 3) / 4 of `t`.
    assert!(text.contains("+ 4294963212u) >> 2u);"), "{text}");
}
