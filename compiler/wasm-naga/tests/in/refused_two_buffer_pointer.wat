;; Bad input: one pointer that may point into either of two buffers (a
;; `select` between them) has no binding to read through, and is refused.
;; kernel k(a: &[u32], b: &[u32], out: &mut [u32])
(module
  (import "everygpu" "local_id" (func $local_id (param i32) (result i32)))
  (import "everygpu" "buffer_ptr" (func $buffer_ptr (param i32) (result i32)))
  (memory 17)
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (func $k (export "k")
    (local $i i32)
    (local.set $i (call $local_id (i32.const 0)))
    (i32.store
      (i32.add (call $buffer_ptr (i32.const 2)) (i32.shl (local.get $i) (i32.const 2)))
      (i32.load (select (call $buffer_ptr (i32.const 0)) (call $buffer_ptr (i32.const 1))
        (i32.and (local.get $i) (i32.const 1)))))))
