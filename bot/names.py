"""Resolve names in questions (bodies, themes, people, plans) against what the store holds.

The name tables are small (hundreds of bodies, not the 100,000 actions) and cached until the
store's documents change, so fuzzy matching per question stays cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sqlite_utils
from rapidfuzz import fuzz

from handlers.question import BodyRef
from store import lookup
from store.vocab import STOPWORDS

GENERIC = {"children", "childrens", "services", "service", "board", "committee", "group", "team",
           "leeds", "council", "young", "people", "the", "and", "of", "for", "plan"}
MATCH = 82


def name_words(name: str) -> list[str]:
    return [w.removesuffix("'s").replace("'", "") for w in re.findall(r"[a-z0-9']+", name.lower())
            if w not in STOPWORDS]


def word_score(query: str, candidates: list[str]) -> float:
    best = 0.0
    for cand in candidates:
        if query == cand:
            return 100.0
        if len(query) >= 4 and len(cand) >= 4:
            best = max(best, fuzz.ratio(query, cand))
    return best


@dataclass
class Names:
    bodies: list[dict] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    plans: list[str] = field(default_factory=list)
    vocabulary: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, db: sqlite_utils.Database) -> Names:
        themes = {r[0].lower() for r in db.execute(
            "select distinct theme from actions where theme is not null union "
            "select distinct theme from judgements where theme is not null")}
        names = cls(bodies=lookup.bodies(db), themes=sorted(themes, key=len, reverse=True),
                    people=[r[0] for r in db.execute("select distinct name from people")],
                    plans=[r[0] for r in db.execute("select distinct plan from strands")])
        for text in [n for b in names.bodies for n in b["names"]] + names.themes + names.people + names.plans:
            names.vocabulary.update(name_words(text))
        return names

    def theme(self, text: str) -> str | None:
        words = name_words(text)
        for theme in self.themes:
            needed = name_words(theme)
            if needed and all(word_score(w, words) >= 88 for w in needed):
                return theme
        return None

    def body(self, words: list[str]) -> tuple[BodyRef | None, list[str]]:
        """The best body for the question's content words, and the others that also matched."""
        query = [w for w in words if w not in GENERIC or w in ("board", "committee", "group")]
        if not query:
            return None, []
        scored = []
        for body in self.bodies:
            best = 0.0
            for name in body["names"]:
                nw = name_words(name)
                hits = [word_score(q, nw) for q in query]
                matched = [h for h in hits if h >= MATCH]
                distinctive = [q for q, h in zip(query, hits, strict=True) if h >= MATCH
                               and q not in GENERIC]
                if not distinctive:
                    continue
                cover = len(matched) / len(query)
                precision = len(matched) / max(1, len([w for w in nw if w not in GENERIC]) + 0.5)
                best = max(best, cover * 70 + min(precision, 1) * 20 + sum(matched) / 100 / len(query) * 10)
            if best:
                scored.append((best, -len(body["name"]), body))
        if not scored:
            return None, []
        scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
        top = scored[0]
        others = [s[2]["name"] for s in scored[1:] if s[0] >= top[0] - 5][:4]
        return BodyRef(top[2]["id"], top[2]["name"], top[2]["names"]), others

    def person(self, words: list[str]) -> str | None:
        query = [w for w in words if w not in GENERIC]
        best, best_name = 0.0, None
        for person in self.people:
            pw = [w for w in name_words(person) if w not in ("councillor", "cllr", "mr", "mrs", "ms", "dr")]
            hits = [word_score(q, pw) for q in query]
            matched = sum(1 for h in hits if h >= 85)
            if matched and matched >= min(len(pw), 1) and any(
                    h >= 85 and q[0].isalpha() for q, h in zip(query, hits, strict=True)):
                score = matched / len(pw) + sum(hits) / 1000
                if score > best and matched / len(pw) >= 0.5:
                    best, best_name = score, person
        return best_name

    def plan(self, text: str) -> str | None:
        words = name_words(text)
        best, best_plan = 0.0, None
        for plan in self.plans:
            pw = [w for w in name_words(plan) if w != "plan"]
            if not pw or "plan" not in words and "strands" not in words and "themes" not in words:
                continue
            share = sum(1 for w in pw if word_score(w, words) >= 85) / len(pw)
            if share >= 0.99 and share + len(pw) / 100 > best:
                best, best_plan = share + len(pw) / 100, plan
        return best_plan
