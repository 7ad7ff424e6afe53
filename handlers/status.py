"""Status of an action (by short id or words) or of a plan strand."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from store import deadlines, fulltext, lookup, tracking
from store.dates import format_date
from store.deadlines import SHORT_ID
from store.text import sentences_and_items
from store.vocab import STATUS_SYNONYMS, THEME_NAMES

from .concepts import concept_terms, concepts, concepts_in, mentions
from .overdue import action_item, none_of, owner_shown
from .question import Context, Question
from .reply import Item, Reply, source_of
from .search import ANAPHOR, answer_search

GENERIC_ACTION_WORDS = {"action", "actions", "item", "items", "task", "tasks", "one", "thing", "things", "stuff", "bit",
                        "bits", "rec", "recs", "recommendation", "recommendations"}


def find_actions(ctx: Context, text: str, words: list[str]) -> list[dict]:
    """An action by its short id, else the actions whose text best matches the words."""
    m = SHORT_ID.search(text)
    if m:
        row = deadlines.action_by_short_id(ctx.db, m[1], ctx.today)
        return [row] if row else []
    return deadlines.closest_actions(ctx.db, [w for w in words if w.lower() not in GENERIC_ACTION_WORDS
                                              and w.lower() not in ASKING_WORDS and w.lower() not in STATE_WORDS],
                                     ctx.today)  # 'paeds cover sorted yet': 'sorted' asks, names nothing


def actions_named(ctx: Context, text: str, words: list[str]) -> list[dict]:
    """The actions the words name: by id, or with every one of their concepts in the action's text
    ('the PEP action': personal education plans). 'the board on progress' names none."""
    if SHORT_ID.search(text):
        return find_actions(ctx, text, words)
    words = [w for w in words if w.lower() not in GENERIC_ACTION_WORDS]
    return [r for r in find_actions(ctx, text, words) if len(concepts_in(r["text"], words, None)) == len(
        concepts(words))] if words else []


def unwritten(ctx: Context, words: list[str]) -> tuple[list[str], list[str]]:
    """The words no paper writes ('the paediatrician rota one': 'rota'), and the rest, when the rest
    are rare enough to name one thing by themselves ('paediatrician'; not 'youth' in 'youth justice',
    which many papers write of many things): else no words set aside."""
    words = [w for w in words if w.lower() not in GENERIC_ACTION_WORDS]
    known = [w for w in words if fulltext.used(ctx.db, w)]
    unsaid = [w for w in words if w not in known and not any(k[:4] == w[:4] for k in known)]  # not 'paeds' beside
    # the 'paediatricians' it was read as
    return (unsaid, known) if unsaid and known and fulltext.rare(ctx.db, known) else ([], known)


STRAND_WORDS = {"strand", "strands", "going", "area", "theme", "plan", "point", "workstream", "rated", "rating",
                "nine", "doing", "improvement", "progress"}


def best_strands(rows: list[dict], words: list[str]) -> list[dict]:
    """Rated strands sharing the most words with the question (at least one)."""
    scored = [(sum(re.search(rf"\b{re.escape(w[:5])}", s["name"], re.I) is not None for w in words), s)
              for s in rows if s["rating"]]
    best = max((n for n, _s in scored), default=0)
    enough = best * 2 >= len(words)  # half the words at least: 'principal social worker role' is no strand
    return [s for n, s in scored if n == best] if best and enough else []


WORK_WORDS = ("work", "stuff")  # 'the contact centre work': how an action is called, not words of its text


def before_work(words: list[str], least: int) -> list[str]:
    """The words without a last 'work' or 'stuff' ('the contact centre work'), when more than `least`
    words come with it; else the words as they are."""
    return words[:-1] if len(words) > least and words[-1] in WORK_WORDS else words


def _work_named(ctx: Context, q: Question) -> Question:
    """'the LSCB strengthening work': the one action the words before 'work' name, asked as that action;
    not 'the LAC placement work' (three actions) nor 'the youth work' (a thing of its own)."""
    named_by = [w for w in q.words if w not in STATE_WORDS and w not in ASKING_WORDS]
    if before_work(named_by, 2) == named_by:
        return q
    core = [w for w in named_by[:-1] if w not in GENERIC_ACTION_WORDS]
    rest = [w for w in q.words if w != named_by[-1]]
    one = [r for r in find_actions(ctx, q.text, rest) if holds_all(r["text"], core)]
    return replace(q, words=rest) if len(one) == 1 else q


def answer_status(ctx: Context, q: Question) -> Reply:
    docs = ctx.docs(q.today)
    q = _work_named(ctx, q)
    if not [w for w in q.words if w not in STATE_WORDS and w not in ASKING_WORDS] and not SHORT_ID.search(q.text):
        shown = deadlines.first_short_id(ctx.db, q.today)  # 'where are we at?': of what, it does not say
        return Reply("Which action or plan? Name it by its id or words from its text" + (
            f", e.g. \u201cwhere are we with {shown}?\u201d" if shown else "") + "; for the whole picture, type "
                                                                                 "`summary`.",
            intent="status", private=True)
    words = [w for w in q.words if w not in STRAND_WORDS]
    strands = best_strands(lookup.strands(ctx.db, q.today), words)
    short = [n for n in THEME_NAMES.get(q.theme, []) if len(n) <= 3 and re.search(rf"\b{n}\b", q.raw.lower())] if \
        q.theme else []  # 'the LAC core assessment one': the theme by its initials, spelt out in the words
    named = {w for name in [q.theme, *short] for w in name.split()} if short else set()
    rows = [] if strands and not SHORT_ID.search(q.text) else [  # 'the LAC core assessment one': by its own words
        r for r in find_actions(ctx, q.text, [w for w in q.words if w not in named]
                                if set(q.words) - named - GENERIC_ACTION_WORDS else q.words)
        if not q.theme or r.get("theme") in (q.theme, None, "")]
    asked = [w for group in concepts(q.words) for w in group  # 'pep personal education plan' kept whole
             if len(group) > 1 or (w not in STRAND_WORDS and w not in STATE_WORDS and w not in GENERIC_ACTION_WORDS
                                   and fulltext.used(ctx.db, w))]  # 'reconfig': no paper writes it, no action lacks it
    if not rows and q.person and not strands:  # "nigel's directorate restructure": the work, whoever is named with it
        person = set(re.findall(r"[a-z]+", q.person.lower()))
        rest = [w for w in q.words if w not in person and w not in named]
        asked = [w for w in asked if w not in person]
        rows = find_actions(ctx, q.text, rest) if set(rest) - GENERIC_ACTION_WORDS - STATE_WORDS else []
        rows = rows if len(rows) == 1 else [r for r in rows if asked and holds_all(r["text"], asked)]
        rows = rows if len(rows) == 1 else []  # the one action the rest names, or none
    whole = [r for r in rows if holds_all(r["text"], asked)] if asked else []
    rows = whole if len(rows) > 1 and len(whole) == 1 else rows  # 'the LSCB strengthening rec': the one saying both
    partial = [r["short_id"] for r in rows if not holds_all(r["text"], asked)] + [
        f"the {s['plan']} strand ‘{s['name']}’" for s in strands[:1] if not holds_all(s["name"], asked)]
    if (rows or strands) and asked and not SHORT_ID.search(q.text) and len(partial) == len(rows) + bool(strands):
        said = _latest_said(ctx, q, partly=True)  # 'the principal social worker role': no action has every word;
        if said:  # the papers' own account of it beats actions, or a strand, sharing some of them
            said.notes.insert(0, "Sharing some of the words: " + ", ".join(partial) + ".")
            return said
    if len(rows) == 1:
        notes = tracking.live_notes(ctx.db, rows[0]["key"])
        r = dict(rows[0], unreported=rows[0].get("unreported") and not notes)  # a note is a report of progress
        last = notes[-1] if notes else None
        with_change = f" (with the change to {last['new']})" if last and last["field"] == "status" and \
            last["new"] != r["status"] else ""  # a reason given for a status since replaced, said as such
        latest = [f"Latest note, by {owner_shown(last['user'])} at {last['at'][:16].replace('T', ' ')}{with_change}: "
                  f"{last['note']}"] if last else []
        later = _said_since(ctx, q, r, docs) if r.get("unreported") and not SHORT_ID.search(q.text) else []
        if later:  # 'where's the IP refresh got to': no manager has said, but a later paper has
            latest.append(f"No manager has updated {r['short_id']}; the quotes after it are what a later paper says of "
                          "it.")
        elif r.get("unreported"):
            latest.append(f"Neither the papers nor a manager has reported progress on {r['short_id']}: every action "
                          "is 'not started' until a manager updates it.")
        return Reply(f"{r['short_id']} is {r['status']}:", [action_item(r, docs, as_of=q.today), *later], notes=latest,
                     intent="status")
    if strands:
        s = strands[0]
        text = f"{s['name']} ({s['plan']}): {s['rating']}"
        if s["outstanding"]:
            text += f". Outstanding: {s['outstanding']}"
        return Reply(text, [Item(text, source_of(s, docs))], intent="plan").flatten()
    if rows:
        return Reply(f"{len(rows)} actions match \u2018{' '.join(q.words)}\u2019 — which one?",
                     [action_item(r, docs, as_of=q.today) for r in rows], intent="status")
    said = _latest_said(ctx, q)
    if said:
        return said
    missing = f"I couldn't find an action or strand matching \u2018{' '.join(q.words)}\u2019"
    found = answer_search(ctx, q)
    if found.items:  # what the papers say of the words, none saying every one
        found.lead, found.intent = f"{missing}; the passages that best match it:", "status"
        return found
    return Reply(f"{missing}.", intent="status")


def holds_all(text: str, words: list[str]) -> bool:
    """Every word's concept is in the text, an acronym by its letters or the words that spell it out
    ('pep effectiveness' in 'the effectiveness … of personal education plans')."""
    return mentions(text, words) or len(concepts_in(text, words, None)) == len(concepts(words))


STATE_WORDS = {"opened", "open", "launched", "live", "started", "finished", "completed", "complete", "done", "track",
               "place", "happened", "delivered", "agreed", "ready", "working", "status", "whats", "where", "yet",
               "going", "doing", "hows", "getting", "set", "established", "introduced", "implemented", "approved",
               "sorted", "running", "progress", "progressing", "bedded", "embedded", "news", "movement", "latest",
               "happening", "update", "updates", "position", "signed", "sign", "finalised", "finalized", "closed",
               "rag", "current", "currently", "not", "marked", "stage", "far", "moved", "ever", "worked", "planned",
               "schedule", "actually", "finally"}  # 'roundhay move - any progress', 'any
# movement on X', 'kinship care policy, finalised or not', 'the restructure: current RAG?', 'what stage has it got to'
ASKING_WORDS = {"begun", "underway", "kicked", "off", "yet", "started", "outstanding"}  # how a status is asked, not
# what an action says


def _said_since(ctx: Context, q: Question, action: dict, docs: dict) -> list[Item]:
    """What a paper newer than the action's own says of the words asked (its progress, as the
    papers report it): the newest record's sentences, or none."""
    said = _latest_said(ctx, q, partly=True)
    since = (docs.get(action.get("doc_id")) or {}).get("date") or ""
    return [i for i in said.items if i.source and (i.source.date or "") > since] if said and since else []


