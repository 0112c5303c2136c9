//! What a compile route produces and which backends take it.
//!
//! Each [`Route`] produces artifacts of one [`ArtifactKind`]; a backend
//! declares its route ([`crate::Backend::route`]) and so the kind its
//! [`crate::Backend::load`] takes, refusing any other with
//! [`BackendError::wrong_artifact`]. Route options travel typed: the nvptx
//! route's architecture is a [`PtxArch`], parsed once.

use crate::{BackendError, ShaderArtifact};
use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;
use std::sync::Arc;

/// The compile route whose artifact a backend runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    /// Host toolchain, cdylib.
    Cpu,
    /// rustc nvptx64-nvidia-cuda, PTX.
    Nvptx,
    /// rustc wasm32 → naga: SPIR-V, WGSL, MSL, HLSL.
    Wasm,
}

impl Route {
    /// Every route.
    pub const ALL: [Route; 3] = [Route::Cpu, Route::Nvptx, Route::Wasm];

    /// The route's name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Route::Cpu => "cpu",
            Route::Nvptx => "nvptx",
            Route::Wasm => "wasm",
        }
    }

    /// The kind of artifact the route produces, which its backends load.
    pub fn artifact_kind(self) -> ArtifactKind {
        match self {
            Route::Cpu => ArtifactKind::HostLibrary,
            Route::Nvptx => ArtifactKind::Ptx,
            Route::Wasm => ArtifactKind::Shader,
        }
    }
}

/// The kinds of [`Artifact`], one per [`Route`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ArtifactKind {
    /// [`Artifact::CpuLibrary`].
    HostLibrary,
    /// [`Artifact::Ptx`].
    Ptx,
    /// [`Artifact::Shader`].
    Shader,
}

impl ArtifactKind {
    /// The route that produces artifacts of this kind.
    pub fn route(self) -> Route {
        match Route::ALL.into_iter().find(|r| r.artifact_kind() == self) {
            Some(route) => route,
            None => unreachable!("every artifact kind has its route"),
        }
    }
}

/// What a compile route produced for one build of a kernel crate.
#[derive(Clone, Debug)]
pub enum Artifact {
    /// The crate as a host cdylib (kernels, cases, CPU executor).
    CpuLibrary {
        /// Where the library is; backends load their own copy.
        path: PathBuf,
    },
    /// Self-contained PTX of every kernel.
    Ptx {
        /// The PTX file.
        path: PathBuf,
        /// Its text.
        text: Arc<str>,
        /// The architecture it was generated for.
        arch: PtxArch,
    },
    /// One validated shader module per kernel.
    Shader(Arc<ShaderArtifact>),
}

impl Artifact {
    /// The artifact's kind.
    pub fn kind(&self) -> ArtifactKind {
        match self {
            Artifact::CpuLibrary { .. } => ArtifactKind::HostLibrary,
            Artifact::Ptx { .. } => ArtifactKind::Ptx,
            Artifact::Shader(_) => ArtifactKind::Shader,
        }
    }
}

impl BackendError {
    /// What a backend of route `expected` returns when
    /// [`crate::Backend::load`] is given `artifact`, of another route.
    pub fn wrong_artifact(expected: Route, artifact: &Artifact) -> BackendError {
        BackendError::WrongArtifact {
            expected,
            got: artifact.kind().route(),
        }
    }
}

/// A PTX target architecture, `sm_<version>` with an optional `a`
/// (architecture-specific) or `f` (family) suffix: `sm_80`, `sm_90a`,
/// `sm_120f`. What the nvptx route passes as `-Ctarget-cpu` and ptxas as
/// `-arch`; displayed, serialised and parsed in that form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PtxArch {
    /// `major * 10 + minor` of the compute capability: 90 for `sm_90a`.
    version: u32,
    /// `a`, `f`, or none.
    suffix: Option<char>,
}

impl PtxArch {
    /// `sm_<major><minor>`, with the `a` suffix where `specific`.
    pub const fn new(major: u32, minor: u32, specific: bool) -> PtxArch {
        PtxArch {
            version: major * 10 + minor,
            suffix: if specific { Some('a') } else { None },
        }
    }

    /// The compute capability's major version: 9 for `sm_90a`.
    pub fn major(self) -> u32 {
        self.version / 10
    }

    /// The compute capability's minor version: 0 for `sm_90a`.
    pub fn minor(self) -> u32 {
        self.version % 10
    }
}

impl fmt::Display for PtxArch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "sm_{}", self.version)?;
        match self.suffix {
            Some(suffix) => write!(f, "{suffix}"),
            None => Ok(()),
        }
    }
}

/// A name that is not a [`PtxArch`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{given}` is not a PTX architecture (sm_80, sm_90a, ...)")]
pub struct PtxArchError {
    /// The name given.
    pub given: String,
}

impl FromStr for PtxArch {
    type Err = PtxArchError;

    fn from_str(s: &str) -> Result<PtxArch, PtxArchError> {
        let error = || PtxArchError { given: s.to_string() };
        let rest = s.strip_prefix("sm_").ok_or_else(error)?;
        let (digits, suffix) = match rest.strip_suffix(['a', 'f']) {
            Some(digits) => (digits, rest.chars().last()),
            None => (rest, None),
        };
        if digits.len() < 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(error());
        }
        let version = digits.parse().map_err(|_| error())?;
        Ok(PtxArch { version, suffix })
    }
}

impl TryFrom<String> for PtxArch {
    type Error = PtxArchError;

    fn try_from(s: String) -> Result<PtxArch, PtxArchError> {
        s.parse()
    }
}

impl From<PtxArch> for String {
    fn from(arch: PtxArch) -> String {
        arch.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ptx_architectures_parse_and_display_as_given() {
        for name in ["sm_80", "sm_86", "sm_90a", "sm_100f", "sm_120"] {
            let arch: PtxArch = name.parse().expect(name);
            assert_eq!(arch.to_string(), name);
        }
        let h100: PtxArch = "sm_90a".parse().expect("sm_90a");
        assert_eq!((h100.major(), h100.minor()), (9, 0));
        assert_eq!(h100, PtxArch::new(9, 0, true));
        assert_eq!("sm_120".parse::<PtxArch>().map(|a| (a.major(), a.minor())), Ok((12, 0)));
        for bad in ["", "sm_", "sm_9", "sm_90b", "compute_90", "gfx90a", "sm_9x0"] {
            assert_eq!(bad.parse::<PtxArch>(), Err(PtxArchError { given: bad.into() }), "{bad}");
        }
        let json = serde_json::to_string(&h100).expect("serialises");
        assert_eq!(json, "\"sm_90a\"");
        assert_eq!(serde_json::from_str::<PtxArch>(&json).expect("parses"), h100);
    }

    #[test]
    fn each_artifact_kind_names_its_route() {
        for route in Route::ALL {
            assert_eq!(route.artifact_kind().route(), route);
        }
        let ptx = Artifact::Ptx {
            path: "k.ptx".into(),
            text: Arc::from(""),
            arch: PtxArch::new(8, 0, false),
        };
        assert!(matches!(
            BackendError::wrong_artifact(Route::Wasm, &ptx),
            BackendError::WrongArtifact {
                expected: Route::Wasm,
                got: Route::Nvptx
            }
        ));
    }
}
