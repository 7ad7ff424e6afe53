"""Plans: strands or themes with their progress ratings and the work still outstanding."""

from __future__ import annotations

import re

from store import fulltext, lookup
from store.dates import month_named
from store.text import initials

from .concepts import concepts, concepts_in, sense_words
from .indicators import COUNTING, answer_indicator
from .question import Context, Question
from .reply import Item, Reply, source_of
from .search import SAYING, answer_search, best_sentences, rank_passages
from .status import STRAND_WORDS, best_strands

COUNT_WORDS = STRAND_WORDS | {"strands", "themes", "priorities", "workstreams", "many", "number", "got", "get"}
PLAN_QUESTION_WORDS = COUNT_WORDS | {"status", "left", "outstanding", "remaining", "still", "done", "summary",
                                     "summarise", "overview", "list", "show", "all", "what", "which", "rag",
                                     "proper", "full", "formal", "official", "officially", "real", "actual",
                                     "exact", "does", "do", "tell", "about", "ofsted", "papers", "use", "uses",
                                     "used", "using", "cover", "covers", "include", "includes", "contain",
                                     "contains", "have", "has", "got"}  # '… name', 'what themes does it use'


DELIVERED = re.compile(r"\b(?:deliver\w*|achiev\w*|wins?|successes|success|went well|highlights?|progress|"
                       r"accomplish\w*|got done|been done|has it done|done so far|implemented)\b")  # of one strand


ASKED_OF_A_STRAND = {"pointer", "9pp", "bits", "parts", "main", "got", "what", "still", "outstanding", "left",
                     "remaining", "ongoing", "key"}  # 'the families strand of the nine pointer - main wins?'


def answer_plan(ctx: Context, q: Question) -> Reply:
    if not q.plan and COUNTING.search(q.text) and [w for w in q.words if w not in COUNT_WORDS]:
        counted = answer_indicator(ctx, q)  # 'how many strands got closed down?', 'how many priorities in the
        if counted.items and counted.intent == "indicator":  # new CYPP?': a figure the papers give, not a
            return counted  # known plan's strands
    if q.named_plan:  # a plan the papers name without its strands ('what are the CYPP outcomes?')
        said = what_papers_say(ctx, q, q.named_plan, _topic(q, q.named_plan))
        return said if said.items else answer_search(ctx, q)
    rows = lookup.strands(ctx.db, q.today, plan=q.plan)
    if q.plan and rows and not q.rating and not q.summary:  # 'what's the proper name of the nine point plan?'
        topic = _topic(q, q.plan)
        if topic and not best_strands(rows, topic):
            said = what_papers_say(ctx, q, q.plan, topic, covered=True)
            if said.items:
                return said
    if not rows:
        plans = lookup.plan_names(ctx.db, q.today)
        hint = [f"Plans I know: {', '.join(plans)}."] if plans else []
        what = f"the {q.plan}" if q.plan else "any plan"
        return Reply(f"I have no strands or themes for {what}.", notes=hint, intent="plan")
    plan = q.plan or rows[0]["plan"]
    rows = [r for r in rows if r["plan"] == plan]
    latest = rows[0]["doc_id"]
    rows = [r for r in rows if r["doc_id"] == latest]
    docs = ctx.docs(q.today)
    rated = [r for r in rows if r["rating"]]
    kind = "strands" if rated else "themes"
    named = best_strands(rows, [w for w in q.words if w not in STRAND_WORDS and w not in ASKED_OF_A_STRAND
                                and not DELIVERED.fullmatch(w)])
    if len(named) > 1 and DELIVERED.search(q.text):  # 'the families strand': of 'strengthen the role of families' and
        named = _most_of_its_name(named)  # '… social work and families', the one the word is most of
    if len(named) == 1 and not q.rating:  # 'how's the voice and influence strand rated?'
        s = named[0]
        rating = f": {s['rating']}" if s["rating"] else f" is one of its {len(rows)} {kind}"
        text = f"{s['name']} ({plan}){rating}" + (f". Outstanding: {s['outstanding']}" if s["outstanding"] else "")
        said = lookup.strand_passage(ctx.db, s) if DELIVERED.search(q.text) else None
        if said and said.strip() != s["name"]:  # 'the families strand - what got delivered': the paper's account
            return Reply(text, [Item(f"Progress: {said.lstrip('-–• ')}", source_of(s, docs))], intent="plan")
        return Reply(text, [Item(text, source_of(s, docs))], intent="plan").flatten()
    rag = re.search(r"\b(red|amber|green)\b", q.text)
    if rag and rated and not any(r["rating"].lower() in ("red", "amber", "green") for r in rated):
        tally = " or ".join(f"\u2018{rating}\u2019" for rating in sorted({r["rating"] for r in rated}))
        lead = f"The {plan} rates its {kind} {tally}, not Red, Amber or Green. Their ratings:"
        return Reply(lead, [Item(f"{r['name']} — {r['rating'] or 'not rated'}", source_of(r, docs)) for r in rows],
                     intent="plan")
    if q.rating:
        rows = [r for r in rows if r["rating"] == q.rating]
        if not rows:
            return Reply(f"No strand of the {plan} is rated {q.rating}.", intent="plan")
        lead = f"{len(rows)} of the {plan}'s {kind} {'is' if len(rows) == 1 else 'are'} rated {q.rating}:"
    elif rated:
        counts: dict[str, int] = {}
        for r in rated:
            counts[r["rating"]] = counts.get(r["rating"], 0) + 1
        tally = ", ".join(f"{n} {rating}" for rating, n in counts.items())
        lead = f"The {plan} has {len(rows)} {kind} ({tally}):"
    else:
        lead = f"The {plan} has {len(rows)} {kind}:"
    items = []
    for r in rows:
        text = r["name"] + (f" — {r['rating']}" if r["rating"] else "")
        if r["outstanding"] and (q.rating or q.summary):
            text += f". Outstanding: {r['outstanding']}"
        items.append(Item(text, source_of(r, docs)))
    return Reply(lead, items, intent="plan")


