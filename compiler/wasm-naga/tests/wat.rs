//! Unit tests on hand-written wasm: control flow (multi-level breaks,
//! `br_table`, block and loop values), provenance (stack memory, constant
//! data, pointers passed to inlined callees, ambiguous pointers), sub-word
//! stores, 64-bit arithmetic and the constructs the route refuses. Accepted
//! kernels are run in the test interpreter and compared with Rust.

mod common;

use common::interp::{self, Buffers};
use common::{buffer, error_of, one_kernel, wgsl};
use everygpu_backend::{Manifest, ManifestKernel, Param, ShaderArtifact};
use everygpu_wasm_naga::lower;

const IMPORTS: &str = r#"
  (import "everygpu" "local_id" (func $local_id (param i32) (result i32)))
  (import "everygpu" "workgroup_id" (func $workgroup_id (param i32) (result i32)))
  (import "everygpu" "buffer_ptr" (func $buffer_ptr (param i32) (result i32)))
  (import "everygpu" "buffer_len" (func $buffer_len (param i32) (result i32)))
  (import "everygpu" "param_u32" (func $param_u32 (param i32) (result i32)))
  (import "everygpu" "panic" (func $panic (param i32 i32 i32 i32)))
  (import "everygpu" "barrier" (func $barrier))
  (memory 17)
  (global $__stack_pointer (mut i32) (i32.const 1048576))
"#;

/// Lowers `body` (module fields after the common imports) with one kernel `k`.
fn lower_wat(body: &str, params: Vec<Param>) -> ShaderArtifact {
    let wasm = wat::parse_str(format!("(module {IMPORTS} {body})")).expect("valid WAT");
    let manifest = one_kernel(params);
    lower(&wasm, &manifest)
}

/// Lowers and runs `k(out: &mut [u32])` over 64 threads; returns `out` and the status flag.
fn run_out(body: &str, out_len: usize) -> (Vec<u32>, u32, ShaderArtifact) {
    let artifact = lower_wat(body, vec![buffer("out", "u32", 4, true)]);
    assert!(artifact.errors.is_empty(), "{:?}", artifact.errors);
    let k = &artifact.kernels[0];
    let mut buffers = Buffers::new();
    buffers.insert(0, vec![0; everygpu_backend::STATUS_WORDS]);
    buffers.insert(1, common::param_words(vec![out_len as u64, 0], k));
    buffers.insert(2, vec![0; out_len]);
    interp::run(&k.module, [1, 1, 1], &mut buffers).expect("runs");
    let out = buffers[&2].iter().map(|&b| b as u32).collect();
    let flag = buffers[&0][0] as u32;
    (out, flag, artifact)
}

/// `out[i] = f(i)` for thread i, with `f` in `$f`.
fn per_thread(f: &str) -> String {
    format!(
        r#"{f}
        (func (export "k")
          (local $i i32)
          (local.set $i (call $local_id (i32.const 0)))
          (i32.store
            (i32.add (call $buffer_ptr (i32.const 0)) (i32.shl (local.get $i) (i32.const 2)))
            (call $f (local.get $i))))"#
    )
}

#[test]
fn multi_level_breaks_br_table_and_block_values() {
    // f(i): a loop that counts, a br_table dispatching on i % 4 out of three
    // nested blocks, a break out of two levels from inside a loop, an if/else
    // producing a value and a block producing a value.
    let f = r#"
      (func $f (param $i i32) (result i32)
        (local $acc i32) (local $n i32)
        (block $exit
          (block $b2
            (block $b1
              (block $b0
                (br_table $b0 $b1 $b2 $exit (i32.rem_u (local.get $i) (i32.const 4))))
              ;; i % 4 == 0: loop adding 1..=i, leaving two levels when acc > 100
              (loop $l
                (local.set $n (i32.add (local.get $n) (i32.const 1)))
                (local.set $acc (i32.add (local.get $acc) (local.get $n)))
                (br_if $exit (i32.gt_u (local.get $acc) (i32.const 100)))
                (br_if $l (i32.lt_u (local.get $n) (local.get $i))))
              (br $exit))
            ;; i % 4 == 1: if/else with a value
            (local.set $acc
              (if (result i32) (i32.gt_u (local.get $i) (i32.const 20))
                (then (i32.mul (local.get $i) (i32.const 3)))
                (else (i32.sub (i32.const 0) (local.get $i)))))
            (br $exit))
          ;; i % 4 == 2: a block with a value and an early exit carrying a value
          (local.set $acc
            (block $v (result i32)
              (drop (br_if $v (i32.const 7) (i32.lt_u (local.get $i) (i32.const 30))))
              (i32.const 9))))
        ;; i % 4 == 3 lands here directly with acc = 0
        (i32.add (local.get $acc) (i32.const 1000)))"#;
    let (out, flag, artifact) = run_out(&per_thread(f), 64);
    assert_eq!(flag, 0);
    let text = wgsl(&artifact);
    assert!(text.contains("switch") && text.contains("pending"), "{text}");
    let want: Vec<u32> = (0..64u32)
        .map(|i| {
            let acc: u32 = match i % 4 {
                0 => {
                    let (mut acc, mut n) = (0u32, 0u32);
                    loop {
                        n += 1;
                        acc += n;
                        if acc > 100 || n >= i {
                            break acc;
                        }
                    }
                }
                1 if i > 20 => i * 3,
                1 => 0u32.wrapping_sub(i),
                2 if i < 30 => 7,
                2 => 9,
                _ => 0,
            };
            acc.wrapping_add(1000)
        })
        .collect();
    assert_eq!(out, want);
}

