//! PTX snapshot tests, no GPU needed: the sample kernels built through the
//! nvptx route (the real kernel toolchain and the `ptx-link.sh` stand-in) for
//! `sm_80`, and for Hopper's `sm_90a`, once each per test process, in this
//! test's own target folder.
//!
//! - A few kernels' `.entry`s are compared with `tests/snapshots/<kernel>.sm_80.ptx`,
//!   normalized so that numbering which depends on the rest of the module
//!   (labels, call sequences, crate hashes in mangled names) does not churn.
//!   Refresh with `UPDATE_SNAPSHOTS=1`, as the wasm-naga snapshots.
//! - The whole PTX must be self-contained (no `.extern` but the dynamic
//!   shared-memory window), the subgroup kernels must use `shfl.sync`, and ptxas
//!   must accept the PTX when it is installed (skipped, with the reason
//!   printed, when it is not).
//! - On `sm_90a` the 16-bit GEMMs use warpgroup matrix instructions (`wgmma`)
//!   fed by the tensor memory accelerator (PTX ISA 8.3, raised by the route),
//!   and every entry carries its launch bounds.

use everygpu_backend::PtxArch;
use everygpu_compiler::ptxas::{Ptxas, PtxasDiscovery};
use everygpu_compiler::route::ptx_is_self_contained;
use everygpu_compiler::{
    BuildOutput, CompileError, CompileRoute, HostToolchain, KernelCrate, KernelToolchain, PtxValidation,
};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Instant;

/// The architecture the snapshots are taken for (the app's default).
const ARCH: &str = "sm_80";
/// Hopper's architecture-specific target, which has `wgmma`.
const HOPPER: &str = "sm_90a";

/// The kernels whose PTX is snapshotted: plain loads and stores, arithmetic,
/// a shared-memory reduction, subgroup reductions and scans, atomics, a
/// `gpu_println!`.
const SNAPSHOT_KERNELS: [&str; 7] = [
    "copy_f32",
    "triad_f32",
    "dot_f32",
    "reduce_sum_subgroup",
    "scan_blocks_subgroup",
    "histogram",
    "print_squares",
];

/// One nvptx build of the sample kernels, shared by every test here.
struct Built {
    krate: KernelCrate,
    host: HostToolchain,
    kernel: KernelToolchain,
    target_dir: PathBuf,
    output: BuildOutput,
    ptx: String,
}

fn route() -> CompileRoute {
    route_for(ARCH)
}

fn route_for(arch: &str) -> CompileRoute {
    CompileRoute::nvptx(ptx_arch(arch))
}

fn ptx_arch(arch: &str) -> PtxArch {
    arch.parse().expect("a PTX architecture")
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn build(arch: &str) -> Result<Built, String> {
    let route = route_for(arch);
    let start = Instant::now();
    let host = HostToolchain::discover().map_err(|e| e.to_string())?;
    let kernel = KernelToolchain::discover().map_err(|e| e.to_string())?;
    let krate = KernelCrate::open(&workspace().join("sample-kernels"), &host).map_err(|e| e.to_string())?;
    // This test's own folder: no race with other tests building the same crate.
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("ptx-snapshots")
        .join(route.label());
    let output = krate
        .build_in(&route, &host, Some(&kernel), &target_dir)
        .map_err(|e| e.to_string())?;
    let ptx = std::fs::read_to_string(&output.path).map_err(|e| format!("{}: {e}", output.path.display()))?;
    eprintln!(
        "sample kernels built for {} in {:.1} s: {}",
        route.label(),
        start.elapsed().as_secs_f64(),
        output.path.display()
    );
    Ok(Built {
        krate,
        host,
        kernel,
        target_dir,
        output,
        ptx,
    })
}

fn built() -> &'static Built {
    static BUILT: OnceLock<Result<Built, String>> = OnceLock::new();
    built_once(&BUILT, ARCH)
}

fn built_hopper() -> &'static Built {
    static BUILT: OnceLock<Result<Built, String>> = OnceLock::new();
    built_once(&BUILT, HOPPER)
}

/// The build for `arch`, made once per test process in `cell`.
fn built_once(cell: &'static OnceLock<Result<Built, String>>, arch: &str) -> &'static Built {
    match cell.get_or_init(|| build(arch)) {
        Ok(b) => b,
        Err(e) => panic!("the {arch} build of sample-kernels failed:\n{e}"),
    }
}

/// The lines of `.entry name(...) { ... }` in `ptx`.
fn entry<'a>(ptx: &'a str, name: &str) -> Option<Vec<&'a str>> {
    let header = format!(".entry {name}(");
    let mut lines = ptx.lines().skip_while(|l| !l.contains(&header));
    let first = lines.next()?;
    let mut out = vec![first];
    for l in lines {
        out.push(l);
        if l == "}" {
            return Some(out);
        }
    }
    None
}

