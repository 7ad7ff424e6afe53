"""When a body last took up something ('when did CGAC last look at the ofsted report?'): the
newest dated sentence naming the body and every concept asked, not merely its last meeting."""

from __future__ import annotations

import re
from datetime import date

from store import lookup
from store.dates import format_date
from store.text import initials
from store.vocab import STOPWORDS

from .concepts import concepts, concepts_in
from .question import Context, Question
from .reply import Item, Reply, source_of

TAKING_UP = {"look", "looked", "looking", "discuss", "discussed", "consider", "considered", "get", "got", "receive",
             "received", "see", "saw", "seen", "review", "reviewed", "last", "meet", "met", "meeting", "hear",
             "heard", "talk", "talked", "about", "update", "updated", "updates", "time", "did", "when", "paper",
             "papers", "setting", "set", "up", "was", "that", "exec", "previous", "prior", "earlier", "latest",
             "recent", "most", "date", "what", "front", "them", "before", "agenda", "agendas", "had", "item",
             "items", "its", "their"}  # 'EB got a paper setting up the
# improvement board - when was that', 'last time scrutiny had the 9pp in front of them'


def asked_of_body(q: Question) -> list[str]:
    """What a 'when did <body> last …' question asks about, beyond the body and the asking."""
    named = {w for name in q.body.names for w in re.findall(r"[a-z]+", name.lower())} | \
        {initials(name) for name in q.body.names}
    rest = q.text
    for name in sorted(q.body.names, key=len, reverse=True):  # 'EB … setting up the improvement board': the
        rest = re.sub(rf"\b{re.escape(name.lower())}\b", " ", rest)  # board named is not the board asked of
    tokens = re.findall(r"[a-z]+", rest)
    left = {w for before, w in zip(tokens, tokens[1:], strict=False)  # a body word kept only after a word of the topic
            if before not in named and before not in TAKING_UP and before not in STOPWORDS}
    return [w for w in q.words if (w not in named or w in left) and w not in TAKING_UP and len(w) > 2]


def answer_last_considered(ctx: Context, q: Question, topic: list[str]) -> Reply | None:
    """The newest past sentence naming the body (by a name or its initials) and every concept asked."""
    names = [re.escape(n) for n in q.body.names] + [rf"\b{initials(n).upper()}\b" for n in q.body.names
                                                     if len(initials(n)) >= 3]
    naming = re.compile("|".join(names), re.I)
    wanted = len(concepts(topic))
    rows = [r for r in lookup.search_statements(ctx.db, topic, q.today, limit=40, docs=q.scope)
            if not r["future"] and r["date"] <= q.today.isoformat() and naming.search(r["sentence"])
            and len(concepts_in(r["sentence"], topic, None)) == wanted]
    on_plan = lookup.strand_documents(ctx.db, q.plan, q.today) if q.plan and set(topic) <= set(
        re.findall(r"[a-z]+", q.plan.lower())) else frozenset()  # 'the 9pp': a paper setting out its strands is on it
    papers = [d for d in lookup.document_titles(ctx.db, q.today)  # a report is dated by its meeting (an agenda by
              if d["date"] and d["kind"] == "report" and naming.search(d["body"] or "")  # its publication)
              and (q.scope is None or d["id"] in q.scope) and (
                  len(concepts_in(d["title"] or "", topic, None)) == wanted or d["id"] in on_plan)]
    paper = max(papers, key=lambda d: d["date"], default=None)
    if paper and (not rows or paper["date"] > max(r["date"] for r in rows)):  # a paper of its own on it, newer
        when = format_date(date.fromisoformat(paper["date"]))  # than any sentence saying it took the subject up
        asked = f"the {q.plan}" if paper["id"] in on_plan else f"\u2018{' '.join(topic)}\u2019"
        lead = (f"The {q.body.name} last took up {asked} on {when}: the paper "
                f"\u2018{paper['title']}\u2019 went to it.")
        return Reply(lead, [Item(lead, source_of({"doc_id": paper["id"], "ref": "page 1"}, ctx.docs(q.today)))],
                     intent="last_meeting").flatten()
    if not rows:
        return None
    row = max(rows, key=lambda r: r["date"])
    when = format_date(date.fromisoformat(row["date"]), row["precision"])
    on = "in" if row["precision"] == "month" else "on"
    lead = f"The {q.body.name} last took up \u2018{' '.join(topic)}\u2019 {on} {when}: \u201c{row['sentence']}\u201d"
    return Reply(lead, [Item(lead, source_of(row, ctx.docs(q.today)))], intent="last_meeting").flatten()