#[test]
fn inlined_callees_with_returns_and_stack_memory() {
    // $fill writes i, i+1, i+2, i+3 into a stack array through a pointer
    // argument and returns early for odd i; $sum reads it back.
    let body = r#"
      (func $fill (param $p i32) (param $i i32)
        (i32.store (local.get $p) (local.get $i))
        (i32.store offset=4 (local.get $p) (i32.add (local.get $i) (i32.const 1)))
        (if (i32.and (local.get $i) (i32.const 1)) (then (return)))
        (i32.store offset=8 (local.get $p) (i32.add (local.get $i) (i32.const 2)))
        (i32.store8 offset=12 (local.get $p) (i32.const 255)))
      (func $sum (param $p i32) (result i32)
        (i32.add
          (i32.add (i32.load (local.get $p)) (i32.load offset=4 (local.get $p)))
          (i32.add (i32.load offset=8 (local.get $p)) (i32.load8_u offset=12 (local.get $p)))))
      (func (export "k")
        (local $sp i32) (local $i i32)
        (local.set $sp (i32.sub (global.get $__stack_pointer) (i32.const 16)))
        (global.set $__stack_pointer (local.get $sp))
        (local.set $i (call $local_id (i32.const 0)))
        (i64.store (local.get $sp) (i64.const 0))
        (i64.store offset=8 (local.get $sp) (i64.const 0))
        (call $fill (local.get $sp) (local.get $i))
        (i32.store
          (i32.add (call $buffer_ptr (i32.const 0)) (i32.shl (local.get $i) (i32.const 2)))
          (call $sum (local.get $sp)))
        (global.set $__stack_pointer (i32.add (local.get $sp) (i32.const 16))))"#;
    let (out, flag, _) = run_out(body, 64);
    assert_eq!(flag, 0);
    let want: Vec<u32> = (0..64u32)
        .map(|i| if i % 2 == 1 { 2 * i + 1 } else { 3 * i + 3 + 255 })
        .collect();
    assert_eq!(out, want);
}

#[test]
fn constant_data_folds_and_dynamic_lookups_read_a_table() {
    let f = r#"
      (data (i32.const 1048576) "\05\00\00\00\07\00\00\00\0b\00\00\00\0d\00\00\00")
      (func $f (param $i i32) (result i32)
        (i32.add
          (i32.load (i32.add (i32.const 1048576) (i32.shl (i32.and (local.get $i) (i32.const 3)) (i32.const 2))))
          (i32.load (i32.const 1048580))))"#;
    let (out, flag, artifact) = run_out(&per_thread(f), 64);
    assert_eq!(flag, 0);
    let table = [5u32, 7, 11, 13];
    let want: Vec<u32> = (0..64).map(|i| table[i & 3] + 7).collect();
    assert_eq!(out, want);
    let wgsl = wgsl(&artifact);
    // One shared copy in the parameter block, not a private one per thread.
    assert_eq!(artifact.kernels[0].constant_data[..4], table);
    assert!(!wgsl.contains("var<private>"), "{wgsl}");
    assert!(wgsl.contains("params["), "{wgsl}");
}

#[test]
fn byte_stores_into_a_u8_buffer_are_atomic_and_keep_neighbours() {
    let body = r#"
      (func (export "k")
        (local $i i32)
        (local.set $i (call $local_id (i32.const 0)))
        (i32.store8
          (i32.add (call $buffer_ptr (i32.const 0)) (local.get $i))
          (i32.add (local.get $i) (i32.const 100))))"#;
    let artifact = lower_wat(body, vec![buffer("bytes", "u8", 1, true)]);
    assert!(artifact.errors.is_empty(), "{:?}", artifact.errors);
    let k = &artifact.kernels[0];
    let wgsl = wgsl(&artifact);
    assert!(wgsl.contains("array<atomic<u32>>"), "{wgsl}");
    let mut buffers = Buffers::new();
    buffers.insert(0, vec![0; everygpu_backend::STATUS_WORDS]);
    buffers.insert(1, vec![64, 0]);
    buffers.insert(2, vec![0; 16]);
    interp::run(&k.module, [1, 1, 1], &mut buffers).expect("runs");
    let bytes: Vec<u8> = buffers[&2].iter().flat_map(|&w| (w as u32).to_le_bytes()).collect();
    let want: Vec<u8> = (0..64).map(|i| i + 100).collect();
    assert_eq!(bytes, want);
}

#[test]
fn i64_arithmetic_matches_rust() {
    let f = r#"
      (func $f (param $i i32) (result i32)
        (local $x i64)
        (local.set $x (i64.mul (i64.extend_i32_s (i32.sub (local.get $i) (i32.const 32))) (i64.const 0x123456789)))
        (i32.wrap_i64
          (i64.xor
            (i64.xor
              (i64.rotl (local.get $x) (i64.extend_i32_u (local.get $i)))
              (i64.div_s (local.get $x) (i64.const -7)))
            (i64.xor
              (i64.shr_s (local.get $x) (i64.const 3))
              (i64.add (i64.clz (local.get $x)) (i64.popcnt (local.get $x)))))))"#;
    let (out, flag, artifact) = run_out(&per_thread(f), 64);
    assert_eq!(flag, 0);
    let want: Vec<u32> = (0..64i32)
        .map(|i| {
            let x = ((i - 32) as i64).wrapping_mul(0x123456789);
            let a = (x as u64).rotate_left(i as u32) as i64 ^ (x / -7);
            let b = (x >> 3) ^ (x.leading_zeros() as i64 + x.count_ones() as i64);
            (a ^ b) as u32
        })
        .collect();
    assert_eq!(out, want);
    assert!(artifact.kernels[0].uses_i64 && !artifact.kernels[0].uses_f64);
}

#[test]
fn float_to_int_conversions_saturate() {
    let f = r#"
      (func $f (param $i i32) (result i32)
        (local $x f32)
        (local.set $x (f32.mul (f32.convert_i32_s (i32.sub (local.get $i) (i32.const 32))) (f32.const 1e8)))
        (i32.add
          (i32.trunc_sat_f32_s (local.get $x))
          (i32.trunc_sat_f32_u (f32.div (local.get $x) (f32.const 0)))))"#;
    let (out, _, _) = run_out(&per_thread(f), 64);
    let want: Vec<u32> = (0..64i32)
        .map(|i| {
            let x = (i - 32) as f32 * 1e8;
            (x as i32).wrapping_add((x / 0.0) as u32 as i32) as u32
        })
        .collect();
    assert_eq!(out, want);
}