def _latest_said(ctx: Context, q: Question, partly: bool = False) -> Reply | None:
    """Not an action or strand Clerk tracks ('has the myplace hub opened?', 'is Frameworki
    live?'): what the newest record mentioning it says, quoted and dated, never a guess. A
    sentence saying the state asked ('… is now live') comes first; under a heading that names
    it ('Transformation Programme'), a section's sentences are about it."""
    words = [w for w in q.words if w not in STATE_WORDS and w not in GENERIC_ACTION_WORDS and not (
        w in ("over", "line") and re.search(r"\bover the line\b", q.text))]  # 'did it get over the line'
    unused = {g[0] for g in concepts(words) if len(g) == 1 and " " not in g[0] and not fulltext.used(ctx.db, g[0])}
    words = [w for w in words if w not in unused] or words  # 'roundhay rd': no paper writes 'rd'
    if not words:
        return None
    docs = ctx.docs(q.today)
    state = [w for w in re.findall(r"[a-z]+", q.text) if w in STATE_WORDS - {"status", "whats", "where", "yet"}]
    found, doc_rank = [], {}
    asked = len(concepts(words))

    def holds(text: str) -> bool:  # every concept, however put ('IT system': 'computer systems')
        return len(concepts_in(text, words, None)) == asked
    for passage in fulltext.passages_holding(ctx.db, concept_terms(words), q.today, limit=10, docs=q.scope):
        day = (docs.get(passage["doc_id"]) or {}).get("date") or ""
        rank = doc_rank.setdefault(passage["doc_id"], len(doc_rank))
        headed = holds(passage["heading"] or "")
        sentences = sentences_and_items(passage["text"])
        for n, sentence in enumerate(sentences):
            said = holds(sentence)
            if said and n and ANAPHOR.match(sentence):  # 'These include: …' with what 'these' are
                sentence = f"{sentences[n - 1]} {sentence}"
            if headed or said:  # best: the state asked, the words in the sentence, the document, its order
                found.append(((day, mentions(sentence, state, every=False), said, -rank, -passage["seq"], -n),
                              passage, sentence))
    if not found:
        return None
    newest = max(key[0] for key, _p, _s in found)
    latest, seen = [], set()
    for key, p, text in sorted(found, key=lambda f: f[0], reverse=True):
        if key[0] == newest and text not in seen and len(latest) < 2:
            seen.add(text)
            latest.append((p, text))
    when = f" ({format_date(date.fromisoformat(newest))})" if newest else ""
    asked = f"\u2018{' '.join(words)}\u2019"
    lead = (f"No action or plan strand matches every word of {asked}; the newest record that mentions it{when} says:"
            if partly else f"Clerk doesn't track {asked} as an action; the newest record that mentions it{when} says:")
    return Reply(lead, [Item(f"\u201c{text}\u201d", source_of(p, docs)) for p, text in latest],
                 notes=["Nothing newer is recorded."], intent="status")



