//! The CPU executor's semantics, tested through real `#[kernel]`s: barriers
//! (every thread reaches one before any passes it), shared memory, atomics,
//! panics with thread and location, and the generated descriptions.
#![allow(missing_docs)]

use everygpu_kernel::host::exec::{Mode, PanicReport, Stop};
use everygpu_kernel::host::{exec, kernel, ArgSlot, ParamKind};
use everygpu_kernel::{atomic, barrier, global_index, local_id, workgroup_id, Element, Scalar, Shared};

/// Each thread writes its id to shared memory, waits, then reads its
/// neighbour's: correct only if the barrier holds every thread back.
#[everygpu_kernel::kernel(workgroup_size = 64)]
pub fn rotate(out: &mut [u32], tile: &Shared<u32, 64>) {
    let l = local_id().x as usize;
    tile.set(l, l as u32 * 10);
    barrier();
    out[global_index()] = tile.get((l + 1) % 64);
}

/// A shared-memory tree reduction over 128 threads.
#[everygpu_kernel::kernel(workgroup_size = 128)]
pub fn tree(input: &[f32], sums: &mut [f32], tile: &Shared<f32, 128>) {
    let l = local_id().x as usize;
    tile.set(l, input[global_index()]);
    barrier();
    let mut s = 64;
    while s > 0 {
        if l < s {
            tile.set(l, tile.get(l) + tile.get(l + s));
        }
        barrier();
        s /= 2;
    }
    if l == 0 {
        sums[workgroup_id().x as usize] = tile.get(0);
    }
}

/// Every atomic operation on u32 and i32.
#[everygpu_kernel::kernel(workgroup_size = 32)]
pub fn atomics(u: &mut [u32], i: &mut [i32]) {
    let g = global_index() as u32;
    atomic::fetch_add(&mut u[0], 1);
    atomic::fetch_max(&mut u[1], g);
    atomic::fetch_min(&mut u[2], g);
    atomic::fetch_add(&mut i[0], -1);
    atomic::fetch_min(&mut i[1], -(g as i32));
    atomic::fetch_max(&mut i[2], g as i32 - 1000);
    // Exactly one thread wins the compare-exchange from 0 to its id + 1.
    if atomic::compare_exchange(&mut u[3], 0, g + 1) == 0 {
        atomic::fetch_add(&mut u[4], 1);
    }
    atomic::exchange(&mut u[5], 7);
}

/// Panics in one thread: index out of bounds.
#[everygpu_kernel::kernel(workgroup_size = 16)]
pub fn out_of_bounds(data: &mut [u32]) {
    let i = global_index();
    data[i * 2] = 1;
}

/// A barrier only some threads reach.
#[everygpu_kernel::kernel(workgroup_size = 8)]
pub fn divergent(data: &mut [u32]) {
    let l = local_id().x;
    if l < 4 {
        barrier();
    }
    data[l as usize] = l;
}

#[repr(C)]
#[derive(Clone, Copy, Element)]
pub struct Pair {
    pub a: f32,
    pub b: u64,
}

/// `repr(C)` beside other representation hints.
#[repr(C, align(16))]
#[derive(Clone, Copy, Element)]
pub struct Aligned {
    pub x: f32,
    pub y: f32,
}

/// Takes every parameter kind.
#[everygpu_kernel::kernel(workgroup_size = (4, 2, 1))]
pub fn all_params(s: f64, n: i64, pairs: &[Pair], out: &mut [f64], _t: &Shared<u32, 3>) {
    let i = global_index();
    if i < out.len() {
        out[i] = pairs[i].a as f64 * s + pairs[i].b as f64 + n as f64;
    }
}

/// Each thread stores four words with `set4`, then reads its neighbour's
/// four with `get4` and one element of them with `get`.
#[everygpu_kernel::kernel(workgroup_size = 16)]
pub fn quads(out: &mut [i32], tile: &Shared<i32, 64>) {
    let l = local_id().x as usize;
    let v = l as i32 * 10;
    tile.set4(4 * l, [v, v + 1, v + 2, -v]);
    barrier();
    let [a, b, c, d] = tile.get4(4 * ((l + 1) % 16));
    out[global_index()] = a + b + c + d + tile.get(4 * l + 2);
}