#[test]
fn f64_to_i64_conversions_of_an_f64_no_operator_made() {
    // The f64 is a zeroed local, so no `f64.*` operator appears: the i64
    // results must still be 64-bit values, not word pairs.
    let f = r#"
      (func $f (param $i i32) (result i32)
        (local $x f64)
        (i32.add
          (local.get $i)
          (i32.add
            (i64.eqz (i64.trunc_sat_f64_u (local.get $x)))
            (i32.wrap_i64 (i64.trunc_f64_s (local.get $x))))))"#;
    let (out, flag, artifact) = run_out(&per_thread(f), 64);
    assert_eq!(flag, 0);
    assert_eq!(out, (1..65).collect::<Vec<u32>>());
    assert!(artifact.kernels[0].uses_i64);
}

#[test]
fn unreachable_records_a_panic_and_ends_the_invocation() {
    let f = r#"
      (func $f (param $i i32) (result i32)
        (if (i32.eq (local.get $i) (i32.const 5)) (then unreachable))
        (local.get $i))"#;
    let (out, flag, artifact) = run_out(&per_thread(f), 64);
    assert_eq!(flag, 1);
    assert_eq!(
        artifact.kernels[0].panic_messages,
        vec!["entered unreachable code".to_string()]
    );
    assert_eq!(out[5], 0, "the panicking thread stops before its store");
    assert_eq!(out[6], 6);
}

#[test]
fn panic_chain_calls_are_panic_sites_with_their_location() {
    // A diverging `panic_bounds_check`-like function that ends in the panic
    // import; its last argument is a Location in the data segment.
    let body = r#"
      (data (i32.const 1048576) "src/x.rs")
      (data (i32.const 1048592) "\00\00\10\00\08\00\00\00\2a\00\00\00\07\00\00\00")
      (func $_ZN4core9panicking18panic_bounds_check17h0000000000000000E (param i32 i32 i32)
        (call $panic (i32.load (local.get 2)) (i32.load offset=4 (local.get 2))
                     (i32.load offset=8 (local.get 2)) (i32.load offset=12 (local.get 2)))
        unreachable)
      (func (export "k")
        (local $i i32)
        (local.set $i (call $local_id (i32.const 0)))
        (if (i32.ge_u (local.get $i) (i32.const 3))
          (then
            (call $_ZN4core9panicking18panic_bounds_check17h0000000000000000E
              (local.get $i) (i32.const 3) (i32.const 1048592))
            unreachable))
        (i32.store (i32.add (call $buffer_ptr (i32.const 0)) (i32.shl (local.get $i) (i32.const 2))) (i32.const 1)))"#;
    let artifact = lower_wat(body, vec![buffer("out", "u32", 4, true)]);
    assert!(artifact.errors.is_empty(), "{:?}", artifact.errors);
    let k = &artifact.kernels[0];
    // The message names the index and the length, which the panic records.
    assert_eq!(
        k.panic_messages,
        vec!["index out of bounds: the len is \u{1}1 but the index is \u{1}0".to_string()]
    );
    let mut buffers = Buffers::new();
    buffers.insert(0, vec![0; everygpu_backend::STATUS_WORDS]);
    buffers.insert(1, vec![64, 0]);
    buffers.insert(2, vec![0; 64]);
    interp::run(&k.module, [1, 1, 1], &mut buffers).expect("runs");
    let status: Vec<u32> = buffers[&0].iter().map(|&b| b as u32).collect();
    assert_eq!(status[0], 1);
    assert!(status[1] >= 3);
    assert_eq!((status[7], status[8], status[9]), (42, 7, 8));
    assert_eq!(status[51], 3, "the length");
    assert_eq!(status[50], status[1], "the index is the panicking thread's");
    assert_eq!(
        &status[10..12],
        &[u32::from_le_bytes(*b"src/"), u32::from_le_bytes(*b"x.rs")]
    );
    assert!(
        !wgsl(&artifact).contains("panic_bounds_check"),
        "the panic chain is not lowered"
    );
}

#[test]
fn pointers_into_two_buffers_are_refused_by_name() {
    let body = r#"
      (func $pick (param $c i32) (result i32)
        (i32.load (select (call $buffer_ptr (i32.const 0)) (call $buffer_ptr (i32.const 1)) (local.get $c))))
      (func (export "k")
        (i32.store (call $buffer_ptr (i32.const 0)) (call $pick (call $local_id (i32.const 0)))))"#;
    let artifact = lower_wat(body, vec![buffer("a", "u32", 4, true), buffer("b", "u32", 4, false)]);
    let e = error_of(&artifact);
    assert!(e.contains("`pick`") && e.contains("cannot be determined"), "{e}");
}

