//! Threads of a workgroup in lock-step: the fibers of a workgroup whose
//! threads wait for each other at barriers and subgroup operations.

use super::*;

/// Where a thread of a workgroup in lock-step stands. (Its fiber stays in
/// place: moving a fiber with every change of state cost more than the
/// switch itself.)
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lane {
    /// Not started yet.
    Fresh,
    /// Ready to go on past where it parked.
    Runnable,
    /// Parked at a barrier or a subgroup operation.
    Parked(Park),
    /// Returned.
    Done,
}

impl Lane {
    fn park(self) -> Option<Park> {
        match self {
            Lane::Parked(p) => Some(p),
            _ => None,
        }
    }
}

/// The threads of a workgroup from one on, in lock-step: every runnable
/// fiber runs until it parks or returns; then each subgroup whose lanes all
/// wait at the same operation gets its results; when every thread waits at
/// the barrier, the barrier opens.
pub(super) struct LockStep<'a> {
    pub(super) entry: unsafe fn(*const ArgSlot),
    pub(super) args: *const ArgSlot,
    /// The threads, the first of them already parked once.
    pub(super) threads: &'a [[u32; 3]],
    /// The first thread's state (the workgroup's coordinates and memory).
    pub(super) state: ThreadState,
    /// Whether `threads` is the whole workgroup; else the threads before
    /// returned, and a barrier is divergence.
    pub(super) whole: bool,
}

