//! The kernel's interface: globals per the binding contract of
//! `everygpu_backend::shader` (buffers, workgroup arrays, the parameter
//! block, the status buffer) and the entry point that inlines the kernel.

use super::*;

/// Lowers kernel `kernel` whose wasm entry is function `entry`.
pub fn lower_kernel(
    m: &WasmModule<'_>,
    facts: &analysis::FuncFacts,
    kernel: &ManifestKernel,
    entry: u32,
    options: LowerOptions,
) -> Result<Lowered, LowerError> {
    let prov = analysis::analyse(m, facts, entry)?;
    let stack_bytes = prov
        .instances
        .get(&(entry, Vec::new()))
        .map(|i| i.stack_bytes)
        .unwrap_or(0);
    let mut module = Module::default();
    let u32_ty = scalar_type(&mut module, Scalar::U32);
    let atomic_u32 = module.types.insert(
        Type {
            name: None,
            inner: TypeInner::Atomic(Scalar::U32),
        },
        Span::UNDEFINED,
    );
    let status_ty = array_type(&mut module, atomic_u32, 4, None);
    let params_ty = array_type(&mut module, u32_ty, 4, None);
    let status = module.global_variables.append(
        GlobalVariable {
            name: Some("status".into()),
            space: AddressSpace::Storage {
                access: StorageAccess::LOAD | StorageAccess::STORE,
            },
            binding: Some(ResourceBinding {
                group: 0,
                binding: STATUS_BINDING,
            }),
            ty: status_ty,
            init: None,
            memory_decorations: Default::default(),
        },
        Span::UNDEFINED,
    );
    let params = module.global_variables.append(
        GlobalVariable {
            name: Some("params".into()),
            space: AddressSpace::Storage {
                access: StorageAccess::LOAD,
            },
            binding: Some(ResourceBinding {
                group: 0,
                binding: PARAMS_BINDING,
            }),
            ty: params_ty,
            init: None,
            memory_decorations: Default::default(),
        },
        Span::UNDEFINED,
    );
    let kernel_name = m.rust_name(entry);
    let unsupported = |construct: String| LowerError::Unsupported {
        function: kernel_name.clone(),
        construct,
    };
    let mut regions = HashMap::new();
    let mut bindings = Vec::new();
    for (k, p) in kernel.params.iter().enumerate() {
        let k32 = k as u32;
        match p {
            Param::Scalar { .. } => {}
            Param::Buffer { name, elem, mutable } => {
                let atomic = prov.atomic_regions.contains(&Prov::Buffer(k32));
                let scalar = elem_scalar(elem, atomic).map_err(|e| unsupported(format!("buffer `{name}`: {e}")))?;
                if atomic && !mutable {
                    return Err(unsupported(format!(
                        "needs atomic access to the read-only buffer `{name}`"
                    )));
                }
                let base = scalar_type(&mut module, scalar);
                let elem_ty = if atomic { atomic_type(&mut module, scalar) } else { base };
                let ty = array_type(&mut module, elem_ty, scalar.width as u32, None);
                let binding = FIRST_BUFFER_BINDING + bindings.len() as u32;
                let access = if *mutable {
                    StorageAccess::LOAD | StorageAccess::STORE
                } else {
                    StorageAccess::LOAD
                };
                let global = module.global_variables.append(
                    GlobalVariable {
                        name: Some(name.clone()),
                        space: AddressSpace::Storage { access },
                        binding: Some(ResourceBinding { group: 0, binding }),
                        ty,
                        init: None,
                        memory_decorations: Default::default(),
                    },
                    Span::UNDEFINED,
                );
                bindings.push(ShaderBinding {
                    binding,
                    param: k,
                    writable: *mutable,
                });
                regions.insert(
                    Prov::Buffer(k32),
                    Region {
                        global,
                        elem: scalar,
                        atomic,
                        base: REGION_BASE,
                        private: false,
                        writable: *mutable,
                        lanes: 1,
                    },
                );
            }
            Param::Shared { .. } if !prov.touches(Prov::Shared(k32)) => {}
            Param::Shared { name, elem, len } => {
                let tiles = prov.tile_regions.contains(&Prov::Shared(k32));
                // Matrix tiles load from it: elements typed as the tiles'
                // (a cooperative load takes its element type from its
                // pointer), and sub-word stores write whole elements.
                let (scalar, atomic) = if tiles {
                    if scalar_name(elem) == Some("bf16") {
                        return Err(LowerError::RouteLacks {
                            function: kernel_name,
                            what: "bf16 matrix tiles".into(),
                        });
                    }
                    let atomic = prov.atomic_ops.contains(&Prov::Shared(k32));
                    let scalar =
                        tile_scalar(elem, atomic).map_err(|e| unsupported(format!("shared array `{name}`: {e}")))?;
                    (scalar, false)
                } else {
                    let atomic = prov.atomic_regions.contains(&Prov::Shared(k32));
                    (
                        elem_scalar(elem, atomic).map_err(|e| unsupported(format!("shared array `{name}`: {e}")))?,
                        atomic,
                    )
                };
                let bytes = elem.size.saturating_mul(*len);
                let count = bytes.div_ceil(scalar.width as usize).max(1);
                // Read or written 16 bytes at a time (`Shared::get4`/`set4`):
                // an array of `vec4`s, one load or store per 16 bytes.
                let lanes = if !tiles && !atomic && scalar.width == 4 && prov.x4_regions.contains(&Prov::Shared(k32)) {
                    4
                } else {
                    1
                };
                let ty = if lanes == 4 {
                    let v = vector_type(&mut module, naga::VectorSize::Quad, scalar);
                    array_type(&mut module, v, 16, Some(count.div_ceil(4) as u32))
                } else {
                    let elem_ty = if atomic {
                        atomic_type(&mut module, scalar)
                    } else {
                        scalar_type(&mut module, scalar)
                    };
                    array_type(&mut module, elem_ty, scalar.width as u32, Some(count as u32))
                };
                let global = module.global_variables.append(
                    GlobalVariable {
                        name: Some(name.clone()),
                        space: AddressSpace::WorkGroup,
                        binding: None,
                        ty,
                        init: None,
                        memory_decorations: Default::default(),
                    },
                    Span::UNDEFINED,
                );
                regions.insert(
                    Prov::Shared(k32),
                    Region {
                        global,
                        elem: scalar,
                        atomic,
                        base: REGION_BASE,
                        private: false,
                        writable: true,
                        lanes,
                    },
                );
            }
        }
    }
    let vec3 = module.types.insert(
        Type {
            name: None,
            inner: TypeInner::Vector {
                size: naga::VectorSize::Tri,
                scalar: Scalar::U32,
            },
        },
        Span::UNDEFINED,
    );
    let mut fun = Function {
        name: Some(kernel.name.clone()),
        ..Function::default()
    };
    let mut builtins = Vec::new();
    for (i, (name, b)) in [
        ("local_id", BuiltIn::LocalInvocationId),
        ("workgroup_id", BuiltIn::WorkGroupId),
        ("num_workgroups", BuiltIn::NumWorkGroups),
    ]
    .into_iter()
    .enumerate()
    {
        fun.arguments.push(FunctionArgument {
            name: Some(name.into()),
            ty: vec3,
            binding: Some(Binding::BuiltIn(b)),
        });
        builtins.push(
            fun.expressions
                .append(Expression::FunctionArgument(i as u32), Span::UNDEFINED),
        );
    }
    let switch_guards = prov
        .instances
        .values()
        .any(|i| !i.tile_locals.is_empty() || i.operands.values().flatten().any(|p| matches!(p, Prov::Matrix(_))));
    let mut t = Translator {
        m,
        facts,
        prov: &prov,
        kernel,
        module,
        fun,
        blocks: vec![Block::new()],
        frames: Vec::new(),
        regions,
        data_region: None,
        constant_data: Vec::new(),
        status,
        params,
        globals: HashMap::new(),
        builtins: [builtins[0], builtins[1], builtins[2]],
        pending: None,
        typifier: naga::front::Typifier::new(),
        next_id: 1,
        panic_messages: Vec::new(),
        print_sites: Vec::new(),
        inline_stack: Vec::new(),
        targets: HashMap::new(),
        stack_bytes,
        current: entry,
        subgroup_builtins: [None; 4],
        subgroup_ops: 0,
        views: HashMap::new(),
        view_bindings: Vec::new(),
        next_binding: FIRST_BUFFER_BINDING + bindings.len() as u32,
        uses_matrices: false,
        narrow: pair::narrow_ok(m, &prov, kernel),
        runtime_zero: None,
        // Matrix kernels keep naga's own uniformity (their guards are
        // switches); WebGPU runs none of them.
        uniform_panics: options.uniform_panics && !switch_guards,
        exiting_loops: options.exiting_loops,
        switch_guards,
        clamps: Vec::new(),
        span: Span::UNDEFINED,
    };
    t.inline(entry, Vec::new(), Vec::new(), true)?;
    let body = t.blocks.pop().unwrap_or_default();
    t.fun.body = body;
    crate::bounds::drop_proven_clamps(&t.module, &mut t.fun, kernel.workgroup_size, t.pending, &t.clamps);
    let mut module = t.module;
    module.entry_points.push(EntryPoint {
        name: kernel.name.clone(),
        stage: ShaderStage::Compute,
        early_depth_test: None,
        workgroup_size: kernel.workgroup_size,
        workgroup_size_overrides: None,
        function: t.fun,
        mesh_info: None,
        task_payload: None,
        incoming_ray_payload: None,
    });
    // Panics touch the status buffer only with atomics, just before returning.
    crate::barriers::drop_needless_storage_ordering(&mut module, &[status]);
    bindings.extend(t.view_bindings);
    Ok(Lowered {
        module,
        panic_messages: t.panic_messages,
        print_sites: t.print_sites,
        bindings,
        subgroup_ops: t.subgroup_ops,
        uses_matrices: t.uses_matrices,
        constant_data: t.constant_data,
    })
}

