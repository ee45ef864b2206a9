"""Headless Chromium for tests, driven by Playwright with the system's browser.

Under CI=true a missing browser fails the tests that need it; elsewhere they skip, loudly.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from tests.conftest import load_script

CHROMIUM_ARGS = list(load_script("browser_screenshot").CHROMIUM_ARGS)


def chromium_path() -> str:
    path = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        message = "headless Chromium is not installed (make test installs Debian's chromium when it can)"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return path


@contextmanager
def chromium_page() -> Iterator:
    """A fresh Playwright page in headless Chromium."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            yield browser.new_page()
        finally:
            browser.close()
