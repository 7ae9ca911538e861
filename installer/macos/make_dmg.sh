#!/usr/bin/env bash
# Pack installer/build/dist/LocalChat.app into a drag-to-Applications disk image.
# NOT VERIFIED (written on Linux). Run on macOS after make_app.sh.
# Env: SIGN_IDENTITY ("Developer ID Application: ...") and NOTARY_PROFILE (a profile saved
# with `xcrun notarytool store-credentials`) to sign and notarize; without them the .dmg is
# unsigned and Gatekeeper asks the user to right-click > Open the first time.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUILD="$ROOT/installer/build"
APP="$BUILD/dist/LocalChat.app"
VERSION="${LOCALCHAT_VERSION:-$(/usr/libexec/PlistBuddy -c 'Print CFBundleShortVersionString' \
    "$APP/Contents/Info.plist")}"
DMG="$BUILD/LocalChat-$VERSION-macos-$(uname -m).dmg"

if [[ -n "${SIGN_IDENTITY:-}" ]]; then
    codesign --force --deep --options runtime --timestamp --sign "$SIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict "$APP"
fi

STAGE="$BUILD/dmg"
rm -rf "$STAGE" "$DMG" && mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "LocalChat $VERSION" -srcfolder "$STAGE" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 "$DMG"

if [[ -n "${SIGN_IDENTITY:-}" ]]; then
    codesign --sign "$SIGN_IDENTITY" --timestamp "$DMG"
fi
if [[ -n "${NOTARY_PROFILE:-}" ]]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
fi
hdiutil verify "$DMG"
echo "$DMG"
