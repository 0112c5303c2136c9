//! `gpu_println!` and `gpu_print!`: the format string is read here, at
//! compile time, as `format!` reads it; what a thread records at run time is
//! its arguments (see `everygpu_kernel::print`).

use proc_macro2::TokenStream as TokenStream2;
use quote::{format_ident, quote, quote_spanned};
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Expr, Ident, LitStr, Token};

/// The macro's input: a format string, then arguments (`expr` or
/// `name = expr`).
struct PrintInput {
    template: LitStr,
    args: Vec<(Option<Ident>, Expr)>,
}

impl Parse for PrintInput {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let template: LitStr = input.parse()?;
        let mut args = Vec::new();
        if input.parse::<Option<Token![,]>>()?.is_some() {
            for e in Punctuated::<Expr, Token![,]>::parse_terminated(input)? {
                match e {
                    Expr::Assign(a) => match &*a.left {
                        Expr::Path(p) if p.path.get_ident().is_some() => {
                            args.push((p.path.get_ident().cloned(), *a.right))
                        }
                        _ => {
                            return Err(syn::Error::new_spanned(
                                a.left,
                                "gpu_println!: expected an argument name",
                            ))
                        }
                    },
                    e => args.push((None, e)),
                }
            }
        }
        Ok(PrintInput { template, args })
    }
}

/// How an argument is formatted, in `format!`'s syntax.
#[derive(Default)]
struct Spec {
    /// What follows the `:`, as written (the host reads it again).
    text: String,
    /// `?`, `x`, `X`, `b`, `o`, `e`, `E` or empty.
    ty: String,
}

/// Reads `spec` (after the `:`): `[[fill]align][sign]['#']['0'][width]['.'
/// precision][type]`, widths and precisions as numbers.
fn parse_spec(spec: &str) -> Result<Spec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '^' | '>');
    if chars.len() >= 2 && is_align(chars[1]) {
        i = 2;
    } else if chars.first().copied().is_some_and(is_align) {
        i = 1;
    }
    if chars.get(i).is_some_and(|&c| c == '+' || c == '-') {
        i += 1;
    }
    if chars.get(i) == Some(&'#') {
        i += 1;
    }
    if chars.get(i) == Some(&'0') {
        i += 1;
    }
    while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
        i += 1;
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        let start = i;
        while chars.get(i).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
        }
        if i == start {
            return Err(format!(
                "`{{:{spec}}}`: precisions must be numbers (`.*` and `$` are not supported by gpu_println!)"
            ));
        }
    }
    let ty: String = chars[i..].iter().collect();
    if !matches!(ty.as_str(), "" | "?" | "x" | "X" | "b" | "o" | "e" | "E") {
        return Err(format!(
            "`{{:{spec}}}`: unsupported by gpu_println! (it takes `{{}}`, `{{:?}}`, `{{:x}}`, `{{:X}}`, `{{:b}}`, \
             `{{:o}}`, `{{:e}}`, `{{:E}}` with fill, alignment, sign, `#`, `0`, width and precision)"
        ));
    }
    if ty == "?" && spec.contains('#') {
        return Err(format!(
            "`{{:{spec}}}`: pretty-printed debug output is not supported by gpu_println!"
        ));
    }
    Ok(Spec {
        text: spec.to_string(),
        ty,
    })
}

/// Where a placeholder takes its value from.
enum ArgRef {
    Next,
    Index(usize),
    Name(String),
}

/// Splits the format string into the normalised template the host reads
/// (every placeholder `{index:spec}`) and what each placeholder refers to.
fn parse_template(t: &str) -> Result<Vec<Piece>, String> {
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut it = t.chars().peekable();
    while let Some(c) = it.next() {
        match c {
            '{' if it.peek() == Some(&'{') => {
                it.next();
                lit.push('{');
            }
            '}' if it.peek() == Some(&'}') => {
                it.next();
                lit.push('}');
            }
            '}' => return Err("unmatched `}` in format string (write `}}` for a brace)".into()),
            '{' => {
                let mut inner = String::new();
                loop {
                    match it.next() {
                        Some('}') => break,
                        Some(c) => inner.push(c),
                        None => return Err("unterminated `{` in format string (write `{{` for a brace)".into()),
                    }
                }
                let (arg, spec) = inner.split_once(':').unwrap_or((&inner, ""));
                let arg = arg.trim();
                let arg = if arg.is_empty() {
                    ArgRef::Next
                } else if let Ok(i) = arg.parse() {
                    ArgRef::Index(i)
                } else if arg.chars().all(|c| c == '_' || c.is_alphanumeric()) {
                    ArgRef::Name(arg.to_string())
                } else {
                    return Err(format!("`{{{inner}}}`: invalid argument reference"));
                };
                pieces.push(Piece::Text(core::mem::take(&mut lit)));
                pieces.push(Piece::Arg(arg, parse_spec(spec)?));
            }
            c => lit.push(c),
        }
    }
    pieces.push(Piece::Text(lit));
    Ok(pieces)
}

