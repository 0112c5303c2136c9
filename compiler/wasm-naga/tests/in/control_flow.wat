;; Structured control flow: a br_table out of three nested blocks, a loop
;; with a break of two levels, an if/else and a block producing values.
;; kernel k(out: &mut [u32])
(module
  (import "everygpu" "local_id" (func $local_id (param i32) (result i32)))
  (import "everygpu" "buffer_ptr" (func $buffer_ptr (param i32) (result i32)))
  (memory 17)
  (global $__stack_pointer (mut i32) (i32.const 1048576))
  (func $f (param $i i32) (result i32)
    (local $acc i32) (local $n i32)
    (block $exit
      (block $b2
        (block $b1
          (block $b0
            (br_table $b0 $b1 $b2 $exit (i32.rem_u (local.get $i) (i32.const 4))))
          (loop $l
            (local.set $n (i32.add (local.get $n) (i32.const 1)))
            (local.set $acc (i32.add (local.get $acc) (local.get $n)))
            (br_if $exit (i32.gt_u (local.get $acc) (i32.const 100)))
            (br_if $l (i32.lt_u (local.get $n) (local.get $i))))
          (br $exit))
        (local.set $acc
          (if (result i32) (i32.gt_u (local.get $i) (i32.const 20))
            (then (i32.mul (local.get $i) (i32.const 3)))
            (else (i32.sub (i32.const 0) (local.get $i)))))
        (br $exit))
      (local.set $acc
        (block $v (result i32)
          (drop (br_if $v (i32.const 7) (i32.lt_u (local.get $i) (i32.const 30))))
          (i32.const 9))))
    (i32.add (local.get $acc) (i32.const 1000)))
  (func (export "k")
    (local $i i32)
    (local.set $i (call $local_id (i32.const 0)))
    (i32.store
      (i32.add (call $buffer_ptr (i32.const 0)) (i32.shl (local.get $i) (i32.const 2)))
      (call $f (local.get $i)))))