/// Replaces each `from<digits>` (or `from<base62>_` with `base62`) by `to`.
fn replace_numbered(line: &str, from: &str, to: &str, base62: bool) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find(from) {
        out.push_str(&rest[..at]);
        let after = &rest[at + from.len()..];
        let n = if base62 {
            after.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(after.len())
        } else {
            after.find(|c: char| !c.is_ascii_digit()).unwrap_or(after.len())
        };
        let ends_right = !base62 || after[n..].starts_with('_');
        if n == 0 || !ends_right {
            out.push_str(from);
            rest = after;
            continue;
        }
        out.push_str(to);
        rest = &after[n..];
    }
    out.push_str(rest);
    out
}

/// `17h<16 hex digits>E` (the hash of a legacy-mangled name) becomes `17hE`.
fn drop_legacy_hashes(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find("17h") {
        let after = &rest[at + 3..];
        let is_hash = after.len() > 16
            && after.as_bytes()[..16].iter().all(u8::is_ascii_hexdigit)
            && after.as_bytes()[16] == b'E';
        out.push_str(&rest[..at + 3]);
        rest = if is_hash { &after[16..] } else { after };
    }
    out.push_str(rest);
    out
}

/// Removes from one PTX line what depends on the rest of the module or on the
/// toolchain build, not on the kernel: the function number in block labels
/// (`$L__BB38_2`), call sequence numbers, crate disambiguators in v0-mangled
/// names (`Cs<hash>_`), legacy mangling hashes, and names of anonymous constants.
fn normalize_line(line: &str) -> String {
    let mut l = replace_numbered(line, "$L__BB", "$L__BB", false);
    // LLVM's loop comments number blocks by the function's place in the module.
    l = replace_numbered(&l, "Header=BB", "Header=BB", false);
    l = replace_numbered(&l, "callseq ", "callseq N", false);
    l = replace_numbered(&l, "__local_depot", "__local_depot", false);
    if l.contains("_R") {
        l = replace_numbered(&l, "Cs", "Cs", true);
    }
    l = drop_legacy_hashes(&l);
    if let Some(at) = l.find("anon_$_") {
        let end = l[at..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'))
            .map_or(l.len(), |e| at + e);
        l.replace_range(at..end, "anon_CONST");
    }
    l
}

/// The snapshot text of one kernel: the module's `.version`/`.target` lines
/// and the normalized entry.
fn snapshot_text(ptx: &str, name: &str) -> Option<String> {
    let mut text = String::new();
    for l in ptx.lines() {
        if l.starts_with(".version") || l.starts_with(".target") || l.starts_with(".address_size") {
            text.push_str(l);
            text.push('\n');
        }
    }
    text.push('\n');
    for l in entry(ptx, name)? {
        text.push_str(&normalize_line(l));
        text.push('\n');
    }
    Some(text)
}

/// Compares `text` with the snapshot `name`, or writes it under `UPDATE_SNAPSHOTS=1`.
fn check_snapshot(name: &str, text: &str, failures: &mut Vec<String>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let path = dir.join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(&dir).expect("snapshot dir");
        std::fs::write(&path, text).expect("write snapshot");
        return;
    }
    match std::fs::read_to_string(&path) {
        Ok(old) if old == text => {}
        Ok(old) => {
            let (a, b): (Vec<&str>, Vec<&str>) = (old.lines().collect(), text.lines().collect());
            let line = a
                .iter()
                .zip(&b)
                .position(|(x, y)| x != y)
                .unwrap_or(a.len().min(b.len()));
            failures.push(format!(
                "{name} differs from its snapshot from line {}:\n  snapshot: {}\n  now:      {}",
                line + 1,
                a.get(line).unwrap_or(&"<end>"),
                b.get(line).unwrap_or(&"<end>")
            ));
        }
        Err(_) => failures.push(format!("{name} has no snapshot (run with UPDATE_SNAPSHOTS=1)")),
    }
}

