//! Buffers and their memory: one allocation per buffer, device-local for
//! kernel data, host-visible for staging and the status words. Allocation
//! failures become [`BackendError::OutOfMemory`].

use ash::vk;
use everygpu_backend::BackendError;

use crate::adapter::Adapter;
use crate::conv;

/// Where a buffer lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Location {
    /// Device-local, reached by copies.
    Device,
    /// Host-visible and coherent, written by the host.
    Upload,
    /// Host-visible, read by the host (cached where the device offers it).
    Readback,
}

/// A buffer with its own memory, mapped when host-visible.
pub(crate) struct Buffer {
    pub(crate) raw: vk::Buffer,
    memory: vk::DeviceMemory,
    /// Bytes allocated (at least 16).
    pub(crate) size: u64,
    mapped: *mut u8,
    coherent: bool,
}

impl Buffer {
    /// The mapped bytes of a host-visible buffer.
    pub(crate) fn mapped(&mut self) -> Option<&mut [u8]> {
        if self.mapped.is_null() {
            return None;
        }
        // SAFETY: the whole allocation of `size` bytes is mapped while the buffer lives.
        Some(unsafe { std::slice::from_raw_parts_mut(self.mapped, self.size as usize) })
    }

    /// Makes device writes visible to the host (non-coherent memory only).
    pub(crate) fn invalidate(&self, device: &ash::Device) -> Result<(), BackendError> {
        if self.coherent || self.mapped.is_null() {
            return Ok(());
        }
        let range = vk::MappedMemoryRange::default()
            .memory(self.memory)
            .size(vk::WHOLE_SIZE);
        // SAFETY: the memory is mapped.
        unsafe { device.invalidate_mapped_memory_ranges(&[range]) }
            .map_err(|r| BackendError::Driver(conv::failed("vkInvalidateMappedMemoryRanges", r)))
    }

    /// Frees the buffer and its memory.
    ///
    /// # Safety
    /// No pending command may use the buffer.
    pub(crate) unsafe fn destroy(self, device: &ash::Device) {
        // SAFETY: per the contract; unmapping happens with the free.
        unsafe {
            device.destroy_buffer(self.raw, None);
            device.free_memory(self.memory, None);
        }
    }
}

/// Creates a buffer of `size` bytes (16 at least, so empty buffers can still
/// be bound) in `location`, named `name` in errors.
/// Allocations from this size on are dedicated to their buffer.
const DEDICATED_FROM: u64 = 64 << 20;

