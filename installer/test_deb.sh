#!/usr/bin/env bash
# End-to-end test of the Linux .deb on this machine (Debian/Ubuntu, run as root):
#   install (apt pulls the dependencies) -> doctor -> start-up times -> the window under Xvfb
#   with a screenshot -> chat (through an engine host started from the bundle) -> upgrade to version N+1 keeps the chat -> nothing written
#   under /opt/localchat -> remove leaves no files behind but keeps the user's data.
#
# Usage: installer/test_deb.sh [path/to/localchat_VERSION_amd64.deb]
#        (default: the newest installer/build/localchat_*_amd64.deb; build_linux.sh first)
# Writes installer/build/test/ (doctor.txt, timings.txt) and installer/build/screenshot.png.
# Changes the system: installs and removes the localchat package, and installs xvfb and
# imagemagick when missing. Uses a throw-away HOME, so your own LocalChat data is untouched.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUILD="$HERE/build"
OUT="$BUILD/test"
DEB="${1:-$(ls -t "$BUILD"/localchat_*_amd64.deb 2>/dev/null | grep -v upgradetest | head -n1 || true)}"
[[ -n "$DEB" && -f "$DEB" ]] || { echo "no .deb: run installer/build_linux.sh" >&2; exit 2; }
[[ "$(id -u)" == 0 ]] || { echo "run as root (it installs a package)" >&2; exit 2; }
DEB="$(cd "$(dirname "$DEB")" && pwd)/$(basename "$DEB")"
VERSION="$(dpkg-deb -f "$DEB" Version)"
UPGRADE_VERSION="${VERSION}+upgradetest"
TESTHOME="$(mktemp -d /tmp/localchat-home.XXXXXX)"
DATA_DB="$TESTHOME/.local/share/LocalChat/localchat.db"
mkdir -p "$OUT"
export DEBIAN_FRONTEND=noninteractive

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
# Run the installed command as a user whose HOME is the throw-away folder.
as_user() { env -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_STATE_HOME HOME="$TESTHOME" "$@"; }
# The installed command is called by its full path: a developer's own `pip install` of
# LocalChat may come first on PATH, and the test would then run that one, not the bundle.
messages_in() {  # number of messages in conversation $1 of the test user's database
    sqlite3 "$DATA_DB" "SELECT count(*) FROM messages WHERE conversation_id = $1"
}
cleanup() {
    rm -f "$BUILD/localchat_${UPGRADE_VERSION}_amd64.deb"
    if dpkg-query -W -f='${Status}' localchat 2>/dev/null | grep -q "ok installed"; then
        apt-get remove -y -q localchat >/dev/null || true
    fi
}
trap cleanup EXIT

