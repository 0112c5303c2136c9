//! Which barriers need storage-buffer ordering.
//!
//! A kernel's `barrier()` is CUDA's `__syncthreads()`: it orders the
//! workgroup's accesses to storage buffers as well as to workgroup memory, so
//! the lowering emits `ControlBarrier(WORK_GROUP | STORAGE)`. The storage half
//! is not free: naga writes it for SPIR-V with Device memory scope, a
//! GPU-wide fence, which cost NVIDIA's Vulkan driver about 12 µs on every
//! BabelStream dot (1024 workgroups, eight barriers each) on an H100.
//!
//! It is needed only where one invocation's access to a storage buffer
//! before the barrier can meet another invocation's access to the same
//! buffer after it, one of the two a write. [`drop_needless_storage_ordering`]
//! finds the barriers of an entry point where no such pair exists and keeps
//! only their workgroup-memory ordering. "Before" and "after" follow program
//! order, and everything in a loop that can run again is both before and
//! after every barrier in it; jumps that skip code are ignored, which can
//! only keep an ordering that was not needed. An access it cannot attribute
//! to one buffer (through a call) conflicts with everything.

use naga::{Barrier, Block, Expression, Function, GlobalVariable, Handle, Module, Statement};

/// What a storage access touches.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Target {
    Global(Handle<GlobalVariable>),
    Unknown,
}

/// One event in program order: an access, or a barrier (by its number in
/// program order), inside the loops that can run again listed in `loops`.
#[derive(Debug)]
enum Event {
    Access {
        target: Target,
        write: bool,
        loops: Vec<usize>,
    },
    Barrier {
        loops: Vec<usize>,
    },
}

/// Removes [`Barrier::STORAGE`] from each entry point's barriers where no
/// storage buffer access crosses them (see the module docs). `ignore`
/// lists buffers left out of the question: the panic status buffer, which
/// only atomics touch, each just before the invocation ends.
pub(crate) fn drop_needless_storage_ordering(module: &mut Module, ignore: &[Handle<GlobalVariable>]) {
    let storage: Vec<Handle<GlobalVariable>> = module
        .global_variables
        .iter()
        .filter(|(h, g)| matches!(g.space, naga::AddressSpace::Storage { .. }) && !ignore.contains(h))
        .map(|(h, _)| h)
        .collect();
    for entry in &mut module.entry_points {
        let mut walk = Walk {
            fun: &entry.function,
            storage: &storage,
            events: Vec::new(),
            loops: Vec::new(),
            next_loop: 0,
        };
        walk.block(&entry.function.body);
        let needed = storage_needed(&walk.events);
        let mut index = 0;
        rewrite(&mut entry.function.body, &needed, &mut index);
    }
}

struct Walk<'a> {
    fun: &'a Function,
    storage: &'a [Handle<GlobalVariable>],
    events: Vec<Event>,
    /// The enclosing loops that can run again.
    loops: Vec<usize>,
    next_loop: usize,
}

impl Walk<'_> {
    /// The storage buffer `pointer` points into; `None` for other memory.
    fn target(&self, mut pointer: Handle<Expression>) -> Option<Target> {
        loop {
            match self.fun.expressions[pointer] {
                Expression::Access { base, .. } | Expression::AccessIndex { base, .. } => pointer = base,
                Expression::GlobalVariable(g) if self.storage.contains(&g) => return Some(Target::Global(g)),
                // Workgroup, private and function memory (and ignored buffers)
                // are not in question.
                Expression::GlobalVariable(_) | Expression::LocalVariable(_) => return None,
                _ => return Some(Target::Unknown),
            }
        }
    }

    fn access(&mut self, target: Option<Target>, write: bool) {
        if let Some(target) = target {
            self.events.push(Event::Access {
                target,
                write,
                loops: self.loops.clone(),
            });
        }
    }

    fn block(&mut self, block: &Block) {
        for statement in block {
            self.statement(statement);
        }
    }

    fn statement(&mut self, statement: &Statement) {
        match *statement {
            Statement::Emit(ref range) => {
                for h in range.clone() {
                    if let Expression::Load { pointer } = self.fun.expressions[h] {
                        let target = self.target(pointer);
                        self.access(target, false);
                    }
                }
            }
            Statement::Store { pointer, .. } => {
                let target = self.target(pointer);
                self.access(target, true);
            }
            Statement::Atomic { pointer, .. } => {
                let target = self.target(pointer);
                self.access(target, false);
                self.access(target, true);
            }
            Statement::Call { .. } => {
                self.access(Some(Target::Unknown), false);
                self.access(Some(Target::Unknown), true);
            }
            Statement::ControlBarrier(_) => self.events.push(Event::Barrier {
                loops: self.loops.clone(),
            }),
            Statement::Block(ref b) => self.block(b),
            Statement::If {
                ref accept, ref reject, ..
            } => {
                self.block(accept);
                self.block(reject);
            }
            Statement::Switch { ref cases, .. } => {
                for case in cases {
                    self.block(&case.body);
                }
            }
            Statement::Loop {
                ref body,
                ref continuing,
                break_if,
            } => {
                let repeats = !continuing.is_empty() || break_if.is_some() || !always_leaves(body) || continues(body);
                if repeats {
                    self.loops.push(self.next_loop);
                    self.next_loop += 1;
                }
                self.block(body);
                self.block(continuing);
                if repeats {
                    self.loops.pop();
                }
            }
            _ => {}
        }
    }
}

