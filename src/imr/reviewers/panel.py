"""Loading a reviewer panel (YAML or JSON) with errors that name the file, reviewer and field."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import yaml
from pydantic import ValidationError

from imr.model import Reviewer


class PanelError(Exception):
    """A panel file that cannot be used; the message says where and why."""


def _parse(name: str, text: str) -> list[Reviewer]:
    try:
        data = json.loads(text) if name.endswith(".json") else yaml.safe_load(text)
    except (json.JSONDecodeError, yaml.YAMLError) as exc:
        raise PanelError(f"{name}: not valid {'JSON' if name.endswith('.json') else 'YAML'} ({exc})") from None
    entries = data.get("reviewers") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise PanelError(f"{name}: expected a list of reviewers (or a mapping with `reviewers:`)")
    reviewers, seen = [], set()
    for index, entry in enumerate(entries):
        label = entry.get("id", f"#{index + 1}") if isinstance(entry, dict) else f"#{index + 1}"
        try:
            reviewer = Reviewer.model_validate(entry)
        except ValidationError as exc:
            fields = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'entry'}: {e['msg']}" for e in exc.errors())
            raise PanelError(f"{name}: reviewer {label}: {fields}") from None
        if reviewer.id in seen:
            raise PanelError(f"{name}: reviewer {reviewer.id}: the id is used twice")
        seen.add(reviewer.id)
        reviewers.append(reviewer)
    return reviewers


def load_panel(path: str | Path) -> list[Reviewer]:
    path = Path(path)
    if not path.is_file():
        raise PanelError(f"{path}: no such panel file")
    return _parse(str(path), path.read_text())


def default_panel() -> list[Reviewer]:
    """The sample panel shipped with imr (made-up reviewers)."""
    return _parse("panel.yaml", resources.files("imr.reviewers").joinpath("data/panel.yaml").read_text())
