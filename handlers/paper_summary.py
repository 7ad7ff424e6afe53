"""A summary of one paper ('summarise the feb scrutiny report', 'give me the gist of the
ofsted letter'): the paper the question names by its month, body, kind or title, told by its
own summary sections (summary of main issues, purpose, conclusions, recommendations)."""

from __future__ import annotations

import re

from store import fulltext, lookup
from store.dates import PAPER_YEAR, month_named

from .question import Context, Question
from .reply import Item, Reply, source_of
from .search import best_sentences

SUMMING_UP = re.compile(r"\b(?:summary|summar|purpose|main issues|conclusions?|recommendations?|key points|"
                        r"overview)\b", re.I)  # headings under which a paper sums itself up
PAPER_KINDS = {"report", "paper", "letter", "minutes", "agenda", "update"}
NOT_NAMING = {"summary", "summarise", "summarize", "gist", "sum", "overview", "brief", "give", "tell", "about",
              "what", "say", "said", "says", "does", "did", "main", "points", "key", "recommend", "recommends",
              "recommended", "recommendation", "recommendations", "asked", "agree", "propose", "proposes",
              "commitment", "commitments", "actions", "action", "recs", "rec", "out", "came", "come", "dated"}  # not
# 'commit…' for a committee's paper
SECTIONS_SHOWN = 4
KIND_WORDS = {"board", "committee", "group", "panel", "council", "services", "children"}  # not alone naming a paper


def named_paper(ctx: Context, q: Question) -> dict | None:
    """The one visible paper the question names: by a paper word ('report', 'letter') with its
    month, or with words of its body or title; None when it names none, or several alike."""
    words = [part for w in q.words if w not in NOT_NAMING for part in w.split("-") if part]  # 'nine-point'
    month = month_named(q.text)
    year = PAPER_YEAR.search(q.text)  # 'the 2014 scrutiny report': of that year, not another year's alike
    if not (set(words) & PAPER_KINDS or month):
        return None
    scored = []
    for doc in lookup.document_titles(ctx.db, q.today):
        label = f"{doc['title'] or ''} {doc['body'] or ''} {doc['author'] or ''}".lower()  # 'bill's letter'
        hits = sum(1 for w in words if w not in PAPER_KINDS and w not in KIND_WORDS
                   and re.search(rf"\b{re.escape(w[:5])}", label))
        if (month and not (doc["date"] or "")[5:7] == f"{month:02d}") or (year and not (doc["date"] or "").startswith(
                year[1] or year[2])):
            continue
        if hits or (month and set(words) & PAPER_KINDS):  # 'the feb report'; not 'a summary for march'
            scored.append((hits, doc["date"] or "", doc))
    if not scored:  # 'the letter': the one paper of that kind, when only one is held
        kinds = set(words) & PAPER_KINDS
        alone = [d for d in lookup.document_titles(ctx.db, q.today) if kinds and not set(words) - PAPER_KINDS
                 and kinds & set(re.findall(r"[a-z]+", (d["title"] or "").lower()))]
        return alone[0] if len(alone) == 1 else None
    scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
    if len(scored) > 1 and scored[1][0] == scored[0][0] and not month:
        return None  # two papers named alike: not one
    return scored[0][2]


RECOMMENDS = re.compile(r"\brecommend\w*\b|\b(?:is|are) asked to\b", re.I)


def answer_paper_summary(ctx: Context, q: Question, doc: dict) -> Reply:
    docs = ctx.docs(q.today)
    if RECOMMENDS.search(q.text):  # 'what does the JHOSC terms of reference report recommend?'
        asked = [p for p in fulltext.doc_passages(ctx.db, doc["id"])
                 if RECOMMENDS.search(f"{p['heading'] or ''} {p['text']}")]
        if asked:
            p = asked[0]
            lead = f"What the report \u2018{doc['title']}\u2019 recommends:"
            return Reply(lead, [Item(p["text"], source_of(p, docs))], intent="summary")
    passages = [p for p in fulltext.doc_passages(ctx.db, doc["id"]) if SUMMING_UP.search(p["heading"] or "")]
    seen, chosen = set(), []
    for p in passages:  # each summing-up section once, in the paper's order
        if p["heading"] not in seen and len(chosen) < SECTIONS_SHOWN:
            seen.add(p["heading"])
            chosen.append(p)
    if not chosen:
        chosen = fulltext.doc_passages(ctx.db, doc["id"])[:2]
    source = source_of({"doc_id": doc["id"]}, docs)
    lead = f"{source.cite() if source else doc['title']} — {doc['title']}, as it sums itself up:"
    return Reply(lead, [Item(f"{p['heading']}: {best_sentences(p['text'], [], limit=2)}", source_of(p, docs))
                        for p in chosen], intent="summary")
