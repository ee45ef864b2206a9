"""The vendored vis-network is the npm package's file its README names: same checksum, same
version as the page declares, its licences beside it (nothing is borrowed from another package)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from kg.view.graph_page import VIS_NETWORK_VERSION

VENDOR = Path(__file__).resolve().parent.parent / "src" / "kg" / "view" / "static" / "vendor" / "vis-network"


def test_vis_network_is_the_file_its_readme_names() -> None:
    script = (VENDOR / "vis-network.min.js").read_bytes()
    readme = (VENDOR / "README.md").read_text("utf-8")
    [checksum] = re.findall(r"`([0-9a-f]{64})`", readme)
    assert hashlib.sha256(script).hexdigest() == checksum
    assert f"@version {VIS_NETWORK_VERSION}\n" in script[:400].decode("utf-8")
    assert f"vis-network {VIS_NETWORK_VERSION} (vendored)" in readme
    assert {p.name for p in VENDOR.iterdir()} == {
        "README.md",
        "vis-network.min.js",
        "LICENSE-MIT",
        "LICENSE-APACHE-2.0",
    }