#[test]
fn indirect_calls_switch_over_the_table_functions_of_their_type() {
    // Slots 1 and 2 hold functions of the call's type, slot 3 one of
    // another type, slot 0 none: thread i calls slot i % 4.
    let f = r#"
      (type $t (func (param i32) (result i32)))
      (table 4 funcref)
      (func $inc (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
      (func $twice (param i32) (result i32) (i32.mul (local.get 0) (i32.const 2)))
      (func $other (param i32 i32) (result i32) (local.get 0))
      (elem (i32.const 1) $inc $twice $other)
      (func $f (param $i i32) (result i32)
        (call_indirect (type $t) (local.get $i) (i32.rem_u (local.get $i) (i32.const 4))))"#;
    let (out, flag, artifact) = run_out(&per_thread(f), 64);
    assert!(wgsl(&artifact).contains("switch"));
    // A slot without a function of the type panics, naming the caller.
    assert_eq!(flag, 1);
    assert_eq!(
        artifact.kernels[0].panic_messages,
        vec!["`f` called a function pointer to no function of its type".to_string()]
    );
    for i in (0..64u32).filter(|i| i % 4 == 1 || i % 4 == 2) {
        let want = if i % 4 == 1 { i + 1 } else { 2 * i };
        assert_eq!(out[i as usize], want, "thread {i}");
    }
}

#[test]
fn recursion_panics_when_it_runs() {
    // Thread i computes fact(i % 2): fact(0) returns at once, fact(1)
    // recurses, which panics (the shader route has no call stack).
    let f = r#"
      (func $fact (param i32) (result i32)
        (if (result i32) (local.get 0)
          (then (i32.mul (local.get 0) (call $fact (i32.sub (local.get 0) (i32.const 1)))))
          (else (i32.const 1))))
      (func $f (param $i i32) (result i32)
        (i32.add (call $fact (i32.rem_u (local.get $i) (i32.const 2))) (i32.const 10)))"#;
    let (out, flag, artifact) = run_out(&per_thread(f), 64);
    assert_eq!(flag, 1);
    assert_eq!(
        artifact.kernels[0].panic_messages,
        vec!["`fact` recursed into `fact`: recursion is not supported on this route".to_string()]
    );
    for i in (0..64).step_by(2) {
        assert_eq!(out[i], 11, "thread {i} never recursed");
    }
}

#[test]
fn calls_that_never_return_end_their_callers_path() {
    // No path reaches the end of `$give_up` (its `if` panics, its `else`
    // continues the loop) or of `$spin` (its call recurses, which panics):
    // neither call returns a value, and what follows it is dead. Thread 5
    // calls one, thread 6 the other; the rest store their index.
    let f = r#"
      (func $give_up (param $i i32) (result i32)
        (loop $again (result i32)
          (local.set $i (i32.add (local.get $i) (i32.const 1)))
          (if (i32.ge_u (local.get $i) (i32.const 100))
            (then unreachable)
            (else (br $again)))
          (i32.const 0)))
      (func $spin (param i32) (result i32)
        (call $spin (local.get 0)))
      (func $f (param $i i32) (result i32)
        (if (result i32) (i32.eq (local.get $i) (i32.const 5))
          (then (i32.add (call $give_up (local.get $i)) (i32.const 1)))
          (else
            (if (result i32) (i32.eq (local.get $i) (i32.const 6))
              (then (i32.add (call $spin (local.get $i)) (i32.const 1)))
              (else (local.get $i))))))"#;
    let (out, flag, artifact) = run_out(&per_thread(f), 64);
    assert!(flag == 1 || flag == 2, "the first panic's site: {flag}");
    assert_eq!(
        artifact.kernels[0].panic_messages,
        vec![
            "entered unreachable code".to_string(),
            "`spin` recursed into `spin`: recursion is not supported on this route".to_string()
        ]
    );
    for (i, &v) in out.iter().enumerate() {
        let want = if i == 5 || i == 6 { 0 } else { i as u32 };
        assert_eq!(v, want, "thread {i}");
    }
}

#[test]
fn writes_to_read_only_buffers_are_refused() {
    let body = r#"
      (func (export "k") (i32.store (call $buffer_ptr (i32.const 0)) (i32.const 1)))"#;
    let e = error_of(&lower_wat(body, vec![buffer("a", "u32", 4, false)]));
    assert!(e.contains("read-only"), "{e}");
}

#[test]
fn invalid_wasm_is_reported_for_every_kernel() {
    let manifest = Manifest {
        abi_version: 1,
        kernels: vec![ManifestKernel {
            name: "k".into(),
            params: vec![],
            workgroup_size: [1, 1, 1],
            file: String::new(),
            line: 0,
        }],
        cases: vec![],
    };
    let artifact = lower(b"\0asm\x01\0\0\0garbage", &manifest);
    assert_eq!(artifact.errors.len(), 1);
    assert!(artifact.errors[0].1.starts_with("invalid wasm"));
}

/// The storage half of a `barrier()` stays where threads exchange values
/// through a buffer across it, and goes where they only read inputs before
/// it (see `barriers.rs`).
#[test]
fn barriers_keep_storage_ordering_only_where_a_buffer_crosses_them() {
    let kernel = |before: &str, after: &str| {
        format!(
            r#"(func (export "k")
              (local $i i32) (local $out i32) (local $in i32) (local $v i32)
              (local.set $i (i32.shl (call $local_id (i32.const 0)) (i32.const 2)))
              (local.set $out (call $buffer_ptr (i32.const 0)))
              (local.set $in (call $buffer_ptr (i32.const 1)))
              {before}
              (call $barrier)
              {after})"#
        )
    };
    let params = || vec![buffer("out", "u32", 4, true), buffer("in", "u32", 4, false)];
    // out[i] = i, then out[i] = out[63 - i]: another thread's write is read.
    let exchange = lower_wat(
        &kernel(
            "(i32.store (i32.add (local.get $out) (local.get $i)) (local.get $i))",
            "(i32.store (i32.add (local.get $out) (local.get $i))
               (i32.load (i32.add (local.get $out) (i32.sub (i32.const 252) (local.get $i)))))",
        ),
        params(),
    );
    assert!(exchange.errors.is_empty(), "{:?}", exchange.errors);
    let text = wgsl(&exchange);
    assert!(text.contains("storageBarrier()"), "{text}");
    // v = in[i], then out[i] = v: nothing written crosses the barrier.
    let read_only = lower_wat(
        &kernel(
            "(local.set $v (i32.load (i32.add (local.get $in) (local.get $i))))",
            "(i32.store (i32.add (local.get $out) (local.get $i)) (local.get $v))",
        ),
        params(),
    );
    assert!(read_only.errors.is_empty(), "{:?}", read_only.errors);
    let text = wgsl(&read_only);
    assert!(!text.contains("storageBarrier()"), "{text}");
    assert!(text.contains("workgroupBarrier()"), "{text}");
}

