"""The fallback: full-text search (FTS5, BM25) over every passage, with 'did you mean…'."""

from __future__ import annotations

import re
from collections.abc import Callable

from rapidfuzz import fuzz, process

from store import deadlines, fulltext, lookup
from store.dates import YEAR, month_named
from store.text import pieces as text_pieces
from store.text import split_sentences
from store.vocab import ACRONYMS, COUNCIL_WORDS, COUNTY_SHORT

from .concepts import concepts_in, mentions
from .question import Context, Question
from .reply import Item, Reply, source_of
from .scope import council_name

MAX_PASSAGES = 3


SHORT_PASSAGE = 480  # characters: a paragraph this short is shown whole
NAMED = re.compile(r"\b(?:[A-Z][a-z]+ ){2,4}(?=[A-Z][a-z])[A-Z][a-z]+|\b(?:[A-Z][a-z]+ )+[A-Z][a-z]+")
THESE = re.compile(r"\b(?:these|those) ([a-z]{4,})", re.I)  # a sentence naming again what the one before said
ANAPHOR = re.compile(r"^(?:this|these|that|those|it|they|such|he|she)\b", re.I)


def best_sentences(text: str, words: list[str], limit: int = 2,
                   weights: dict[str, tuple[str, float]] | None = None) -> str:
    """The sentences of a passage that together carry the query's words, in their original
    order: the best sentence, then the one adding most of what it lacks, and so on (a rare word
    counts for more than a common one: `weights` gives each word's stem and weight, from the
    store). A sentence that leans on the one before ('This work led Leeds to win…') brings it
    along, one that ends in a colon brings its list, and a short paragraph is shown whole."""
    pieces = text_pieces(text)
    if not pieces:
        return text[:300]
    if len(text) <= SHORT_PASSAGE:
        return " ".join(p for p, _item in pieces)
    sentences = [p for p, _item in pieces]
    held = [concepts_in(sent, words, weights) for sent in sentences]
    covered: dict[int, float] = {}
    top: set[int] = set()
    for _ in range(limit):
        gain, best = max(((sum(w for c, w in h.items() if c not in covered), -i) for i, h in enumerate(held)))
        if not gain:
            break
        top |= _carried_with(sentences, -best)
        for i in top:
            covered.update(held[i])
    if not top:
        return sentences[0][:300]
    top |= _listed_after(pieces, top)
    shown, last = [], None
    for i in sorted(top):
        shown.append(sentences[i] if last is None or i == last + 1 else "\u2026 " + sentences[i])
        last = i
    return " ".join(shown)


def _carried_with(sentences: list[str], first: int) -> set[int]:
    """A chosen sentence with those that lean on it ('This provision is run…', '…when FNP is…')
    and the one it leans on."""
    top = {first}
    initials = {"".join(w[0] for w in name.split()) for name in NAMED.findall(sentences[first])}
    for i in range(first + 1, min(first + 4, len(sentences))):
        before = " ".join(sentences[max(0, first - 2):i]).lower()
        back = [m[1][:5] for m in THESE.finditer(sentences[i])]  # 'performance against these indicators …'
        if not (ANAPHOR.match(sentences[i]) or any(re.search(rf"\b{n}\b", sentences[i]) for n in initials)
                or any(re.search(rf"\b{re.escape(b)}", before) for b in back)):
            break
        top.add(i)
    return top | {i - 1 for i in top if i and ANAPHOR.match(sentences[i])}


LISTED_AT_MOST = 12  # items of a list a chosen sentence introduces ('They are:') shown with it


def _listed_after(pieces: list[tuple[str, bool]], chosen: set[int]) -> set[int]:
    """The list items that follow a chosen sentence ending in a colon."""
    out: set[int] = set()
    for i in sorted(chosen):
        if not pieces[i][0].endswith(":"):
            continue
        j = i + 1
        while j < len(pieces) and pieces[j][1] and j - i <= LISTED_AT_MOST:
            out.add(j)
            j += 1
    return out


def sentences_about(ctx: Context, words: list[str], today, keep: Callable[[str], bool],
                    limit: int = 10, docs: frozenset[str] | None = None) -> list[tuple[dict, str]]:
    """(passage, sentence) for the sentences of the best-matching passages that `keep` accepts,
    best passage first, each sentence once; `docs`: only from these documents."""
    found: dict[str, tuple[dict, str]] = {}
    for passage in fulltext.search_passages(ctx.db, words, today, limit=limit, docs=docs):
        for sentence in split_sentences(passage["text"]):
            if keep(sentence) and sentence not in found:
                found[sentence] = (passage, sentence)
    return list(found.values())


SAYING = {"say", "says", "said", "find", "finds", "found", "think", "thought", "flag", "flagged", "note", "noted",
          "write", "wrote", "mention", "mentioned", "doing", "going", "getting"}
# 'what did ofsted say about…', 'how's our MASH doing': the asking, not the topic