pub(crate) fn create_buffer(
    device: &ash::Device,
    adapter: &Adapter,
    name: &str,
    size: u64,
    usage: vk::BufferUsageFlags,
    location: Location,
) -> Result<Buffer, BackendError> {
    let size = conv::align_up(size.max(16), 4);
    let heap_total = adapter.info.memory_bytes;
    let oom = |available: Option<u64>| BackendError::OutOfMemory {
        buffer: name.to_string(),
        requested: size,
        available,
    };
    // Larger than one allocation may be: refused before the driver is asked.
    if size > adapter.limits.max_allocation {
        return Err(oom(Some(adapter.limits.max_allocation)));
    }
    let info = vk::BufferCreateInfo::default()
        .size(size)
        .usage(usage)
        .sharing_mode(vk::SharingMode::EXCLUSIVE);
    // SAFETY: `info` is valid for the call.
    let raw = unsafe { device.create_buffer(&info, None) }.map_err(|r| {
        if conv::is_out_of_memory(r) {
            oom(heap_total)
        } else {
            BackendError::Driver(conv::failed(&format!("vkCreateBuffer for `{name}`"), r))
        }
    })?;
    let destroy_raw = || {
        // SAFETY: nothing uses the new buffer yet.
        unsafe { device.destroy_buffer(raw, None) }
    };
    // SAFETY: `raw` is live.
    let requirements = unsafe { device.get_buffer_memory_requirements(raw) };
    let (required, preferred) = match location {
        Location::Device => (vk::MemoryPropertyFlags::empty(), vk::MemoryPropertyFlags::DEVICE_LOCAL),
        Location::Upload => (
            vk::MemoryPropertyFlags::HOST_VISIBLE | vk::MemoryPropertyFlags::HOST_COHERENT,
            vk::MemoryPropertyFlags::empty(),
        ),
        Location::Readback => (
            vk::MemoryPropertyFlags::HOST_VISIBLE,
            vk::MemoryPropertyFlags::HOST_CACHED,
        ),
    };
    let Some(memory_type) = adapter.memory_type(requirements.memory_type_bits, required, preferred) else {
        destroy_raw();
        return Err(BackendError::Driver(format!(
            "no memory type with {required:?} can hold buffer `{name}`"
        )));
    };
    // Large buffers get a dedicated allocation where the driver prefers it (or
    // from 64 MiB on): NVIDIA maps those with large pages, and a plain
    // allocation of a GiB streams measurably slower (TLB misses).
    let dedicated = adapter.api_version >= vk::API_VERSION_1_1 && {
        let mut needs = vk::MemoryDedicatedRequirements::default();
        let mut req2 = vk::MemoryRequirements2::default().push_next(&mut needs);
        let info = vk::BufferMemoryRequirementsInfo2::default().buffer(raw);
        // SAFETY: `raw` is live; the output chain is valid for the call.
        unsafe { device.get_buffer_memory_requirements2(&info, &mut req2) };
        needs.prefers_dedicated_allocation == vk::TRUE
            || needs.requires_dedicated_allocation == vk::TRUE
            || requirements.size >= DEDICATED_FROM
    };
    let mut dedicated_info = vk::MemoryDedicatedAllocateInfo::default().buffer(raw);
    let mut alloc = vk::MemoryAllocateInfo::default()
        .allocation_size(requirements.size)
        .memory_type_index(memory_type);
    if dedicated {
        alloc = alloc.push_next(&mut dedicated_info);
    }
    // SAFETY: `alloc` is valid for the call.
    let memory = match unsafe { device.allocate_memory(&alloc, None) } {
        Ok(m) => m,
        Err(r) => {
            destroy_raw();
            return Err(if conv::is_out_of_memory(r) {
                oom(adapter.heap_size(memory_type).or(heap_total))
            } else {
                BackendError::Driver(conv::failed(&format!("vkAllocateMemory for `{name}`"), r))
            });
        }
    };
    let free = || {
        // SAFETY: nothing uses the new buffer or memory yet.
        unsafe {
            device.destroy_buffer(raw, None);
            device.free_memory(memory, None);
        }
    };
    // SAFETY: the memory is fresh and large enough for the buffer.
    if let Err(r) = unsafe { device.bind_buffer_memory(raw, memory, 0) } {
        free();
        return Err(BackendError::Driver(conv::failed("vkBindBufferMemory", r)));
    }
    let flags = adapter.memory.memory_types[memory_type as usize].property_flags;
    let mut mapped = std::ptr::null_mut();
    if location != Location::Device {
        // SAFETY: the memory is host-visible and not mapped yet.
        match unsafe { device.map_memory(memory, 0, vk::WHOLE_SIZE, vk::MemoryMapFlags::empty()) } {
            Ok(p) => mapped = p as *mut u8,
            Err(r) => {
                free();
                return Err(if conv::is_out_of_memory(r) {
                    oom(heap_total)
                } else {
                    BackendError::Driver(conv::failed("vkMapMemory", r))
                });
            }
        }
    }
    Ok(Buffer {
        raw,
        memory,
        size,
        mapped,
        coherent: flags.contains(vk::MemoryPropertyFlags::HOST_COHERENT),
    })
}

/// Buffers freed together when dropped (after the queue is idle).
pub(crate) struct BufferSet {
    device: ash::Device,
    pub(crate) buffers: Vec<Buffer>,
}

impl BufferSet {
    /// An empty set on `device`.
    pub(crate) fn new(device: &ash::Device) -> BufferSet {
        BufferSet {
            device: device.clone(),
            buffers: Vec::new(),
        }
    }

    /// Adds a buffer; returns its index.
    pub(crate) fn push(&mut self, buffer: Buffer) -> usize {
        self.buffers.push(buffer);
        self.buffers.len() - 1
    }
}

impl Drop for BufferSet {
    fn drop(&mut self) {
        for b in self.buffers.drain(..) {
            // SAFETY: sets are dropped only once their commands completed (a
            // run that timed out leaks its set instead).
            unsafe { b.destroy(&self.device) };
        }
    }
}
