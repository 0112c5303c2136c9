;; Float-to-integer conversions: saturating (`as` in Rust) to i32 and u32,
;; NaN to zero, out-of-range values to the limits.
;; kernel k(x: &[f32], out: &mut [u32])
(module
  (import "everygpu" "local_id" (func $local_id (param i32) (result i32)))
  (import "everygpu" "buffer_ptr" (func $buffer_ptr (param i32) (result i32)))
  (memory 17)
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (func (export "k")
    (local $i i32) (local $x f32) (local $o i32)
    (local.set $i (call $local_id (i32.const 0)))
    (local.set $x (f32.load (i32.add (call $buffer_ptr (i32.const 0)) (i32.shl (local.get $i) (i32.const 2)))))
    (local.set $o (i32.add (call $buffer_ptr (i32.const 1)) (i32.shl (local.get $i) (i32.const 3))))
    (i32.store (local.get $o) (i32.trunc_sat_f32_s (local.get $x)))
    (i32.store offset=4 (local.get $o) (i32.trunc_sat_f32_u (local.get $x)))))
