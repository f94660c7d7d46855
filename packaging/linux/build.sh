#!/usr/bin/env bash
# Build HJ Journal for Linux: a self-contained folder (PyInstaller) and a Debian package
# that installs it under /opt/hj-journal, with a launcher on the PATH, a desktop entry,
# AppStream metadata and icons. Then validate them (desktop-file-validate, appstreamcli,
# lintian). Everything is written to packaging/linux/out/ (git-ignored).
#
#   bash packaging/linux/build.sh            # uses .venv (made with the 'package' extra)
#   PYTHON=/path/to/python bash packaging/linux/build.sh
#
# Needs: python3 with venv; dpkg-dev, patchelf, librsvg2-bin, desktop-file-utils, appstream,
# lintian, and the Qt runtime libraries (README.md; packaging/linux/ci.sh installs them all).
# Prints the path of the .deb on its last line.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="$HERE/out"
APP_ID="org.hjjournal.HJJournal"
cd "$ROOT"

step() { printf '\n== %s\n' "$*" >&2; }

# ---------------------------------------------------------------- the bundle
PYTHON="${PYTHON:-}"
if [[ -z "$PYTHON" ]]; then
    [[ -x .venv/bin/python ]] || python3 -m venv .venv
    PYTHON=.venv/bin/python
fi
if ! "$PYTHON" -c "import PyInstaller, hj_journal" 2>/dev/null; then
    step "installing the app and the 'package' extra into the virtual environment"
    "$PYTHON" -m pip install -q -e '.[package]'
fi
VERSION="$("$PYTHON" -c 'import hj_journal; print(hj_journal.__version__)')"
ARCH="$(dpkg --print-architecture)"

