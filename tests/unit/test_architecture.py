"""core/ stays channel-blind (DESIGN.md §1), checked by import-linter's contract."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_imports_nothing_from_channels_or_web() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "core is channel-blind KEPT" in result.stdout


def test_typed_numbers_are_checked_with_isdecimal() -> None:
    """str.isdigit() accepts "²", which int() then refuses: a parent typing it got the
    unexpected-error answer, and a panel URL with it a 500. isdecimal() is exactly what
    int() reads."""
    offenders = [f"{path.relative_to(ROOT)}:{number}"
                 for package in ("core", "handlers", "bot", "admin_web")
                 for path in sorted((ROOT / package).rglob("*.py"))
                 for number, line in enumerate(path.read_text().splitlines(), 1)
                 if ".isdigit()" in line]
    assert offenders == []
