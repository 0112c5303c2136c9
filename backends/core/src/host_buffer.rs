//! Case buffers on the host, and the shared memory that carries large ones
//! between the app and its worker processes without copying them through pipes.
//!
//! A buffer lives either on the heap or, on Linux when shared buffers are
//! switched on ([`set_shared_threshold`]) and it is large, in a file of
//! `/dev/shm` mapped into memory. A worker maps the file it is named in a
//! request instead of reading the bytes from a pipe: at 2^28 elements this
//! saves gigabytes of copies and page clears per case and backend.

use crate::process::{scratch_owner, scratch_prefix, shared_dir};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// Buffers of at least this many bytes go to shared memory; `usize::MAX`: never.
static SHARED_THRESHOLD: AtomicUsize = AtomicUsize::new(usize::MAX);

/// Makes buffers of at least `bytes` live in shared memory from now on in this
/// process (`None`: never). Only Linux has it; elsewhere this does nothing.
pub fn set_shared_threshold(bytes: Option<usize>) {
    if cfg!(target_os = "linux") {
        SHARED_THRESHOLD.store(bytes.unwrap_or(usize::MAX), Ordering::Relaxed);
    }
}

/// A mapped shared-memory file.
struct Shared {
    map: memmap2::MmapMut,
    path: PathBuf,
    /// Whether dropping the buffer removes the file.
    owner: bool,
}

impl Drop for Shared {
    fn drop(&mut self) {
        if self.owner {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

enum Storage {
    /// `u128` words keep the bytes 16-byte aligned.
    Heap(Vec<u128>),
    Shared(Shared),
}

/// A case buffer's bytes on the host, 16-byte aligned so any element type can
/// be viewed in place.
pub struct HostBuffer {
    storage: Storage,
    len: usize,
}

impl Default for HostBuffer {
    fn default() -> Self {
        HostBuffer::zeroed(0)
    }
}

impl Clone for HostBuffer {
    fn clone(&self) -> Self {
        HostBuffer::from_bytes(self.bytes())
    }
}

impl std::fmt::Debug for HostBuffer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.storage {
            Storage::Heap(_) => write!(f, "HostBuffer({} bytes)", self.len),
            Storage::Shared(s) => write!(f, "HostBuffer({} bytes in {})", self.len, s.path.display()),
        }
    }
}

impl HostBuffer {
    /// A copy of `bytes`.
    pub fn from_bytes(bytes: &[u8]) -> HostBuffer {
        let mut b = HostBuffer::zeroed(bytes.len());
        b.bytes_mut().copy_from_slice(bytes);
        b
    }

    /// `len` zero bytes: in shared memory when `len` reaches the threshold and
    /// `/dev/shm` has room, else on the heap.
    pub fn zeroed(len: usize) -> HostBuffer {
        if len > 0 && len >= SHARED_THRESHOLD.load(Ordering::Relaxed) {
            if let Ok(shared) = HostBuffer::zeroed_shared(len) {
                return shared;
            }
        }
        HostBuffer {
            storage: Storage::Heap(vec![0; len.div_ceil(16)]),
            len,
        }
    }

    /// `len` zero bytes in a new shared-memory file owned by this buffer.
    pub fn zeroed_shared(len: usize) -> std::io::Result<HostBuffer> {
        Ok(HostBuffer {
            storage: Storage::Shared(create_shared(len.max(1))?),
            len,
        })
    }

    /// Maps the shared buffer another process named: `len` bytes of the file at
    /// `path`. With `take_ownership` the file is removed when this buffer is
    /// dropped (the sender handed it over); otherwise the sender keeps it.
    pub fn open_shared(path: &Path, len: usize, take_ownership: bool) -> std::io::Result<HostBuffer> {
        let file = std::fs::OpenOptions::new().read(true).write(true).open(path)?;
        if (file.metadata()?.len() as usize) < len {
            return Err(std::io::Error::other(format!(
                "{}: shorter than the {len} bytes announced",
                path.display()
            )));
        }
        // SAFETY: the file is ours (created by an everygpu process for this
        // exchange) and nobody truncates it while it is mapped.
        let map = unsafe { memmap2::MmapOptions::new().len(len.max(1)).populate().map_mut(&file)? };
        Ok(HostBuffer {
            storage: Storage::Shared(Shared {
                map,
                path: path.to_owned(),
                owner: take_ownership,
            }),
            len,
        })
    }

    /// Takes over the shared buffer another process handed over: renames its
    /// file into this process's prefix (so that cleaning up after the sender,
    /// should it die, leaves it alone), maps it and removes it when dropped.
    pub fn adopt_shared(path: &Path, len: usize) -> std::io::Result<HostBuffer> {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let me = std::process::id();
        let adopted = match scratch_owner(&name) {
            Some((owner, _)) if owner == me => return HostBuffer::open_shared(path, len, true),
            Some((owner, rest)) => format!("{}from-{owner}-{rest}", scratch_prefix(me)),
            None => format!("{}from-{name}", scratch_prefix(me)),
        };
        let adopted = path.with_file_name(adopted);
        std::fs::rename(path, &adopted)?;
        HostBuffer::open_shared(&adopted, len, true)
    }

