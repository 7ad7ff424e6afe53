"""Scoring a question against the intent rules (bot/intent_rules.py): the best-scoring intent
wins, ties go to the earlier row. Slots and the store refine it afterwards (bot/understand.py)."""

from __future__ import annotations

import re

from .intent_rules import INTENT_RULES

INTENT_VOCAB = sorted({
    "overdue", "late", "behind", "missed", "due", "deadline", "deadlines", "often", "frequently",
    "frequency", "last", "previous", "recent", "next", "upcoming", "meet", "meets", "meeting",
    "meetings", "chair", "chairs", "chaired", "who", "members", "membership", "attendees",
    "rated", "rating", "ratings", "judgement", "judgements", "ofsted", "inspection", "money",
    "funding", "budget", "many", "number", "target", "targets", "indicator", "indicators",
    "performance", "strands", "strand", "themes", "theme", "improvement", "status", "progress",
    "summary", "summarise", "overview", "when", "what", "which", "changes", "updates", "help",
    "changed", "updated", "recently", "judged", "rate", "rates", "inspector", "inspectors", "published",
    "recommendations", "stand", "stands", "mean", "means", "acronym", "agenda", "apologies", "decide",
    "decided", "decision", "resolved", "made", "kpi", "kpis", "risk", "risks", "likelihood", "exposure",
    "scheduled", "coming", "plan", "board", "committee", "scrutiny", "happened", "motion", "amendment",
    "declarations", "declared", "interests", "average", "caseload", "caseloads", "syntax", "command", "commands",
})


# the words the rules read ('downgraded'), which a question's words must stay
RULE_WORDS = set(INTENT_VOCAB) | {w for _i, pattern, _w in INTENT_RULES for w in re.findall(r"[a-z]{4,}", pattern)}


COMPILED = [(intent, re.compile(pattern), weight) for intent, pattern, weight in INTENT_RULES]  # once, at import:
# left to re's cache of 512, the many patterns answers build from words evict these, and recompiling
# them all costs a question ~100 ms
ORDER = {name: n for n, (name, _p, _w) in reversed(list(enumerate(INTENT_RULES)))}


def score_intents(text: str) -> list[tuple[float, str]]:
    scores: dict[str, float] = {}
    for intent, pattern, weight in COMPILED:
        if pattern.search(text):
            scores[intent] = max(scores.get(intent, 0), weight)
    return sorted(((s, i) for i, s in scores.items()), key=lambda p: (-p[0], ORDER[p[1]]))
