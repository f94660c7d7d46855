"""Keep the app's translation catalogues up to date: a translator's and developer's tool.

    python packaging/i18n.py update [AREA ...]      read the code, update the .ts files
    python packaging/i18n.py todo AREA [--language es]
                                                    print what is untranslated, as JSON
    python packaging/i18n.py fill AREA FILE.json [--language es]
                                                    put translations from FILE into the .ts
    python packaging/i18n.py release OUT [--pseudo] build every .qm into OUT
    python packaging/i18n.py stats                  translated / all, per area

One catalogue per part of the app (``ui_journal``, ``ui_shell`` ... ``core``, ``cli``),
as ``resources/translations/<area>_<language>.ts``, so people can work on parts side by
side. ``update`` runs ``pyside6-lupdate`` and then marks every message with ``%n`` as
counted (lupdate only notices some of them) and keeps the plural forms already
translated. The JSON that ``todo`` prints and ``fill`` reads is a list of
``{"context", "source", "translation"}``; a counted message's translation is a list of
the language's forms (Spanish: one, many). ``release --pseudo`` builds a Spanish
catalogue whose every text is the English wrapped in ``⟦…⟧`` and made a third longer:
screens shown with it reveal any words left outside the catalogues. See
docs/translations.md.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "hj_journal"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("es",)
#: How many plural forms each language's catalogue holds.
FORMS = {"es": 2}

Key = tuple[str, str]


def areas() -> dict[str, list[Path]]:
    """Each catalogue's name and the Python files it reads."""
    found: dict[str, list[Path]] = {}
    for package in sorted((PACKAGE / "ui").iterdir()):
        if package.is_dir() and (package / "__init__.py").is_file():
            found[f"ui_{package.name}"] = sorted(package.rglob("*.py"))
    found["core"] = sorted((PACKAGE / "core").rglob("*.py"))
    found["cli"] = sorted((PACKAGE / "cli").rglob("*.py"))
    return found


def catalogue(area: str, language: str) -> Path:
    return FOLDER / f"{area}_{language}.ts"


def _lupdate(files: list[Path], ts: Path, language: str) -> None:
    import PySide6

    program = Path(PySide6.__file__).resolve().parent / "lupdate"
    ts.parent.mkdir(parents=True, exist_ok=True)
    if not ts.exists():
        ts.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{language}" sourcelanguage="en">\n</TS>\n',
            encoding="utf-8",
        )
    subprocess.run(
        [str(program), *map(str, files), "-ts", str(ts), "-locations", "none", "-no-obsolete"],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )


def _messages(tree: ET.ElementTree) -> Iterable[tuple[str, ET.Element]]:
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _forms_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms if forms else [translation.text or ""]


def _write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def _set_translation(message: ET.Element, value: str | list[str], count: int) -> None:
    old = message.find("translation")
    if old is not None:
        message.remove(old)
    translation = ET.SubElement(message, "translation")
    values = value if isinstance(value, list) else [value]
    if message.get("numerus") == "yes":
        values = (values + [values[-1] if values else ""] * count)[:count]
        for text in values:
            ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = values[0] if values else ""
    if not any(values):
        translation.set("type", "unfinished")


def update(names: list[str]) -> None:
    """Read the code of each area and bring its catalogues up to date."""
    known = areas()
    for area in names or list(known):
        for language in LANGUAGES:
            ts = catalogue(area, language)
            kept: dict[Key, list[str]] = {}
            if ts.exists():
                before = ET.parse(ts)
                kept = {
                    (c, m.findtext("source") or ""): _forms_of(m) for c, m in _messages(before)
                }
            _lupdate(known[area], ts, language)
            tree = ET.parse(ts)
            for context, message in _messages(tree):
                source = message.findtext("source") or ""
                if "%n" not in source:
                    continue
                message.set("numerus", "yes")
                forms = kept.get((context, source), [])
                unfinished = message.find("translation")
                done = unfinished is not None and unfinished.get("type") != "unfinished"
                _set_translation(message, forms if done or any(forms) else [], FORMS[language])
            _write(tree, ts)
            print(f"{ts.relative_to(ROOT)}: {_stats(ts)}")


def _stats(ts: Path) -> str:
    tree = ET.parse(ts)
    total = done = 0
    for _context, message in _messages(tree):
        total += 1
        translation = message.find("translation")
        if translation is not None and translation.get("type") not in {"unfinished", "vanished"}:
            done += 1
    return f"{done} of {total} translated"