    /// The shared-memory file holding the bytes, if any.
    pub fn shared_path(&self) -> Option<&Path> {
        match &self.storage {
            Storage::Shared(s) => Some(&s.path),
            Storage::Heap(_) => None,
        }
    }

    /// Gives up ownership of the shared file: another process has been told to
    /// take it over, so dropping this buffer leaves the file in place.
    pub fn disown(&mut self) {
        if let Storage::Shared(s) = &mut self.storage {
            s.owner = false;
        }
    }

    /// The bytes.
    pub fn bytes(&self) -> &[u8] {
        match &self.storage {
            // SAFETY: `words` holds at least `len` initialised bytes.
            Storage::Heap(words) => unsafe { std::slice::from_raw_parts(words.as_ptr() as *const u8, self.len) },
            Storage::Shared(s) => &s.map[..self.len],
        }
    }

    /// The bytes, writable.
    pub fn bytes_mut(&mut self) -> &mut [u8] {
        match &mut self.storage {
            // SAFETY: as above.
            Storage::Heap(words) => unsafe { std::slice::from_raw_parts_mut(words.as_mut_ptr() as *mut u8, self.len) },
            Storage::Shared(s) => &mut s.map[..self.len],
        }
    }

    /// The length in bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the buffer is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The start address (16-byte aligned: page-aligned when shared).
    pub fn as_mut_ptr(&mut self) -> *mut u8 {
        match &mut self.storage {
            Storage::Heap(words) => words.as_mut_ptr() as *mut u8,
            Storage::Shared(s) => s.map.as_mut_ptr(),
        }
    }
}

/// Creates and maps a zeroed shared file of `len` bytes. The pages are
/// reserved up front, so a full `/dev/shm` is an error here rather than a
/// SIGBUS on first touch.
#[cfg(target_os = "linux")]
fn create_shared(len: usize) -> std::io::Result<Shared> {
    use std::os::fd::AsRawFd;
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let name = format!(
        "{}{}",
        scratch_prefix(std::process::id()),
        NEXT.fetch_add(1, Ordering::Relaxed)
    );
    let path = shared_dir().join(name);
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create_new(true)
        .open(&path)?;
    // From here on the file is removed on every error path by `Shared`'s drop.
    let reserve = |file: &std::fs::File| -> std::io::Result<memmap2::MmapMut> {
        // SAFETY: plain syscall on an open descriptor.
        let r = unsafe { libc::posix_fallocate(file.as_raw_fd(), 0, len as libc::off_t) };
        if r != 0 {
            return Err(std::io::Error::from_raw_os_error(r));
        }
        // SAFETY: the file was created above and is only ever resized by us.
        unsafe { memmap2::MmapOptions::new().len(len).populate().map_mut(file) }
    };
    match reserve(&file) {
        Ok(map) => Ok(Shared { map, path, owner: true }),
        Err(e) => {
            let _ = std::fs::remove_file(&path);
            Err(e)
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn create_shared(_len: usize) -> std::io::Result<Shared> {
    Err(std::io::Error::other("shared buffers are only used on Linux"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg_attr(not(target_os = "linux"), ignore = "shared buffers are Linux-only")]
    fn heap_and_shared_buffers_hold_the_same_bytes() {
        let bytes: Vec<u8> = (0..100_000u32).map(|i| (i * 7) as u8).collect();
        let heap = HostBuffer::from_bytes(&bytes);
        assert!(heap.shared_path().is_none());
        let mut shared = HostBuffer::zeroed_shared(bytes.len()).unwrap();
        shared.bytes_mut().copy_from_slice(&bytes);
        let path = shared.shared_path().expect("a shared buffer on Linux").to_owned();
        assert_eq!(shared.bytes(), heap.bytes());
        assert_eq!(shared.bytes().as_ptr() as usize % 16, 0);
        // Another mapping sees the same bytes; the owner's drop removes the file.
        let mut seen = HostBuffer::open_shared(&path, bytes.len(), false).unwrap();
        assert_eq!(seen.bytes(), &bytes[..]);
        seen.bytes_mut()[0] = 255;
        assert_eq!(shared.bytes()[0], 255, "both map the same pages");
        drop(seen);
        assert!(path.exists());
        drop(shared);
        assert!(!path.exists());
    }

    #[test]
    #[cfg_attr(not(target_os = "linux"), ignore = "shared buffers are Linux-only")]
    fn a_file_shorter_than_announced_is_refused() {
        let b = HostBuffer::zeroed_shared(8192).unwrap();
        let path = b.shared_path().unwrap().to_owned();
        let e = HostBuffer::open_shared(&path, 1 << 20, false).unwrap_err();
        assert!(e.to_string().contains("shorter"), "{e}");
    }
}