#[test]
fn selected_kernels_match_their_ptx_snapshots() {
    let b = built();
    let mut failures = Vec::new();
    for k in SNAPSHOT_KERNELS {
        match snapshot_text(&b.ptx, k) {
            Some(text) => check_snapshot(&format!("{k}.{ARCH}.ptx"), &text, &mut failures),
            None => failures.push(format!("no `.entry {k}` in {}", b.output.path.display())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_ptx_is_self_contained_for_its_architecture() {
    let b = built();
    ptx_is_self_contained(&b.ptx).unwrap_or_else(|e| panic!("{e}"));
    let externs: Vec<&str> = b
        .ptx
        .lines()
        .filter(|l| l.trim_start().starts_with(".extern"))
        .collect();
    assert_eq!(
        externs,
        [".extern .shared .align 1024 .b8 everygpu_dyn_smem[];"],
        "the dynamic shared-memory window is the only extern"
    );
    assert!(
        b.ptx.lines().any(|l| l == format!(".target {ARCH}")),
        "the PTX targets {ARCH}"
    );
    assert!(
        b.output.path.starts_with(&b.target_dir),
        "the route's own target folder"
    );
    for k in SNAPSHOT_KERNELS.iter().chain(["reduce_sum", "saxpy"].iter()) {
        assert!(entry(&b.ptx, k).is_some(), "no `.entry {k}`");
    }
}

#[test]
fn subgroup_operations_are_warp_shuffles() {
    let b = built();
    let count = |lines: &[&str], what: &str| lines.iter().filter(|l| l.contains(what)).count();
    let reduce = entry(&b.ptx, "reduce_sum_subgroup").expect("reduce_sum_subgroup entry");
    // Two reductions, each a butterfly of five steps (16, 8, 4, 2, 1 lanes
    // apart) over the full warp (membermask -1, no lane skipped) and one for
    // a partial warp, broadcast from lane 0.
    assert_eq!(count(&reduce, "shfl.sync.bfly.b32"), 20, "{}", reduce.join("\n"));
    assert_eq!(count(&reduce, "shfl.sync.idx.b32"), 2, "{}", reduce.join("\n"));
    let full = reduce
        .iter()
        .position(|l| l.contains("shfl.sync.bfly.b32"))
        .expect("a shuffle");
    assert!(
        reduce[full..full + 16].iter().all(|l| !l.contains("selp")),
        "the full warp's butterfly selects nothing:\n{}",
        reduce.join("\n")
    );
    assert_eq!(count(&reduce, "bar.sync"), 1, "one barrier between the two reductions");
    let tree = entry(&b.ptx, "reduce_sum").expect("reduce_sum entry");
    assert_eq!(count(&tree, "shfl.sync"), 0);
    assert!(count(&tree, "bar.sync") > 1, "the tree needs a barrier per level");
    // Kogge–Stone scans: five `shfl.sync.up` per inclusive scan, in the
    // lanes' scan and in the loop over the subgroup totals.
    let scan = entry(&b.ptx, "scan_blocks_subgroup").expect("scan_blocks_subgroup entry");
    assert!(count(&scan, "shfl.sync.up.b32") >= 10, "{}", scan.join("\n"));
    assert_eq!(count(&scan, "bar.sync"), 2);
}

#[test]
fn sixteen_byte_elements_move_as_one_vector_access() {
    let b = built();
    let count = |lines: &[&str], what: &str| lines.iter().filter(|l| l.contains(what)).count();
    // `c[i] = a[i]` over a 16-byte-aligned element of four floats: one
    // 16-byte load and store (LLVM alone moves it as two 8-byte halves).
    let copy = entry(&b.ptx, "copy_f32x4").expect("copy_f32x4 entry");
    assert_eq!(count(&copy, "ld.global.v4.b32"), 1, "{}", copy.join("\n"));
    assert_eq!(count(&copy, "st.global.v4.b32"), 1, "{}", copy.join("\n"));
    let halves = count(&copy, "ld.global.b64") + count(&copy, "st.global.b64");
    assert_eq!(halves, 0, "no 8-byte halves:\n{}", copy.join("\n"));
}

#[test]
fn panics_build_nothing_on_the_stack() {
    let b = built();
    // Every index check of these kernels can panic, with a formatted
    // message on the CPU: on CUDA the panic records its values and the
    // message's template, so no kernel builds the message's values in local
    // memory on its way (which costs a memory-bound kernel a third of its
    // speed).
    // Nor does a print: its arguments go straight into the print area.
    for name in [
        "reduce_sum",
        "dot_f32",
        "histogram",
        "saxpy",
        "copy_f32",
        "sgemm",
        "print_squares",
    ] {
        let ptx = entry(&b.ptx, name).unwrap_or_else(|| panic!("{name} entry"));
        let local: Vec<&&str> = ptx.iter().filter(|l| l.contains(".local")).collect();
        assert!(local.is_empty(), "{name} uses local memory: {local:?}");
    }
    // The panics go to everygpu's stand-ins, never to core's formatting.
    assert!(b.ptx.contains("everygpu_panic_bounds_check"));
    assert!(b.ptx.contains("everygpu_panic_formatted"));
    assert!(!b.ptx.contains("4core3fmt"), "core's formatting is linked in");
}

#[test]
fn workgroup_arrays_are_accessed_in_the_shared_window() {
    let b = built();
    let count = |lines: &[&str], what: &str| lines.iter().filter(|l| l.trim_start().starts_with(what)).count();
    // `Shared::get`/`set` of 4- and 8-byte elements and the 16-byte
    // `get4`/`set4` address the `.shared` window directly: a generic access
    // would leave the hardware to find the window at run time. (Its 16-byte
    // loads of `a` and `b` are generic `ld.v4`: a slice may point anywhere.)
    let sgemm = entry(&b.ptx, "sgemm").expect("sgemm entry");
    assert!(count(&sgemm, "st.shared.b32") > 0, "{}", sgemm.join("\n"));
    assert!(count(&sgemm, "ld.shared.v4.b32") > 0, "{}", sgemm.join("\n"));
    for generic in ["ld.b32", "st.b32", "st.v4.b32"] {
        assert_eq!(
            count(&sgemm, generic),
            0,
            "generic `{generic}` in sgemm:\n{}",
            sgemm.join("\n")
        );
    }
    let reduce = entry(&b.ptx, "reduce_sum").expect("reduce_sum entry");
    assert!(
        count(&reduce, "st.shared.") > 0 && count(&reduce, "ld.shared.") > 0,
        "{}",
        reduce.join("\n")
    );
    assert_eq!(
        count(&reduce, "st.b32") + count(&reduce, "ld.b32"),
        0,
        "{}",
        reduce.join("\n")
    );
}

#[test]
fn matrix_tiles_are_tensor_core_instructions() {
    let b = built();
    let count = |lines: &[&str], what: &str| lines.iter().filter(|l| l.contains(what)).count();
    for (kernel, mma, load) in [
        (
            "hgemm",
            "wmma.mma.sync.aligned.row.row.m16n16k16.f32.f32",
            "wmma.load.a.sync.aligned.row.m16n16k16.shared.f16",
        ),
        (
            "bgemm",
            "wmma.mma.sync.aligned.row.row.m16n16k16.f32.bf16.bf16.f32",
            "wmma.load.a.sync.aligned.row.m16n16k16.shared.bf16",
        ),
    ] {
        let lines = entry(&b.ptx, kernel).unwrap_or_else(|| panic!("no `.entry {kernel}`"));
        // 4 × 4 accumulator tiles per subgroup and 16-deep stage, unrolled:
        // each of its 4 tiles of `a` meets 4 tiles of `b`.
        assert_eq!(count(&lines, mma), 16, "{kernel}:\n{}", lines.join("\n"));
        assert_eq!(count(&lines, load), 4, "{kernel}: A tiles from workgroup memory");
        assert_eq!(
            count(&lines, "wmma.store.d.sync.aligned.row.m16n16k16.f32"),
            16,
            "{kernel}"
        );
        assert_eq!(count(&lines, "ld.local"), 0, "{kernel}: the tiles stay in registers");
        // Stages arrive by asynchronous copies, one of `a` and two of `b` per
        // thread.
        assert!(count(&lines, "cp.async.cg.shared.global") >= 3, "{kernel}");
        assert!(count(&lines, "cp.async.wait_group") >= 1, "{kernel}");
    }
}

#[test]
fn hopper_gemms_are_warpgroup_matrix_instructions() {
    let b = built_hopper();
    assert!(
        b.ptx.lines().any(|l| l == ".target sm_90a"),
        "the module targets sm_90a"
    );
    assert!(
        b.ptx.lines().any(|l| l == ".version 8.3"),
        "the tensor maps' instructions need PTX ISA 8.3"
    );
    let count = |lines: &[&str], what: &str| lines.iter().filter(|l| l.contains(what)).count();
    for (kernel, ty) in [("hgemm", "f16"), ("bgemm", "bf16")] {
        let lines = entry(&b.ptx, kernel).unwrap_or_else(|| panic!("no `.entry {kernel}`"));
        let text = lines.join("\n");
        // Two 16-deep steps per 32-deep slice, each over the warpgroup's
        // whole 64 × 256; no mma.sync tiles left.
        let wgmma = format!("wgmma.mma_async.sync.aligned.m64n256k16.f32.{ty}.{ty}");
        assert_eq!(count(&lines, &wgmma), 2, "{kernel}:\n{text}");
        assert_eq!(count(&lines, "wmma."), 0, "{kernel}:\n{text}");
        // The 128 sums stay in registers, and leave as 8-byte pairs.
        assert_eq!(count(&lines, ".local"), 0, "{kernel}:\n{text}");
        assert_eq!(count(&lines, "st.global.b64"), 64, "{kernel}:\n{text}");
        for what in [
            "wgmma.fence.sync.aligned",
            "wgmma.commit_group.sync.aligned",
            // One step in flight in the loop; none left before the stores.
            "wgmma.wait_group.sync.aligned 1",
            "wgmma.wait_group.sync.aligned 0",
            // The slices arrive by the tensor memory accelerator, through
            // maps encoded on the GPU, onto transfer barriers.
            "tensormap.replace.tile.global_address.shared::cta.b1024.b64",
            "tensormap.replace.tile.swizzle_mode.shared::cta.b1024.b32 [%r",
            "tensormap.cp_fenceproxy.global.shared::cta.tensormap::generic.release.gpu.sync.aligned",
            "fence.proxy.tensormap::generic.acquire.gpu",
            "mbarrier.init.shared::cta.b64",
            "mbarrier.arrive.expect_tx.shared::cta.b64",
            "mbarrier.try_wait.parity.shared::cta.b64",
        ] {
            assert!(count(&lines, what) >= 1, "{kernel} has no {what}:\n{text}");
        }
        // A box of `a` and eight of `b` per step, in the loop and in the
        // steps started before it; no thread copies by itself.
        let tma = "cp.async.bulk.tensor.2d.shared::cluster.global.tile.mbarrier::complete_tx::bytes";
        assert_eq!(count(&lines, tma) % 9, 0, "{kernel}:\n{text}");
        assert!(count(&lines, tma) >= 18, "{kernel}:\n{text}");
        assert_eq!(count(&lines, "cp.async.cg"), 0, "{kernel}:\n{text}");
        assert!(count(&lines, "bar.sync") >= 1, "{kernel}: a barrier per step:\n{text}");
        assert!(
            !lines.iter().any(|l| l.starts_with(".reqnctapercluster")),
            "{kernel}:\n{text}"
        );
    }
    let hgemm = snapshot_text(&b.ptx, "hgemm").expect("hgemm entry");
    let mut failures = Vec::new();
    check_snapshot(&format!("hgemm.{HOPPER}.ptx"), &hgemm, &mut failures);
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_entry_carries_its_launch_bounds() {
    let b = built_hopper();
    let sgemm = entry(&b.ptx, "sgemm").expect("sgemm entry");
    let header: Vec<&str> = sgemm.iter().copied().take_while(|l| *l != "{").collect();
    let bounds = &header[header.len() - 2..];
    assert_eq!(
        bounds,
        [".reqntid 256, 1, 1", ".minnctapersm 2"],
        "{}",
        header.join("\n")
    );
    let mandelbrot = entry(&b.ptx, "mandelbrot").expect("mandelbrot entry");
    assert!(mandelbrot.contains(&".reqntid 16, 16, 1"), "{}", mandelbrot.join("\n"));
    assert!(!b.ptx.contains("everygpu.launch_bounds"), "the markers are gone");
    assert!(!mandelbrot.iter().any(|l| l.starts_with(".minnctapersm")));
}

#[test]
fn ptxas_accepts_the_ptx_when_installed() {
    let b = built();
    match (&b.kernel.ptxas, &b.output.validation) {
        (PtxasDiscovery::Found(p), Some(v @ PtxValidation::Validated { cubin, .. })) => {
            assert!(cubin.is_file(), "{} wrote no cubin", p.path.display());
            eprintln!("{v}");
        }
        (PtxasDiscovery::Found(_), other) => panic!("ptxas was found but the route says {other:?}"),
        (_, Some(v @ PtxValidation::Skipped { .. })) => {
            eprintln!("skipped: {v}");
        }
        (d, other) => panic!("discovery {d:?} but validation {other:?}"),
    }
}

/// A ptxas that refuses everything with a log pointing into `copy_f32`.
#[cfg(unix)]
fn refusing_ptxas(dir: &Path, ptx: &str) -> PathBuf {
    let line = ptx
        .lines()
        .position(|l| l.contains(".entry copy_f32("))
        .expect("copy_f32 entry")
        + 10;
    let script = format!(
        "#!/bin/sh\n\
         for a; do ptx=\"$a\"; done\n\
         echo \"ptxas $ptx, line {line}; error   : Unknown symbol 'everygpu_missing'\" >&2\n\
         echo 'ptxas fatal   : Ptx assembly aborted due to errors' >&2\n\
         exit 255\n"
    );
    // Written by `install`, not by this process: a test thread forking while
    // this process held the file open for writing would make it "Text file
    // busy" to execute.
    let source = dir.join("ptxas.sh");
    std::fs::write(&source, script).expect("write fake ptxas");
    let path = dir.join("ptxas");
    let installed = std::process::Command::new("install")
        .args(["-m", "755"])
        .arg(&source)
        .arg(&path)
        .status()
        .expect("run install");
    assert!(installed.success(), "install the fake ptxas: {installed}");
    path
}

#[cfg(unix)]
#[test]
fn a_ptxas_refusal_fails_the_nvptx_route_with_its_log() {
    let b = built();
    let dir = tempfile::tempdir().expect("tempdir");
    let mut kernel = b.kernel.clone();
    kernel.ptxas = PtxasDiscovery::Found(Ptxas {
        path: refusing_ptxas(dir.path(), &b.ptx),
        version: "refuses everything".into(),
    });
    // Nothing changed: cargo does nothing, then the route runs "ptxas".
    let err = b
        .krate
        .build_in(&route(), &b.host, Some(&kernel), &b.target_dir)
        .expect_err("the route fails when ptxas refuses the PTX");
    let CompileError::Ptxas(refusal) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(
        (refusal.route.as_str(), refusal.arch.to_string().as_str()),
        ("nvptx-sm_80", ARCH)
    );
    assert_eq!(refusal.kernels, ["copy_f32"]);
    let log = &refusal.log;
    assert!(log.contains("Unknown symbol 'everygpu_missing'"), "{log}");
    let text = err.to_string();
    assert!(
        text.starts_with("nvptx-sm_80: ptxas -arch=sm_80 rejected the PTX of kernel copy_f32 ("),
        "{text}"
    );
}

#[test]
fn normalization_keeps_the_kernel_and_drops_module_numbering() {
    assert_eq!(normalize_line("\t@%p1 bra \t$L__BB38_2;"), "\t@%p1 bra \t$L__BB_2;");
    assert_eq!(normalize_line("$L__BB38_10:"), "$L__BB_10:");
    assert_eq!(normalize_line("\t{ // callseq 70, 0"), "\t{ // callseq N, 0");
    assert_eq!(
        normalize_line("// %bb.11:      //   in Loop: Header=BB18_10 Depth=1"),
        "// %bb.11:      //   in Loop: Header=BB_10 Depth=1"
    );
    assert_eq!(
        normalize_line("\tcall.uni _RNvNtCsitLHWDqi81h_4core9panicking18panic_bounds_check, (param0);"),
        "\tcall.uni _RNvNtCs_4core9panicking18panic_bounds_check, (param0);"
    );
    assert_eq!(
        normalize_line("\tmov.b64 \t%rd20, anon_$_379c6f29c5238e853aefea95f74968a6_$_16;"),
        "\tmov.b64 \t%rd20, anon_CONST;"
    );
    assert_eq!(
        normalize_line("call _ZN4core9panicking5panic17h0123456789abcdefE,"),
        "call _ZN4core9panicking5panic17hE,"
    );
    assert_eq!(
        normalize_line("\tadd.rn.f32 \t%r16, %r42, %r13;"),
        "\tadd.rn.f32 \t%r16, %r42, %r13;"
    );
}

/// A small PTX module with one kernel whose body is `body`.
fn one_kernel_ptx(name: &str, body: &str) -> String {
    format!(
        ".version 7.0\n.target {ARCH}\n.address_size 64\n\n\
         .visible .entry {name}(\n\t.param .u64 {name}_param_0\n)\n{{\n\
         \t.reg .b32 \t%r<4>;\n\t.reg .b64 \t%rd<4>;\n{body}\tret;\n}}\n"
    )
}

/// The real ptxas on hand-written PTX: it accepts a valid kernel and writes a
/// cubin; its refusals are attributed to the right kernel. Skipped, with the
/// reason, where ptxas is not installed.
#[test]
fn real_ptxas_accepts_valid_ptx_and_names_the_kernel_it_refuses() {
    let ptxas = match PtxasDiscovery::discover() {
        PtxasDiscovery::Found(p) => p,
        other => {
            eprintln!("skipped: no ptxas ({other:?})");
            return;
        }
    };
    eprintln!("ptxas: {} ({})", ptxas.path.display(), ptxas.version);
    let dir = tempfile::tempdir().expect("tempdir");
    let check = |name: &str, body: &str| {
        let path = dir.path().join(format!("{name}.ptx"));
        std::fs::write(&path, one_kernel_ptx(name, body)).expect("write ptx");
        everygpu_compiler::ptxas::validate(&ptxas, &path, ptx_arch(ARCH), "nvptx-sm_80")
    };
    let valid = "\tld.param.u64 \t%rd1, [valid_param_0];\n\tcvta.to.global.u64 \t%rd2, %rd1;\n\
                 \tmov.u32 \t%r1, %tid.x;\n\tst.global.u32 \t[%rd2], %r1;\n";
    match check("valid", valid) {
        Ok(v @ PtxValidation::Validated { .. }) => eprintln!("{v}"),
        other => panic!("valid PTX: {other:?}"),
    }
    let refusal = |result: Result<PtxValidation, CompileError>| match result {
        Err(CompileError::Ptxas(r)) => r,
        other => panic!("expected a refusal: {other:?}"),
    };
    let bogus = refusal(check("bogus", "\tmov.u32 \t%r1, %tid.x;\n\tbogus.instruction \t%r1;\n"));
    eprintln!("{bogus}");
    assert_eq!(bogus.kernels, ["bogus"], "{}", bogus.log);
    assert!(bogus.log.contains("bogus"), "{}", bogus.log);
    let greedy = refusal(check(
        "greedy",
        "\t.shared .align 4 .b8 big[262144];\n\tmov.u64 \t%rd1, big;\n\tmov.u32 \t%r1, %tid.x;\n\
         \tst.shared.u32 \t[%rd1], %r1;\n",
    ));
    eprintln!("{greedy}");
    assert_eq!(greedy.kernels, ["greedy"], "{}", greedy.log);
}

/// A kernel crate that enables no unstable feature itself (unlike the
/// samples, which write inline PTX), on crates.io crates, builds for nvptx:
/// the route enables what `#[kernel]`'s launch bounds need, and every entry
/// carries them.
#[test]
fn an_ordinary_crate_builds_for_nvptx_with_its_launch_bounds() {
    let host = HostToolchain::discover().expect("host toolchain");
    let kernel = KernelToolchain::discover().expect("kernel toolchain");
    let dir = workspace().join("tests/crate-kernels");
    let lib = std::fs::read_to_string(dir.join("src/lib.rs")).expect("lib.rs");
    assert!(!lib.contains("#![feature") && !lib.contains("asm_experimental_arch"));
    let krate = KernelCrate::open(&dir, &host).expect("opens");
    let route = route_for(HOPPER);
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("crate-kernels-ptx");
    let output = krate
        .build_in(&route, &host, Some(&kernel), &target_dir)
        .unwrap_or_else(|e| panic!("{e}"));
    let ptx = std::fs::read_to_string(&output.path).expect("ptx");
    for name in ["libm_f32", "libm_wave", "glam_rotate", "crc_blocks", "xoshiro"] {
        let lines = entry(&ptx, name).unwrap_or_else(|| panic!("no `.entry {name}`"));
        assert!(
            lines.iter().any(|l| l.starts_with(".reqntid 256, 1, 1")),
            "{name}: {}",
            lines[..lines.len().min(12)].join("\n")
        );
    }
}

#[test]
fn workgroup_memory_is_sized_per_target() {
    // `#[kernel]` writes the bytes each entry carves its workgroup arrays
    // from, as the target sizes them; CUDA launches with those. hgemm sizes
    // its arrays for Hopper's four swizzled stages only where it builds for
    // sm_90a, and for two padded stages elsewhere.
    let marker = |ptx: &str, kernel: &str| {
        let prefix = format!("// everygpu.shared_bytes {kernel} ");
        ptx.lines()
            .find_map(|l| l.strip_prefix(prefix.as_str()))
            .and_then(|n| n.trim().parse::<u32>().ok())
            .unwrap_or_else(|| panic!("no workgroup memory marker for {kernel}"))
    };
    let (older, hopper) = (&built().ptx, &built_hopper().ptx);
    // Two stages of 128 × 16 and 16 × 128 f32 slices, on every CUDA target
    // (the shader route stages 8-deep slices in 16 KiB).
    assert_eq!(marker(older, "sgemm"), 32 * 1024);
    assert_eq!(marker(hopper, "sgemm"), 32 * 1024);
    // Two stages of 128 × 24 and 16 × 264 padded f16 slices.
    assert_eq!(marker(older, "hgemm"), 2 * (128 * 24 + 16 * 264) * 2);
    // Four stages of 128 × 32 and 32 × 256 f16 slices, then 128 bytes where
    // the tensor maps are encoded and a transfer barrier per stage.
    assert_eq!(marker(hopper, "hgemm"), 4 * (8192 + 16384) + 128 + 4 * 8);
    assert_eq!(marker(hopper, "bgemm"), marker(hopper, "hgemm"));
    // A kernel without workgroup arrays has no marker.
    assert!(!older.contains("// everygpu.shared_bytes saxpy "));
}

#[test]
fn a_cluster_kernel_multicasts_its_copies() {
    // A kernel crate written here: two workgroups per cluster, each copying
    // half of a 64 × 32 block of `x` into both with the tensor memory
    // accelerator, on Hopper; a plain copy elsewhere. Beside it, a kernel
    // whose workgroup has another size on Hopper.
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cluster-kernel");
    std::fs::create_dir_all(dir.join("src")).expect("crate folder");
    let kernel_path = workspace().join("kernel");
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"cluster-kernel\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\neverygpu-kernel = {{ path = {:?} }}\n\n[workspace]\n",
            kernel_path.display().to_string()
        ),
    )
    .expect("Cargo.toml");
    std::fs::write(
        dir.join("src/lib.rs"),
        r#"#![no_std]
use everygpu_kernel::{f16, global_index, kernel, Shared};

#[kernel(workgroup_size = 128, cluster = (2, 1))]
pub fn block_copy(x: &[f16], out: &mut [f16], tile: &Shared<f16, 2304>) {
    #[cfg(all(target_arch = "nvptx64", target_feature = "sm_90a"))]
    {
        use everygpu_kernel::matrix::tma::{cluster_barrier, cluster_rank, Map, MapSlot, Swizzle, TransferBarrier};
        use everygpu_kernel::matrix::warpgroup::window_address;
        static MAP: MapSlot = MapSlot::new();
        let window = window_address(tile);
        let map = Map::build(&MAP, window + 4096, x, 64, 32, [32, 32], Swizzle::B64);
        // SAFETY: 8 bytes after the scratch, for nothing else.
        let full = unsafe { TransferBarrier::at(window + 4096 + 128) };
        if everygpu_kernel::local_id().x == 0 {
            full.init(1);
        }
        cluster_barrier();
        let rank = cluster_rank();
        if everygpu_kernel::local_id().x == 0 {
            full.expect(2 * map.box_bytes());
            // SAFETY: the stage is free in both workgroups; 512-byte aligned.
            unsafe { map.copy_multicast(window + rank * map.box_bytes(), [32 * rank, 0], full, 0b11) };
        }
        full.wait(0);
        cluster_barrier();
    }
    let i = global_index();
    if i < x.len() && i < out.len() {
        out[i] = x[i];
    }
}

#[cfg_attr(all(target_arch = "nvptx64", target_feature = "sm_90a"), kernel(workgroup_size = 384))]
#[cfg_attr(not(all(target_arch = "nvptx64", target_feature = "sm_90a")), kernel(workgroup_size = 256))]
pub fn sized_per_target(out: &mut [u32]) {
    let i = global_index();
    if i < out.len() {
        out[i] = everygpu_kernel::workgroup_size().x;
    }
}
"#,
    )
    .expect("lib.rs");
    let host = HostToolchain::discover().expect("host toolchain");
    let kernel = KernelToolchain::discover().expect("kernel toolchain");
    let krate = KernelCrate::open(&dir, &host).expect("opens");
    let target_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cluster-kernel-ptx");
    // (That older targets get no cluster directive is the launch-bounds
    // rewriter's unit test: a second build here would cost CI half a minute.)
    let output = krate
        .build_in(&route_for(HOPPER), &host, Some(&kernel), &target_dir)
        .unwrap_or_else(|e| panic!("{HOPPER}: {e}"));
    let hopper = &std::fs::read_to_string(&output.path).expect("ptx");
    let lines = entry(hopper, "block_copy").expect("block_copy entry");
    let text = lines.join("\n");
    assert!(lines.contains(&".reqnctapercluster 2, 1, 1"), "{text}");
    // A workgroup sized per target carries this target's size, which the
    // CUDA backend launches it with.
    let sized = entry(hopper, "sized_per_target").expect("sized_per_target entry");
    assert!(sized.contains(&".reqntid 384, 1, 1"), "{}", sized.join("\n"));
    assert!(
        hopper.lines().any(|l| l == ".version 8.3"),
        "tensor maps need PTX ISA 8.3"
    );
    for what in [
        "cp.async.bulk.tensor.2d.shared::cluster.global.tile.mbarrier::complete_tx::bytes.multicast::cluster",
        "%cluster_ctarank",
        "barrier.cluster.arrive.aligned",
        "tensormap.cp_fenceproxy.global.shared::cta.tensormap::generic.release.gpu.sync.aligned",
    ] {
        assert!(text.contains(what), "no {what}:\n{text}");
    }
}