#[test]
fn memory_fill_and_copy_through_the_stack_and_into_buffers() {
    // memset a 20-byte stack array to i, copy its bytes 3..11 to the front
    // (overlapping, so memmove), then memcpy the first 8 bytes into out[2i..2i+2].
    let body = r#"
      (func (export "k")
        (local $sp i32) (local $i i32)
        (local.set $sp (i32.sub (global.get $__stack_pointer) (i32.const 32)))
        (local.set $i (call $local_id (i32.const 0)))
        (memory.fill (local.get $sp) (local.get $i) (i32.const 20))
        (i32.store8 offset=5 (local.get $sp) (i32.const 0xaa))
        (memory.copy (local.get $sp) (i32.add (local.get $sp) (i32.const 3)) (i32.const 8))
        (memory.copy
          (i32.add (call $buffer_ptr (i32.const 0)) (i32.shl (local.get $i) (i32.const 3)))
          (local.get $sp)
          (i32.const 8)))"#;
    let (out, flag, _) = run_out(body, 128);
    assert_eq!(flag, 0);
    for i in 0..64u32 {
        let mut bytes = [i as u8; 20];
        bytes[5] = 0xaa;
        bytes.copy_within(3..11, 0);
        let want = [
            u32::from_le_bytes(bytes[0..4].try_into().unwrap()),
            u32::from_le_bytes(bytes[4..8].try_into().unwrap()),
        ];
        assert_eq!(&out[2 * i as usize..2 * i as usize + 2], &want, "thread {i}");
    }
}

#[test]
fn memset_of_a_buffer_at_an_unaligned_length_panics() {
    let body = r#"
      (func (export "k")
        (memory.fill (call $buffer_ptr (i32.const 0)) (i32.const 1) (i32.const 6)))"#;
    let (_, flag, artifact) = run_out(body, 4);
    assert_eq!(flag, 1);
    assert!(artifact.kernels[0].panic_messages[0].contains("multiple of 4"));
}

#[test]
fn unaligned_loads_and_stores_assemble_bytes() {
    // out[i] = the u32 at byte offset i of a byte buffer, then the u16 at
    // offset 2i+1 of that buffer is overwritten (align=1 stores).
    let body = r#"
      (func (export "k")
        (local $i i32)
        (local.set $i (call $local_id (i32.const 0)))
        (i32.store
          (i32.add (call $buffer_ptr (i32.const 0)) (i32.shl (local.get $i) (i32.const 2)))
          (i32.load align=1 (i32.add (call $buffer_ptr (i32.const 1)) (local.get $i)))))"#;
    let artifact = lower_wat(
        body,
        vec![buffer("out", "u32", 4, true), buffer("bytes", "u8", 1, false)],
    );
    assert!(artifact.errors.is_empty(), "{:?}", artifact.errors);
    let bytes: Vec<u8> = (0..80u32).map(|i| (i * 37 + 11) as u8).collect();
    let mut buffers = Buffers::new();
    buffers.insert(0, vec![0; everygpu_backend::STATUS_WORDS]);
    buffers.insert(1, vec![64, 0, 80, 0]);
    buffers.insert(2, vec![0; 64]);
    buffers.insert(
        3,
        bytes
            .chunks(4)
            .map(|c| u32::from_le_bytes(c.try_into().unwrap()) as u64)
            .collect(),
    );
    interp::run(&artifact.kernels[0].module, [1, 1, 1], &mut buffers).expect("runs");
    for i in 0..64 {
        let want = u32::from_le_bytes(bytes[i..i + 4].try_into().unwrap());
        assert_eq!(buffers[&2][i] as u32, want, "offset {i}");
    }
}

#[test]
fn formatted_panic_messages_come_from_their_template() {
    let body = r#"
      (data (i32.const 1048576) "\06len is\c0\0a, index is\c0\00")
      (func $_ZN4core9panicking9panic_fmt17h0000000000000000E (param i32 i32 i32)
        (call $panic (i32.const 0) (i32.const 0) (i32.const 0) (i32.const 0))
        unreachable)
      (func (export "k")
        (if (call $local_id (i32.const 0))
          (then
            (call $_ZN4core9panicking9panic_fmt17h0000000000000000E (i32.const 1048576) (i32.const 64) (i32.const 0))
            unreachable)))"#;
    let artifact = lower_wat(body, vec![]);
    assert!(artifact.errors.is_empty(), "{:?}", artifact.errors);
    assert_eq!(
        artifact.kernels[0].panic_messages,
        vec!["len is{}, index is{}".to_string()]
    );
}

/// `bytes` as a WAT data string.
fn data_string(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("\\{b:02x}")).collect()
}

/// The float type of each expression of the kernel's entry point that is a
/// binary operation `op`, or a math function `fun`, on floats.
fn float_ops(artifact: &ShaderArtifact, op: Option<naga::BinaryOperator>, fun: Option<naga::MathFunction>) -> usize {
    let k = &artifact.kernels[0];
    let f = &k.module.entry_points[0].function;
    let info = k.info.get_entry_point(0);
    f.expressions
        .iter()
        .filter(|(_, e)| match e {
            naga::Expression::Binary { op: o, left, .. } => {
                Some(*o) == op
                    && info[*left].ty.inner_with(&k.module.types).scalar_kind() == Some(naga::ScalarKind::Float)
            }
            naga::Expression::Math { fun: m, arg, .. } => {
                Some(*m) == fun
                    && info[*arg].ty.inner_with(&k.module.types).scalar_kind() == Some(naga::ScalarKind::Float)
            }
            _ => false,
        })
        .count()
}

/// wasm's `min`/`max`: NaN if either operand is, `-0.0 < +0.0`.
fn wasm_min_max(a: f64, b: f64, min: bool) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else if a == b {
        let bits = if min {
            a.to_bits() | b.to_bits()
        } else {
            a.to_bits() & b.to_bits()
        };
        f64::from_bits(bits)
    } else if min {
        a.min(b)
    } else {
        a.max(b)
    }
}

fn same_float(got: u64, want: f64, what: &str) {
    if want.is_nan() {
        assert!(f64::from_bits(got).is_nan(), "{what}: got {got:#x}, want NaN");
    } else {
        assert_eq!(got, want.to_bits(), "{what}: got {}, want {want}", f64::from_bits(got));
    }
}

