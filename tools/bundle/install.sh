#!/bin/sh
# Put qaclient into your applications menu (no root needed): run from the unpacked folder.
#   ./install.sh            adds ~/.local/share/applications/qaclient.desktop and the icon
#   ./install.sh --remove   takes them out again (the unpacked folder and your data stay)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
apps="$data/applications"
icons="$data/icons/hicolor/scalable/apps"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$apps/qaclient.desktop" "$icons/qaclient.svg"
  echo "qaclient removed from the applications menu"
  exit 0
fi
if [ ! -x "$here/qaclient" ]; then
  echo "install.sh: $here/qaclient not found; run install.sh from the unpacked qaclient folder" >&2
  exit 1
fi
mkdir -p "$apps" "$icons"
cp "$here/qaclient.svg" "$icons/qaclient.svg"
# Exec and Icon point at this folder: the desktop entry works wherever it was unpacked
sed -e "s|^Exec=.*|Exec=\"$here/qaclient\"|" -e "s|^Icon=.*|Icon=$icons/qaclient.svg|" \
  "$here/qaclient.desktop" > "$apps/qaclient.desktop"
chmod 644 "$apps/qaclient.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
echo "qaclient added to the applications menu ($apps/qaclient.desktop)"