impl LockStep<'_> {
    pub(super) fn run(&self, first: Fiber, park: Park, call: LaneCall) -> Result<(), PanicReport> {
        let n = self.threads.len();
        let mut calls: Vec<LaneCall> = std::vec![LaneCall::empty(); n];
        calls[0] = call;
        let mut fibers: Vec<Fiber> = Vec::with_capacity(n);
        fibers.push(first);
        fibers.extend((1..n).map(|_| take_fiber()));
        let mut lanes: Vec<Lane> = std::vec![Lane::Fresh; n];
        lanes[0] = Lane::Parked(park);
        // The workgroup's coordinates once; each resume sets `local` alone.
        STATE.with(|s| s.set(self.state));
        let state = STATE.with(|s| s.as_ptr());
        let call_slot = CALL_SLOT.with(|s| s.as_ptr());
        let mut result = Ok(());
        loop {
            let (mut at_barrier, mut done) = (0, 0);
            for (i, (fiber, lane)) in fibers.iter_mut().zip(lanes.iter_mut()).enumerate() {
                let input = match *lane {
                    Lane::Fresh => {
                        let job = Job::Thread {
                            entry: self.entry,
                            args: self.args,
                        };
                        JOB.with(|j| j.set(Some(job)));
                        Resume::Start
                    }
                    Lane::Runnable => Resume::Go,
                    Lane::Done => {
                        done += 1;
                        continue;
                    }
                    Lane::Parked(_) => continue,
                };
                // SAFETY: this OS thread's cells; no reference into them is
                // held across the resume.
                unsafe {
                    (*state).local = self.threads[i];
                    *call_slot = &mut calls[i];
                }
                let event = resume(fiber, input);
                // SAFETY: as above.
                unsafe { *call_slot = core::ptr::null_mut() };
                match event {
                    Event::Parked(park) => {
                        at_barrier += (park == Park::Barrier) as usize;
                        *lane = Lane::Parked(park);
                    }
                    finished => {
                        *lane = Lane::Done;
                        done += 1;
                        if let (Err(p), Ok(())) = (outcome(finished), &result) {
                            result = Err(p);
                        }
                    }
                }
            }
            if result.is_err() || done == n {
                break;
            }
            if at_barrier == n && self.whole {
                // Everyone at the barrier, which opens (the common case).
                lanes.fill(Lane::Runnable);
                continue;
            }
            result = self.release(&mut lanes, &mut calls);
            if result.is_err() {
                break;
            }
        }
        // A thread that panicked, or threads that wait for others that will
        // never come (on a GPU they would wait forever too), unwind.
        for (fiber, lane) in fibers.into_iter().zip(lanes) {
            match lane {
                Lane::Fresh | Lane::Done => give_fiber(fiber),
                Lane::Runnable | Lane::Parked(_) => abort(fiber),
            }
        }
        result
    }

    /// Makes parked fibers runnable: subgroups whose lanes all wait at the
    /// same operation (their results computed), else everyone at the
    /// barrier. Fails when nothing can go on.
    fn release(&self, lanes: &mut [Lane], calls: &mut [LaneCall]) -> Result<(), PanicReport> {
        let report = |message: String, thread: usize, call: Option<&LaneCall>| {
            PanicReport::new(
                message,
                self.threads[thread],
                self.state.group,
                call.map(|c| c.location),
            )
        };
        // The threads start at a subgroup's first lane (see `Run::take_over`).
        let start = linear(self.threads[0], self.state.size) as usize;
        let width = SUBGROUP_SIZE as usize;
        let index = |i: usize| (i + start) / width;
        let mut released = false;
        let mut stuck: Option<usize> = None;
        let mut base = 0;
        while base < lanes.len() {
            let end = ((index(base) + 1) * width - start).min(lanes.len());
            let members = base..end;
            base = end;
            let mut waiting = members.clone().filter(|&i| lanes[i].park() == Some(Park::Subgroup));
            let Some(first) = waiting.next() else { continue };
            let call = calls[first];
            if let Some(other) = waiting.find(|&i| !calls[i].same_call(&call)) {
                let o = &calls[other];
                return Err(report(
                    format!(
                        "non-uniform subgroup operations: lanes of subgroup {} called subgroup::{} at {} and \
                         subgroup::{} at {} (every lane of a subgroup must make the same call together)",
                        index(first),
                        call.op,
                        call.location,
                        o.op,
                        o.location
                    ),
                    other,
                    Some(o),
                ));
            }
            let all_waiting = members.clone().all(|i| lanes[i].park() == Some(Park::Subgroup));
            if !all_waiting {
                if members.clone().any(|i| lanes[i] == Lane::Done) {
                    let gone: Vec<usize> = members
                        .clone()
                        .filter(|&i| lanes[i] == Lane::Done)
                        .map(|i| (i + start) % width)
                        .collect();
                    return Err(report(
                        format!(
                            "subgroup::{} reached in non-uniform control flow: lanes {} of subgroup {} returned \
                             while the others call it (every lane of a subgroup must call it together)",
                            call.op,
                            ranges(&gone),
                            index(first)
                        ),
                        first,
                        Some(&call),
                    ));
                }
                // Others of the subgroup wait at the barrier.
                stuck.get_or_insert(first);
                continue;
            }
            (call.compute)(&mut calls[members.clone()]).map_err(|m| report(m, first, Some(&call)))?;
            for lane in &mut lanes[members] {
                if let Lane::Parked(_) = lane {
                    *lane = Lane::Runnable;
                }
            }
            released = true;
        }
        if released {
            return Ok(());
        }
        if let Some(first) = stuck {
            let call = calls[first];
            return Err(report(
                format!(
                    "barrier divergence: lanes of subgroup {} wait at subgroup::{} ({}) while others of the \
                     subgroup wait at the barrier",
                    index(first),
                    call.op,
                    call.location
                ),
                first,
                Some(&call),
            ));
        }
        // Every thread still running waits at the barrier.
        if !self.whole || lanes.contains(&Lane::Done) {
            return Err(report(
                "barrier divergence: some threads of the workgroup returned while others wait at a barrier".to_string(),
                0,
                None,
            ));
        }
        for lane in lanes.iter_mut() {
            if let Lane::Parked(_) = lane {
                *lane = Lane::Runnable;
            }
        }
        Ok(())
    }
}

/// The linear id of `local` in a workgroup of `size` (`x` fastest).
fn linear(local: [u32; 3], size: [u32; 3]) -> u32 {
    local[0] + size[0] * (local[1] + size[1] * local[2])
}

/// `[0, 1, 2, 5]` as "0-2, 5".
fn ranges(lanes: &[usize]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < lanes.len() {
        let start = lanes[i];
        let mut end = start;
        while i + 1 < lanes.len() && lanes[i + 1] == end + 1 {
            i += 1;
            end = lanes[i];
        }
        out.push(if start == end {
            start.to_string()
        } else {
            format!("{start}-{end}")
        });
        i += 1;
    }
    out.join(", ")
}
