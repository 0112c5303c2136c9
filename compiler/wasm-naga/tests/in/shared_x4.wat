;; Workgroup memory moved 16 bytes at a time (`Shared::get4`/`set4`): the
;; array becomes an array of vec4s; a barrier between the store and the
;; load of another invocation's vec4.
;; kernel k(tile: Shared<f32, 256>, out: &mut [f32])
(module
  (import "everygpu" "local_id" (func $local_id (param i32) (result i32)))
  (import "everygpu" "buffer_ptr" (func $buffer_ptr (param i32) (result i32)))
  (import "everygpu" "shared_ptr" (func $shared_ptr (param i32) (result i32)))
  (import "everygpu" "barrier" (func $barrier))
  (import "everygpu" "shared_load_x4" (func $load_x4 (param i32 i32) (result i32)))
  (import "everygpu" "shared_store_x4" (func $store_x4 (param i32 i32 i32 i32 i32)))
  (memory 17)
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (func (export "k")
    (local $i i32) (local $t i32) (local $p i32)
    (local.set $i (call $local_id (i32.const 0)))
    (local.set $t (call $shared_ptr (i32.const 0)))
    (call $store_x4 (i32.add (local.get $t) (i32.shl (local.get $i) (i32.const 4)))
      (local.get $i) (i32.const 1) (i32.const 2) (i32.const 3))
    (call $barrier)
    (local.set $p (i32.add (local.get $t)
      (i32.shl (i32.and (i32.add (local.get $i) (i32.const 1)) (i32.const 63)) (i32.const 4))))
    (f32.store
      (i32.add (call $buffer_ptr (i32.const 1)) (i32.shl (local.get $i) (i32.const 2)))
      (f32.convert_i32_u (i32.add (call $load_x4 (local.get $p) (i32.const 0))
        (call $load_x4 (local.get $p) (i32.const 3)))))))