enum Piece {
    Text(String),
    Arg(ArgRef, Spec),
}

/// Expands `gpu_print!` (`newline` false) or `gpu_println!`.
pub fn expand(input: TokenStream2, newline: bool) -> syn::Result<TokenStream2> {
    let kp = quote!(::everygpu_kernel);
    let PrintInput { template, mut args } = syn::parse2(input)?;
    let err = |m: String| syn::Error::new(template.span(), format!("gpu_println!: {m}"));
    let pieces = parse_template(&template.value()).map_err(err)?;
    let positional = args.iter().take_while(|(name, _)| name.is_none()).count();
    if args[positional..].iter().any(|(name, _)| name.is_none()) {
        return Err(syn::Error::new_spanned(
            &args[positional].1,
            "gpu_println!: positional arguments cannot follow named arguments",
        ));
    }
    let mut used = vec![false; args.len()];
    let mut next = 0;
    let mut normalised = String::new();
    // (argument, spec type) per placeholder, to check each argument's type.
    let mut checks = Vec::new();
    for piece in &pieces {
        match piece {
            Piece::Text(t) => normalised.push_str(&t.replace('{', "{{").replace('}', "}}")),
            Piece::Arg(r, spec) => {
                let index = match r {
                    ArgRef::Next => {
                        next += 1;
                        next - 1
                    }
                    ArgRef::Index(i) => *i,
                    ArgRef::Name(n) => match args.iter().position(|(name, _)| name.as_ref().is_some_and(|i| i == n)) {
                        Some(i) => i,
                        None => {
                            // A variable in scope, captured as `format!` does.
                            let ident = Ident::new(n, template.span());
                            args.push((Some(ident.clone()), syn::parse_quote!(#ident)));
                            used.push(false);
                            args.len() - 1
                        }
                    },
                };
                if index >= args.len() {
                    return Err(err(format!(
                        "the format string refers to argument {index}, but there are {} arguments",
                        args.len()
                    )));
                }
                used[index] = true;
                normalised.push_str(&format!("{{{index}:{}}}", spec.text));
                checks.push((index, spec.ty.clone()));
            }
        }
    }
    if newline {
        normalised.push('\n');
    }
    if let Some(i) = used.iter().position(|u| !u) {
        return Err(syn::Error::new_spanned(&args[i].1, "gpu_println!: argument never used"));
    }
    let names: Vec<Ident> = (0..args.len()).map(|i| format_ident!("__arg{}", i)).collect();
    let values = args.iter().map(|(_, e)| e);
    let check_calls = checks.iter().map(|(i, ty)| {
        let name = &names[*i];
        let span = args[*i].1.span();
        let f = match ty.as_str() {
            "" => quote!(display),
            "?" => quote!(debug),
            "e" | "E" => quote!(float),
            _ => quote!(integer),
        };
        quote_spanned!(span=> #kp::print::check::#f(&#name);)
    });
    let writes = names
        .iter()
        .map(|n| quote!(#kp::print::PrintArg::write(&#n, &mut __record);));
    // The site: file, line, column and the normalised format string, NUL
    // separated.
    let site = quote!(::core::concat!(
        ::core::file!(), "\0", ::core::line!(), "\0", ::core::column!(), "\0", #normalised
    ));
    Ok(quote! {{
        #(let #names = &(#values);)*
        #(#check_calls)*
        const __WORDS: u32 = #kp::print::RECORD_HEADER_WORDS;
        let __words = __WORDS #(+ #kp::print::check::words(#names))*;
        if let ::core::option::Option::Some(mut __record) = #kp::print::Record::begin(#site, __words) {
            #(#writes)*
            __record.end();
        }
    }})
}
