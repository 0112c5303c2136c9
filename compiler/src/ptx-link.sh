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
"$LLVM_BIN/llvm-link" "$@" -o "$tmp/linked.bc"
"$LLVM_BIN/opt" -passes='internalize,globaldce,default<O3>' \
  --internalize-public-api-list="$exports" "$tmp/linked.bc" -o "$tmp/opt.bc"
"$LLVM_BIN/llc" -mcpu="$cpu" ${features:+-mattr="$features"} -O3 "$tmp/opt.bc" -o "$out"