def todo(area: str, language: str) -> list[dict[str, object]]:
    """Every message of ``area`` that still needs a translation."""
    tree = ET.parse(catalogue(area, language))
    out: list[dict[str, object]] = []
    for context, message in _messages(tree):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            numerus = message.get("numerus") == "yes"
            out.append(
                {
                    "context": context,
                    "source": message.findtext("source") or "",
                    "translation": [""] * FORMS[language] if numerus else "",
                }
            )
    return out


_PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%n|%\d|&(?=\w)|<[^>]+>|&\w+;")


def check(source: str, translation: str) -> str | None:
    """Why ``translation`` cannot stand for ``source`` (a placeholder lost), or ``None``."""
    wanted = sorted(p for p in _PLACEHOLDER.findall(source) if p != "&" and not p.startswith("<"))
    given = sorted(
        p for p in _PLACEHOLDER.findall(translation) if p != "&" and not p.startswith("<")
    )
    if wanted != given:
        return f"placeholders differ: {wanted} in the English, {given} in the translation"
    return None


def fill(area: str, language: str, items: list[dict[str, object]]) -> int:
    """Write ``items`` into the catalogue; returns how many were written."""
    ts = catalogue(area, language)
    tree = ET.parse(ts)
    wanted = {(str(i["context"]), str(i["source"])): i["translation"] for i in items}
    written = 0
    problems: list[str] = []
    for context, message in _messages(tree):
        source = message.findtext("source") or ""
        value = wanted.get((context, source))
        if value is None or value == "" or value == []:
            continue
        values = value if isinstance(value, list) else [str(value)]
        if message.get("numerus") != "yes":
            why = check(source, values[0])
            if why:
                problems.append(f"{context} / {source!r}: {why}")
        _set_translation(message, [str(v) for v in values], FORMS[language])
        written += 1
    if problems:
        print("\n".join(problems), file=sys.stderr)
    _write(tree, ts)
    return written


_KEEP = re.compile(r"(\{[a-z_0-9]*\}|%n|%\d|<[^>]+>|&\w+;|&(?=\w))")
_ACCENTS = str.maketrans("aeiouAEIOUcnyCNY", "áéíóúÁÉÍÓÚçñýÇÑÝ")


def pseudo(text: str) -> str:
    """``text`` as a pseudo-translation: accented, a third longer, inside ``⟦…⟧``."""
    parts = _KEEP.split(text)
    out = "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTS) for p in parts)
    letters = sum(1 for c in text if c.isalpha())
    return f"⟦{out}{'·' * max(1, letters // 3)}⟧"


def release(out: Path, *, make_pseudo: bool = False) -> list[Path]:
    """Build every catalogue into ``out`` (``--pseudo``: Spanish made of pseudo text)."""
    sys.path.insert(0, str(ROOT))
    from hj_journal.core.common import i18n
    from hj_journal.core.common.i18n import english_forms

    out.mkdir(parents=True, exist_ok=True)
    sources = sorted(FOLDER.glob("*.ts"))
    if make_pseudo:
        work = out / "pseudo-sources"
        work.mkdir(exist_ok=True)
        made = []
        for ts in sources:
            tree = ET.parse(ts)
            for _context, message in _messages(tree):
                source = message.findtext("source") or ""
                if message.get("numerus") == "yes":
                    forms = [pseudo(english_forms(source, n)) for n in (1, 2)]
                    _set_translation(message, forms, 2)
                else:
                    _set_translation(message, pseudo(source), 1)
            target = work / ts.name
            _write(tree, target)
            made.append(target)
        sources = made
    return i18n.release(sources, out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("update")
    up.add_argument("areas", nargs="*")
    to = sub.add_parser("todo")
    to.add_argument("area")
    to.add_argument("--language", default="es")
    fi = sub.add_parser("fill")
    fi.add_argument("area")
    fi.add_argument("file", type=Path)
    fi.add_argument("--language", default="es")
    re_ = sub.add_parser("release")
    re_.add_argument("out", type=Path)
    re_.add_argument("--pseudo", action="store_true")
    sub.add_parser("stats")
    args = parser.parse_args(argv)
    if args.command == "update":
        update(args.areas)
    elif args.command == "todo":
        print(json.dumps(todo(args.area, args.language), ensure_ascii=False, indent=1))
    elif args.command == "fill":
        items = json.loads(args.file.read_text(encoding="utf-8"))
        print(f"{fill(args.area, args.language, items)} translations written")
    elif args.command == "release":
        for path in release(args.out, make_pseudo=args.pseudo):
            print(path)
    else:
        for ts in sorted(FOLDER.glob("*.ts")):
            print(f"{ts.name}: {_stats(ts)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