/// `get4` at an index that is not a multiple of 4.
#[everygpu_kernel::kernel(workgroup_size = 4)]
pub fn misaligned_quad(out: &mut [f32], tile: &Shared<f32, 16>) {
    let l = local_id().x as usize;
    out[l] = tile.get4(l + 1)[0];
}

/// Each thread writes four words and one element through a view of its own
/// eight elements (`Shared::view`), then reads its neighbour's through a
/// view of the neighbour's.
#[everygpu_kernel::kernel(workgroup_size = 16)]
pub fn views(out: &mut [i32], tile: &Shared<i32, 128>) {
    let l = local_id().x as usize % 16;
    let mine = tile.view::<8>(8 * l);
    let v = l as i32 * 10;
    mine.set4(4, [v, v + 1, v + 2, v + 3]);
    mine.set(0, -v);
    barrier();
    let next = tile.view::<8>(8 * ((l + 1) % 16));
    let [a, b, c, d] = next.get4(4);
    out[global_index()] = a + b + c + d + next.get(0) + mine.get(6);
}

/// A view that reaches past the end of its array.
#[everygpu_kernel::kernel(workgroup_size = 4)]
pub fn view_past_the_end(out: &mut [f32], tile: &Shared<f32, 16>) {
    let l = local_id().x as usize;
    out[l] = tile.view::<8>(4 * l).get(0);
}

/// `get4` through a view that starts between quads.
#[everygpu_kernel::kernel(workgroup_size = 4)]
pub fn misaligned_view(out: &mut [f32], tile: &Shared<f32, 16>) {
    out[0] = tile.view::<8>(2).get4(4)[0];
}

/// The panic of kernel `name` (parameters: four `f32`s and a workgroup
/// array) launched as one workgroup.
fn panic_of_one_group(name: &str) -> PanicReport {
    let (_, k) = kernel(name).expect("registered");
    let mut out = vec![0.0f32; 4];
    exec::launch(k, [1, 1, 1], &[slot(&mut out), SHARED], Mode::Ordered)
        .err()
        .and_then(Stop::panic)
        .expect("must panic")
}

fn slot<T>(v: &mut [T]) -> ArgSlot {
    ArgSlot {
        ptr: v.as_mut_ptr() as *mut u8,
        len: v.len(),
        bits: 0,
    }
}

const SHARED: ArgSlot = ArgSlot {
    ptr: std::ptr::null_mut(),
    len: 0,
    bits: 0,
};

#[test]
fn barrier_holds_every_thread_back() {
    let (_, k) = kernel("rotate").expect("registered");
    for mode in [Mode::Ordered, Mode::Parallel, Mode::Reference] {
        let mut out = vec![0u32; 64 * 5];
        exec::launch(k, [5, 1, 1], &[slot(&mut out), SHARED], mode).expect("no panic");
        for (i, v) in out.iter().enumerate() {
            assert_eq!(*v, ((i % 64 + 1) % 64) as u32 * 10, "thread {i}");
        }
    }
}

#[test]
fn shared_memory_tree_reduction() {
    let (_, k) = kernel("tree").expect("registered");
    let mut input: Vec<f32> = (0..128 * 7).map(|i| (i % 13) as f32).collect();
    for mode in [Mode::Ordered, Mode::Parallel, Mode::Reference] {
        let mut sums = vec![0.0f32; 7];
        exec::launch(k, [7, 1, 1], &[slot(&mut input), slot(&mut sums), SHARED], mode).expect("no panic");
        for (g, s) in sums.iter().enumerate() {
            let expected: f32 = input[g * 128..(g + 1) * 128].iter().sum();
            assert_eq!(*s, expected, "group {g}");
        }
    }
}

