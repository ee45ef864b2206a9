"""Which named inputs exist, and which files of a folder are articles.

Consumes the INPUT names of a command; produces the files to read and, for every file of a
folder that is not read, an `Ignored` record saying why, so that no file is passed over
in silence.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError, OnSkip

#: File suffixes read as articles when found in a folder (a file named on the command line
#: is read whatever its suffix; a PDF is recognised by its content too).
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl", ".pdf")

#: Names (without suffix, any case) of the files that describe a folder rather than report
#: news: a README or LICENSE in an archive is not an article. Named on the command line,
#: such a file is read like any other.
FOLDER_NOTES = frozenset(
    {
        "readme",
        "license",
        "licence",
        "copying",
        "notice",
        "authors",
        "contributors",
        "contributing",
        "changelog",
        "changes",
        "manifest",
        "code_of_conduct",
    }
)


@dataclass(frozen=True, slots=True)
class Ignored:
    """A file of a folder that is deliberately not read, and why."""

    path: str
    reason: str


def missing_inputs(inputs: Iterable[str]) -> list[str]:
    """The named inputs that do not exist, each with a hint when a neighbour has a close name.

    >>> missing_inputs(["-"])
    []
    """
    missing = []
    for name in inputs:
        if name == "-" or os.path.exists(name):
            continue
        path = Path(name)
        if path.is_symlink():
            missing.append(f"{name}: broken link to {os.readlink(path)}")
            continue
        hint = _close_name(path)
        missing.append(f"{name}: no such file or folder" + (f" (did you mean {hint}?)" if hint else ""))
    return missing


def check_inputs(inputs: Iterable[str]) -> None:
    """Raise one `InputError` naming every input that does not exist (nothing is read then)."""
    missing = missing_inputs(inputs)
    if missing:
        raise InputError("; ".join(missing))


def _close_name(path: Path) -> str | None:
    parent = path.parent
    try:
        names = os.listdir(parent)
    except OSError:
        return None
    found = difflib.get_close_matches(path.name, names, n=1, cutoff=0.75)
    return str(parent / found[0]) if found else None


def not_an_article(path: Path) -> str | None:
    """Why a file found in a folder is not read as an article, or None when it is one.

    >>> not_an_article(Path("news/README.md"))
    'a README, not an article (name it on the command line to read it anyway)'
    >>> not_an_article(Path("news/photo.jpg"))
    'not an article file (kg reads .txt .md .markdown .html .htm .jsonl .pdf)'
    >>> not_an_article(Path("news/rutte.txt")) is None
    True
    """
    if path.name.startswith("."):
        return "a hidden file"
    stem = path.name.split(".", 1)[0].lower()
    if stem in FOLDER_NOTES:
        label = "LICENSE" if stem == "licence" else path.name.split(".", 1)[0].upper()
        return f"a {label}, not an article (name it on the command line to read it anyway)"
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        return f"not an article file (kg reads {' '.join(ARTICLE_SUFFIXES)})"
    return None


def walk_folder(folder: Path, on_broken_link: OnSkip) -> Iterator[Path | Ignored]:
    """The files of a folder and its subfolders, in name order: each article file as a Path,
    each other file as `Ignored`, a hidden subfolder once as `Ignored`; a broken link's
    `InputError` goes to `on_broken_link`. Links to folders are not followed (they could loop)."""
    for root, folders, files in os.walk(folder, onerror=None, followlinks=False):
        here = Path(root)
        for name in sorted(folders):
            if name.startswith("."):
                yield Ignored(f"{here / name}{os.sep}", "a hidden folder")
            elif (here / name).is_symlink():
                yield Ignored(str(here / name), "a link to a folder (not followed; name it to read it)")
        folders[:] = sorted(name for name in folders if not name.startswith(".") and not (here / name).is_symlink())
        for name in sorted(files):
            path = here / name
            if path.is_symlink() and not path.exists():
                on_broken_link(InputError(f"{path}: broken link to {os.readlink(path)}"))
                continue
            reason = not_an_article(path)
            yield path if reason is None else Ignored(str(path), reason)


__all__ = [
    "ARTICLE_SUFFIXES",
    "FOLDER_NOTES",
    "Ignored",
    "check_inputs",
    "missing_inputs",
    "not_an_article",
    "walk_folder",
]
