//! Matrix tiles (`everygpu_kernel::matrix`) as naga cooperative matrices:
//! 16 × 16 tiles of subgroup scope, `f16` inputs and `f32` sums.
//!
//! A tile is a handle on the wasm side (the value `mat_*` imports return);
//! the analysis tracks it as `Prov::Matrix`, so every wasm local that holds
//! one gets a cooperative-matrix variable of its kind here
//! ([`Translator::tile_local`]).
//!
//! naga takes a cooperative load's element type from its pointer, and
//! buffers are arrays of words: `f16` tiles are loaded through a second
//! binding of the same buffer typed `array<f16>` (its `view`, read-only),
//! which the backends bind like any buffer parameter. A workgroup array that
//! tiles load from is declared `array<f16, N>` itself (workgroup variables
//! cannot alias), and every other access to it reads or writes whole `f16`
//! elements (`memory.rs`). Accumulators load from and store to `f32` buffers
//! directly. naga has no `bf16` type: those tiles are refused with that
//! reason.

use super::{scalar_type, TileLocals, Translator, H};
use crate::analysis::Prov;
use crate::intrinsics::{MatrixElem, MatrixOp, MatrixValue};
use crate::LowerError;
use naga::{
    BinaryOperator as B, CooperativeData, CooperativeRole, CooperativeSize, Expression, GlobalVariable, Handle,
    LocalVariable, Scalar, Span, Statement, Type, TypeInner,
};

impl Translator<'_, '_> {
    /// Lowers one matrix intrinsic; `None` for a store.
    pub(super) fn matrix(&mut self, op: MatrixOp, args: &[H], provs: &[Prov]) -> Result<Option<H>, LowerError> {
        self.uses_matrices = true;
        let operands = match op {
            MatrixOp::Zero => 0,
            MatrixOp::Load(_) | MatrixOp::LoadAcc | MatrixOp::Scale => 2,
            MatrixOp::Store | MatrixOp::Mma => 3,
        };
        if args.len() < operands {
            return Err(self.err("calls a matrix operation without its operands"));
        }
        let arg = |i: usize| -> Result<H, LowerError> { Ok(args[i]) };
        let prov = |i: usize| provs.get(i).copied().unwrap_or(Prov::Scalar);
        Ok(Some(match op {
            MatrixOp::Load(kind) => {
                let (role, elem) = match kind {
                    MatrixValue::A(e) => (CooperativeRole::A, e),
                    MatrixValue::B(e) => (CooperativeRole::B, e),
                    MatrixValue::Acc => return Err(self.err("loads an input tile as an accumulator (internal error)")),
                };
                if elem == MatrixElem::Bf16 {
                    return Err(self.route_lacks("bf16 matrix tiles"));
                }
                let region = self.region(prov(0), false)?;
                let offset = self.byte_offset(&region, arg(0)?, 0);
                let index = self.elem_index(offset, 2);
                let pointer = match prov(0) {
                    Prov::Buffer(param) => {
                        let view = self.f16_view(param)?;
                        let base = self.global_ptr(view);
                        self.item_ptr(base, index, None)
                    }
                    // Typed `f16` where tiles load from it (see `lower_kernel`).
                    Prov::Shared(_) if region.elem == Scalar::F16 => self.elem_ptr(&region, index),
                    other => return Err(self.tile_memory_error(other)),
                };
                let stride = self.elem_index(arg(1)?, 2);
                self.expr(Expression::CooperativeLoad {
                    columns: CooperativeSize::Sixteen,
                    rows: CooperativeSize::Sixteen,
                    role,
                    data: CooperativeData {
                        pointer,
                        stride,
                        row_major: true,
                    },
                })
            }
            MatrixOp::Zero => {
                let ty = self.tile_type(MatrixValue::Acc);
                self.expr(Expression::ZeroValue(ty))
            }
            MatrixOp::LoadAcc => {
                let (pointer, stride) = self.f32_tile(prov(0), arg(0)?, arg(1)?, false)?;
                self.expr(Expression::CooperativeLoad {
                    columns: CooperativeSize::Sixteen,
                    rows: CooperativeSize::Sixteen,
                    role: CooperativeRole::C,
                    data: CooperativeData {
                        pointer,
                        stride,
                        row_major: true,
                    },
                })
            }
            MatrixOp::Store => {
                let (pointer, stride) = self.f32_tile(prov(1), arg(1)?, arg(2)?, true)?;
                self.stmt(Statement::CooperativeStore {
                    target: arg(0)?,
                    data: CooperativeData {
                        pointer,
                        stride,
                        row_major: true,
                    },
                });
                return Ok(None);
            }
            MatrixOp::Scale => self.bin(B::Multiply, arg(0)?, arg(1)?),
            MatrixOp::Mma => self.expr(Expression::CooperativeMultiplyAdd {
                a: arg(1)?,
                b: arg(2)?,
                c: arg(0)?,
            }),
        }))
    }