#[test]
fn atomics_on_u32_and_i32() {
    let (_, k) = kernel("atomics").expect("registered");
    for mode in [Mode::Ordered, Mode::Parallel] {
        let mut u = vec![0u32, 0, u32::MAX, 0, 0, 0];
        let mut i = vec![0i32, 0, i32::MIN];
        exec::launch(k, [8, 1, 1], &[slot(&mut u), slot(&mut i)], mode).expect("no panic");
        let threads = 8 * 32;
        assert_eq!(u[0], threads);
        assert_eq!(u[1], threads - 1);
        assert_eq!(u[2], 0);
        assert_ne!(u[3], 0);
        assert_eq!(u[4], 1, "exactly one compare-exchange wins");
        assert_eq!(u[5], 7);
        assert_eq!(i[0], -(threads as i32));
        assert_eq!(i[1], -(threads as i32 - 1));
        assert_eq!(i[2], threads as i32 - 1 - 1000);
    }
}

#[test]
fn panic_reports_thread_and_location() {
    let (_, k) = kernel("out_of_bounds").expect("registered");
    let mut data = vec![0u32; 40];
    let p = exec::launch(k, [2, 1, 1], &[slot(&mut data)], Mode::Ordered)
        .err()
        .and_then(Stop::panic)
        .expect("must panic");
    assert!(p.message.contains("index out of bounds"), "{}", p.message);
    // Thread 20 (workgroup 1, local 4) is the first with 2*i >= 40.
    assert_eq!((p.local, p.group), ([4, 0, 0], [1, 0, 0]));
    assert!(
        p.file.as_deref().is_some_and(|f| f.ends_with("executor.rs")),
        "{:?}",
        p.file
    );
    assert_eq!(p.line, 60);
}

#[test]
fn the_reference_runs_in_order_what_needs_order() {
    // Atomics on a buffer: the parallel reference stops, and the kernel runs
    // in order from then on.
    let (_, k) = kernel("atomics").expect("registered");
    let mut u = vec![0u32, 0, u32::MAX, 0, 0, 0];
    let mut i = vec![0i32, 0, i32::MIN];
    let r = exec::launch(k, [8, 1, 1], &[slot(&mut u), slot(&mut i)], Mode::Reference);
    assert!(matches!(r, Err(Stop::Rerun)), "{r:?}");
    let mut u = vec![0u32, 0, u32::MAX, 0, 0, 0];
    exec::launch(k, [8, 1, 1], &[slot(&mut u), slot(&mut i)], Mode::Reference).expect("in order");
    assert_eq!(u[0], 8 * 32);

    // A panic: the rerun in order reports the first thread in order.
    let (_, k) = kernel("out_of_bounds").expect("registered");
    let mut data = vec![0u32; 40];
    let r = exec::launch(k, [2, 1, 1], &[slot(&mut data)], Mode::Reference);
    assert!(matches!(r, Err(Stop::Rerun)), "{r:?}");
    let p = exec::launch(k, [2, 1, 1], &[slot(&mut data)], Mode::Reference)
        .err()
        .and_then(Stop::panic)
        .expect("a panic");
    assert_eq!((p.local, p.group), ([4, 0, 0], [1, 0, 0]));

    // Shared-memory reductions need no order.
    let (_, k) = kernel("tree").expect("registered");
    let mut input = vec![1.0f32; 128 * 4];
    let mut sums = vec![0.0f32; 4];
    exec::launch(
        k,
        [4, 1, 1],
        &[slot(&mut input), slot(&mut sums), SHARED],
        Mode::Reference,
    )
    .expect("parallel");
    assert_eq!(sums, [128.0; 4]);
}

#[test]
fn divergent_barrier_is_reported_not_hung() {
    let (_, k) = kernel("divergent").expect("registered");
    let mut data = vec![0u32; 8];
    let p = exec::launch(k, [1, 1, 1], &[slot(&mut data)], Mode::Ordered)
        .err()
        .and_then(Stop::panic)
        .expect("divergence");
    assert!(p.message.contains("barrier"), "{}", p.message);
    // The executor stays usable.
    let (_, k) = kernel("rotate").expect("registered");
    let mut out = vec![0u32; 64];
    exec::launch(k, [1, 1, 1], &[slot(&mut out), SHARED], Mode::Ordered).expect("no panic");
}

