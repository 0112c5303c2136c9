;; A bounds check that panics: the call to `panic` with its location
;; records the first panic in the status buffer and ends the invocation.
;; kernel k(x: &[u32], out: &mut [u32], n: u32)
(module
  (import "everygpu" "local_id" (func $local_id (param i32) (result i32)))
  (import "everygpu" "buffer_ptr" (func $buffer_ptr (param i32) (result i32)))
  (import "everygpu" "buffer_len" (func $buffer_len (param i32) (result i32)))
  (import "everygpu" "param_u32" (func $param_u32 (param i32) (result i32)))
  (import "everygpu" "panic" (func $panic (param i32 i32 i32 i32)))
  (memory 17)
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (data (i32.const 1024) "src/lib.rs")
  (func (export "k")
    (local $i i32) (local $j i32)
    (local.set $i (call $local_id (i32.const 0)))
    (local.set $j (i32.add (local.get $i) (call $param_u32 (i32.const 2))))
    (if (i32.ge_u (local.get $j) (call $buffer_len (i32.const 0)))
      (then
        (call $panic (i32.const 1024) (i32.const 10) (i32.const 13) (i32.const 18))
        (unreachable)))
    (i32.store
      (i32.add (call $buffer_ptr (i32.const 1)) (i32.shl (local.get $i) (i32.const 2)))
      (i32.load (i32.add (call $buffer_ptr (i32.const 0)) (i32.shl (local.get $j) (i32.const 2)))))))
