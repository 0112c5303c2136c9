;; Bad input: a store into a buffer the kernel declared read-only (`&[u32]`)
;; is refused, with the kernel, the buffer and the place.
;; kernel k(x: &[u32], out: &mut [u32])
(module
  (import "everygpu" "local_id" (func $local_id (param i32) (result i32)))
  (import "everygpu" "buffer_ptr" (func $buffer_ptr (param i32) (result i32)))
  (memory 17)
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (func $k (export "k")
    (i32.store
      (i32.add (call $buffer_ptr (i32.const 0)) (i32.shl (call $local_id (i32.const 0)) (i32.const 2)))
      (i32.const 1))))
