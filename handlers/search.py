"""The fallback: full-text search (FTS5, BM25) over every passage, with 'did you mean…'."""

from __future__ import annotations

import re
from collections.abc import Callable

from rapidfuzz import fuzz, process

from store import lookup
from store.dates import YEAR
from store.text import split_sentences
from store.vocab import COUNTY_SHORT

from .question import Context, Question
from .reply import Item, Reply, source_of
from .scope import council_name

MAX_PASSAGES = 3


SHORT_PASSAGE = 480  # characters: a paragraph this short is shown whole
NAMED = re.compile(r"\b(?:[A-Z][a-z]+ ){2,4}(?=[A-Z][a-z])[A-Z][a-z]+|\b(?:[A-Z][a-z]+ )+[A-Z][a-z]+")
ANAPHOR = re.compile(r"^(?:this|these|that|those|it|they|such|he|she)\b", re.I)


def best_sentences(text: str, words: list[str], limit: int = 2) -> str:
    """The sentences of a passage that carry the query words, in their original order; a
    sentence that leans on the one before ('This work led Leeds to win…') brings it along,
    and a short paragraph is shown whole."""
    sentences = [s.strip("- ") for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip("- ")]
    if not sentences:
        return text[:300]
    if len(text) <= SHORT_PASSAGE:
        return " ".join(sentences)
    stems = [w[:5].lower() for w in words if len(w) > 2]
    scored = sorted(((sum(1 for s in stems if s in sent.lower()), i) for i, sent in enumerate(sentences)),
                    key=lambda s: (-s[0], s[1]))
    if not scored[0][0]:
        return sentences[0][:300]
    first = scored[0][1]
    top = {first}
    initials = {"".join(w[0] for w in name.split()) for name in NAMED.findall(sentences[first])}
    for i in range(first + 1, min(first + 3, len(sentences))):  # 'This provision is run…', '…when FNP is…'
        if not (ANAPHOR.match(sentences[i]) or any(re.search(rf"\b{n}\b", sentences[i]) for n in initials)):
            break
        top.add(i)
    if len(top) == 1:  # nothing carries the best sentence on: the next best match, as before
        top |= {i for n, i in scored[1:limit] if n}
    top |= {i - 1 for i in top if i and ANAPHOR.match(sentences[i])}
    shown, last = [], None
    for i in sorted(top):
        shown.append(sentences[i] if last is None or i == last + 1 else "\u2026 " + sentences[i])
        last = i
    return " ".join(shown)


def sentences_about(ctx: Context, words: list[str], today, keep: Callable[[str], bool],
                    limit: int = 10, docs: frozenset[str] | None = None) -> list[tuple[dict, str]]:
    """(passage, sentence) for the sentences of the best-matching passages that `keep` accepts,
    best passage first, each sentence once; `docs`: only from these documents."""
    found: dict[str, tuple[dict, str]] = {}
    for passage in lookup.search_passages(ctx.db, words, today, limit=limit, docs=docs):
        for sentence in split_sentences(passage["text"]):
            if keep(sentence) and sentence not in found:
                found[sentence] = (passage, sentence)
    return list(found.values())


SAYING = {"say", "says", "said", "find", "finds", "found", "think", "thought", "flag", "flagged", "note", "noted",
          "write", "wrote", "mention", "mentioned"}  # 'what did ofsted say about…': the asking, not the topic


def topic_words(words: list[str], q: Question) -> list[str]:
    """The words that name the topic: not the verbs of asking, nor, within one council's
    reports, the council's name."""
    words = [w for w in words if w not in SAYING] or words
    if q.scope is None or not q.council:
        return words
    key = q.council.split()
    plain = {"report", "reports", "ofsted", "inspection", "inspectors", "council", "councils"}

    def names_it(w: str) -> bool:  # 'westminster', 'lincs', 'hereford', 'bcp'
        return w in plain or w in COUNTY_SHORT or YEAR.fullmatch(w) is not None or \
            any(k.startswith(w[:5]) for k in key if len(w) >= 4) or w == "".join(k[0] for k in key)
    return [w for w in words if not names_it(w)] or words




def answer_search(ctx: Context, q: Question) -> Reply:
    words = q.words or [w for w in re.findall(r"[a-z0-9]+", q.text) if len(w) > 2]
    rows = lookup.search_passages(ctx.db, topic_words(words, q), q.today, limit=MAX_PASSAGES, docs=q.scope)
    if not rows:
        return _nothing(ctx, q, words)
    docs = ctx.docs(q.today)
    items = [Item(best_sentences(r["text"], words), source_of(r, docs)) for r in rows]
    topic = f"\u2018{' '.join(topic_words(words, q))}\u2019"
    lead = (f"What {council_name(ctx, q)}'s inspection reports say about {topic}, in the passages that match it "
            "best:" if q.scope else
            f"I don't have a direct answer, so here are the passages that best match {topic}:")
    return Reply(lead, items, intent="search")


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