pub(super) fn scalar_type(module: &mut Module, s: Scalar) -> Handle<Type> {
    module.types.insert(
        Type {
            name: None,
            inner: TypeInner::Scalar(s),
        },
        Span::UNDEFINED,
    )
}

fn atomic_type(module: &mut Module, s: Scalar) -> Handle<Type> {
    module.types.insert(
        Type {
            name: None,
            inner: TypeInner::Atomic(s),
        },
        Span::UNDEFINED,
    )
}

/// `vecN<s>`.
pub(super) fn vector_type(module: &mut Module, size: naga::VectorSize, scalar: Scalar) -> Handle<Type> {
    module.types.insert(
        Type {
            name: None,
            inner: TypeInner::Vector { size, scalar },
        },
        Span::UNDEFINED,
    )
}

pub(super) fn array_type(module: &mut Module, base: Handle<Type>, stride: u32, len: Option<u32>) -> Handle<Type> {
    let size = match len.and_then(std::num::NonZeroU32::new) {
        Some(n) => ArraySize::Constant(n),
        None => ArraySize::Dynamic,
    };
    module.types.insert(
        Type {
            name: None,
            inner: TypeInner::Array { base, size, stride },
        },
        Span::UNDEFINED,
    )
}

/// The scalar type's name of a scalar element (`None` for a struct).
fn scalar_name(elem: &everygpu_backend::Elem) -> Option<&str> {
    elem.is_scalar().then(|| elem.fields[0].2.as_str())
}