    /// The pointer to element 0 of an `f32` tile at `addr` (provenance
    /// `prov`) and its stride in elements.
    fn f32_tile(&mut self, prov: Prov, addr: H, stride_bytes: H, write: bool) -> Result<(H, H), LowerError> {
        if !matches!(prov, Prov::Buffer(_)) {
            return Err(self.tile_memory_error(prov));
        }
        let region = self.region(prov, write)?;
        if region.elem != Scalar::F32 || region.atomic {
            return Err(self.err(
                "loads or stores an accumulator tile in a buffer whose elements are not plain f32 \
                 (the shader route stores accumulators in `&[f32]`/`&mut [f32]` buffers)",
            ));
        }
        let offset = self.byte_offset(&region, addr, 0);
        let index = self.elem_index(offset, 4);
        let pointer = self.elem_ptr(&region, index);
        let stride = self.elem_index(stride_bytes, 4);
        Ok((pointer, stride))
    }

    fn route_lacks(&self, what: &str) -> LowerError {
        LowerError::RouteLacks {
            function: self.m.rust_name(self.current),
            what: what.to_string(),
        }
    }

    fn tile_memory_error(&self, prov: Prov) -> LowerError {
        match prov {
            Prov::Shared(_) => self.err(
                "loads or stores an accumulator tile in workgroup memory, which the shader route cannot lower \
                 (accumulators load from and store to `f32` buffers on this route)",
            ),
            _ => self.err("loads or stores a matrix tile through a pointer that is not into a buffer parameter"),
        }
    }

    /// The read-only `array<f16>` view of buffer parameter `param`.
    fn f16_view(&mut self, param: u32) -> Result<Handle<GlobalVariable>, LowerError> {
        let f16 = scalar_type(&mut self.module, Scalar::F16);
        let ty = super::array_type(&mut self.module, f16, 2, None);
        self.view(param, ty, "f16")
    }

    /// The cooperative-matrix type of tiles of `kind`.
    fn tile_type(&mut self, kind: MatrixValue) -> Handle<Type> {
        let (scalar, role) = match kind {
            MatrixValue::A(_) => (Scalar::F16, CooperativeRole::A),
            MatrixValue::B(_) => (Scalar::F16, CooperativeRole::B),
            MatrixValue::Acc => (Scalar::F32, CooperativeRole::C),
        };
        self.module.types.insert(
            Type {
                name: None,
                inner: TypeInner::CooperativeMatrix {
                    columns: CooperativeSize::Sixteen,
                    rows: CooperativeSize::Sixteen,
                    scalar,
                    role,
                },
            },
            Span::UNDEFINED,
        )
    }

    /// A new variable for a tile of `kind`.
    pub(super) fn matrix_local(&mut self, kind: MatrixValue) -> Result<Handle<LocalVariable>, LowerError> {
        if matches!(
            kind,
            MatrixValue::A(MatrixElem::Bf16) | MatrixValue::B(MatrixElem::Bf16)
        ) {
            return Err(
                self.err("holds a bf16 matrix tile, which the shader route cannot lower: naga's IR has no bf16 type")
            );
        }
        let ty = self.tile_type(kind);
        Ok(self.fun.local_variables.append(
            LocalVariable {
                name: None,
                ty,
                init: None,
            },
            Span::UNDEFINED,
        ))
    }

    /// The variable holding the tile of `kind` in wasm local `local`.
    pub(super) fn tile_local(
        &mut self,
        tiles: &mut TileLocals,
        local: u32,
        kind: MatrixValue,
    ) -> Result<Handle<LocalVariable>, LowerError> {
        if let Some(&l) = tiles.get(&(local, kind)) {
            return Ok(l);
        }
        let l = self.matrix_local(kind)?;
        tiles.insert((local, kind), l);
        Ok(l)
    }
}
