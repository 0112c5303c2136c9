//! Procedural macros of `everygpu-kernel`: `#[kernel]`, `#[case]`,
//! `#[derive(Element)]`, `gpu_println!` and `gpu_print!`.
//!
//! `#[kernel]` keeps the function as written and adds, per target:
//! - host: CPU entry points reading `ArgSlot`s, one for a single thread and
//!   one for whole workgroups (the kernel inlined in the executor's thread
//!   loop), registered with its description in `everygpu_kernel::host::KERNELS`;
//! - nvptx64: an `extern "ptx-kernel"` entry exported under the kernel's name,
//!   taking each buffer as (pointer, length) and carving `&Shared<T, N>` arrays
//!   out of the launch's dynamic shared memory;
//! - wasm32: an exported `extern "C" fn()` that fetches every parameter through
//!   `everygpu` imports, for the wasm→naga lowering to bind.

use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;
use quote::{format_ident, quote, quote_spanned};
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Error, Expr, FnArg, ItemFn, Lit, Meta, Pat, Token, Type};

mod print;

const HOST_CFG: &str = "not(any(target_arch = \"nvptx64\", target_arch = \"wasm32\", target_arch = \"amdgpu\"))";

fn host_cfg() -> TokenStream2 {
    let cfg: TokenStream2 = HOST_CFG.parse().expect("valid cfg");
    quote!(#[cfg(#cfg)])
}

/// The cfg under which kernel `name`'s entry points exist: always, unless
/// the build selects kernels (`--cfg everygpu_select`, as the edit loop does
/// to build only what the cases it runs first launch) and `name` is not
/// among them (`--cfg everygpu_kernel="name"`). The kernel's function itself
/// stays, so the crate type-checks the same either way. rustc knows neither
/// name, so the item around it allows `unexpected_cfgs` (an `allow` on the
/// item itself does not reach its own `cfg`).
fn selected_cfg(name: &str) -> TokenStream2 {
    quote!(#[cfg(any(not(everygpu_select), everygpu_kernel = #name))])
}

enum Param {
    Scalar(Type),
    Buffer { elem: Type, mutable: bool },
    Shared { elem: Type, len: Expr },
}

struct KernelParam {
    name: syn::Ident,
    param: Param,
}

const SCALARS: [&str; 6] = ["u32", "i32", "f32", "u64", "i64", "f64"];

fn classify(arg: &mut syn::PatType) -> syn::Result<KernelParam> {
    let name = match &*arg.pat {
        Pat::Ident(p) => p.ident.clone(),
        other => return Err(Error::new(other.span(), "kernel parameters must be plain identifiers")),
    };
    // `#[shared]` is accepted for clarity; the type alone decides.
    arg.attrs.retain(|a| !a.path().is_ident("shared"));
    let mut ty = &*arg.ty;
    // `$t` from macro_rules arrives wrapped in an invisible group.
    while let Type::Group(g) = ty {
        ty = &g.elem;
    }
    const USE: &str =
        "unsupported kernel parameter type: use u32, i32, f32, u64, i64, f64, &[T], &mut [T] or &Shared<T, N>";
    let param = match ty {
        Type::Reference(r) => {
            match &*r.elem {
                Type::Slice(s) => Param::Buffer {
                    elem: (*s.elem).clone(),
                    mutable: r.mutability.is_some(),
                },
                Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "Shared") => {
                    if r.mutability.is_some() {
                        return Err(Error::new(
                            ty.span(),
                            "take a workgroup array as `&Shared<T, N>`, not `&mut`",
                        ));
                    }
                    let args = match &p.path.segments.last().expect("checked").arguments {
                        syn::PathArguments::AngleBracketed(a) => a.args.iter().cloned().collect::<Vec<_>>(),
                        _ => vec![],
                    };
                    match args.as_slice() {
                        [syn::GenericArgument::Type(elem), len] => {
                            let len: Expr = match len {
                                syn::GenericArgument::Const(e) => e.clone(),
                                syn::GenericArgument::Type(t) => syn::parse_quote!(#t),
                                other => return Err(Error::new(other.span(), "expected the array length N")),
                            };
                            // A const generic argument needs braces unless it is a
                            // literal, a path or already a block.
                            let len = match len {
                                Expr::Block(_) | Expr::Lit(_) | Expr::Path(_) => len,
                                other => syn::parse_quote!({ #other }),
                            };
                            Param::Shared {
                                elem: elem.clone(),
                                len,
                            }
                        }
                        _ => return Err(Error::new(ty.span(), "a workgroup array is `&Shared<T, N>`")),
                    }
                }
                Type::Array(_) => return Err(Error::new(
                    ty.span(),
                    "workgroup arrays are `&Shared<T, N>` (threads write each other's elements, so not `&mut [T; N]`)",
                )),
                _ => return Err(Error::new(ty.span(), USE)),
            }
        }
        Type::Path(p) if p.qself.is_none() && SCALARS.iter().any(|s| p.path.is_ident(s)) => Param::Scalar(ty.clone()),
        _ => return Err(Error::new(ty.span(), USE)),
    };
    Ok(KernelParam { name, param })
}

/// `(x, y, z)`, `(x, y)` or `x` of the option `what`, each non-zero.
fn parse_dims(e: &Expr, what: &str) -> syn::Result<[u32; 3]> {
    let lit = |e: &Expr| -> syn::Result<u32> {
        match e {
            Expr::Lit(l) => match &l.lit {
                Lit::Int(i) => i.base10_parse::<u32>(),
                _ => Err(Error::new(e.span(), "expected an integer")),
            },
            _ => Err(Error::new(e.span(), "expected an integer literal")),
        }
    };
    let dims: Vec<u32> = match e {
        Expr::Tuple(t) => t.elems.iter().map(lit).collect::<syn::Result<_>>()?,
        Expr::Paren(p) => vec![lit(&p.expr)?],
        other => vec![lit(other)?],
    };
    if dims.is_empty() || dims.len() > 3 || dims.contains(&0) {
        return Err(Error::new(e.span(), format!("{what} takes 1 to 3 non-zero integers")));
    }
    let mut out = [1u32; 3];
    out[..dims.len()].copy_from_slice(&dims);
    Ok(out)
}

/// Marks a `pub fn` as a kernel: `#[kernel]` or `#[kernel(workgroup_size = 256)]`
/// or `#[kernel(workgroup_size = (16, 16))]`. The default workgroup is 256 threads.
///
/// The size may differ per target, as a kernel that gives some subgroups
/// other work on one GPU needs (`#[cfg_attr(all(target_arch = "nvptx64",
/// target_feature = "sm_90a"), kernel(workgroup_size = 384))]` beside a
/// `cfg_attr` for the others): the CUDA backend launches each entry with the
/// size its PTX requires (`.reqntid`). The cases of such a kernel launch it
/// with `Grid::Workgroups`, whose counts do not depend on the size.
///
/// `resident_workgroups = N` asks that N workgroups fit on one multiprocessor
/// at once: on CUDA the compiler then limits each thread's registers so they
/// do (`__launch_bounds__(threads, N)` in CUDA C++, `.minnctapersm` in PTX),
/// trading spills for latency hiding. Other routes ignore it.
///
/// `cluster = (x, y, z)` launches the workgroups in clusters of that shape
/// on CUDA devices of compute capability 9.0 and later (`.reqnctapercluster`
/// in PTX, `__cluster_dims__` in CUDA C++): the workgroups of a cluster run
/// at once, on neighbouring multiprocessors, and may share copies
/// (`matrix::tma` multicasts) and barriers. The grid must be a multiple of
/// the shape. Other routes and older devices ignore it.
#[proc_macro_attribute]
pub fn kernel(attr: TokenStream, item: TokenStream) -> TokenStream {
    match kernel_impl(attr.into(), item.into()) {
        Ok(t) => t.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

fn kernel_impl(attr: TokenStream2, item: TokenStream2) -> syn::Result<TokenStream2> {
    let mut wg = [256u32, 1, 1];
    let mut resident = 0u32;
    let mut cluster = [1u32, 1, 1];
    let metas = Punctuated::<Meta, Token![,]>::parse_terminated.parse2(attr)?;
    for m in metas {
        match m {
            Meta::NameValue(nv) if nv.path.is_ident("workgroup_size") => {
                wg = parse_dims(&nv.value, "workgroup_size")?;
                if wg.iter().product::<u32>() > 1024 {
                    return Err(Error::new(nv.value.span(), "a workgroup has at most 1024 threads"));
                }
            }
            Meta::NameValue(nv) if nv.path.is_ident("resident_workgroups") => {
                resident = match &nv.value {
                    Expr::Lit(syn::ExprLit { lit: Lit::Int(i), .. }) => i.base10_parse::<u32>()?,
                    other => return Err(Error::new(other.span(), "expected an integer literal")),
                };
                if !(1..=32).contains(&resident) {
                    return Err(Error::new(nv.value.span(), "resident_workgroups takes 1 to 32"));
                }
            }
            Meta::NameValue(nv) if nv.path.is_ident("cluster") => {
                cluster = parse_dims(&nv.value, "cluster")?;
                if cluster.iter().product::<u32>() > 8 {
                    return Err(Error::new(nv.value.span(), "a cluster has at most 8 workgroups"));
                }
            }
            other => {
                return Err(Error::new(
                    other.span(),
                    "unknown #[kernel] option; expected `workgroup_size = ...`, `resident_workgroups = ...` or `cluster = ...`",
                ))
            }
        }
    }
    let mut f: ItemFn = syn::parse2(item)?;
    if !matches!(f.vis, syn::Visibility::Public(_)) {
        return Err(Error::new(f.sig.fn_token.span(), "a #[kernel] must be `pub fn`"));
    }
    if !f.sig.generics.params.is_empty() {
        return Err(Error::new(
            f.sig.generics.span(),
            "a #[kernel] cannot be generic; call a generic fn from it",
        ));
    }
    if !matches!(f.sig.output, syn::ReturnType::Default) {
        return Err(Error::new(
            f.sig.output.span(),
            "a #[kernel] returns nothing; write results to a `&mut [T]`",
        ));
    }
    if f.sig.asyncness.is_some() || f.sig.unsafety.is_some() {
        return Err(Error::new(f.sig.span(), "a #[kernel] is a plain safe `fn`"));
    }
    let mut params = Vec::new();
    for input in f.sig.inputs.iter_mut() {
        match input {
            FnArg::Typed(t) => params.push(classify(t)?),
            FnArg::Receiver(r) => return Err(Error::new(r.span(), "a #[kernel] takes no `self`")),
        }
    }
    let name = f.sig.ident.clone();
    let name_str = name.to_string();
    let span = name.span();
    let host = host_cfg();
    // On the CPU, the kernel belongs inlined in the executor's thread loop.
    // On CUDA, in its entry, whatever its size: there the parameters are
    // known to point at global memory (`ld.global`, not generic loads), and
    // a call would cost registers and a stack frame.
    if !f.attrs.iter().any(|a| a.path().is_ident("inline")) {
        let cfg: TokenStream2 = HOST_CFG.parse().expect("valid cfg");
        f.attrs.push(syn::parse_quote!(#[cfg_attr(#cfg, inline)]));
        f.attrs
            .push(syn::parse_quote!(#[cfg_attr(target_arch = "nvptx64", inline(always))]));
    }
    let [wx, wy, wz] = wg;
    let kp = quote!(::everygpu_kernel);

    // Host entries + description. Both read the slots into a local copy
    // first: in the thread loop, LLVM then keeps them in registers.
    let count = params.len();
    let host_args: Vec<TokenStream2> = params
        .iter()
        .enumerate()
        .map(|(i, p)| match &p.param {
            Param::Scalar(t) => quote!(__slots[#i].scalar::<#t>()),
            Param::Buffer { elem, mutable: false } => quote!(__slots[#i].slice::<#elem>()),
            Param::Buffer { elem, mutable: true } => quote!(__slots[#i].slice_mut::<#elem>()),
            Param::Shared { elem, len } => quote!(__slots[#i].shared::<#elem, #len>()),
        })
        .collect();
    let loop_params = params.iter().enumerate().map(|(i, p)| {
        let n = format_ident!("__p{}", i);
        match &p.param {
            Param::Scalar(t) => quote!(#n: #t),
            Param::Buffer { elem, mutable: false } => quote!(#n: &[#elem]),
            Param::Buffer { elem, mutable: true } => quote!(#n: &mut [#elem]),
            Param::Shared { elem, len } => quote!(#n: &#kp::Shared<#elem, #len>),
        }
    });
    let loop_args: Vec<TokenStream2> = params
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let n = format_ident!("__p{}", i);
            match &p.param {
                Param::Buffer { mutable: true, .. } => quote!(&mut *#n),
                _ => quote!(#n),
            }
        })
        .collect();
    // Where every buffer holds as many elements as the grid has threads (the
    // usual 1-D kernel: `buf[global_index()]` under `if i < buf.len()`), a
    // second copy of the loop runs with each buffer re-made with that very
    // length value: the same slices, but `len()` is now the value that
    // `global_index()` is said to stay below (the host intrinsic's
    // `assert_unchecked`), so LLVM drops the bounds checks and vectorises the
    // thread loop as it does a plain loop.
    let buffers: Vec<(syn::Ident, bool)> = params
        .iter()
        .enumerate()
        .filter_map(|(i, p)| match p.param {
            Param::Buffer { mutable, .. } => Some((format_ident!("__p{}", i), mutable)),
            _ => None,
        })
        .collect();
    let run = quote! {
        // SAFETY: the executor runs the span on one of its fibers, and
        // `__threads` is the grid's.
        unsafe { #kp::host::exec::run_span::<#wx, #wy, #wz>(span, __threads, || #name(#(#loop_args),*)) }
    };
    let versioned_loop = if buffers.is_empty() {
        run
    } else {
        let same_length = buffers.iter().map(|(n, _)| quote!(__threads == #n.len()));
        let remade = buffers.iter().map(|(n, mutable)| match mutable {
            // SAFETY: the same pointer and length (checked just above).
            true => quote!(let #n = unsafe { ::core::slice::from_raw_parts_mut(#n.as_mut_ptr(), __threads) };),
            false => quote!(let #n = unsafe { ::core::slice::from_raw_parts(#n.as_ptr(), __threads) };),
        });
        quote! {
            if #(#same_length)&&* {
                #(#remade)*
                #run
            } else {
                #run
            }
        }
    };
    let descs = params.iter().map(|p| {
        let pname = p.name.to_string();
        let kind = match &p.param {
            Param::Scalar(t) => quote!(#kp::host::ParamKind::Scalar(<#t as #kp::ScalarParam>::SCALAR)),
            Param::Buffer { elem, mutable } => {
                quote!(#kp::host::ParamKind::Buffer { elem: <#elem as #kp::Element>::DESC, mutable: #mutable })
            }
            Param::Shared { elem, len } => {
                quote!(#kp::host::ParamKind::Shared { elem: <#elem as #kp::Element>::DESC, len: <#kp::Shared<#elem, #len>>::LEN })
            }
        };
        quote!(#kp::host::ParamDesc { name: #pname, kind: #kind })
    });
    let file = quote_spanned!(span=> file!());
    let line = quote_spanned!(span=> line!());
    // Only the kernels a build selects get entry points (see `selected_cfg`).
    let selected = selected_cfg(&name_str);
    let allow_selection = quote!(#[allow(unexpected_cfgs)]);
    let host_part = quote! {
        #host
        #allow_selection
        const _: () = {
            #selected
            const _: () = {
                unsafe fn __everygpu_entry(args: *const #kp::host::ArgSlot) {
                    // SAFETY: the executor passes one slot per parameter, matching its kind.
                    unsafe {
                        let __slots = ::core::ptr::read(args as *const [#kp::host::ArgSlot; #count]);
                        #name(#(#host_args),*)
                    }
                }
                unsafe fn __everygpu_threads(args: *const #kp::host::ArgSlot, span: &#kp::host::exec::Span) {
                    // The loop takes the arguments as parameters: `&mut` slices are
                    // then `noalias` for the whole loop, so LLVM knows the kernel's
                    // stores leave the thread coordinates alone and keeps those in
                    // registers. (Inlined, the function would lose `noalias`.)
                    #[inline(never)]
                    fn __loop(span: &#kp::host::exec::Span, #(#loop_params),*) {
                        let __threads = #kp::__private::grid_threads(span.groups, [#wx, #wy, #wz]);
                        #versioned_loop
                    }
                    // SAFETY: as above.
                    unsafe {
                        let __slots = ::core::ptr::read(args as *const [#kp::host::ArgSlot; #count]);
                        __loop(span, #(#host_args),*)
                    }
                }
                #[#kp::__private::linkme::distributed_slice(#kp::host::KERNELS)]
                #[linkme(crate = #kp::__private::linkme)]
                static __EVERYGPU_KERNEL: #kp::host::KernelDesc = #kp::host::KernelDesc {
                    name: #name_str,
                    params: &[#(#descs),*],
                    workgroup_size: [#wx, #wy, #wz],
                    entry: __everygpu_entry,
                    threads: __everygpu_threads,
                    file: #file,
                    line: #line,
                };
            };
        };
    };

    // nvptx entry.
    let mut ptx_params = Vec::new();
    let mut ptx_args = Vec::new();
    let mut ptx_shared = Vec::new();
    let mut ptx_shared_sizes = Vec::new();
    for p in &params {
        let n = &p.name;
        match &p.param {
            Param::Scalar(t) => {
                ptx_params.push(quote!(#n: #t));
                ptx_args.push(quote!(#n));
            }
            Param::Buffer { elem, mutable } => {
                let ptr = format_ident!("{}_ptr", n);
                let len = format_ident!("{}_len", n);
                if *mutable {
                    ptx_params.push(quote!(#ptr: *mut #elem, #len: usize));
                    ptx_args
                        .push(quote!(if #len == 0 { &mut [] } else { ::core::slice::from_raw_parts_mut(#ptr, #len) }));
                } else {
                    ptx_params.push(quote!(#ptr: *const #elem, #len: usize));
                    ptx_args.push(quote!(if #len == 0 { &[] } else { ::core::slice::from_raw_parts(#ptr, #len) }));
                }
            }
            Param::Shared { elem, len } => {
                ptx_shared.push(quote! {
                    __off = #kp::__private::shared_array_start(__off);
                    let #n = &*(__smem.add(__off) as *const #kp::Shared<#elem, #len>);
                    __off += ::core::mem::size_of::<#kp::Shared<#elem, #len>>();
                });
                ptx_shared_sizes.push(quote! {
                    __off = #kp::__private::shared_array_start(__off);
                    __off += ::core::mem::size_of::<#kp::Shared<#elem, #len>>();
                });
                ptx_args.push(quote!(#n));
            }
        }
    }
    // The launch bounds and cluster shape, for the nvptx route to write into
    // the entry's header (`.reqntid`, `.minnctapersm`, `.reqnctapercluster`):
    // PTX has no other way in from Rust.
    let [cx, cy, cz] = cluster;
    let bounds = format!("// everygpu.launch_bounds {name_str} {wx} {wy} {wz} {resident} {cx} {cy} {cz}");
    // The bytes of workgroup memory the entry carves its arrays from, as
    // this target sizes them (a kernel may size them per target with
    // `cfg(target_arch = "nvptx64")`): the CUDA backend launches with them.
    let shared_marker = format!("// everygpu.shared_bytes {name_str} {{}}");
    let shared_part = if ptx_shared_sizes.is_empty() {
        quote!()
    } else {
        quote! {
            #[cfg(target_arch = "nvptx64")]
            ::core::arch::global_asm!(#shared_marker, const {
                let mut __off = 0usize;
                #(#ptx_shared_sizes)*
                __off
            });
        }
    };
    let ptx_part = quote! {
        #[cfg(target_arch = "nvptx64")]
        ::core::arch::global_asm!(#bounds);
        #shared_part
        #[cfg(target_arch = "nvptx64")]
        #allow_selection
        const _: () = {
            #selected
            #[export_name = #name_str]
            pub unsafe extern "ptx-kernel" fn __everygpu_ptx_entry(#(#ptx_params),*) {
                #[allow(unused_variables, unused_mut, unused_assignments)]
                let __smem = #kp::__private::shared_base();
                #[allow(unused_variables, unused_mut, unused_assignments)]
                let mut __off = 0usize;
                // SAFETY: the host passes live (pointer, length) pairs and sizes
                // dynamic shared memory for every workgroup array.
                unsafe {
                    #(#ptx_shared)*
                    #name(#(#ptx_args),*)
                }
            }
        };
    };

    // wasm entry.
    let wasm_args = params.iter().enumerate().map(|(i, p)| {
        let i = i as u32;
        match &p.param {
            Param::Scalar(t) => quote!(<#t as #kp::__private::WasmParam>::param(#i)),
            Param::Buffer { elem, mutable: false } => quote!(::core::slice::from_raw_parts(
                #kp::__private::buffer_ptr(#i) as *const #elem,
                #kp::__private::buffer_len(#i)
            )),
            Param::Buffer { elem, mutable: true } => quote!(::core::slice::from_raw_parts_mut(
                #kp::__private::buffer_ptr(#i) as *mut #elem,
                #kp::__private::buffer_len(#i)
            )),
            Param::Shared { elem, len } => {
                quote!(&*(#kp::__private::shared_ptr(#i) as *const #kp::Shared<#elem, #len>))
            }
        }
    });
    let wasm_part = quote! {
        #[cfg(target_arch = "wasm32")]
        #allow_selection
        const _: () = {
            #selected
            #[export_name = #name_str]
            pub extern "C" fn __everygpu_wasm_entry() {
                // SAFETY: the lowering binds every import to the launch's resources.
                unsafe { #name(#(#wasm_args),*) }
            }
        };
    };

    Ok(quote! {
        #f
        #host_part
        #ptx_part
        #wasm_part
    })
}

/// Registers a case: `#[case]` or `#[case(size = 1 << 20)]` on a
/// `fn name(n: usize) -> Case`. `size` is the default problem size.
#[proc_macro_attribute]
pub fn case(attr: TokenStream, item: TokenStream) -> TokenStream {
    match case_impl(attr.into(), item.into()) {
        Ok(t) => t.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

fn case_impl(attr: TokenStream2, item: TokenStream2) -> syn::Result<TokenStream2> {
    let mut size: Expr = syn::parse_quote!(1 << 16);
    let metas = Punctuated::<Meta, Token![,]>::parse_terminated.parse2(attr)?;
    for m in metas {
        match m {
            Meta::NameValue(nv) if nv.path.is_ident("size") => size = nv.value,
            other => {
                return Err(Error::new(
                    other.span(),
                    "unknown #[case] option; expected `size = ...`",
                ))
            }
        }
    }
    let f: ItemFn = syn::parse2(item)?;
    if f.sig.inputs.len() != 1 {
        return Err(Error::new(f.sig.span(), "a #[case] is `fn name(n: usize) -> Case`"));
    }
    let name = &f.sig.ident;
    let name_str = name.to_string();
    let host = host_cfg();
    let kp = quote!(::everygpu_kernel);
    Ok(quote_spanned! {name.span()=>
        #f
        #host
        const _: () = {
            #[#kp::__private::linkme::distributed_slice(#kp::host::CASES)]
            #[linkme(crate = #kp::__private::linkme)]
            static __EVERYGPU_CASE: #kp::host::CaseDesc = #kp::host::CaseDesc {
                name: #name_str,
                default_size: (#size) as u64,
                build: #name,
                file: file!(),
                line: line!(),
            };
        };
    })
}

/// Prints from a kernel thread, with a newline: `format!`'s syntax, on every
/// route (see `everygpu_kernel::print`).
#[proc_macro]
pub fn gpu_println(input: TokenStream) -> TokenStream {
    print::expand(input.into(), true)
        .unwrap_or_else(|e| e.to_compile_error())
        .into()
}

/// Prints from a kernel thread, without a newline (see [`gpu_println!`]).
#[proc_macro]
pub fn gpu_print(input: TokenStream) -> TokenStream {
    print::expand(input.into(), false)
        .unwrap_or_else(|e| e.to_compile_error())
        .into()
}

/// Implements `Element` for a `#[repr(C)]` struct of scalar fields, so it can
/// be a buffer element.
#[proc_macro_derive(Element)]
pub fn derive_element(item: TokenStream) -> TokenStream {
    match derive_impl(item.into()) {
        Ok(t) => t.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

fn derive_impl(item: TokenStream2) -> syn::Result<TokenStream2> {
    let s: syn::ItemStruct = syn::parse2(item)?;
    let repr_c = s.attrs.iter().any(|a| {
        a.path().is_ident("repr")
            // `repr(C)`, alone or beside others: `repr(C, align(16))`.
            && a.parse_args_with(Punctuated::<syn::Meta, Token![,]>::parse_terminated)
                .map(|items| items.iter().any(|m| m.path().is_ident("C")))
                .unwrap_or(false)
    });
    if !repr_c {
        return Err(Error::new(s.ident.span(), "#[derive(Element)] needs #[repr(C)]"));
    }
    if !s.generics.params.is_empty() {
        return Err(Error::new(
            s.generics.span(),
            "#[derive(Element)] does not support generics",
        ));
    }
    let syn::Fields::Named(fields) = &s.fields else {
        return Err(Error::new(s.ident.span(), "#[derive(Element)] needs named fields"));
    };
    let name = &s.ident;
    let name_str = name.to_string();
    let kp = quote!(::everygpu_kernel);
    let entries = fields.named.iter().map(|f| {
        let id = f.ident.as_ref().expect("named field");
        let ty = &f.ty;
        let id_str = id.to_string();
        quote!((#id_str, ::core::mem::offset_of!(#name, #id), <#ty as #kp::__private::ScalarField>::SCALAR))
    });
    Ok(quote! {
        // SAFETY: #[repr(C)] and every field is a scalar (checked by ScalarField).
        unsafe impl #kp::Element for #name {
            const DESC: #kp::ElementDesc = #kp::ElementDesc {
                name: #name_str,
                size: ::core::mem::size_of::<#name>(),
                align: ::core::mem::align_of::<#name>(),
                fields: &[#(#entries),*],
            };
        }
    })
}
