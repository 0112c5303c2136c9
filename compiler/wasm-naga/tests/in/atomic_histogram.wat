;; Atomics on a buffer: a histogram's `fetch_add` and a `fetch_max`.
;; kernel k(values: &[u32], bins: &mut [u32])
(module
  (import "everygpu" "local_id" (func $local_id (param i32) (result i32)))
  (import "everygpu" "buffer_ptr" (func $buffer_ptr (param i32) (result i32)))
  (import "everygpu" "atomic_add_u32" (func $atomic_add_u32 (param i32 i32) (result i32)))
  (import "everygpu" "atomic_max_u32" (func $atomic_max_u32 (param i32 i32) (result i32)))
  (memory 17)
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (func (export "k")
    (local $v i32) (local $bins i32)
    (local.set $v (i32.load (i32.add (call $buffer_ptr (i32.const 0))
      (i32.shl (call $local_id (i32.const 0)) (i32.const 2)))))
    (local.set $bins (call $buffer_ptr (i32.const 1)))
    (drop (call $atomic_add_u32
      (i32.add (local.get $bins) (i32.shl (i32.and (local.get $v) (i32.const 15)) (i32.const 2)))
      (i32.const 1)))
    (drop (call $atomic_max_u32 (i32.add (local.get $bins) (i32.const 64)) (local.get $v)))))
