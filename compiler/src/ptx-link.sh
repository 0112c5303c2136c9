#!/bin/sh
# everygpu's stand-in for rustc's `llvm-bitcode-linker` on nvptx64-nvidia-cuda:
# links the crate's bitcode with the bitcode members of its rlibs (core,
# compiler_builtins, ...), keeps only the exported kernels and what they reach,
# optimises, and writes self-contained PTX with llc.
# Written by everygpu-compiler; LLVM_BIN is substituted at write time.
set -eu
LLVM_BIN="@LLVM_BIN@"
exports=""
objects=""
rlibs=""
out=""
cpu="sm_80"
features=""
while [ $# -gt 0 ]; do
  case "$1" in
    --export-symbol) exports="${exports:+$exports,}$2"; shift 2 ;;
    --target-cpu) cpu="$2"; shift 2 ;;
    --target-feature=*) features="${1#--target-feature=}"; shift ;;
    --target-feature) features="$2"; shift 2 ;;
    --target|-L) shift 2 ;;
    -o) out="$2"; shift 2 ;;
    -O*|--debug) shift ;;
    *.rlib) rlibs="$rlibs $1"; shift ;;
    *) objects="$objects $1"; shift ;;
  esac
done
[ -n "$out" ] || { echo "ptx-link: no -o given" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The crate's own code first, fully.
"$LLVM_BIN/llvm-link" $objects -o "$tmp/crate.bc"
set -- "$tmp/crate.bc"
i=0
for r in $rlibs; do
  i=$((i + 1))
  mkdir -p "$tmp/r$i"
  (cd "$tmp/r$i" && "$LLVM_BIN/llvm-ar" x "$r")
  for m in "$tmp/r$i"/*.o; do
    [ -f "$m" ] || continue
    # Bitcode members only (magic 'BC').
    if [ "$(head -c 2 "$m")" = "BC" ]; then set -- "$@" "$m"; fi
  done
done
# Link everything, then let internalize + globaldce keep what the kernels reach
# (--only-needed would depend on the order of the archives).
"$LLVM_BIN/llvm-link" "$@" -o "$tmp/linked.ll" -S
# Core's panics format their messages, which a GPU thread cannot. Where
# everygpu-kernel's stand-ins are linked in, core's index and range checks
# and `panic(&str)` call them instead (they record the values or the text
# for the host), and so does `panic_fmt`: with its text where the message is
# a literal, and with its template alone otherwise, never with the values,
# so that no kernel builds them. Core's own definitions, renamed, fall to
# globaldce.
if grep -q "^define .*@everygpu_panic_formatted(" "$tmp/linked.ll"; then
  core='@_RNv(Nt)+Cs[0-9A-Za-z]+_4core'
  sed -E -i \
    -e "/^define /s/${core}(9panicking18panic_bounds_check|5slice5index16slice_index_fail|9panicking5panic|9panicking9panic_fmt)\(/@everygpu.replaced.\2(/" \
    -e "s/${core}9panicking18panic_bounds_check([^0-9A-Za-z_.])/@everygpu_panic_bounds_check\2/g" \
    -e "s/${core}5slice5index16slice_index_fail([^0-9A-Za-z_.])/@everygpu_slice_index_fail\2/g" \
    -e "s/${core}9panicking5panic([^0-9A-Za-z_.])/@everygpu_panic_str\2/g" \
    -e "s/call void ${core}9panicking9panic_fmt\((ptr [^,]*, ptr [^,]*inttoptr \(i64 [0-9]+ to ptr\), )/call void @everygpu_panic_literal(\2/g" \
    -e "s/call void ${core}9panicking9panic_fmt\((ptr [^,]*), ptr [^,]*, /call void @everygpu_panic_formatted(\2, /g" \
    "$tmp/linked.ll"
fi
"$LLVM_BIN/opt" -passes='internalize,globaldce,default<O3>' \
  --internalize-public-api-list="$exports" "$tmp/linked.ll" -o "$tmp/opt.bc"
# A 16-byte copy between 16-byte-aligned pointers (an element such as a
# `#[repr(align(16))]` struct of four floats moved whole) becomes one
# <4 x i32> load and one store: llc would split it into two 8-byte loads and
# stores, and interleave them, so that a thread's element costs two memory
# round trips instead of one. The load comes first, as a memmove needs.
"$LLVM_BIN/llvm-dis" "$tmp/opt.bc" -o "$tmp/opt.ll"
awk '
/call void @llvm\.mem(cpy|move)\.p[0-9]+\.p[0-9]+\.i64\(ptr / && / i64 16, i1 false\)/ {
  if (match($0, /\(ptr [^%]*%[-a-zA-Z$._0-9]+, ptr [^%]*%[-a-zA-Z$._0-9]+, i64 16, i1 false\)/)) {
    args = substr($0, RSTART + 1, RLENGTH - 2)
    indent = $0; sub(/[^ ].*$/, "", indent)
    split(args, halves, /, ptr /)
    d = halves[1]; s = "ptr " halves[2]
    sub(/, i64 16, i1 false$/, "", s)
    if (d ~ /align (16|32|64|128|256) / && s ~ /align (16|32|64|128|256) /) {
      dspace = (d ~ /^ptr addrspace\(/) ? d : "ptr"; sub(/\) .*$/, ")", dspace)
      sspace = (s ~ /^ptr addrspace\(/) ? s : "ptr"; sub(/\) .*$/, ")", sspace)
      match(d, /%[-a-zA-Z$._0-9]+$/); dn = substr(d, RSTART)
      match(s, /%[-a-zA-Z$._0-9]+$/); sn = substr(s, RSTART)
      v = "%everygpu.quad." NR
      print indent v " = load <4 x i32>, " sspace " " sn ", align 16"
      print indent "store <4 x i32> " v ", " dspace " " dn ", align 16"
      next
    }
  }
}
{ print }
' "$tmp/opt.ll" > "$tmp/quads.ll"
"$LLVM_BIN/llc" -mcpu="$cpu" ${features:+-mattr="$features"} -O3 "$tmp/quads.ll" -o "$out"