STATUS_ASKED = [(status, re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                                   + r")\b")) for status, words in STATUS_SYNONYMS.items()]
NOT_STATUS_WORDS = {"overdue", "late", "behind", "new", "open", "met", "active", "started", "closed"}
OVERDUE_WORDS = {"overdue", "late", "behind"}  # never a status asked of a list: overdue is its own question
EITHER = re.compile(r"^(?=.*(?:\b(?:or|and)\b|[,/&+]))(?:\W*\b[\w']+\b){0,7}\W*$")  # between two statuses asked
# together: a joining word among a few ('what's done so far and what's in progress', 'the at risk actions and the')


def asked_status(text: str) -> str | None:
    """The status a question names ('what's at risk?', 'anything completed?'): one said in brackets
    first ('flagged as slipping (delayed)'), then the longest words."""
    found = _statuses_said(text, NOT_STATUS_WORDS) or _statuses_said(text, OVERDUE_WORDS)  # 'recs we've closed'
    return min(found)[3] if found else None


def _statuses_said(text: str, unless: set[str]) -> list[tuple]:
    found = []
    brackets = [m.span() for m in re.finditer(r"\([^()]*\)", text)]
    for status, pattern in STATUS_ASKED:
        for m in pattern.finditer(text):
            if m[0] not in unless:
                found.append((not any(a < m.start() < b for a, b in brackets), -len(m[0]), m.start(), status, m.end()))
    return found