def _most_of_its_name(strands: list[dict]) -> list[dict]:
    """Of strands the question's words match equally, the one with the shortest name, if one is shortest."""
    size = {s["name"]: len(re.findall(r"[a-z]{4,}", s["name"].lower())) for s in strands}
    least = min(size.values())
    shortest = [s for s in strands if size[s["name"]] == least]
    return shortest if len(shortest) == 1 else strands


def _topic(q: Question, plan: str) -> list[str]:
    """What the question asks of the plan: its words, less the plan's name and its initials
    ('obsessions' in 'what are the 3 obsessions in the new cypp'), less the words of any plan
    question and of asking ('what does the CYPP say about…')."""
    named = {w[:5] for w in re.findall(r"[a-z]+", plan.lower())}
    letters = initials(plan)
    return [w for w in q.words if w[:5] not in named and w not in PLAN_QUESTION_WORDS and w not in SAYING
            and not w.isdigit() and not (len(w) >= 3 and letters.startswith(w))]


def what_papers_say(ctx: Context, q: Question, plan: str, topic: list[str], covered: bool = False) -> Reply:
    """The passages that name the plan (in full or by its initials) and best cover the rest of
    the question. `covered`: only passages holding every concept asked (else no items)."""
    letters = initials(plan)
    name = re.escape(plan).replace("'", "['\u2019]")
    names_it = re.compile(rf"\b{name}\b|\b{letters}\b" if len(letters) >= 3 else rf"\b{name}\b", re.I)
    own = [w for w in re.findall(r"[a-z]+", plan.lower()) if w != "plan"]
    words = topic or own
    papers = lookup.plan_documents(ctx.db, plan, q.today)  # those naming it: a few, each searched whole
    if q.scope is not None:
        papers = papers & q.scope
    pool = fulltext.search_passages(ctx.db, words + sense_words(words) + ([] if papers else own) + [letters], q.today,
                                  limit=40, docs=papers or q.scope)
    pool = [r for r in pool if names_it.search(f"{r['heading'] or ''} {r['text']}")]
    docs = ctx.docs(q.today)
    pool, words = _in_papers_named(pool, words, q, docs)
    weights = fulltext.term_weights(ctx.db, words)
    if covered:
        asked = len(concepts(words))
        pool = [r for r in pool if len(concepts_in(f"{r['heading'] or ''} {r['text']}", words, weights)) == asked]
    rows = rank_passages(pool, words, weights, docs)
    if not rows:
        return Reply(f"The papers name the {plan} but say nothing of its {' '.join(topic) or 'strands'}.",
                     intent="plan")
    about = f" \u2014 \u2018{' '.join(words)}\u2019" if topic else ""
    lead = f"What the papers say of the {plan}{about}:"
    return Reply(lead, [Item(best_sentences(r["text"], words, weights=weights), source_of(r, docs)) for r in rows],
                 intent="plan")


PAPER_WORDS = {"report", "reports", "update", "updates", "updated", "paper", "papers", "letter", "letters"}


def _in_papers_named(pool: list[dict], words: list[str], q: Question, docs) -> tuple[list[dict], list[str]]:
    """'Which CYPP priority is the december scrutiny update about?': words that name a paper (its
    body, title or kind, with the month asked) pick the paper; the rest are what is asked of it."""
    month = month_named(q.text)

    def label(doc_id: str) -> str:
        d = docs.get(doc_id) or {}
        return f"{d.get('title') or ''} {d.get('body') or ''} {d.get('kind') or ''}".lower()

    def names_paper(w: str) -> bool:
        return w in PAPER_WORDS or any(re.search(rf"\b{re.escape(w[:5])}", label(r["doc_id"])) for r in pool)
    named = [w for w in words if names_paper(w)]
    rest = [w for w in words if w not in named]
    if not named or not rest or not (month or [w for w in named if w not in PAPER_WORDS]):
        return pool, words
    chosen = [r for r in pool if all(w in PAPER_WORDS or re.search(rf"\b{re.escape(w[:5])}", label(r["doc_id"]))
                                     for w in named)
              and (not month or ((docs.get(r["doc_id"]) or {}).get("date") or "")[5:7] == f"{month:02d}")]
    return (chosen, rest) if chosen else (pool, words)