/// The element scalar of a buffer or shared array: the element itself for
/// 4- and 8-byte scalars, u32 words for everything else.
fn elem_scalar(elem: &everygpu_backend::Elem, atomic: bool) -> Result<Scalar, String> {
    let scalar = match scalar_name(elem) {
        Some("i32") => Scalar::I32,
        Some("f32") => Scalar::F32,
        Some("u64") => Scalar::U64,
        Some("i64") => Scalar::I64,
        Some("f64") => Scalar::F64,
        _ => Scalar::U32,
    };
    if atomic && !matches!(scalar, Scalar::U32 | Scalar::I32) {
        return Err(format!(
            "atomic access to elements of type `{}` (only u32/i32 and byte-sized elements can be atomic)",
            elem.name
        ));
    }
    Ok(scalar)
}

/// The element scalar of a workgroup array that matrix tiles are loaded
/// from: `f16`, never atomic.
fn tile_scalar(elem: &everygpu_backend::Elem, atomic: bool) -> Result<Scalar, String> {
    match scalar_name(elem) {
        _ if atomic => Err("loads matrix tiles from a workgroup array that atomics also reach".into()),
        Some("f16") => Ok(Scalar::F16),
        _ => Err(format!(
            "loads matrix tiles from a workgroup array of `{}` (tiles of f16 load from `Shared<f16, N>`)",
            elem.name
        )),
    }
}

pub(super) fn canonical(v: ValType) -> Option<Scalar> {
    match v {
        ValType::I32 => Some(Scalar::U32),
        ValType::I64 => Some(Scalar::U64),
        ValType::F32 => Some(Scalar::F32),
        ValType::F64 => Some(Scalar::F64),
        _ => None,
    }
}

impl Translator<'_, '_> {
    /// A read-only view of buffer parameter `param` as an array of type
    /// `ty` (named `<param>_<suffix>`): the same buffer bound a second time
    /// at the next free binding, once per parameter and type.
    pub(super) fn view(
        &mut self,
        param: u32,
        ty: Handle<Type>,
        suffix: &str,
    ) -> Result<Handle<GlobalVariable>, LowerError> {
        if let Some(&g) = self.views.get(&(param, ty)) {
            return Ok(g);
        }
        let name = match self.kernel.params.get(param as usize) {
            Some(Param::Buffer { name, .. }) => name.clone(),
            _ => return Err(self.err(format!("views parameter {param}, which is not a buffer"))),
        };
        let binding = self.next_binding;
        self.next_binding += 1;
        let g = self.module.global_variables.append(
            GlobalVariable {
                name: Some(format!("{name}_{suffix}")),
                space: AddressSpace::Storage {
                    access: StorageAccess::LOAD,
                },
                binding: Some(ResourceBinding { group: 0, binding }),
                ty,
                init: None,
                memory_decorations: Default::default(),
            },
            Span::UNDEFINED,
        );
        self.view_bindings.push(ShaderBinding {
            binding,
            param: param as usize,
            writable: false,
        });
        self.views.insert((param, ty), g);
        Ok(g)
    }
}
