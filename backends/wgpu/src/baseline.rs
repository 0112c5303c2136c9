//! Hand-written WGSL baselines (`baseline/*.wgsl`): BabelStream's f32
//! kernels as a WGSL programmer writes them, in the shader route's binding
//! layout, so they run on every shader backend with the Rust kernels' case
//! plans (see `baseline/README.md`).

use std::path::Path;

/// Each baseline kernel's name (the Rust kernel it mirrors) and WGSL source.
pub const BABELSTREAM_WGSL: [(&str, &str); 5] = [
    ("copy_f32", include_str!("../baseline/copy_f32.wgsl")),
    ("mul_f32", include_str!("../baseline/mul_f32.wgsl")),
    ("add_f32", include_str!("../baseline/add_f32.wgsl")),
    ("triad_f32", include_str!("../baseline/triad_f32.wgsl")),
    ("dot_f32", include_str!("../baseline/dot_f32.wgsl")),
];

/// Writes the baseline kernels as `<dir>/<kernel>.wgsl`, the folder layout
/// [`everygpu_backend::ShaderArtifact::from_wgsl_dir`] reads.
pub fn write_babelstream_wgsl(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (name, source) in BABELSTREAM_WGSL {
        std::fs::write(dir.join(format!("{name}.wgsl")), source)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use everygpu_backend::{Elem, ManifestKernel, Param, ShaderKernel};

    /// The Rust kernels' signatures in `sample-kernels`.
    fn kernel(name: &str) -> ManifestKernel {
        let elem = Elem {
            name: "f32".into(),
            size: 4,
            align: 4,
            fields: vec![(String::new(), 0, "f32".into())],
        };
        let buf = |n: &str, mutable| Param::Buffer {
            name: n.into(),
            elem: elem.clone(),
            mutable,
        };
        let scalar = Param::Scalar {
            name: "scalar".into(),
            scalar: "f32".into(),
        };
        let params = match name {
            "copy_f32" => vec![buf("a", false), buf("c", true)],
            "mul_f32" => vec![scalar, buf("c", false), buf("b", true)],
            "add_f32" => vec![buf("a", false), buf("b", false), buf("c", true)],
            "triad_f32" => vec![scalar, buf("b", false), buf("c", false), buf("a", true)],
            "dot_f32" => vec![
                buf("a", false),
                buf("b", false),
                buf("partial", true),
                Param::Shared {
                    name: "tile".into(),
                    elem: elem.clone(),
                    len: 256,
                },
            ],
            other => panic!("no signature for {other}"),
        };
        ManifestKernel {
            name: name.into(),
            params,
            workgroup_size: [256, 1, 1],
            file: String::new(),
            line: 0,
        }
    }

    #[test]
    fn every_baseline_validates_with_its_bindings() {
        for (name, source) in BABELSTREAM_WGSL {
            let k = ShaderKernel::from_wgsl(source, &kernel(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
            let writable: Vec<bool> = k.bindings.iter().map(|b| b.writable).collect();
            assert_eq!(writable.last(), Some(&true), "{name}: the output is the last buffer");
            assert!(!k.uses_f64 && !k.uses_i64, "{name}");
            assert!(!k.spirv.is_empty());
        }
    }

    #[test]
    fn a_mismatched_workgroup_size_is_refused() {
        let mut k = kernel("copy_f32");
        k.workgroup_size = [64, 1, 1];
        let e = ShaderKernel::from_wgsl(BABELSTREAM_WGSL[0].1, &k).unwrap_err();
        assert!(e.contains("@workgroup_size"), "{e}");
    }
}
