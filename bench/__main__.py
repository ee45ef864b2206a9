"""Run every benchmark module in bench/ (those defining `main()`), one after the other."""

from __future__ import annotations

import importlib
import pkgutil
import sys

import bench


def main() -> None:
    names = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if not m.name.startswith("_"))
    selected = sys.argv[1:] or names
    for name in selected:
        module = importlib.import_module(f"bench.{name}")
        if hasattr(module, "main"):
            print(f"== bench.{name}", flush=True)
            module.main([])


if __name__ == "__main__":
    main()