#[test]
fn float_ne_min_and_max_follow_wasm_with_nans_and_signed_zeros() {
    // naga writes a float `!=` as the ordered OpFOrdNotEqual (false for NaN),
    // and SPIR-V's FMin/FMax may return either operand for a NaN or ±0: the
    // lowering must use neither. Thread i takes a = V[i % 8], b = V[i / 8].
    let values = [f64::NAN, -0.0, 0.0, 1.0, -1.5, f64::INFINITY, f64::NEG_INFINITY, 2.5];
    let table: Vec<u8> = values.iter().flat_map(|v| v.to_le_bytes()).collect();
    let body = format!(
        r#"
      (data (i32.const 1048576) "{}")
      (func (export "k")
        (local $i i32) (local $a f64) (local $b f64) (local $o i32)
        (local.set $i (call $local_id (i32.const 0)))
        (local.set $a (f64.load (i32.add (i32.const 1048576) (i32.shl (i32.and (local.get $i) (i32.const 7)) (i32.const 3)))))
        (local.set $b (f64.load (i32.add (i32.const 1048576) (i32.shl (i32.shr_u (local.get $i) (i32.const 3)) (i32.const 3)))))
        (local.set $o (i32.add (call $buffer_ptr (i32.const 0)) (i32.shl (local.get $i) (i32.const 5))))
        (i64.store (local.get $o) (i64.reinterpret_f64 (f64.min (local.get $a) (local.get $b))))
        (i64.store offset=8 (local.get $o) (i64.reinterpret_f64 (f64.max (local.get $a) (local.get $b))))
        (i32.store offset=16 (local.get $o) (f64.ne (local.get $a) (local.get $b)))
        (i32.store offset=20 (local.get $o) (f32.ne (f32.demote_f64 (local.get $a)) (f32.demote_f64 (local.get $b))))
        (i32.store offset=24 (local.get $o)
          (i32.reinterpret_f32 (f32.min (f32.demote_f64 (local.get $a)) (f32.demote_f64 (local.get $b)))))
        (i32.store offset=28 (local.get $o)
          (i32.reinterpret_f32 (f32.max (f32.demote_f64 (local.get $a)) (f32.demote_f64 (local.get $b))))))"#,
        data_string(&table)
    );
    let (out, flag, artifact) = run_out(&body, 64 * 8);
    assert_eq!(flag, 0);
    assert_eq!(float_ops(&artifact, Some(naga::BinaryOperator::NotEqual), None), 0);
    assert_eq!(float_ops(&artifact, None, Some(naga::MathFunction::Min)), 0);
    assert_eq!(float_ops(&artifact, None, Some(naga::MathFunction::Max)), 0);
    for i in 0..64 {
        let (a, b) = (values[i % 8], values[i / 8]);
        let w = &out[i * 8..i * 8 + 8];
        let q = |k: usize| w[k] as u64 | (w[k + 1] as u64) << 32;
        same_float(q(0), wasm_min_max(a, b, true), &format!("f64.min({a}, {b})"));
        same_float(q(2), wasm_min_max(a, b, false), &format!("f64.max({a}, {b})"));
        assert_eq!(w[4], (a != b) as u32, "f64.ne({a}, {b})");
        assert_eq!(w[5], (a != b) as u32, "f32.ne({a}, {b})");
        let f32_bits = |v: u32| (f32::from_bits(v) as f64).to_bits();
        same_float(f32_bits(w[6]), wasm_min_max(a, b, true), &format!("f32.min({a}, {b})"));
        same_float(f32_bits(w[7]), wasm_min_max(a, b, false), &format!("f32.max({a}, {b})"));
    }
}

#[test]
fn rounding_keeps_the_sign_and_f64_avoids_trunc_and_round_even() {
    // Lavapipe returns f64 Trunc/RoundEven unchanged from 2^23 up and rounds
    // 1.5 to 1; drivers drop the sign of a zero result: f64 trunc and nearest
    // are built from floor and ceil, and every rounding copies the sign.
    let values = [
        1.5,
        2.5,
        -0.5,
        -1.5,
        -0.4,
        0.5,
        2147483647.5,
        4503599627370495.5,
        4503599627370497.0,
        1e300,
        -0.0,
        f64::INFINITY,
        f64::NAN,
        23361352.866225895,
        -6245817390.878327,
        0.49999999999999994,
    ];
    let table: Vec<u8> = values.iter().flat_map(|v| v.to_le_bytes()).collect();
    let body = format!(
        r#"
      (data (i32.const 1048576) "{}")
      (func (export "k")
        (local $i i32) (local $x f64) (local $y f32) (local $o i32)
        (local.set $i (call $local_id (i32.const 0)))
        (local.set $x (f64.load (i32.add (i32.const 1048576) (i32.shl (i32.and (local.get $i) (i32.const 15)) (i32.const 3)))))
        (local.set $y (f32.demote_f64 (local.get $x)))
        (local.set $o (i32.add (call $buffer_ptr (i32.const 0)) (i32.mul (local.get $i) (i32.const 48))))
        (i64.store (local.get $o) (i64.reinterpret_f64 (f64.trunc (local.get $x))))
        (i64.store offset=8 (local.get $o) (i64.reinterpret_f64 (f64.floor (local.get $x))))
        (i64.store offset=16 (local.get $o) (i64.reinterpret_f64 (f64.ceil (local.get $x))))
        (i64.store offset=24 (local.get $o) (i64.reinterpret_f64 (f64.nearest (local.get $x))))
        (i32.store offset=32 (local.get $o) (i32.reinterpret_f32 (f32.trunc (local.get $y))))
        (i32.store offset=36 (local.get $o) (i32.reinterpret_f32 (f32.floor (local.get $y))))
        (i32.store offset=40 (local.get $o) (i32.reinterpret_f32 (f32.ceil (local.get $y))))
        (i32.store offset=44 (local.get $o) (i32.reinterpret_f32 (f32.nearest (local.get $y)))))"#,
        data_string(&table)
    );
    let (out, flag, artifact) = run_out(&body, 64 * 12);
    assert_eq!(flag, 0);
    let k = &artifact.kernels[0];
    let f = &k.module.entry_points[0].function;
    let info = k.info.get_entry_point(0);
    let f64_rounding = f
        .expressions
        .iter()
        .filter(|(_, e)| {
            matches!(e, naga::Expression::Math { fun: naga::MathFunction::Trunc | naga::MathFunction::Round, arg, .. }
                if info[*arg].ty.inner_with(&k.module.types).scalar_width() == Some(8))
        })
        .count();
    assert_eq!(f64_rounding, 0, "f64 Trunc/RoundEven in the module");
    for i in 0..64 {
        let x = values[i % 16];
        let y = x as f32;
        let w = &out[i * 12..i * 12 + 12];
        let q = |k: usize| w[k] as u64 | (w[k + 1] as u64) << 32;
        same_float(q(0), x.trunc(), &format!("f64.trunc({x})"));
        same_float(q(2), x.floor(), &format!("f64.floor({x})"));
        same_float(q(4), x.ceil(), &format!("f64.ceil({x})"));
        same_float(q(6), x.round_ties_even(), &format!("f64.nearest({x})"));
        for (k, want) in [y.trunc(), y.floor(), y.ceil(), y.round_ties_even()]
            .into_iter()
            .enumerate()
        {
            same_float(
                (f32::from_bits(w[8 + k]) as f64).to_bits(),
                want as f64,
                &format!("f32 rounding {k} of {y}"),
            );
        }
    }
}