#[test]
fn descriptions_record_every_parameter_kind() {
    let (_, k) = kernel("all_params").expect("registered");
    assert_eq!(k.workgroup_size, [4, 2, 1]);
    let kinds: Vec<String> = k.params.iter().map(|p| format!("{}:{:?}", p.name, p.kind)).collect();
    assert!(matches!(k.params[0].kind, ParamKind::Scalar(Scalar::F64)), "{kinds:?}");
    assert!(matches!(k.params[1].kind, ParamKind::Scalar(Scalar::I64)));
    match &k.params[2].kind {
        ParamKind::Buffer { elem, mutable: false } => {
            assert_eq!((elem.name, elem.size, elem.align), ("Pair", 16, 8));
            assert_eq!(elem.fields, &[("a", 0, Scalar::F32), ("b", 8, Scalar::U64)][..]);
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(k.params[3].kind, ParamKind::Buffer { mutable: true, .. }));
    assert!(matches!(k.params[4].kind, ParamKind::Shared { len: 3, .. }));
    assert_eq!(Pair::DESC.size, 16);
    assert_eq!((Aligned::DESC.size, Aligned::DESC.align), (16, 16));
    assert_eq!(
        Aligned::DESC.fields,
        &[("x", 0, Scalar::F32), ("y", 4, Scalar::F32)][..]
    );

    let mut pairs = vec![Pair { a: 1.5, b: 2 }; 8];
    let mut out = vec![0.0f64; 8];
    let s = ArgSlot {
        ptr: std::ptr::null_mut(),
        len: 0,
        bits: 2.0f64.to_bits(),
    };
    let n = ArgSlot {
        ptr: std::ptr::null_mut(),
        len: 0,
        bits: (-1i64) as u64,
    };
    exec::launch(
        k,
        [1, 1, 1],
        &[s, n, slot(&mut pairs), slot(&mut out), SHARED],
        Mode::Ordered,
    )
    .expect("no panic");
    assert!(out.iter().all(|v| *v == 4.0), "{out:?}");
}

#[test]
fn four_elements_at_once() {
    let (_, k) = kernel("quads").expect("registered");
    for mode in [Mode::Ordered, Mode::Parallel, Mode::Reference] {
        let mut out = vec![0i32; 16 * 3];
        exec::launch(k, [3, 1, 1], &[slot(&mut out), SHARED], mode).expect("no panic");
        for (i, v) in out.iter().enumerate() {
            let (l, n) = (i as i32 % 16, (i as i32 % 16 + 1) % 16);
            // The neighbour's four (10n + 1 + 10n + 2 + 10n - 10n) and this
            // thread's third (10l + 2).
            assert_eq!(*v, 20 * n + 3 + 10 * l + 2, "thread {i}");
        }
    }
}

#[test]
fn four_elements_at_an_unaligned_index_panic() {
    let p = panic_of_one_group("misaligned_quad");
    assert!(p.message.contains("multiple of 4"), "{}", p.message);
    assert_eq!(p.local, [0, 0, 0]);
}

#[test]
fn views_address_their_part_of_the_array() {
    let (_, k) = kernel("views").expect("registered");
    for mode in [Mode::Ordered, Mode::Parallel, Mode::Reference] {
        let mut out = vec![0i32; 16 * 2];
        exec::launch(k, [2, 1, 1], &[slot(&mut out), SHARED], mode).expect("no panic");
        for (i, v) in out.iter().enumerate() {
            let (l, n) = (i as i32 % 16, (i as i32 % 16 + 1) % 16);
            // The neighbour's four (40n + 6) and its element 0 (-10n), and
            // this thread's element 6 (10l + 2).
            assert_eq!(*v, 40 * n + 6 - 10 * n + 10 * l + 2, "thread {i}");
        }
    }
}

#[test]
fn a_view_past_the_end_of_its_array_panics() {
    let p = panic_of_one_group("view_past_the_end");
    assert!(
        p.message
            .contains("elements 12..12+8 reach past the end of a workgroup array of 16"),
        "{}",
        p.message
    );
    assert_eq!(p.local, [3, 0, 0]);
}

#[test]
fn four_elements_through_a_view_between_quads_panic() {
    let p = panic_of_one_group("misaligned_view");
    assert!(p.message.contains("multiple of 4"), "{}", p.message);
}
