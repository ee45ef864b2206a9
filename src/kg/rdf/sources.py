"""Where an article was read, as it may leave the machine: the file's name or its path
relative to the folder given (never an absolute local path), or a file: URL on request."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_WINDOWS_ABSOLUTE = re.compile(r"^([A-Za-z]:)?[\\/]")


def public_source(source: str) -> str:
    """A source path without what it says about the machine: a relative path stays as given,
    an absolute one (or one that climbs out with "..", or starts at "~") becomes its file
    name; URLs and "-" (stdin) stay as they are.

    >>> public_source("/home/alice/news/energy-deal.txt"), public_source("news/energy-deal.txt")
    ('energy-deal.txt', 'news/energy-deal.txt')
    >>> public_source("../../alice/x.txt"), public_source("C:\\\\Users\\\\alice\\\\x.txt"), public_source("-")
    ('x.txt', 'x.txt', '-')
    """
    if source == "-" or (_URL.match(source) and not source.lower().startswith("file:")):
        return source
    if source.lower().startswith("file:"):
        return PurePosixPath(source.split(":", 1)[1]).name
    path = PurePosixPath(source.replace("\\", "/"))
    if _WINDOWS_ABSOLUTE.match(source) or path.is_absolute() or ".." in path.parts or source.startswith("~"):
        return path.name
    return str(path)


def file_url(source: str) -> str:
    """The source as a file: URL (a relative path resolved against the working directory);
    URLs and "-" stay as they are.

    >>> file_url("/srv/news/a b.txt")
    'file:///srv/news/a%20b.txt'
    """
    if source == "-" or _URL.match(source) or source.lower().startswith("file:"):
        return source
    return Path(source).expanduser().resolve().as_uri()


__all__ = ["file_url", "public_source"]
