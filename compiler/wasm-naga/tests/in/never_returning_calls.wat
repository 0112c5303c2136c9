;; Calls that never return: no path reaches the end of `$give_up` (its `if`
;; panics, its `else` continues the loop) or of `$spin` (its call recurses,
;; which panics). Neither call has results, and the code after it is dead:
;; threads at or past `n` store nothing.
;; kernel k(out: &mut [u32], n: u32)
(module
  (import "everygpu" "local_id" (func $local_id (param i32) (result i32)))
  (import "everygpu" "buffer_ptr" (func $buffer_ptr (param i32) (result i32)))
  (import "everygpu" "param_u32" (func $param_u32 (param i32) (result i32)))
  (memory 17)
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (func $give_up (param $i i32) (result i32)
    (loop $again (result i32)
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (if (i32.ge_u (local.get $i) (i32.const 100))
        (then unreachable)
        (else (br $again)))
      (i32.const 0)))
  (func $spin (param i32) (result i32)
    (call $spin (local.get 0)))
  (func (export "k")
    (local $i i32)
    (local.set $i (call $local_id (i32.const 0)))
    (i32.store
      (i32.add (call $buffer_ptr (i32.const 0)) (i32.shl (local.get $i) (i32.const 2)))
      (if (result i32) (i32.lt_u (local.get $i) (call $param_u32 (i32.const 1)))
        (then (local.get $i))
        (else
          (i32.add
            (if (result i32) (i32.and (local.get $i) (i32.const 1))
              (then (call $give_up (local.get $i)))
              (else (call $spin (local.get $i))))
            (i32.const 1)))))))
