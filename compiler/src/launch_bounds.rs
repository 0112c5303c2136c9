//! Launch bounds in PTX: `.reqntid` (the exact workgroup size) and
//! `.minnctapersm` in each kernel's entry header, where CUDA C++'s
//! `__launch_bounds__` puts its `.maxntid` and `.minnctapersm`.
//!
//! Rust has no way to put them there, so `#[kernel]` leaves one comment per
//! kernel in the module's file-scope assembly,
//! `// everygpu.launch_bounds NAME X Y Z RESIDENT`, and the nvptx route
//! rewrites the PTX after linking: every entry gets `.reqntid X, Y, Z` (its
//! workgroup size, exactly: ptxas plans registers for that many threads, and
//! the CUDA backend launches the entry with it, so a kernel may size its
//! workgroup per target with `cfg_attr`) and, where `RESIDENT` is not 0,
//! `.minnctapersm RESIDENT` (ptxas limits registers so that many workgroups
//! fit on one multiprocessor).
//!
//! The marker may go on with a cluster shape, `CX CY CZ` (`#[kernel(cluster
//! = ...)]`): where it is not `1 1 1` and the module targets compute
//! capability 9.0 or later (`clusters`), the entry gets `.reqnctapercluster CX, CY, CZ`,
//! and the driver launches its workgroups in clusters of that shape (older
//! targets have no clusters; the kernel runs without).

const MARKER: &str = "// everygpu.launch_bounds ";

/// One kernel's bounds, as `#[kernel]` wrote them.
struct Bounds<'a> {
    kernel: &'a str,
    threads: [u32; 3],
    resident: u32,
    /// `[1, 1, 1]` when the marker names none.
    cluster: [u32; 3],
}

fn parse(line: &str) -> Option<Bounds<'_>> {
    let mut words = line.trim().strip_prefix(MARKER)?.split_ascii_whitespace();
    let kernel = words.next()?;
    let mut num = || words.next()?.parse::<u32>().ok();
    let threads = [num()?, num()?, num()?];
    let resident = num()?;
    let cluster = match num() {
        Some(x) => [x, num()?, num()?],
        None => [1, 1, 1],
    };
    Some(Bounds {
        kernel,
        threads,
        resident,
        cluster,
    })
}

/// `ptx` with every marked entry's launch bounds in its header and the
/// markers removed. A marker whose kernel has no entry in the text (a kernel
/// of a dependency that the link left out) is dropped, and an entry whose
/// header already has bounds keeps them. `clusters`: the module's target
/// has clusters, so a marked cluster shape goes into the header.
pub fn apply(ptx: &str, clusters: bool) -> String {
    let bounds: Vec<Bounds<'_>> = ptx.lines().filter_map(parse).collect();
    let mut out = String::with_capacity(ptx.len() + 64 * bounds.len());
    let mut pending: Option<&Bounds<'_>> = None;
    for line in ptx.lines() {
        if line.trim_start().starts_with(MARKER) {
            continue;
        }
        if let Some(name) = entry_name(line) {
            pending = bounds.iter().find(|b| b.kernel == name);
        }
        if let Some(b) = pending {
            let t = line.trim();
            if t.starts_with(".maxntid")
                || t.starts_with(".minnctapersm")
                || t.starts_with(".reqntid")
                || t.starts_with(".reqnctapercluster")
            {
                pending = None;
            } else if t == "{" {
                let [x, y, z] = b.threads;
                out.push_str(&format!(".reqntid {x}, {y}, {z}\n"));
                if b.resident > 0 {
                    out.push_str(&format!(".minnctapersm {}\n", b.resident));
                }
                if clusters && b.cluster != [1, 1, 1] {
                    let [x, y, z] = b.cluster;
                    out.push_str(&format!(".reqnctapercluster {x}, {y}, {z}\n"));
                }
                pending = None;
            }
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// The name of the `.entry` that `line` opens.
fn entry_name(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let rest = t
        .strip_prefix(".visible .entry ")
        .or_else(|| t.strip_prefix(".entry "))?;
    Some(rest.split('(').next()?.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PTX: &str = "\
//
.version 8.7
.target sm_90a
.address_size 64

\t// begin inline asm
// everygpu.launch_bounds sgemm 256 1 1 2
\t// end inline asm
\t// begin inline asm
// everygpu.launch_bounds saxpy 16 16 1 0
\t// end inline asm
\t// begin inline asm
// everygpu.launch_bounds hgemm 256 1 1 0 1 2 1
\t// end inline asm

.visible .entry sgemm(
\t.param .u64 sgemm_param_0
)                                       // @sgemm
{
\tret;
}
.visible .entry saxpy(
\t.param .u64 saxpy_param_0
)
{
\tret;
}
.visible .entry hgemm(
\t.param .u64 hgemm_param_0
)
{
\tret;
}
";

    #[test]
    fn every_marked_entry_gets_its_bounds_and_the_markers_go() {
        let out = apply(PTX, true);
        assert!(!out.contains("everygpu.launch_bounds"), "{out}");
        assert!(
            out.contains(")                                       // @sgemm\n.reqntid 256, 1, 1\n.minnctapersm 2\n{\n"),
            "{out}"
        );
        assert!(
            out.contains("\t.param .u64 saxpy_param_0\n)\n.reqntid 16, 16, 1\n{\n"),
            "{out}"
        );
        assert!(!out.contains(".minnctapersm 0"), "{out}");
    }

    #[test]
    fn ptx_without_markers_is_unchanged() {
        let ptx = ".version 8.7\n.visible .entry k(\n)\n{\n\tret;\n}\n";
        assert_eq!(apply(ptx, true), ptx);
    }

    #[test]
    fn a_marker_without_its_entry_is_dropped_and_bounds_already_there_stay() {
        let missing = PTX.replace("saxpy(", "other(");
        let out = apply(&missing, true);
        assert!(
            !out.contains("everygpu.launch_bounds") && !out.contains(".reqntid 16, 16, 1"),
            "{out}"
        );
        assert!(out.contains(".minnctapersm 2\n{"), "sgemm still gets its bounds: {out}");
        let twice = PTX.replace(")\n{\n\tret;\n}\n", ")\n.reqntid 64, 1, 1\n{\n\tret;\n}\n");
        let out = apply(&twice, true);
        assert!(
            out.contains(".reqntid 64, 1, 1\n{") && !out.contains(".reqntid 16, 16, 1"),
            "{out}"
        );
    }

    #[test]
    fn a_cluster_shape_goes_to_targets_that_have_clusters() {
        let out = apply(PTX, true);
        assert!(
            out.contains("\t.param .u64 hgemm_param_0\n)\n.reqntid 256, 1, 1\n.reqnctapercluster 1, 2, 1\n{\n"),
            "{out}"
        );
        assert_eq!(out.matches(".reqnctapercluster").count(), 1, "{out}");
        let older = apply(&PTX.replace(".target sm_90a", ".target sm_80"), false);
        assert!(!older.contains(".reqnctapercluster"), "{older}");
        assert!(older.contains("hgemm_param_0\n)\n.reqntid 256, 1, 1\n{\n"), "{older}");
    }
}
