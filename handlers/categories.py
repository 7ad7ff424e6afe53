"""Judgement categories named in a question: how well the words name one, which one is meant,
and the short form shown in lists."""

from __future__ import annotations

import re
from datetime import date

from rapidfuzz import fuzz

from store.dates import format_date
from store.vocab import STOPWORDS

CATEGORY_FILLER = STOPWORDS | {"experiences", "progress", "including", "with", "who", "need"}
LONG_PREFIX = re.compile(r"^(?:the )?(?:experiences and progress of |impact of leaders on social work practice with "
                         r"children and families$)", re.I)
MATCHED, CLEARLY = 0.5, 0.6


def same_word(a: str, b: str) -> bool:
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5]) or (
        len(a) >= 4 and len(b) >= 4 and fuzz.ratio(a, b) >= 88)


def category_score(category: str, words: list[str]) -> float:
    """How well the question's words name a category: most of the words asked, then most of the category."""
    own = [w for w in re.findall(r"[a-z]+", category.lower()) if w not in CATEGORY_FILLER]
    if not own or not words:
        return 0.0
    asked = sum(1 for w in words if any(same_word(w, c) for c in own)) / len(words)
    covered = sum(1 for c in own if any(same_word(w, c) for w in words)) / len(own)
    return asked + 0.3 * covered if asked >= MATCHED or covered >= CLEARLY else 0.0


def best_category(rows: list[dict], words: list[str]) -> tuple[float, dict | None]:
    scored = [(category_score(r["category"], words), -i, r) for i, r in enumerate(rows)]
    best = max(scored, key=lambda s: (s[0], s[1]), default=(0.0, 0, None))
    runner = max((s[0] for s in scored if s[2]["category"] != (best[2] or {}).get("category")), default=0.0)
    return (best[0], best[2]) if best[0] > runner else (0.0, None)


def month_of(row: dict) -> str:
    return format_date(date.fromisoformat(row["doc_date"]), "month") if row["doc_date"] else "undated"


def short_category(category: str) -> str:
    """'The experiences and progress of children in care' → 'children in care'."""
    short = LONG_PREFIX.sub("", category)
    return "leaders" if not short else short
