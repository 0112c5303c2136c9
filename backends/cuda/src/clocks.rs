//! Holding compute clocks for a benchmark.
//!
//! NVIDIA's driver keeps a GPU at its compute clocks while a CUDA context
//! exists on it, even an idle one. Without one, a GPU driven only through
//! Vulkan falls back to its idle clocks whenever the work comes in short
//! bursts (as a benchmark's kernels do between host-side checks) and takes
//! seconds to climb back. Measured on an H100 with `nvidia-smi`: during a
//! Vulkan-only `bench`, the SM clock sat at 345 to 1140 MHz instead of
//! 1980, and BabelStream dot at 2^25 ran at 1478 GB/s on Vulkan instead of
//! 2790; with a CUDA context open in another process, it held 1980 MHz
//! throughout.

use cudarc::driver::{result, sys};

/// Primary contexts retained on every CUDA device; released on drop.
pub struct ClockHold {
    devices: Vec<sys::CUdevice>,
}

impl ClockHold {
    /// Retains the primary context of every CUDA device. The error says why
    /// there is nothing to hold (no driver, no device).
    pub fn new() -> Result<ClockHold, String> {
        let driver = crate::instance::driver()?;
        let mut hold = ClockHold { devices: Vec::new() };
        for ordinal in 0..driver.device_count {
            let device = result::device::get(ordinal as i32).map_err(|e| format!("cuda:{ordinal}: {e}"))?;
            // SAFETY: `device` came from `cuDeviceGet`.
            unsafe { result::primary_ctx::retain(device) }.map_err(|e| format!("cuda:{ordinal}: {e}"))?;
            hold.devices.push(device);
        }
        if hold.devices.is_empty() {
            return Err("no CUDA device".into());
        }
        Ok(hold)
    }

    /// How many devices it holds.
    pub fn devices(&self) -> usize {
        self.devices.len()
    }
}

impl Drop for ClockHold {
    fn drop(&mut self) {
        for &device in &self.devices {
            // SAFETY: each device's primary context was retained once by `new`.
            let _ = unsafe { result::primary_ctx::release(device) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_every_device_or_says_why_not() {
        match (ClockHold::new(), crate::instance::driver()) {
            (Ok(hold), Ok(driver)) => assert_eq!(hold.devices(), driver.device_count as usize),
            (Err(why), Err(reason)) => assert_eq!(why, reason),
            (Ok(_), Err(reason)) => panic!("held clocks without a driver ({reason})"),
            (Err(why), Ok(_)) => panic!("a driver, but no hold: {why}"),
        }
    }
}
