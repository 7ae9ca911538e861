#!/bin/sh
# Install the portable LocalChat for this user only (no root): the app goes to
# ~/.local/opt/localchat, the command to ~/.local/bin/localchat, a menu entry and icons to
# ~/.local/share. Run it from the unpacked folder: ./install-to-home.sh
# Your chats and models stay in ~/.local/share/LocalChat and are kept by uninstall.
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
APP="$HOME/.local/opt/localchat"
BIN="$HOME/.local/bin"

if [ ! -x "$HERE/localchat/localchat" ]; then
    echo "Run this script from the unpacked LocalChat folder." >&2
    exit 1
fi
echo "Installing LocalChat into $APP"
rm -rf "$APP.new"
mkdir -p "$(dirname "$APP")" "$BIN" "$DATA/applications"
cp -a "$HERE/localchat" "$APP.new"
rm -rf "$APP"
mv "$APP.new" "$APP"
ln -sf "$APP/localchat" "$BIN/localchat"
for icon in "$HERE"/icons/localchat-*.png; do
    size="$(basename "$icon" .png)"; size="${size#localchat-}"
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
    cp "$icon" "$DATA/icons/hicolor/${size}x${size}/apps/localchat.png"
done
sed -e "s|^Exec=.*|Exec=$APP/localchat %F|" -e "s|^TryExec=.*|TryExec=$APP/localchat|" \
    "$HERE/localchat.desktop" > "$DATA/applications/localchat.desktop"
command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true
cp "$HERE/uninstall-from-home.sh" "$APP/uninstall-from-home.sh"
echo "Done. Start LocalChat from your applications menu, or run: localchat"
case ":$PATH:" in
    *":$BIN:"*) ;;
    *) echo "(To use the 'localchat' command, add $BIN to your PATH.)" ;;
esac
