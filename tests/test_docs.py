"""The README and the documentation pages link to files that exist (the site's own links and
anchors are checked by `mkdocs build --strict` in CI)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINK = re.compile(r"\]\(([^)#\s]+)(#[^)\s]*)?\)")


def relative_links(page: Path) -> list[str]:
    return [m.group(1) for m in LINK.finditer(page.read_text()) if "://" not in m.group(1)]


@pytest.mark.parametrize("page", ["README.md", "results/README.md"])
def test_every_relative_link_of_a_front_page_exists(page):
    links = relative_links(ROOT / page)
    assert links, f"{page} links nowhere"
    missing = [link for link in links if not (ROOT / page).parent.joinpath(link).exists()]
    assert not missing, f"{page} links to files that do not exist: {missing}"


def test_the_readme_is_read_in_five_minutes_and_starts_with_its_two_commands():
    text = (ROOT / "README.md").read_text()
    assert len(text.splitlines()) <= 200
    commands = [line.strip() for line in text.splitlines() if line.startswith("    pip install")]
    assert commands[:2] == [
        "pip install torch==2.13.0 && pip install -e . && python -m harness run",
        'pip install torch==2.13.0 && pip install -e ".[test,ray,tune]" && python -m pytest -q -n 2 --dist loadfile',
    ]
    assert commands[1].split("&& ")[-1] in (ROOT / ".ci/run").read_text()  # CI runs what it says
