#!/bin/sh
# Remove a LocalChat installed by install-to-home.sh. Keeps your chats, models and settings
# (~/.local/share/LocalChat, ~/.config/LocalChat); delete those yourself if you want them gone.
set -eu
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
rm -rf "$HOME/.local/opt/localchat"
if [ -L "$HOME/.local/bin/localchat" ]; then rm -f "$HOME/.local/bin/localchat"; fi
rm -f "$DATA/applications/localchat.desktop"
rm -f "$DATA"/icons/hicolor/*/apps/localchat.png
echo "LocalChat removed. Your data in $DATA/LocalChat was kept."