def topic_words(words: list[str], q: Question) -> list[str]:
    """The words that name the topic: not the verbs of asking, nor, within one council's
    reports, the council's name."""
    words = [w for w in words if w not in SAYING] or words
    if q.scope is None or not q.council:
        return words
    key = q.council.split()
    plain = {"report", "reports", "ofsted", "inspection", "inspectors", "council", "councils"}

    def names_it(w: str) -> bool:  # 'westminster', 'lincs', 'hereford', 'bcp'
        return w in plain or w in COUNTY_SHORT or w in COUNCIL_WORDS or YEAR.fullmatch(w) is not None or \
            any(k.startswith(w[:5]) for k in key if len(w) >= 4) or w == "".join(k[0] for k in key)
    return [w for w in words if not names_it(w)] or words




POOL = 12  # passages ranked by BM25 before they are ranked by what they cover
ENOUGH = 0.5  # of the best passage's cover: a passage with less is not shown


def best_passages(ctx: Context, words: list[str], q: Question, weights: dict[str, tuple[str, float]],
                  docs, limit: int = MAX_PASSAGES) -> list[dict]:
    """The question's passages that best cover the words (see `rank_passages`); a person the
    question names ('what did Lehmann say about…') must be in them, when any passage has them."""
    rows = fulltext.search_passages(ctx.db, words, q.today, limit=POOL, docs=q.scope)
    surname = (q.person or "").split()[-1:] if q.person else []
    if surname:  # what the person said: their passages, with those the BM25 pool missed
        more = fulltext.search_passages(ctx.db, [surname[0].lower()], q.today, limit=3 * POOL, docs=q.scope)
        seen = {r["id"] for r in rows}
        said = [r for r in rows + [m for m in more if m["id"] not in seen]
                if re.search(rf"\b{re.escape(surname[0])}\b", r["text"], re.I)
                or re.search(rf"\b{re.escape(surname[0])}$", _letter_author(docs, r), re.I)]  # in their own letter
        rows = said or rows
    month = month_named(q.text)
    years = set(YEAR.findall(q.text))
    if month or years:  # 'at the jan meeting', 'the 2011 inspection': the papers of then (or naming it) first

        def then(r: dict) -> bool:
            day = (docs.get(r["doc_id"]) or {}).get("date") or ""
            return (not month or day[5:7] == f"{month:02d}") and (not years or day[:4] in years or any(
                y in r["text"] for y in years))
        return rank_passages(rows, words, weights, docs, limit, first=then)
    return rank_passages(rows, words, weights, docs, limit)


def _letter_author(docs, row: dict) -> str:
    """Who wrote the letter a passage is in, when it is a later letter of a file of letters."""
    letter = docs.letter_of(row["doc_id"], row["ref"]) if hasattr(docs, "letter_of") else None
    return letter["author"] if letter else ""


def rank_passages(rows: list[dict], words: list[str], weights: dict[str, tuple[str, float]], docs,
                  limit: int = MAX_PASSAGES, first: Callable[[dict], bool] | None = None) -> list[dict]:
    """The passages that best cover the words (an acronym or its spelling-out is one concept, a
    rare word counts for more); among those covering about as much, the newest document first,
    then the order given (BM25's); `first`: those it accepts before all others. Passages covering
    less than half what the best does are left out."""
    covers = [sum(concepts_in(f"{r['heading'] or ''} {r['text']}", words, weights).values()) for r in rows]
    best = max(covers, default=0)
    if not best:
        return rows[:limit]
    ranked = sorted(((bool(first and first(r)), round(c / best * 5), (docs.get(r["doc_id"]) or {}).get("date") or "",
                      -i, r) for i, (c, r) in enumerate(zip(covers, rows, strict=True)) if c >= ENOUGH * best),
                    key=lambda s: s[:4], reverse=True)
    return [r for *_k, r in ranked[:limit]]


def _with_action_id(ctx: Context, row: dict, shown: str) -> str:
    """A passage that is one tracked action's text, led by the action's id ('LAC-9 Improve the
    effectiveness and relevance of personal education plans.'), so it can be asked of and updated."""
    said = [a["short_id"] for a in deadlines.actions_at(ctx.db, row["doc_id"], row.get("ref") or "")
            if a["text"].strip().rstrip(".") == shown.strip().rstrip(".")]  # only a quote that is the action's text
    # alone: not one joining it to others ('C-1 … … Eleven of the outdoor play areas' is C-2's too)
    return f"{said[0]} {shown}" if said else shown


def _also_saying(text: str, shown: str, saying: re.Pattern | None, words: list[str]) -> str:
    """The sentences shown, and after them the passage's first other sentence that `saying` finds and
    that names something of the words ('This review has been led corporately'), never of another thing."""
    if saying is None or saying.search(shown):
        return shown
    stems = {w[:5] for w in words if len(w) > 3}
    extra = next((s for s in split_sentences(text) if saying.search(s) and s not in shown
                  and stems & {w[:5] for w in re.findall(r"[a-z]+", s.lower())}), None)
    return f"{shown} \u2026 {extra}" if extra else shown