/// Whether running `block` to its end always leaves it by a jump (`break`,
/// `return`, `continue` or `kill`), so a loop with this body and no
/// `continue` runs once.
fn always_leaves(block: &Block) -> bool {
    match block.last() {
        Some(Statement::Break | Statement::Return { .. } | Statement::Continue | Statement::Kill) => true,
        Some(Statement::Block(b)) => always_leaves(b),
        Some(Statement::If { accept, reject, .. }) => always_leaves(accept) && always_leaves(reject),
        _ => false,
    }
}

/// Whether `block` holds a `continue` of the loop it is the body of (not of
/// a loop nested in it).
fn continues(block: &Block) -> bool {
    block.iter().any(|s| match s {
        Statement::Continue => true,
        Statement::Block(b) => continues(b),
        Statement::If { accept, reject, .. } => continues(accept) || continues(reject),
        Statement::Switch { cases, .. } => cases.iter().any(|c| continues(&c.body)),
        _ => false,
    })
}

/// For each barrier in program order, whether some storage access that can
/// come before it and one that can come after it touch the same buffer, one
/// of them a write.
fn storage_needed(events: &[Event]) -> Vec<bool> {
    let shares_loop = |a: &[usize], b: &[usize]| a.iter().any(|l| b.contains(l));
    let mut needed = Vec::new();
    for (at, event) in events.iter().enumerate() {
        let Event::Barrier { loops } = event else {
            continue;
        };
        // The distinct (buffer, write) pairs that can come before (after) it.
        let accesses = |after: bool| {
            let mut seen: Vec<(Target, bool)> = Vec::new();
            for (i, e) in events.iter().enumerate() {
                if let Event::Access {
                    target,
                    write,
                    loops: l,
                } = e
                {
                    let ordered = if after { i > at } else { i < at };
                    if (ordered || shares_loop(l, loops)) && !seen.contains(&(*target, *write)) {
                        seen.push((*target, *write));
                    }
                }
            }
            seen
        };
        let (before, after) = (accesses(false), accesses(true));
        let conflict = before.iter().any(|&(t1, w1)| {
            after
                .iter()
                .any(|&(t2, w2)| (w1 || w2) && (t1 == t2 || t1 == Target::Unknown || t2 == Target::Unknown))
        });
        needed.push(conflict);
    }
    needed
}

