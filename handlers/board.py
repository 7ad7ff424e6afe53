"""The numbers behind the board's chart: actions by theme and state, plan strands by rating,
and, where several inspections of one council are held, their grades over time."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from store import deadlines, lookup
from store.vocab import council_key

from .cache import remembered
from .question import Context
from .summary import DUE_SOON_DAYS

STATES = ["overdue", "due soon", "on track", "done"]
GRADES = {"outstanding": 4, "good": 3, "requires improvement": 2, "adequate": 2, "inadequate": 1}


@dataclass
class BoardFigures:
    today: date
    themes: list[tuple[str, dict[str, int]]] = field(default_factory=list)  # theme → counts per state
    strands: list[tuple[str, str, str]] = field(default_factory=list)  # (plan, strand, rating)
    grades: dict[str, list[tuple[date, str]]] = field(default_factory=dict)  # category → (report date, rating)
    council: str | None = None

    def alt_text(self) -> str:
        """The chart in words, for screen readers and for anyone the picture fails."""
        parts = [f"Actions by theme as of {self.today.day} {self.today:%B %Y}: " + "; ".join(
            f"{theme}: " + ", ".join(f"{counts[s]} {s}" for s in STATES) for theme, counts in self.themes)]
        if self.strands:
            parts.append("Plan strands: " + "; ".join(f"{name} — {rating}" for _plan, name, rating in self.strands))
        for category, points in self.grades.items():
            parts.append(f"{category} for {self.council}: " + ", ".join(f"{d:%b %Y} {r}" for d, r in points))
        return ". ".join(parts) + "."


def board_figures(ctx: Context, today: date) -> BoardFigures:
    return remembered(ctx, "board figures", today, lambda: _figures(ctx, today))


def _figures(ctx: Context, today: date) -> BoardFigures:
    figures = BoardFigures(today)
    soon = today + timedelta(days=DUE_SOON_DAYS)
    for row in deadlines.theme_status_counts(ctx.db, today, soon):
        counts = {"overdue": row["overdue"], "due soon": row["soon"], "on track": row["on_track"], "done": row["done"]}
        if any(counts.values()):
            figures.themes.append((row["theme"] or "other commitments", counts))
    latest: dict[str, str] = {}
    for s in lookup.strands(ctx.db, today):
        latest.setdefault(s["plan"], s["doc_id"])
        if s["rating"] and s["doc_id"] == latest[s["plan"]]:
            figures.strands.append((s["plan"], s["name"], s["rating"]))
    _grades(ctx, today, figures)
    return figures


def _grades(ctx: Context, today: date, figures: BoardFigures) -> None:
    """Grades over time for the council most recently inspected, when it has two or more reports."""
    rows = [r for r in lookup.judgements(ctx.db, today) if r["council"]]
    if not rows:
        return
    key = council_key(rows[0]["council"])
    mine = [r for r in rows if council_key(r["council"]) == key]
    if len({r["doc_id"] for r in mine}) < 2:
        return
    figures.council = mine[0]["council"]
    for r in sorted(mine, key=lambda r: r["doc_date"] or ""):
        grade = next((g for g in GRADES if r["rating"].lower().startswith(g)), None)
        if grade and r["doc_date"]:
            figures.grades.setdefault(_short(r["category"]), []).append((date.fromisoformat(r["doc_date"]), grade))
    figures.grades = {c: p for c, p in figures.grades.items() if len(p) >= 2}


def _short(category: str) -> str:
    """'The experiences and progress of children who need help and protection' → 'children who need help
    and protection': one line per judgement across frameworks."""
    low = category.lower()
    for prefix in ("the experiences and progress of ", "experiences and progress of ", "the impact of "):
        low = low.removeprefix(prefix)
    return low.split(" on social work practice")[0]
