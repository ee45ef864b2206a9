"""Where commands read: a file, or '-' for stdin, opened by click (`click.open_file`), a file that
cannot be opened being a one-line error naming it."""

from __future__ import annotations

from typing import IO

import click

from kg.errors import InputError


def open_text(path: str) -> IO[str]:
    """A text stream for a path or '-' (stdin, left open on exit); a missing file is a one-line error."""
    try:
        return click.open_file(path, encoding="utf-8")
    except OSError as error:
        raise click.FileError(path, error.strerror) from None


def open_binary(path: str) -> IO[bytes]:
    """The bytes of a file, or of stdin for '-'; a file that cannot be opened is an `InputError`."""
    try:
        return click.open_file(path, "rb")
    except OSError as error:
        raise InputError(f"{path}: cannot open ({error.strerror or error})") from None


def input_name(path: str) -> str:
    """How errors name an input: its path, or <stdin> for '-'."""
    return "<stdin>" if path == "-" else path
