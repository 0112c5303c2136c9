;; Byte stores into a `&mut [u8]`: other invocations own the other bytes of
;; the word, so each store is an atomic and/or of its byte.
;; kernel k(out: &mut [u8])
(module
  (import "everygpu" "local_id" (func $local_id (param i32) (result i32)))
  (import "everygpu" "buffer_ptr" (func $buffer_ptr (param i32) (result i32)))
  (memory 17)
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (func (export "k")
    (local $i i32)
    (local.set $i (call $local_id (i32.const 0)))
    (i32.store8
      (i32.add (call $buffer_ptr (i32.const 0)) (local.get $i))
      (i32.mul (local.get $i) (i32.const 3)))))