step "tools"
missing=()
command -v xvfb-run >/dev/null || missing+=(xvfb)
command -v import >/dev/null || missing+=(imagemagick)
command -v xwininfo >/dev/null || missing+=(x11-utils)
command -v sqlite3 >/dev/null || missing+=(sqlite3)
if ((${#missing[@]})); then
    apt-get update -q && apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

step "install $DEB (version $VERSION)"
if dpkg-query -W localchat >/dev/null 2>&1; then apt-get remove -y -q localchat; fi
apt-get install -y -q "$DEB"
[[ -x /opt/localchat/localchat && -x /usr/bin/localchat ]] || fail "files not installed"
[[ -f /usr/share/applications/localchat.desktop ]] || fail "no .desktop file"
[[ -f /usr/share/icons/hicolor/256x256/apps/localchat.png ]] || fail "no icon"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate /usr/share/applications/localchat.desktop
fi
marker="$OUT/installed.marker"
touch "$marker"
sleep 1

step "doctor (offscreen, --data-dir)"
rm -rf /tmp/localchat-doctor
QT_QPA_PLATFORM=offscreen as_user /usr/bin/localchat --data-dir /tmp/localchat-doctor doctor \
    | tee "$OUT/doctor.txt"
grep -q "All good." "$OUT/doctor.txt" || fail "doctor did not pass"
grep -q "SmolLM2" "$OUT/doctor.txt" || fail "doctor did not load the bundled model"

step "start-up times"
: > "$OUT/timings.txt"
for run in 1 2 3; do
    start=$(date +%s.%N)
    as_user /usr/bin/localchat --version >/dev/null
    end=$(date +%s.%N)
    printf 'localchat --version run %s: %.2f s\n' "$run" "$(echo "$end - $start" | bc)" \
        | tee -a "$OUT/timings.txt"
done

step "window under Xvfb (screenshot)"
cat > "$OUT/window.sh" <<'EOF'
#!/bin/sh
# Runs inside xvfb-run: start LocalChat, time until its window is mapped, screenshot, stop.
start=$(date +%s.%N)
/usr/bin/localchat &
pid=$!
shown=""
for _ in $(seq 1 200); do
    if xwininfo -root -tree 2>/dev/null | grep -q '"LocalChat'; then
        shown=$(date +%s.%N); break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "localchat exited early"; exit 1; fi
    sleep 0.05
done
[ -n "$shown" ] || { echo "no LocalChat window after 10 s"; kill "$pid"; exit 1; }
printf 'window shown after %.2f s\n' "$(echo "$shown - $start" | bc)"
sleep 4
import -window root "$1"
kill "$pid"
wait "$pid" || true
EOF
chmod +x "$OUT/window.sh"
# On the virtual screen itself, whatever platform the caller's environment names.
as_user env -u QT_QPA_PLATFORM xvfb-run -a -s '-screen 0 1280x800x24' "$OUT/window.sh" "$BUILD/screenshot.png" \
    | tee -a "$OUT/timings.txt"
[[ -s "$BUILD/screenshot.png" ]] || fail "no screenshot"

step "chat with the default data dir ($TESTHOME/.local/share/LocalChat)"
as_user /usr/bin/localchat chat -p "hi" --max-tokens 8 --temperature 0
[[ -f "$DATA_DB" ]] || fail "no database in the user data dir"
before="$(messages_in 1)"
((before >= 2)) || fail "conversation 1 has $before messages after one question"
# The answer came from an engine host process started from the installed bundle itself.
grep -q "Engine host [0-9]* (/opt/localchat/localchat engine-host) started" \
    "$TESTHOME/.local/state/LocalChat/log/localchat.log" \
    || fail "the chat did not run in an engine host started from the bundle"

step "upgrade to $UPGRADE_VERSION"
LOCALCHAT_VERSION="$UPGRADE_VERSION" SKIP_BUNDLE=1 SKIP_TARBALL=1 "$HERE/build_linux.sh" \
    > "$OUT/upgrade-build.log"
apt-get install -y -q "$BUILD/localchat_${UPGRADE_VERSION}_amd64.deb"
[[ "$(dpkg-query -W -f='${Version}' localchat)" == "$UPGRADE_VERSION" ]] || fail "not upgraded"
touch "$marker"  # the upgrade itself rewrote /opt/localchat
sleep 1
as_user /usr/bin/localchat chat --conversation 1 -p "again" --max-tokens 8 --temperature 0
after="$(messages_in 1)"
((after == before + 2)) || fail "conversation 1: $before messages before, $after after upgrade"
QT_QPA_PLATFORM=offscreen as_user /usr/bin/localchat models list

step "nothing written under /opt/localchat"
written="$(find /opt/localchat -newer "$marker" | head -n 20)"
[[ -z "$written" ]] || fail "the app wrote under /opt/localchat: $written"

step "remove"
apt-get remove -y -q localchat
[[ ! -e /opt/localchat ]] || fail "/opt/localchat is still there: $(find /opt/localchat | head)"
[[ ! -e /usr/bin/localchat ]] || fail "/usr/bin/localchat is still there"
[[ ! -e /usr/share/applications/localchat.desktop ]] || fail ".desktop file left behind"
[[ -f "$DATA_DB" ]] || fail "removing the package removed the user's data"

rm -rf "$TESTHOME" /tmp/localchat-doctor
step "PASS (results in $OUT, screenshot $BUILD/screenshot.png)"