/// The widths of the `SignedZeroInfNanPreserve` execution modes in `spirv`.
fn preserved_widths(spirv: &[u32]) -> Vec<u32> {
    let mut widths = Vec::new();
    let mut at = 5;
    while at < spirv.len() {
        let (count, opcode) = ((spirv[at] >> 16) as usize, spirv[at] & 0xffff);
        if opcode == 16 && count == 4 && spirv[at + 2] == 4461 {
            widths.push(spirv[at + 3]);
        }
        at += count.max(1);
    }
    widths
}

#[test]
fn spirv_declares_signed_zero_inf_nan_preserve_for_every_float_width() {
    // Vulkan lets drivers assume no NaN, no infinity and no signed zero unless
    // the entry point says otherwise, for each float width it uses.
    let f32_only = per_thread(
        r#"(func $f (param $i i32) (result i32)
             (f32.ne (f32.convert_i32_u (local.get $i)) (f32.const 3)))"#,
    );
    let artifact = lower_wat(&f32_only, vec![buffer("out", "u32", 4, true)]);
    assert!(artifact.errors.is_empty(), "{:?}", artifact.errors);
    assert_eq!(preserved_widths(&artifact.kernels[0].spirv), vec![32]);
    let with_f64 = per_thread(
        r#"(func $f (param $i i32) (result i32)
             (f64.ne (f64.promote_f32 (f32.convert_i32_u (local.get $i))) (f64.const 3)))"#,
    );
    let artifact = lower_wat(&with_f64, vec![buffer("out", "u32", 4, true)]);
    assert!(artifact.errors.is_empty(), "{:?}", artifact.errors);
    let spirv = &artifact.kernels[0].spirv;
    assert_eq!(preserved_widths(spirv), vec![32, 64]);
    assert!(artifact.kernels[0].uses_f64);
    // The capability and the extension the mode needs.
    assert!(spirv.windows(2).any(|w| w == [(2 << 16) | 17, 4466]));
    let ext: Vec<u8> = spirv.iter().flat_map(|w| w.to_le_bytes()).collect();
    assert!(ext.windows(22).any(|w| w == b"SPV_KHR_float_controls"));
    // A kernel without floats needs neither.
    let integers = per_thread(r#"(func $f (param $i i32) (result i32) (i32.mul (local.get $i) (i32.const 3)))"#);
    let artifact = lower_wat(&integers, vec![buffer("out", "u32", 4, true)]);
    assert!(artifact.errors.is_empty(), "{:?}", artifact.errors);
    let spirv = &artifact.kernels[0].spirv;
    assert!(preserved_widths(spirv).is_empty());
    assert!(!spirv.windows(2).any(|w| w == [(2 << 16) | 17, 4466]));
}

#[test]
fn abs_and_neg_work_on_the_sign_bit() {
    // wasm defines abs and neg on the bits (NaN payloads kept); drivers treat
    // FAbs/FNegate as arithmetic (lavapipe folds FAbs(-0.0) to -0.0).
    let values = [
        -0.0f64,
        0.0,
        -1.5,
        f64::from_bits(0xfff8_0000_1234_5678),
        f64::NEG_INFINITY,
        2.0,
        1e-310,
        -1e-310,
    ];
    let table: Vec<u8> = values.iter().flat_map(|v| v.to_le_bytes()).collect();
    let body = format!(
        r#"
      (data (i32.const 1048576) "{}")
      (func (export "k")
        (local $i i32) (local $x f64) (local $o i32)
        (local.set $i (call $local_id (i32.const 0)))
        (local.set $x (f64.load (i32.add (i32.const 1048576) (i32.shl (i32.and (local.get $i) (i32.const 7)) (i32.const 3)))))
        (local.set $o (i32.add (call $buffer_ptr (i32.const 0)) (i32.shl (local.get $i) (i32.const 5))))
        (i64.store (local.get $o) (i64.reinterpret_f64 (f64.abs (local.get $x))))
        (i64.store offset=8 (local.get $o) (i64.reinterpret_f64 (f64.neg (local.get $x))))
        (i32.store offset=16 (local.get $o) (i32.reinterpret_f32 (f32.abs (f32.demote_f64 (local.get $x)))))
        (i32.store offset=20 (local.get $o) (i32.reinterpret_f32 (f32.neg (f32.demote_f64 (local.get $x)))))
        (i64.store offset=24 (local.get $o) (i64.reinterpret_f64 (f64.abs (f64.const -0.0)))))"#,
        data_string(&table)
    );
    let (out, flag, artifact) = run_out(&body, 64 * 8);
    assert_eq!(flag, 0);
    assert_eq!(float_ops(&artifact, None, Some(naga::MathFunction::Abs)), 0);
    let k = &artifact.kernels[0];
    let negates = k.module.entry_points[0]
        .function
        .expressions
        .iter()
        .filter(|(_, e)| {
            matches!(
                e,
                naga::Expression::Unary {
                    op: naga::UnaryOperator::Negate,
                    ..
                }
            )
        })
        .count();
    assert_eq!(negates, 0, "no arithmetic negation");
    for i in 0..64 {
        let x = values[i % 8];
        let w = &out[i * 8..i * 8 + 8];
        let q = |k: usize| w[k] as u64 | (w[k + 1] as u64) << 32;
        assert_eq!(q(0), x.to_bits() & !(1 << 63), "f64.abs({x})");
        assert_eq!(q(2), x.to_bits() ^ (1 << 63), "f64.neg({x})");
        let y = (x as f32).to_bits();
        assert_eq!(w[4], y & !(1 << 31), "f32.abs({x})");
        assert_eq!(w[5], y ^ (1 << 31), "f32.neg({x})");
        assert_eq!(q(6), 0, "f64.abs(-0.0)");
    }
}