rm -rf "$OUT"
# Translations are built here, never committed: each resources/translations/*.ts becomes
# the .qm beside it (git-ignored), which the spec then bundles with the rest of resources/.
shopt -s nullglob
for ts in resources/translations/*.ts; do
    "$PYTHON" -c 'import sys; from PySide6.scripts.pyside_tool import lrelease
sys.argv[0] = "pyside6-lrelease"; lrelease()' -silent "$ts" -qm "${ts%.ts}.qm"
done
shopt -u nullglob

step "PyInstaller: one folder with Python, PySide6, SQLCipher and resources/"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$OUT/dist" --workpath "$OUT/work" packaging/hj-journal.spec
BUNDLE="$OUT/dist/hj-journal"
# Links left pointing at the Qt libraries the spec dropped (QtQuick, QtPdf...).
find "$BUNDLE" -xtype l -delete
du -sh "$BUNDLE" >&2

# ---------------------------------------------------------------- the package tree
step "Debian package tree"
PKG="$OUT/deb/hj-journal_${VERSION}_${ARCH}"
install -d "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" \
    "$PKG/usr/share/metainfo" "$PKG/usr/share/doc/hj-journal" "$PKG/usr/share/man/man1" \
    "$PKG/usr/share/lintian/overrides"
cp -a "$BUNDLE" "$PKG/opt/hj-journal"
ln -s /opt/hj-journal/hj-journal "$PKG/usr/bin/hj-journal"
install -m644 "resources/desktop/$APP_ID.desktop" "$PKG/usr/share/applications/"
install -m644 "$HERE/$APP_ID.metainfo.xml" "$PKG/usr/share/metainfo/"
install -m644 "$HERE/copyright" "$PKG/usr/share/doc/hj-journal/copyright"
gzip -9n -c "$HERE/changelog" >"$PKG/usr/share/doc/hj-journal/changelog.gz"
gzip -9n -c "$HERE/hj-journal.1" >"$PKG/usr/share/man/man1/hj-journal.1.gz"
install -m644 "$HERE/lintian-overrides" "$PKG/usr/share/lintian/overrides/hj-journal"
for size in 16 24 32 48 64 128 256; do
    dir="$PKG/usr/share/icons/hicolor/${size}x${size}/apps"
    install -d "$dir"
    rsvg-convert -w "$size" -h "$size" resources/icons/app.svg -o "$dir/$APP_ID.png"
done
install -Dm644 resources/icons/app.svg "$PKG/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
# Folders 755 and files 644 (shared libraries too, as Debian wants), whatever the umask;
# only the program itself is executable.
find "$PKG" -type d -exec chmod 755 {} +
find "$PKG" -type f -exec chmod 644 {} +
chmod 755 "$PKG/opt/hj-journal/hj-journal"
# A Python built outside Debian (pyenv, a CI image) leaves its own install folder as the
# run path of its modules: it means nothing on another machine, so it goes. Run paths
# relative to the library ($ORIGIN, Qt's own) stay.
while IFS= read -r -d '' lib; do
    rpath="$(patchelf --print-rpath "$lib" 2>/dev/null || true)"
    if [[ -n "$rpath" && "$rpath" != *'$ORIGIN'* ]]; then
        patchelf --remove-rpath "$lib"
    fi
done < <(find "$PKG/opt" -type f -name '*.so*' -print0)

# What the bundled Qt and Python need from the system: dpkg-shlibdeps reads every ELF
# file's NEEDED list and names the Debian packages (with versions). Added by hand: what Qt
# opens at run time without linking it (D-Bus, the xcb cursor and EGL libraries the
# README lists), and the fonts Qt needs to draw any text.
step "Depends"
mapfile -t elves < <(find "$PKG/opt" -type f \( -name '*.so*' -o -name hj-journal \) | sort)
SHLIBS_DIR="$OUT/shlibs"
install -d "$SHLIBS_DIR/debian"
printf 'Source: hj-journal\n\nPackage: hj-journal\nArchitecture: any\n' >"$SHLIBS_DIR/debian/control"
libdirs=()
while IFS= read -r dir; do libdirs+=("-l$dir"); done < <(
    find "$PKG/opt/hj-journal/_internal" -name '*.so*' -printf '%h\n' | sort -u)
shlibdeps="$(cd "$SHLIBS_DIR" && dpkg-shlibdeps -O "${libdirs[@]}" --ignore-missing-info \
    -xlibpython3.11 "${elves[@]}" 2>"$OUT/shlibdeps.log" | sed -n 's/^shlibs:Depends=//p')"
DEPENDS="$shlibdeps"
for extra in libdbus-1-3 libegl1 libxcb-cursor0 libxkbcommon-x11-0 fontconfig fonts-dejavu-core; do
    [[ ", $DEPENDS," == *", $extra"[\ ,]* ]] || DEPENDS="$DEPENDS, $extra"
done
echo "Depends: $DEPENDS" >&2

INSTALLED_SIZE="$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)"
cat >"$PKG/DEBIAN/control" <<EOF
Package: hj-journal
Version: $VERSION
Architecture: $ARCH
Maintainer: HJ Journal developers <maintainers@users.noreply.github.com>
Installed-Size: $INSTALLED_SIZE
Depends: $DEPENDS
Section: utils
Priority: optional
Description: private, encrypted journal for self-care and well-being
 HJ Journal keeps journal entries, stress check-ins, coping practices and
 reflections in one encrypted SQLCipher vault on your own computer, built on the
 Healing Justice framework. Nothing leaves the device unless you export it: no
 account, no cloud, no network code.
 .
 This package bundles its own Python, Qt 6 (PySide6) and SQLCipher under
 /opt/hj-journal.
EOF

DEB="$OUT/hj-journal_${VERSION}_${ARCH}.deb"
dpkg-deb --build --root-owner-group -Zxz "$PKG" "$DEB" >&2

# ---------------------------------------------------------------- validate
step "validate"
desktop-file-validate "$PKG/usr/share/applications/$APP_ID.desktop"
appstreamcli validate --no-net "$PKG/usr/share/metainfo/$APP_ID.metainfo.xml" >&2
# Errors fail the build; warnings are listed (docs/packaging.md says which are accepted).
lintian --tag-display-limit 0 --fail-on error "$DEB" | tee "$OUT/lintian.txt" >&2
du -sh "$BUNDLE" "$DEB" >&2
echo "$DEB"
