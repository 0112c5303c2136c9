;; A lookup table in the data segment, indexed by a run-time value: the
;; table becomes a constant array instead of a copy per invocation.
;; kernel k(out: &mut [u32])
(module
  (import "everygpu" "local_id" (func $local_id (param i32) (result i32)))
  (import "everygpu" "buffer_ptr" (func $buffer_ptr (param i32) (result i32)))
  (memory 17)
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (data (i32.const 2048) "\01\00\00\00\02\00\00\00\03\00\00\00\05\00\00\00\08\00\00\00\0d\00\00\00\15\00\00\00\22\00\00\00")
  (func (export "k")
    (local $i i32)
    (local.set $i (call $local_id (i32.const 0)))
    (i32.store
      (i32.add (call $buffer_ptr (i32.const 0)) (i32.shl (local.get $i) (i32.const 2)))
      (i32.load offset=2048 (i32.shl (i32.and (local.get $i) (i32.const 7)) (i32.const 2))))))