/// Drops [`Barrier::STORAGE`] from the barriers, numbered in program order,
/// whose `needed` entry is false.
fn rewrite(block: &mut Block, needed: &[bool], index: &mut usize) {
    for statement in block.iter_mut() {
        match statement {
            Statement::ControlBarrier(flags) => {
                if !needed.get(*index).copied().unwrap_or(true) {
                    flags.remove(Barrier::STORAGE);
                }
                *index += 1;
            }
            Statement::Block(b) => rewrite(b, needed, index),
            Statement::If { accept, reject, .. } => {
                rewrite(accept, needed, index);
                rewrite(reject, needed, index);
            }
            Statement::Switch { cases, .. } => {
                for case in cases {
                    rewrite(&mut case.body, needed, index);
                }
            }
            Statement::Loop { body, continuing, .. } => {
                rewrite(body, needed, index);
                rewrite(continuing, needed, index);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BINDINGS: &str = "
        @group(0) @binding(0) var<storage, read_write> status: array<atomic<u32>>;
        @group(0) @binding(2) var<storage> x: array<f32>;
        @group(0) @binding(3) var<storage, read_write> y: array<f32>;
        var<workgroup> tile: array<f32, 64>;
    ";

    /// The flags of every barrier of kernel `body` after the pass, in
    /// program order.
    fn barriers_after_pass(body: &str) -> Vec<Barrier> {
        let source = format!(
            "{BINDINGS}
            @compute @workgroup_size(64)
            fn k(@builtin(local_invocation_index) l: u32) {{ {body} }}"
        );
        let mut module = naga::front::wgsl::parse_str(&source).expect("valid WGSL");
        let status: Vec<_> = module
            .global_variables
            .iter()
            .filter(|(_, g)| g.name.as_deref() == Some("status"))
            .map(|(h, _)| h)
            .collect();
        drop_needless_storage_ordering(&mut module, &status);
        fn collect(block: &Block, out: &mut Vec<Barrier>) {
            for s in block {
                match s {
                    Statement::ControlBarrier(f) => out.push(*f),
                    Statement::Block(b) => collect(b, out),
                    Statement::If { accept, reject, .. } => {
                        collect(accept, out);
                        collect(reject, out);
                    }
                    Statement::Loop { body, continuing, .. } => {
                        collect(body, out);
                        collect(continuing, out);
                    }
                    _ => {}
                }
            }
        }
        let mut out = Vec::new();
        collect(&module.entry_points[0].function.body, &mut out);
        out
    }

    const BOTH: &str = "storageBarrier();";

    #[test]
    fn reads_of_a_read_only_buffer_then_a_write_after_need_no_storage_ordering() {
        // BabelStream dot's shape: read the inputs, reduce in workgroup
        // memory, write the output after the last barrier.
        let flags = barriers_after_pass(&format!(
            "tile[l] = x[l]; {BOTH} if l == 0u {{ y[0] = tile[0] + tile[1]; }}"
        ));
        assert_eq!(flags, vec![Barrier::empty()]);
    }

    #[test]
    fn a_write_before_and_a_read_after_keep_it() {
        let flags = barriers_after_pass(&format!("y[l] = 1.0; {BOTH} tile[l] = y[63u - l];"));
        assert_eq!(flags, vec![Barrier::STORAGE]);
    }

    #[test]
    fn a_read_before_and_a_write_after_keep_it() {
        let flags = barriers_after_pass(&format!("tile[l] = y[63u - l]; {BOTH} y[l] = tile[l];"));
        assert_eq!(flags, vec![Barrier::STORAGE]);
    }

    #[test]
    fn writes_before_and_after_keep_it() {
        let flags = barriers_after_pass(&format!("y[l] = 1.0; {BOTH} y[63u - l] = 2.0;"));
        assert_eq!(flags, vec![Barrier::STORAGE]);
    }

    #[test]
    fn a_loop_that_runs_again_puts_its_write_before_the_barrier_too() {
        let flags = barriers_after_pass(&format!(
            "for (var i = 0u; i < 4u; i++) {{ tile[l] = x[l]; {BOTH} y[i * 64u + l] = tile[63u - l]; }}"
        ));
        assert_eq!(flags, vec![Barrier::STORAGE]);
    }

    #[test]
    fn a_loop_that_always_breaks_is_a_block() {
        // The lowering's shape for wasm blocks: `loop { ...; break; }`.
        let flags = barriers_after_pass(&format!(
            "loop {{ tile[l] = x[l]; {BOTH} if l == 0u {{ y[0] = tile[1]; }} break; }}"
        ));
        assert_eq!(flags, vec![Barrier::empty()]);
        let flags = barriers_after_pass(&format!(
            "loop {{ tile[l] = x[l]; {BOTH} if l == 0u {{ y[0] = tile[1]; continue; }} break; }}"
        ));
        assert_eq!(flags, vec![Barrier::STORAGE], "a `continue` makes it run again");
    }

    #[test]
    fn different_buffers_do_not_conflict_and_the_status_buffer_is_ignored() {
        let flags = barriers_after_pass(&format!(
            "if x[l] < 0.0 {{ atomicStore(&status[0], 1u); return; }} {BOTH} y[l] = tile[l];"
        ));
        assert_eq!(flags, vec![Barrier::empty()]);
    }

    #[test]
    fn workgroup_ordering_is_kept() {
        let flags = barriers_after_pass("tile[l] = x[l]; workgroupBarrier(); y[l] = tile[63u - l];");
        assert_eq!(flags, vec![Barrier::WORK_GROUP]);
    }
}