def either_status(text: str) -> list[str]:
    """Statuses asked together, as typed ('anything slipping / marked delayed?', 'in progress, at
    risk or delayed', "what's in progress and what's at risk"): each, when every two are joined;
    else none."""
    said = sorted(_statuses_said(text, NOT_STATUS_WORDS), key=lambda f: f[2])
    joined = all(EITHER.match(text[a[4]:b[2]]) for a, b in zip(said, said[1:], strict=False))
    statuses = list(dict.fromkeys(s[3] for s in said))
    return statuses if len(statuses) > 1 and joined else []


def answer_status_list(ctx: Context, q: Question) -> Reply:
    statuses = [asked_status(q.raw.lower())] if "(" in q.raw else either_status(q.raw.lower())  # brackets as typed:
    # the text loses them
    statuses = [s for s in statuses if s] or [s for s in [asked_status(q.text)] if s]
    if not statuses:
        return answer_status(ctx, q)
    found = [deadlines.select_actions(ctx.db, q.today, theme=q.theme, status=s, themes=q.themes) for s in statuses]
    rows = sorted((r for rs, _n in found for r in rs), key=lambda r: (r["due"] is None, r["due"] or "", r["key"]))
    total = sum(n for _rs, n in found)
    status = " or ".join([", ".join(statuses[:-1]), statuses[-1]] if len(statuses) > 2 else statuses)
    docs = ctx.docs(q.today)
    what = f"{q.theme or ' and '.join(q.themes)} actions" if q.theme or q.themes else "actions"
    if not rows:
        return Reply(f"{none_of(what)} are {status} as of {format_date(q.today)}.", intent="status_list")
    one = total == 1
    return Reply(f"{deadlines.count_text(total)} {what[:-1] if one else what} {'is' if one else 'are'} {status}:",
                 [action_item(r, docs, as_of=q.today) for r in rows], intent="status_list", total=total)