#[test]
fn i32_to_i64_sign_extension_uses_shifts() {
    // lavapipe folds a signed 64-bit comparison against an OpSConvert'ed
    // constant wrongly; i64.extend_i32_s and the sign-extending i64 loads
    // shift instead.
    let f = r#"
      (func $f (param $i i32) (result i32)
        (local $p i32)
        (local.set $p (i32.sub (global.get $__stack_pointer) (i32.const 16)))
        (i32.store (local.get $p) (i32.sub (i32.const 0) (local.get $i)))
        (i32.add
          (i64.gt_s (i64.const 0) (i64.extend_i32_s (i32.sub (i32.const 0) (local.get $i))))
          (i32.wrap_i64 (i64.shr_u (i64.load32_s (local.get $p)) (i64.const 32)))))"#;
    let (out, flag, artifact) = run_out(&per_thread(f), 64);
    assert_eq!(flag, 0);
    let want: Vec<u32> = (0..64u32)
        .map(|i| {
            let neg = (i as i32).wrapping_neg() as i64;
            (0 > neg) as u32 + ((neg as u64) >> 32) as u32
        })
        .collect();
    assert_eq!(out, want);
    let converts = artifact.kernels[0].module.entry_points[0]
        .function
        .expressions
        .iter()
        .filter(|(_, e)| {
            matches!(
                e,
                naga::Expression::As {
                    kind: naga::ScalarKind::Sint,
                    convert: Some(8),
                    ..
                }
            )
        })
        .count();
    assert_eq!(converts, 0, "no i32 → i64 conversion");
}

#[test]
fn integer_division_by_a_constant_zero_lowers_to_a_valid_shader() {
    // Valid wasm (it traps when reached); naga's validator refuses a constant
    // zero divisor. The shader computes what it does for a zero divisor at
    // run time: x / 0 = x, x % 0 = 0.
    let f = r#"
      (func $f (param $i i32) (result i32)
        (i32.add
          (i32.add (i32.div_u (local.get $i) (i32.const 0)) (i32.rem_s (local.get $i) (i32.const 0)))
          (i32.wrap_i64 (i64.div_s (i64.extend_i32_u (local.get $i)) (i64.const 0)))))"#;
    let (out, flag, _) = run_out(&per_thread(f), 64);
    assert_eq!(flag, 0);
    let want: Vec<u32> = (0..64u32).map(|i| 2 * i).collect();
    assert_eq!(out, want);
}

/// For WebGPU (`LowerOptions::WEB`): a branch to a bounds check's panic
/// becomes the panic where the branch is, and the thread goes on, so the
/// barrier after the check is in uniform control flow, as WGSL requires;
/// the default lowering keeps the thread leaving.
#[test]
fn web_lowering_keeps_barriers_after_panic_checks_uniform() {
    let body = r#"
      (func (export "k")
        (local $i i32) (local $p i32)
        (local.set $i (call $local_id (i32.const 0)))
        (local.set $p (i32.add (call $buffer_ptr (i32.const 0)) (i32.shl (local.get $i) (i32.const 2))))
        (block $bad
          (br_if $bad (i32.ge_u (local.get $i) (i32.const 48)))
          (i32.store (local.get $p) (i32.const 1))
          (call $barrier)
          (i32.store (local.get $p) (i32.add (i32.load (local.get $p)) (i32.const 1)))
          (return))
        (call $panic (i32.const 0) (i32.const 0) (i32.const 7) (i32.const 3))
        unreachable)"#;
    let wasm = wat::parse_str(format!("(module {IMPORTS} {body})")).expect("valid WAT");
    let manifest = one_kernel(vec![buffer("out", "u32", 4, true)]);
    let run = |artifact: &ShaderArtifact| {
        assert!(artifact.errors.is_empty(), "{:?}", artifact.errors);
        let k = &artifact.kernels[0];
        let mut buffers = Buffers::new();
        buffers.insert(0, vec![0; everygpu_backend::STATUS_WORDS]);
        buffers.insert(1, common::param_words(vec![64, 0], k));
        buffers.insert(2, vec![0; 64]);
        interp::run(&k.module, [1, 1, 1], &mut buffers).expect("runs");
        let out: Vec<u32> = buffers[&2].iter().map(|&b| b as u32).collect();
        // The flag, and the line the panic recorded.
        (out, buffers[&0][0] as u32, buffers[&0][7] as u32)
    };

    let leaving = everygpu_wasm_naga::lower(&wasm, &manifest);
    let (out, flag, line) = run(&leaving);
    assert_eq!((flag, line), (1, 7));
    assert_eq!(out[..48], [2; 48]);
    assert_eq!(out[48..], [0; 16], "panicking threads leave");
    let text = wgsl(&leaving);
    assert!(
        !text.contains("\n    workgroupBarrier();"),
        "the barrier is guarded:\n{text}"
    );

    let web = everygpu_wasm_naga::lower_with(&wasm, &manifest, everygpu_wasm_naga::LowerOptions::WEB);
    let (out, flag, line) = run(&web);
    assert_eq!((flag, line), (1, 7));
    assert_eq!(out, [2; 64], "panicking threads go on");
    let text = wgsl(&web);
    assert!(
        text.contains("\n    workgroupBarrier();"),
        "the barrier is at the top level:\n{text}"
    );
    assert!(
        !text.contains("return;\n    }"),
        "no thread leaves before the barrier:\n{text}"
    );
}
