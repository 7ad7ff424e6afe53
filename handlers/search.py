"""The fallback: full-text search (FTS5, BM25) over every passage, with 'did you mean…'."""

from __future__ import annotations

import re
from collections.abc import Callable

from rapidfuzz import fuzz, process

from store import lookup
from store.text import split_sentences

from .question import Context, Question
from .reply import Item, Reply, source_of

MAX_PASSAGES = 3


def best_sentences(text: str, words: list[str], limit: int = 2) -> str:
    """The sentences of a passage that carry the query words, in their original order."""
    sentences = re.split(r"(?<=[.!?])\s+|\n", text)
    stems = [w[:5].lower() for w in words if len(w) > 2]
    scored = [(sum(1 for s in stems if s in sent.lower()), i, sent) for i, sent in enumerate(sentences)]
    top = sorted((s for s in scored if s[0]), key=lambda s: (-s[0], s[1]))[:limit]
    chosen = [s[2].strip("- ") for s in sorted(top, key=lambda s: s[1])]
    return " … ".join(chosen) if chosen else sentences[0][:300]


def sentences_about(ctx: Context, words: list[str], today, keep: Callable[[str], bool],
                    limit: int = 10) -> list[tuple[dict, str]]:
    """(passage, sentence) for the sentences of the best-matching passages that `keep` accepts,
    best passage first, each sentence once."""
    found: dict[str, tuple[dict, str]] = {}
    for passage in lookup.search_passages(ctx.db, words, today, limit=limit):
        for sentence in split_sentences(passage["text"]):
            if keep(sentence) and sentence not in found:
                found[sentence] = (passage, sentence)
    return list(found.values())


def answer_search(ctx: Context, q: Question) -> Reply:
    words = q.words or [w for w in re.findall(r"[a-z0-9]+", q.text) if len(w) > 2]
    rows = lookup.search_passages(ctx.db, words, q.today, limit=MAX_PASSAGES)
    if not rows:
        return _nothing(ctx, q, words)
    docs = ctx.docs(q.today)
    items = [Item(best_sentences(r["text"], words), source_of(r, docs)) for r in rows]
    return Reply(f"I don't have a direct answer, so here are the passages that best match "
                 f"\u2018{' '.join(words)}\u2019:", items, intent="search")


def _nothing(ctx: Context, q: Question, words: list[str]) -> Reply:
    from_names = [b["name"] for b in lookup.bodies(ctx.db)] + lookup.plan_names(ctx.db, q.today)
    guesses = []
    for w in words:
        hit = process.extractOne(w, from_names, scorer=fuzz.partial_ratio, score_cutoff=85)
        if hit and hit[0] not in guesses:
            guesses.append(hit[0])
    notes = [f"Did you mean: {', '.join(guesses[:3])}?"] if guesses else []
    notes.append("Type \"help\" to see what I can answer.")
    shown = " ".join(words) or q.raw.strip()
    return Reply(f"I couldn't find anything about \u2018{shown}\u2019 in the records.",
                 notes=notes, intent="search")
