"""Loading the guideline documents: every data/*.yaml, validated, with errors naming the
file and the topic."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from pydantic import ValidationError

from imr.guidelines.schema import Document, Topic


class KnowledgeBaseError(Exception):
    """A guideline data file that does not load; the message says which and where."""


@dataclass(frozen=True)
class Entry:
    document: Document
    topic: Topic


@dataclass(frozen=True)
class KnowledgeBase:
    documents: tuple[Document, ...]
    entries: tuple[Entry, ...]

    def topic(self, topic_id: str) -> Entry:
        for entry in self.entries:
            if entry.topic.id == topic_id:
                return entry
        raise KeyError(topic_id)


def _load_file(name: str, text: str) -> Document:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise KnowledgeBaseError(f"guidelines/data/{name}: not valid YAML ({exc})") from None
    try:
        return Document.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            where = list(error["loc"])
            if len(where) > 1 and where[0] == "topics" and isinstance(where[1], int):
                topics = data.get("topics") or []
                topic_id = topics[where[1]].get("id", f"#{where[1]}") if where[1] < len(topics) else where[1]
                where = [f"topic {topic_id}", *where[2:]]
            problems.append(f"{'.'.join(map(str, where))}: {error['msg']}")
        raise KnowledgeBaseError(f"guidelines/data/{name}: " + "; ".join(problems)) from None


@lru_cache(maxsize=1)
def load() -> KnowledgeBase:
    """Every guideline document of the package's data folder."""
    folder = resources.files("imr.guidelines").joinpath("data")
    documents = []
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".yaml"):
            documents.append(_load_file(item.name, item.read_text()))
    entries = []
    seen: dict[str, str] = {}
    for document in documents:
        for topic in document.topics:
            if topic.id in seen:
                raise KnowledgeBaseError(
                    f"topic id {topic.id!r} is in both {seen[topic.id]!r} and {document.document!r}"
                )
            seen[topic.id] = document.document
            entries.append(Entry(document, topic))
    by_id = {entry.topic.id: entry.topic for entry in entries}
    for index, entry in enumerate(entries):
        source = entry.topic.criteria_from
        if source is None:
            continue
        if source not in by_id:
            raise KnowledgeBaseError(f"topic {entry.topic.id}: criteria_from names no topic ({source!r})")
        topic = entry.topic.model_copy(update={"criteria": list(by_id[source].criteria) + list(entry.topic.criteria)})
        entries[index] = Entry(entry.document, topic)
    return KnowledgeBase(tuple(documents), tuple(entries))
