#!/usr/bin/env python3
"""Disassembles what NVIDIA's Vulkan driver compiled: the SASS of every
pipeline in its shader disk cache.

NVIDIA's driver keeps no internal representations for
VK_KHR_pipeline_executable_properties, but it caches each compiled pipeline:
zstd frames, each an "NVuc" container whose machine code is a run of 16-byte
instructions ending at the last EXIT. This finds them and hands the code to
nvdisasm (CUDA's, or the nvidia-cuda-nvdisasm wheel).

    __GL_SHADER_DISK_CACHE=1 __GL_SHADER_DISK_CACHE_PATH=/tmp/glc \\
    __GL_SHADER_DISK_CACHE_SKIP_CLEANUP=1 everygpu run CRATE --case C --backend vulkan
    scripts/nvidia-vulkan-sass.py /tmp/glc OUT_DIR [SM90]

Writes OUT_DIR/N.sass, one per pipeline, and prints a line per pipeline
(FFMA and HMMA counts say which kernel it is). Needs `zstd` and `nvdisasm`
on PATH. The container's layout is the driver's own and may change.
"""
import os
import struct
import subprocess
import sys
import tempfile


def pipelines(cache_dir):
    """Every decompressed "NVuc" container in the cache's *.bin files."""
    for root, _, files in os.walk(cache_dir):
        for name in sorted(files):
            if not name.endswith(".bin"):
                continue
            data = open(os.path.join(root, name), "rb").read()
            at = 0
            while (at := data.find(b"\x28\xb5\x2f\xfd", at)) >= 0:
                out = subprocess.run(["zstd", "-d", "-c"], input=data[at:], capture_output=True).stdout
                at += 4
                if out.startswith(b"NVDANVVMNVuc"):
                    yield out


def disassemble(container, arch):
    """The SASS of one container: from the first offset nvdisasm accepts up
    to the last EXIT, or None."""
    exit_op = struct.pack("<Q", 0x794D)
    end, at = -1, 0
    while (at := container.find(exit_op, at)) >= 0:
        end, at = at + 16, at + 1
    if end < 0:
        return None
    with tempfile.NamedTemporaryFile(suffix=".bin") as f:
        for start in range(end % 16, min(end, 8192), 16):
            f.seek(0)
            f.truncate()
            f.write(container[start:end])
            f.flush()
            p = subprocess.run(["nvdisasm", "--binary", arch, f.name], capture_output=True, text=True)
            if p.returncode == 0:
                return p.stdout
    return None


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    cache_dir, out_dir = sys.argv[1], sys.argv[2]
    arch = sys.argv[3] if len(sys.argv) > 3 else "SM90"
    os.makedirs(out_dir, exist_ok=True)
    n = 0
    for container in pipelines(cache_dir):
        sass = disassemble(container, arch)
        if sass is None:
            continue
        path = os.path.join(out_dir, f"{n}.sass")
        open(path, "w").write(sass)
        print(f"{path}: {sass.count(chr(10))} lines, {sass.count('FFMA')} FFMA, {sass.count('HMMA')} HMMA")
        n += 1
    if n == 0:
        sys.exit(f"no pipeline found in {cache_dir}")


if __name__ == "__main__":
    main()
