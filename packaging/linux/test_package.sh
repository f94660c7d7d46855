#!/usr/bin/env bash
# Test the Debian package from its install alone: no virtual environment, no source tree
# on the module path, a near-empty environment (env -i).
#
#   bash packaging/linux/test_package.sh [--system] [PATH.deb]
#
# Without a .deb it builds one (packaging/linux/build.sh). By default the package is
# unpacked with dpkg-deb -x into a temporary folder and run from there, which changes
# nothing on the machine. --system (for CI, as root on a throwaway machine) installs it
# for real with apt-get, so its Depends are resolved and /usr/bin/hj-journal is the
# launcher under test, and removes it afterwards.
#
# "A clean console" means: nothing at all on stderr from the commands, and nothing from
# the window except the offscreen platform's own notes that it cannot raise or resize a
# window ("This plugin does not support ..."), which only that test platform prints.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"

SYSTEM=0
if [[ "${1:-}" == "--system" ]]; then SYSTEM=1; shift; fi
DEB="${1:-}"
if [[ -z "$DEB" ]]; then
    DEB="$(bash "$HERE/build.sh" | tail -n 1)"
fi
DEB="$(realpath "$DEB")"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok: $*"; }

if ((SYSTEM)); then
    apt-get install -y -qq --no-install-recommends "$DEB" >"$WORK/apt.log" 2>&1 \
        || { cat "$WORK/apt.log" >&2; fail "apt-get could not install $DEB"; }
    trap 'dpkg -r hj-journal >/dev/null 2>&1; rm -rf "$WORK"' EXIT
    APP=/usr/bin/hj-journal
    INSTALLED=/opt/hj-journal
else
    dpkg-deb -x "$DEB" "$WORK/root"
    [[ "$(readlink "$WORK/root/usr/bin/hj-journal")" == /opt/hj-journal/hj-journal ]] \
        || fail "usr/bin/hj-journal does not point at /opt/hj-journal/hj-journal"
    APP="$WORK/root/opt/hj-journal/hj-journal"
    INSTALLED="$WORK/root/opt/hj-journal"
fi
pass "installed $(basename "$DEB") ($( ((SYSTEM)) && echo 'apt-get' || echo 'dpkg-deb -x'))"

mkdir -p "$WORK/home" "$WORK/runtime" && chmod 700 "$WORK/runtime"
DATA="$WORK/data"
PASS='a calm river at dawn 1984'
# The near-empty environment every run gets; no Python, no virtual environment.
run_app() {
    env -i PATH=/usr/bin:/bin HOME="$WORK/home" LANG=C.UTF-8 XDG_RUNTIME_DIR="$WORK/runtime" \
        HJ_JOURNAL_KDF_AT_FLOOR=1 "$@"
}
# A command: exit 0 and nothing on stderr. Its output is kept in $WORK/out.
cli() {
    if ! run_app HJ_PASSPHRASE="$PASS" "$APP" --data-dir "$DATA" "$@" \
        >"$WORK/out" 2>"$WORK/err" <"${STDIN:-/dev/null}"; then
        cat "$WORK/out" "$WORK/err" >&2
        fail "hj-journal $1 did not succeed"
    fi
    [[ ! -s "$WORK/err" ]] || { cat "$WORK/err" >&2; fail "hj-journal $1 wrote to stderr"; }
}

# ---------------------------------------------------------------- the command line
version="$(run_app "$APP" --version)"
[[ "$version" == "HJ Journal "* ]] || fail "--version printed '$version'"
pass "--version: $version"

cli init --label Notebook
grep -q "recovery key" "$WORK/out" || fail "init printed no recovery key"
pass "init"
printf 'Written from the installed package.\n' >"$WORK/body.txt"
STDIN="$WORK/body.txt" cli new --title "From the package" --body -
pass "new"
cli list
grep -q "From the package" "$WORK/out" || fail "list does not show the new entry"
pass "list"
cli verify
pass "verify: $(cat "$WORK/out")"

# ---------------------------------------------------------------- every part present
run_app "$APP" --self-check >"$WORK/check" 2>&1 || { cat "$WORK/check" >&2; fail "--self-check"; }
grep -Eq '^SQLCipher [0-9]+\.[0-9]+' "$WORK/check" || fail "no SQLCipher cipher_version"
pass "$(grep '^SQLCipher' "$WORK/check")"
# Every module of the vault code in the source tree must import from the bundle, and
# every migration script must be there as a file (Alembic reads them as files).
# (The package hj_journal.store itself is not counted; its sub-package migrations is.)
expected="$(cd "$ROOT" && find hj_journal/store -name '*.py' ! -path hj_journal/store/__init__.py \
    \( ! -path '*/migrations/*' -o -path '*/store/migrations/__init__.py' \) | wc -l)"
grep -q "^Vault code: $expected modules" "$WORK/check" \
    || fail "the bundle imports $(grep '^Vault code' "$WORK/check"), the source has $expected"
pass "vault code: $expected modules import"
missing=""
while IFS= read -r script; do
    [[ -f "$INSTALLED/_internal/$script" ]] || missing="$missing $script"
done < <(cd "$ROOT" && find hj_journal/store/migrations -name '*.py' -o -name '*.mako')
[[ -z "$missing" ]] || fail "missing from the bundle:$missing"
pass "migration scripts present as files; $(grep '^Migrations' "$WORK/check")"

# ---------------------------------------------------------------- the window
# Started offscreen twice (first run with no vault, then with the vault made above). It
# must still be running after a few seconds (timeout's 124) with a clean console.
for case in first-run with-vault; do
    dir="$DATA"
    [[ "$case" == first-run ]] && dir="$WORK/empty"
    set +e
    run_app QT_QPA_PLATFORM=offscreen timeout 6 "$APP" --data-dir "$dir" \
        >"$WORK/gui.out" 2>"$WORK/gui.err"
    code=$?
    set -e
    [[ $code -eq 124 ]] || { cat "$WORK/gui.err" >&2; fail "the window ($case) ended with $code"; }
    if grep -v '^This plugin does not support ' "$WORK/gui.err" | grep -q .; then
        cat "$WORK/gui.err" >&2
        fail "the window ($case) wrote to stderr"
    fi
    pass "the window ($case) ran offscreen for 6 s with a clean console"
done

du -sh "$INSTALLED" | sed 's/^/installed size: /'
echo "The package works from its install alone."
