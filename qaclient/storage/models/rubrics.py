"""Rubric versions: the exact document every evaluation is scored and re-read against."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from qaclient.storage.models.base import Base, Synced


class RubricVersion(Synced, Base):
    __tablename__ = "rubric_versions"
    __table_args__ = (
        UniqueConstraint("rubric_id", "version", name="uq_rubric_versions_rubric_id_version"),
    )

    rubric_id: Mapped[str] = mapped_column(String(100), index=True)  # the rubric's stable name
    version: Mapped[int]
    status: Mapped[str] = mapped_column(String(16), default="draft")
    effective_from: Mapped[date | None] = mapped_column(Date, default=None)
    effective_to: Mapped[date | None] = mapped_column(Date, default=None)
    title: Mapped[str] = mapped_column(String(300), default="")
    content: Mapped[str] = mapped_column(Text)  # canonical JSON of the rubric document
    content_hash: Mapped[str] = mapped_column(String(64), index=True)  # sha256 of ``content``
