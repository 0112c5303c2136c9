;; Array indices the lowering proves inside their array lose their clamp;
;; the others keep it. Workgroup of 64 threads, a workgroup array of 64
;; u32s at byte address 4096, the thread `l`:
;; - `tile[l]` and `tile[(l + 1) & 63]`: inside, not clamped;
;; - `tile[l + 1]`: 64 for the last thread, clamped;
;; - `tile[step & 1]` in a loop: inside, whatever `step` reaches;
;; - `tile[step]`: `step` grows without a bound the analysis sees, clamped;
;; - `out[l]`, a buffer: sized at run time, clamped;
;; - after a panic on one path, `tile[i]` with `i = l` on the path that
;;   goes on: the panicking path's `i` (anything) does not count.
;; kernel k(tile: Shared<u32, 64>, out: &mut [u32])
(module
  (import "everygpu" "local_id" (func $local_id (param i32) (result i32)))
  (import "everygpu" "buffer_ptr" (func $buffer_ptr (param i32) (result i32)))
  (import "everygpu" "shared_ptr" (func $shared_ptr (param i32) (result i32)))
  (import "everygpu" "panic" (func $panic (param i32 i32 i32 i32)))
  (memory 17)
  (func (export "k")
    (local $l i32) (local $t i32) (local $o i32) (local $step i32) (local $i i32)
    (local.set $l (call $local_id (i32.const 0)))
    (local.set $t (call $shared_ptr (i32.const 0)))
    (local.set $o (call $buffer_ptr (i32.const 1)))
    (i32.store (i32.add (local.get $t) (i32.shl (local.get $l) (i32.const 2))) (local.get $l))
    (i32.store
      (i32.add (local.get $t) (i32.shl (i32.and (i32.add (local.get $l) (i32.const 1)) (i32.const 63)) (i32.const 2)))
      (i32.const 1))
    (i32.store (i32.add (local.get $t) (i32.shl (i32.add (local.get $l) (i32.const 1)) (i32.const 2))) (i32.const 2))
    (loop $again
      (i32.store (i32.add (local.get $t) (i32.shl (i32.and (local.get $step) (i32.const 1)) (i32.const 2)))
        (local.get $step))
      (i32.store (i32.add (local.get $t) (i32.shl (local.get $step) (i32.const 2))) (local.get $step))
      (local.set $step (i32.add (local.get $step) (i32.const 1)))
      (br_if $again (i32.lt_u (local.get $step) (i32.const 8))))
    (i32.store (i32.add (local.get $o) (i32.shl (local.get $l) (i32.const 2))) (local.get $l))
    (local.set $i (i32.load (local.get $o)))
    (block $fine
      (br_if $fine (i32.lt_u (local.get $i) (i32.const 1000)))
      (call $panic (i32.const 0) (i32.const 0) (i32.const 7) (i32.const 1))
      (unreachable))
    (local.set $i (local.get $l))
    (i32.store (i32.add (local.get $t) (i32.shl (local.get $i) (i32.const 2))) (i32.const 3))))
