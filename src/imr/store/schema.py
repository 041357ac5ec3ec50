"""The corpus tables: letters, their disputed items, the citations of each item's
guidelines, and the reviewer's licensure and specialties.

A letter's ``key`` is its case number, or ``sha256:<hash of the file>`` when the letter
has none; it is unique, so a letter is stored once however often it is ingested. The file's
hash is unique too, so a rerun skips files already stored without reading them again.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Letter(Base):
    __tablename__ = "letters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    case_number: Mapped[str | None] = mapped_column(String(40), index=True)
    file: Mapped[str | None] = mapped_column(Text)
    layout: Mapped[str] = mapped_column(String(40))
    date_assigned: Mapped[dt.date | None] = mapped_column(Date)
    date_of_injury: Mapped[dt.date | None] = mapped_column(Date)
    decision_date: Mapped[dt.date | None] = mapped_column(Date)
    ur_denial_date: Mapped[dt.date | None] = mapped_column(Date)
    priority: Mapped[str | None] = mapped_column(String(20))
    application_received: Mapped[dt.date | None] = mapped_column(Date)
    clinical_summary: Mapped[str | None] = mapped_column(Text)
    record: Mapped[str] = mapped_column(Text)  # the whole `imr parse` record, as JSON
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime)

    items: Mapped[list[Item]] = relationship(back_populates="letter", cascade="all, delete-orphan")
    licensure: Mapped[list[Licensure]] = relationship(cascade="all, delete-orphan")
    specialties: Mapped[list[Specialty]] = relationship(cascade="all, delete-orphan")


class Item(Base):
    __tablename__ = "items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    request: Mapped[str] = mapped_column(Text)
    original_request: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(40), index=True)
    decision: Mapped[str | None] = mapped_column(String(20), index=True)
    claims_administrator_guideline: Mapped[str | None] = mapped_column(Text)
    reviewer_guideline: Mapped[str | None] = mapped_column(Text)
    rationale: Mapped[str | None] = mapped_column(Text)

    letter: Mapped[Letter] = relationship(back_populates="items")
    citations: Mapped[list[Citation]] = relationship(cascade="all, delete-orphan")


class Citation(Base):
    __tablename__ = "citations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    cited_by: Mapped[str] = mapped_column(String(30))  # "reviewer" | "claims_administrator"
    position: Mapped[int] = mapped_column(Integer)
    document: Mapped[str] = mapped_column(Text, index=True)
    mtus: Mapped[bool] = mapped_column(Boolean)
    edition: Mapped[int | None] = mapped_column(Integer)
    sections: Mapped[str] = mapped_column(Text)  # JSON list
    pages: Mapped[str] = mapped_column(Text)  # JSON list


class Licensure(Base):
    __tablename__ = "reviewer_licensure"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id", ondelete="CASCADE"), index=True)
    state: Mapped[str] = mapped_column(String(60))


class Specialty(Base):
    __tablename__ = "reviewer_specialties"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("letters.id", ondelete="CASCADE"), index=True)
    specialty: Mapped[str] = mapped_column(String(120), index=True)
