;; 64-bit integer arithmetic in a kernel with no f64: the values live as
;; pairs of 32-bit words (no Int64 capability), with carries, a 64-bit
;; product, a rotate and an unsigned comparison.
;; kernel k(out: &mut [u32])
(module
  (import "everygpu" "local_id" (func $local_id (param i32) (result i32)))
  (import "everygpu" "buffer_ptr" (func $buffer_ptr (param i32) (result i32)))
  (memory 17)
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (func (export "k")
    (local $i i32) (local $x i64)
    (local.set $i (call $local_id (i32.const 0)))
    (local.set $x
      (i64.mul
        (i64.add (i64.extend_i32_u (local.get $i)) (i64.const 0xffffffff))
        (i64.const 0x9e3779b97f4a7c15)))
    (local.set $x (i64.rotl (local.get $x) (i64.const 17)))
    (local.set $x
      (select (i64.shr_u (local.get $x) (i64.const 7)) (local.get $x)
        (i64.gt_u (local.get $x) (i64.const 0x8000000000000000))))
    (i32.store
      (i32.add (call $buffer_ptr (i32.const 0)) (i32.shl (local.get $i) (i32.const 2)))
      (i32.wrap_i64 (i64.xor (local.get $x) (i64.shr_u (local.get $x) (i64.const 32)))))))
