//! Per-function facts: which functions never return, which blocks a
//! branch targets, and the code that never runs.

use super::*;

/// Per-function facts independent of arguments.
#[derive(Debug, Default)]
pub struct FuncFacts {
    /// Function index → never returns.
    pub diverges: Vec<bool>,
    /// Function index → reaches the `panic` import through direct calls.
    pub reaches_panic: Vec<bool>,
}

impl FuncFacts {
    /// Whether a call to `f` is a panic site (core's panic chain).
    pub fn is_panic_fn(&self, f: u32) -> bool {
        self.diverges.get(f as usize).copied().unwrap_or(false)
            && self.reaches_panic.get(f as usize).copied().unwrap_or(false)
    }
}

/// Returns the index of the `end` or `else` closing the construct that
/// contains `pc` (skipping nested constructs).
pub fn skip_dead(ops: &[Operator<'_>], mut pc: usize) -> usize {
    let mut depth = 0usize;
    while let Some(op) = ops.get(pc) {
        match op {
            Operator::Block { .. } | Operator::Loop { .. } | Operator::If { .. } => depth += 1,
            Operator::Else if depth == 0 => return pc,
            Operator::End if depth == 0 => return pc,
            Operator::End => depth -= 1,
            _ => {}
        }
        pc += 1;
    }
    ops.len()
}

/// The start pcs of the constructs that some branch targets; `usize::MAX`
/// stands for the function body (targeted by `return` or an outermost `br`).
pub fn branch_targets(ops: &[Operator<'_>]) -> HashSet<usize> {
    let mut targets = HashSet::new();
    let mut stack = vec![usize::MAX];
    for (pc, op) in ops.iter().enumerate() {
        let mut mark = |depth: u32, stack: &Vec<usize>| {
            if let Some(&t) = stack.len().checked_sub(1 + depth as usize).and_then(|i| stack.get(i)) {
                targets.insert(t);
            }
        };
        match op {
            Operator::Block { .. } | Operator::Loop { .. } | Operator::If { .. } => stack.push(pc),
            Operator::End => {
                stack.pop();
            }
            Operator::Br { relative_depth } | Operator::BrIf { relative_depth } => mark(*relative_depth, &stack),
            Operator::BrTable { targets: t } => {
                mark(t.default(), &stack);
                for d in t.targets().flatten() {
                    mark(d, &stack);
                }
            }
            Operator::Return => {
                targets.insert(usize::MAX);
            }
            _ => {}
        }
    }
    targets
}

fn direct_callees<'a>(ops: &'a [Operator<'_>]) -> impl Iterator<Item = u32> + 'a {
    ops.iter().filter_map(|op| match op {
        Operator::Call { function_index } => Some(*function_index),
        _ => None,
    })
}

/// Computes [`FuncFacts`] for every function of the module.
pub fn func_facts(m: &WasmModule<'_>) -> FuncFacts {
    let n = m.imports.len() + m.funcs.len();
    let mut facts = FuncFacts {
        diverges: vec![false; n],
        reaches_panic: vec![false; n],
    };
    for (i, imp) in m.imports.iter().enumerate() {
        if matches!(intrinsics::classify(imp), Some(Intrinsic::Panic)) {
            facts.diverges[i] = true;
            facts.reaches_panic[i] = true;
        }
    }
    // Both are least fixpoints that only grow: iterate until stable.
    for _ in 0..n + 2 {
        let mut changed = false;
        for (di, f) in m.funcs.iter().enumerate() {
            let i = m.imports.len() + di;
            if !facts.reaches_panic[i]
                && direct_callees(&f.ops).any(|c| facts.reaches_panic.get(c as usize) == Some(&true))
            {
                facts.reaches_panic[i] = true;
                changed = true;
            }
            if !facts.diverges[i] && !returns(&f.ops, &facts.diverges) {
                facts.diverges[i] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    facts
}

/// A construct open at a point of [`returns`]'s walk.
#[derive(Clone, Copy, Default)]
struct Open {
    /// A loop: a branch to it goes back, not to its end.
    is_loop: bool,
    /// A branch or an arm reaches its end.
    end_reached: bool,
    /// An `if` whose `else` has not come: its false condition reaches its end.
    without_else: bool,
}

/// Whether the function body can return (reach its end or a `return`).
fn returns(ops: &[Operator<'_>], diverges: &[bool]) -> bool {
    let mut frames = vec![Open::default()];
    let mut alive = true;
    let mut pc = 0;
    while let Some(op) = ops.get(pc) {
        if !alive && !matches!(op, Operator::End | Operator::Else) {
            pc = skip_dead(ops, pc);
            continue;
        }
        let branch = |frames: &mut Vec<Open>, depth: u32| {
            if let Some(i) = frames.len().checked_sub(1 + depth as usize) {
                if !frames[i].is_loop {
                    frames[i].end_reached = true;
                }
            }
        };
        match op {
            Operator::Block { .. } => frames.push(Open::default()),
            Operator::Loop { .. } => frames.push(Open {
                is_loop: true,
                ..Open::default()
            }),
            Operator::If { .. } => frames.push(Open {
                without_else: true,
                ..Open::default()
            }),
            Operator::Else => {
                // The `else` arm, not the false condition, leads to the end.
                if let Some(f) = frames.last_mut() {
                    f.end_reached |= alive;
                    f.without_else = false;
                }
                alive = true;
            }
            Operator::End => {
                let Some(f) = frames.pop() else { break };
                alive |= f.end_reached || f.without_else;
                if frames.is_empty() {
                    return alive;
                }
            }
            Operator::Br { relative_depth } => {
                branch(&mut frames, *relative_depth);
                alive = false;
            }
            Operator::BrIf { relative_depth } => branch(&mut frames, *relative_depth),
            Operator::BrTable { targets } => {
                branch(&mut frames, targets.default());
                for d in targets.targets().flatten() {
                    branch(&mut frames, d);
                }
                alive = false;
            }
            Operator::Return => return true,
            Operator::Unreachable => alive = false,
            Operator::Call { function_index } if diverges.get(*function_index as usize) == Some(&true) => alive = false,
            _ => {}
        }
        pc += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `body`, the body of a function `(param i32) (result i32)`,
    /// can return.
    fn can_return(body: &str) -> bool {
        let wasm = wat::parse_str(format!("(module (func (param i32) (result i32) {body}))")).expect("valid WAT");
        let m = WasmModule::parse(&wasm).expect("decodes");
        returns(&m.funcs[0].ops, &[false])
    }

    #[test]
    fn an_if_ends_where_an_arm_a_branch_or_a_false_condition_gets_there() {
        // Both arms leave: nothing reaches the end of the `if`.
        assert!(!can_return(
            "(if (result i32) (local.get 0) (then unreachable) (else unreachable))"
        ));
        assert!(!can_return(
            "(loop $l (result i32) (if (local.get 0) (then (br $l)) (else (br $l))) (i32.const 0))"
        ));
        assert!(can_return(
            "(if (result i32) (local.get 0) (then unreachable) (else (i32.const 1)))"
        ));
        assert!(can_return(
            "(if (result i32) (local.get 0) (then (br 0 (i32.const 1))) (else unreachable))"
        ));
        assert!(can_return("(if (local.get 0) (then unreachable)) (i32.const 1)"));
    }
}
