#!/usr/bin/env bash
# Build a portable llama-cpp-python wheel (CPU only) into installer/build/wheels/.
#
# The wheel that `pip install llama-cpp-python` compiles is tuned to the build machine
# (GGML_NATIVE=ON: -march=native), so it may crash with "illegal instruction" on an older
# CPU. This script builds for a fixed x86-64-v3 baseline instead (AVX, AVX2, FMA, F16C,
# BMI2: Intel Haswell 2013+, AMD Excavator 2015+ / every Zen). See installer/README.md for
# why the runtime-dispatch build (GGML_BACKEND_DL + GGML_CPU_ALL_VARIANTS) is not used.
#
# Usage: installer/build_engine.sh            (takes ~10 minutes on 2 cores)
# Env:   LLAMA_CPP_VERSION (default 0.3.36), ENGINE_CMAKE_ARGS (override the flags),
#        JOBS (parallel compile jobs, default: number of cores).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUILD="$HERE/build"
VERSION="${LLAMA_CPP_VERSION:-0.3.36}"
PORTABLE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON"
PORTABLE_ARGS="$PORTABLE_ARGS -DGGML_BMI2=ON -DGGML_AVX512=OFF -DGGML_BLAS=OFF"
PORTABLE_ARGS="$PORTABLE_ARGS -DLLAVA_BUILD=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF"
PORTABLE_ARGS="$PORTABLE_ARGS -DLLAMA_BUILD_TOOLS=OFF -DLLAMA_BUILD_SERVER=OFF"

mkdir -p "$BUILD/sdist" "$BUILD/wheels"
SDIST="$BUILD/sdist/llama_cpp_python-$VERSION.tar.gz"
if [[ ! -f "$SDIST" ]]; then
    python3 -m pip download --no-binary :all: --no-deps "llama-cpp-python==$VERSION" \
        -d "$BUILD/sdist"
fi

export CMAKE_ARGS="${ENGINE_CMAKE_ARGS:-$PORTABLE_ARGS}"
export CMAKE_BUILD_PARALLEL_LEVEL="${JOBS:-$(nproc)}"
echo "CMAKE_ARGS=$CMAKE_ARGS"
start=$(date +%s)
nice -n 10 python3 -m pip wheel --no-deps --no-cache-dir -w "$BUILD/wheels" "$SDIST"
end=$(date +%s)
echo "engine wheel built in $(( (end - start) / 60 )) min $(( (end - start) % 60 )) s"
ls -l "$BUILD/wheels"/llama_cpp_python-*.whl
