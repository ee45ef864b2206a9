"""Check Neo4j Browser as a user would, and keep the picture: docs/neo4j-browser.png.

Starts a local Neo4j with Browser (scripts/neo4j_local.py), loads the example graph
with `kg build --neo4j`, opens Browser in headless Chromium, logs in, applies the style
sheet schemas/neo4j/kg.grass with `:style`, runs queries/neighbourhood.cypher for one
actor, and saves a screenshot. Chromium is driven over the DevTools protocol on a pipe
(--remote-debugging-pipe), so nothing beyond the standard library and Debian's
`chromium` is needed. Run by hand (`scripts/browser-screenshot`); it is not part of
`make test`.
"""

from __future__ import annotations

import argparse
import base64
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

REPO_ROOT = Path(__file__).resolve().parent.parent
#: Chromium without a sandbox, GPU or any traffic of its own: every headless Chromium kg starts
#: (here, scripts/view_screenshot.py and the tests, which launch it through Playwright).
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
CHROMIUM_FLAGS = ("--headless", *CHROMIUM_ARGS, "--remote-debugging-pipe")  # started here by hand


class BrowserError(RuntimeError):
    """Chromium or Neo4j Browser did not do what was expected (the message says which step)."""


class DevTools:
    """A minimal Chrome DevTools Protocol client over --remote-debugging-pipe (fds 3 and 4)."""

    def __init__(self, chromium: str, profile: Path, width: int, height: int) -> None:
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def wire_fds() -> None:  # in the child: fd 3 is what it reads, fd 4 what it writes
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        self.process = subprocess.Popen(
            [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=wire_fds,
            pass_fds=(3, 4),
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer = b""
        self._next_id = 0
        self.session: str | None = None

    def send(
        self, method: str, params: dict[str, Any] | None = None, *, browser: bool = False, timeout: float = 60.0
    ) -> dict[str, Any]:
        """Send one command (to the page session unless `browser`) and wait for its answer."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if self.session and not browser:
            message["sessionId"] = self.session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            answer = self._read()
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise BrowserError(f"{method}: {answer['error'].get('message')}")
                return answer.get("result", {})
        raise BrowserError(f"{method}: no answer within {timeout:.0f} s")

    def _read(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            chunk = os.read(self._from_chrome, 1 << 16)
            if not chunk:
                raise BrowserError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def open_page(self, width: int, height: int) -> None:
        target = self.send("Target.createTarget", {"url": "about:blank"}, browser=True)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True}, browser=True)[
            "sessionId"
        ]
        self.send("Page.enable")
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", {"expression": expression, "awaitPromise": True, "returnByValue": True})
        if "exceptionDetails" in result:
            raise BrowserError(f"page script failed: {result['exceptionDetails'].get('text')}")
        return result.get("result", {}).get("value")

    def wait_for(self, expression: str, what: str, timeout: float = 60.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.5)
        raise BrowserError(f"timed out waiting for {what}")

    def close(self) -> None:
        try:
            self.send("Browser.close", browser=True, timeout=5)
        except (BrowserError, OSError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_chrome)
        os.close(self._from_chrome)


def one_line(cypher_or_grass: str) -> str:
    """Drop // comment lines and join the rest: Browser's editor runs a command on Enter."""
    return " ".join(
        line.strip() for line in cypher_or_grass.splitlines() if line.strip() and not line.lstrip().startswith("//")
    )


def run_in_editor(tools: DevTools, command: str) -> None:
    """Type a command into Browser's editor and run it, as a user does."""
    tools.wait_for("!!document.querySelector('.monaco-editor textarea')", "the editor")
    tools.evaluate("document.querySelector('.monaco-editor textarea').focus()")
    tools.send("Input.insertText", {"text": command})
    for kind in ("keyDown", "keyUp"):
        tools.send(
            "Input.dispatchKeyEvent",
            {"type": kind, "key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13, "nativeVirtualKeyCode": 13},
        )
    time.sleep(1.5)


SET_INPUT = """
(() => {{
  const input = document.querySelector({selector});
  if (!input) return false;
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  setter.call(input, {value});
  input.dispatchEvent(new Event('input', {{bubbles: true}}));
  return true;
}})()
"""


def log_in(tools: DevTools, password: str) -> None:
    """Fill in the password on the connect form (the link filled the rest) and connect."""
    tools.wait_for("!!document.querySelector('[data-testid=password]')", "the connect form")
    if not tools.evaluate(SET_INPUT.format(selector=json.dumps("[data-testid=password]"), value=json.dumps(password))):
        raise BrowserError("no password field on the connect form")
    tools.evaluate("document.querySelector('[data-testid=connect]').click()")
    tools.wait_for("!document.querySelector('[data-testid=password]')", "the connection to be made")


def save_screenshot(tools: DevTools, path: Path) -> None:
    shot = tools.send("Page.captureScreenshot", {"format": "png"})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(base64.b64decode(shot["data"]))


def local_neo4j():
    spec = importlib.util.spec_from_file_location("neo4j_local", REPO_ROOT / "scripts" / "neo4j_local.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["neo4j_local"] = module
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="browser-screenshot", description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=REPO_ROOT / "docs" / "neo4j-browser.png")
    parser.add_argument("--actor", default="Volodymyr Zelensky", help="whose neighbourhood to show")
    parser.add_argument("--size", default="1400x900", help="window size (default: %(default)s)")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.split("x"))
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("browser-screenshot: error: no chromium on PATH (Debian: apt-get install chromium)", file=sys.stderr)
        return 1
    neo4j_local = local_neo4j()
    with tempfile.TemporaryDirectory(prefix="kg-browser-") as scratch, neo4j_local.LocalNeo4j(browser=True) as settings:
        env = {**os.environ, **settings.as_env()}
        subprocess.run(
            [
                sys.executable,
                "-m",
                "kg",
                "build",
                str(REPO_ROOT / "examples" / "articles"),
                "--out",
                scratch,
                "--neo4j",
            ],
            check=True,
            env=env,
            cwd=REPO_ROOT,
        )
        link = (
            f"{settings.http_url}/browser/?dbms={quote(f'bolt://neo4j@{settings.uri.split(chr(47))[-1]}', safe='')}"
            f"&db={settings.database}"
        )
        tools = DevTools(chromium, Path(scratch) / "profile", width, height)
        try:
            tools.open_page(width, height)
            tools.send("Page.navigate", {"url": link})
            log_in(tools, settings.password)
            grass = (REPO_ROOT / "schemas" / "neo4j" / "kg.grass").read_text("utf-8")
            run_in_editor(tools, ":style " + one_line(grass))
            run_in_editor(tools, f":params {{name: {json.dumps(args.actor)}, limit: 50}}")
            run_in_editor(tools, one_line((REPO_ROOT / "queries" / "neighbourhood.cypher").read_text("utf-8")))
            tools.wait_for("!!document.querySelector('svg .node')", "the graph to be drawn", timeout=60)
            time.sleep(4)  # the force layout settles
            save_screenshot(tools, args.output)
        except BrowserError:
            failed = args.output.with_name(args.output.stem + "-failed.png")
            save_screenshot(tools, failed)
            print(f"browser-screenshot: what the page showed is in {failed}", file=sys.stderr)
            raise
        finally:
            tools.close()
    print(f"browser-screenshot: saved {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