def answer_search(ctx: Context, q: Question, shown_with: re.Pattern | None = None) -> Reply:
    """The passages that best match the words; `shown_with`: a passage's first sentence saying it
    ('led by', 'run through' for who leads it) is shown after those holding the words, never instead."""
    words = q.words or [w for w in re.findall(r"[a-z0-9]+", q.text) if len(w) > 2]
    weights = fulltext.term_weights(ctx.db, words)
    docs = ctx.docs(q.today)
    rows = best_passages(ctx, topic_words(words, q), q, weights, docs)
    if not rows:
        return _nothing(ctx, q, words)
    items = [Item(_with_action_id(ctx, r, _also_saying(r["text"], best_sentences(r["text"], words, weights=weights),
                                                       shown_with, words)), source_of(r, docs)) for r in rows]
    topic = f"\u2018{' '.join(topic_words(words, q))}\u2019"
    lead = (f"What {council_name(ctx, q)}'s inspection reports say about {topic}, in the passages that match it "
            "best:" if q.scope else
            f"I don't have a direct answer, so here are the passages that best match {topic}:")
    spelt = _spelt_out(ctx, q)
    if spelt:
        lead = f"{spelt} What the records say about it:"
    return Reply(lead, items, intent="search")


WHAT_IS = re.compile(r"^\s*(?:(?i:what|wat|wot)(?:'s|s| is| are)?(?: an?| the)? )?([A-Z][A-Za-z&]{1,9}\d{0,2})s?"
                     r"(?: (?:in|from) (?:the )?[\w' -]{1,40})?\s*[?!.]*\s*$")  # '… in the Middlesbrough report'


def _spelt_out(ctx: Context, q: Question) -> str | None:
    """'What is NUE?': the letters as the records spell them out, before what they say of it."""
    m = WHAT_IS.match(q.raw)
    if not m or sum(c.isupper() for c in m[1]) < 2:
        return None
    rows = lookup.acronyms(ctx.db, m[1].upper(), q.today)
    if rows:
        return f"{rows[0]['acronym']} stands for {rows[0]['expansion']}."
    usual = ACRONYMS.get(m[1].upper())  # 'APA': the papers use it without spelling it out
    return f"The papers don't spell out {m[1].upper()}; in children's services it usually stands for {usual}." \
        if usual else None


def _initials_of(letters: str, words: list[str]) -> bool:
    """Are the letters the initials of a run of the words ('clp' in 'area children leeds partnership'), or
    of all of them in order, one letter spare at most ('lscb': Leeds Safeguarding Children Board, written
    'safeguarding children board')?"""
    firsts = [w[0] for w in words if w]
    run = "".join(firsts)
    if len(letters) >= 3 and letters in run:  # 'area clp children leeds partnership': a run of them
        return True
    matched, at = 0, 0
    for c in letters:
        if at < len(firsts) and firsts[at] == c:
            matched, at = matched + 1, at + 1
    return len(letters) >= 3 and at == len(firsts) and matched >= len(letters) - 1


def without_letters(db, words: list[str]) -> list[str]:
    """The words without an acronym spelt out beside them that no paper writes ('nfa no further action':
    'no further action'); letters the papers use ('cypp') stay."""
    return [w for w in words if not (len(w) <= 6 and _initials_of(w, [x for x in words if x != w])
                                     and not fulltext.used(db, w))]


def where_named(ctx: Context, q: Question, words: list[str], missing: str, intent: str) -> Reply:
    """A group the question names that Clerk holds nothing structured about ('the governance
    working party'): the passages that name it, every word, said as such; else that it is unknown.
    `missing`: what Clerk lacks, e.g. 'a membership list for a board or committee'."""
    shown = " ".join(words)

    short = next((w for w in words if len(w) >= 3 and _initials_of(w, [x for x in words if x != w])), None)
    forms = [words] + ([[w for w in words if w != short], [short]] if short else [])  # 'lscb safeguarding
    # children board': the letters, or the words they stand for, as a paper may write either

    def names_it(text: str) -> bool:
        return any(mentions(text, form) for form in forms)
    found = {}
    for form in forms:  # each form searched: a paper writes the letters or the words, seldom both
        for r in fulltext.search_passages(ctx.db, form, q.today, limit=MAX_PASSAGES, docs=q.scope):
            if names_it(f"{r['heading']} {r['text']}"):
                found.setdefault((r["doc_id"], r["ref"]), r)
    rows = list(found.values())[:MAX_PASSAGES]
    if not rows:
        return Reply(f"I have no {missing} called \u2018{shown}\u2019, and the records do not mention one.",
                     notes=["Type \"help\" to see what I can answer."], intent=intent)
    docs = ctx.docs(q.today)
    weights = fulltext.term_weights(ctx.db, words)
    items = [Item(("" if names_it(r["text"]) else f"{r['heading']}: ") + best_sentences(r["text"], words,
                                                                                       weights=weights),
                  source_of(r, docs)) for r in rows]  # named only in its heading: the heading says so
    return Reply(f"I have no {missing} called \u2018{shown}\u2019; the records mention it here:", items,
                 intent=intent)


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
