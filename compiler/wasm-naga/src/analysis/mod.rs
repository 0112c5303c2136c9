//! Whole-module facts the lowering needs before it emits anything:
//!
//! - which functions never return and end in the `panic` import (core's panic
//!   chain: their call sites become panic sites, their bodies are not lowered);
//! - which block of each function is the target of a branch (only those become
//!   breakable naga constructs);
//! - the provenance of every address: an abstract interpretation of each
//!   function instance (function + provenance of its arguments) over its
//!   structured control flow, flow-sensitive per local with a fixpoint at
//!   loops. A value is a plain integer, or points into buffer parameter k, into
//!   shared parameter k, or into the shadow stack. Values loaded from the shadow
//!   stack carry the join of everything stored there (a module-wide fixpoint).
//!   Matrix tiles (the handles `mat_*` imports return) are tracked the same
//!   way, so the translator can keep them in cooperative-matrix variables;
//!   a tile used as a number, stored in memory or passed out of a block is
//!   refused, naming the function.

use crate::intrinsics::{self, Intrinsic, MatrixOp, MatrixValue};
use crate::module::WasmModule;
use crate::LowerError;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

mod effects;
mod facts;
mod provenance;

use effects::{effect, EffKind};

pub use effects::{load_width, memarg_of, op_name, store_width};
pub use facts::{branch_targets, func_facts, skip_dead, FuncFacts};
pub use provenance::{analyse, stack_pointer_global, Instance, Provenance};

use wasmparser::Operator;

/// Where an address value points.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Prov {
    /// Not derived from any region's base: a plain integer or a constant
    /// data-segment address (the bottom of the lattice).
    #[default]
    Scalar,
    /// Into buffer parameter `k`.
    Buffer(u32),
    /// Into `#[shared]` parameter `k`.
    Shared(u32),
    /// Into the shadow stack.
    Stack,
    /// Into the shadow stack or the constant data: a pointer loaded from the
    /// stack, where both stack addresses and plain numbers (such as a trait
    /// object's vtable address) were stored. Reads look at the address.
    StackOrData,
    /// Not an address: a matrix tile (see `everygpu_kernel::matrix`).
    Matrix(MatrixValue),
    /// Into more than one region.
    Top,
}

impl Prov {
    /// The least upper bound.
    pub fn join(self, other: Prov) -> Prov {
        match (self, other) {
            (a, b) if a == b => a,
            (Prov::Scalar, x) | (x, Prov::Scalar) => x,
            (Prov::StackOrData, Prov::Stack) | (Prov::Stack, Prov::StackOrData) => Prov::StackOrData,
            _ => Prov::Top,
        }
    }
}

fn join_vec(a: &mut [Prov], b: &[Prov]) -> bool {
    let mut changed = false;
    for (x, &y) in a.iter_mut().zip(b) {
        let j = x.join(y);
        changed |= j != *x;
        *x = j;
    }
    changed
}
