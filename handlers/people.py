"""Who chairs, who sits on a body, who a person is, who holds a role."""

from __future__ import annotations

import re
from collections.abc import Callable

from store import lookup
from store.dates import format_date
from store.vocab import ACRONYMS, STOPWORDS

from .cache import remembered
from .minutes import asked_span
from .question import Context, Question
from .reply import Item, Reply, source_of
from .search import answer_search, sentences_about, where_named

ROLE_WORDS = {"chair", "director", "lead", "member", "chief", "exec", "executive", "minister", "commander", "leader",
              "officer", "head", "manager", "inspector", "dcs", "councillor", "cabinet", "secretary", "clerk",
              "deputy", "interim", "assistant", "strategic", "independent", "portfolio", "mayor", "worker"}
DOING_WORDS = {"provides", "gives", "offers", "handles", "deals", "looks", "takes", "does"}  # 'who provides X?': X
ROLE_ORDER = {"chair": 0, "member": 1, "attendee": 2, "signatory": 3, "author": 4}


def body_people(ctx: Context, body_id: int, today) -> list[dict]:
    """The people recorded for a body, kept until the records change."""
    return remembered(ctx, "people", today, lambda: lookup.people(ctx.db, today, body_id=body_id), body_id)


def outlook_facts(ctx: Context, body_id: int, today) -> list[dict]:
    return remembered(ctx, "facts", today, lambda: lookup.body_facts(ctx.db, body_id, today), body_id)


VICE = re.compile(r"\b(?:vice|deputy)[- ]?chair", re.I)


def _chairs(ctx: Context, body_id: int, q: Question, relation: str = "chair",
            span: tuple | None = None) -> list[Item]:
    """The body's chair (or vice-chair) as the newest papers that name one record it; `span`:
    at the meeting(s) of those days."""
    docs = ctx.docs(q.today)
    named = [p for p in body_people(ctx, body_id, q.today) if p["relation"] == relation]
    if span:  # every record, not only the newest of each person's; a chair elected for the day comes first
        named = sorted((p for p in lookup.people(ctx.db, q.today, body_id=body_id, every=True)
                        if p["relation"] in (relation, f"meeting {relation}")
                        and span[0].isoformat() <= (p["doc_date"] or "") <= span[1].isoformat()),
                       key=lambda p: not p["relation"].startswith("meeting"))
    newest = max((p["doc_date"] or "" for p in named), default="")
    items, seen = [], set()
    for p in named:
        if (p["doc_date"] or "") == newest and p["name"] not in seen:
            seen.add(p["name"])
            items.append(Item(p["name"], source_of(p, docs)))
    if relation != "chair":
        return items
    for f in outlook_facts(ctx, body_id, q.today):
        if f["chair"] and f["chair"] not in seen and not items:
            seen.add(f["chair"])
            items.append(Item(f["chair"], source_of(f, docs)))
    return items


def answer_chair(ctx: Context, q: Question) -> Reply:
    if not q.body:
        return answer_role(ctx, q)
    relation = "vice-chair" if VICE.search(q.raw) else "chair"
    also = [f"Also matched: {', '.join(q.other_bodies)}."] if q.other_bodies else []
    span = asked_span(q) if re.search(r"\bchaired\b|\bmeeting\b", q.text) else None
    if span:  # 'who chaired the 9 jan council meeting?': that meeting's chair
        at = _chairs(ctx, q.body.id, q, relation, span)
        on = f"of {format_date(span[0])}" if span[0] == span[1] else f"in {format_date(span[0], 'month')}"
        if at:
            names = " and ".join(dict.fromkeys(i.text for i in at))
            lead = f"The {q.body.name} meeting {on} was chaired by {names}."
            return Reply(lead, at, notes=also, intent="chair").flatten()
        also.insert(0, f"I have no record of who chaired the {q.body.name} meeting {on}.")
    chairs = _chairs(ctx, q.body.id, q, relation)
    if not chairs:
        return Reply(f"I don't have a {relation} recorded for the {q.body.name}.", notes=also, intent="chair")
    names = " and ".join(dict.fromkeys(i.text for i in chairs))
    lead = (f"The {q.body.name}'s vice-chair is {names}." if relation == "vice-chair"
            else f"The {q.body.name} is chaired by {names}.")
    return Reply(lead, chairs, notes=also, intent="chair").flatten()


MEMBER_WORDS = {"sits", "sit", "sitting", "serves", "serve", "members", "member", "membership", "on", "board",
                "committee", "group", "panel", "attends", "attendees", "represented", "which", "who", "officer",
                "officers", "rep", "reps", "representative"}


ATTENDED = re.compile(r"\battend\w*|\bpresent\b|\bwere at\b|\bwas at\b|\b(?:was|were|did) .{1,40}\bat the\b")
PRESENT = ("chair", "vice-chair", "member", "attendee")


def answer_attendance(ctx: Context, q: Question, span: tuple) -> Reply:
    """Who was at the body's meeting on the day (or in the month) asked, from its minutes'
    PRESENT and IN ATTENDANCE lines; 'was Mr X at…' answered yes or no."""
    rows = [p for p in lookup.people(ctx.db, q.today, body_id=q.body.id, every=True)
            if span[0].isoformat() <= (p["doc_date"] or "") <= span[1].isoformat()]
    on = f"of {format_date(span[0])}" if span[0] == span[1] else f"in {format_date(span[0], 'month')}"
    present = [p for p in rows if p["relation"] in PRESENT]
    if not present:
        return Reply(f"I have no record of who attended the {q.body.name} meeting {on}.", intent="members")
    docs = ctx.docs(q.today)
    who = re.search(r"\b(?:mr|mrs|ms|miss|dr|sir|cllr|councillor)\.? ([a-z][a-z'-]+)\b", q.text)
    if who:
        found = [p for p in present if re.search(rf"\b{re.escape(who[1])}\b", p["name"].lower())]
        said = [p["sentence"] for p in rows if p["relation"] == "apologies"] + [
            m["text"] for m in lookup.minute_items(ctx.db, q.today, q.body.id)
            if re.match(r"apolog", m["title"], re.I) and span[0].isoformat() <= (m["meeting"] or "")
            <= span[1].isoformat()]
        away = [text for text in said if re.search(rf"\b{re.escape(who[1])}\b", (text or "").lower())]
        lead = (f"Yes: {found[0]['name']} is recorded at the {q.body.name} meeting {on}." if found else
                f"No: {who[0].title()} is not among those recorded at the {q.body.name} meeting {on}"
                + (" (apologies were given)." if away else "."))
        row = found[0] if found else present[0]
        return Reply(lead, [Item(lead, source_of(row, docs))], intent="members").flatten()
    officers = re.search(r"\bofficers?\b|\bstaff\b|\bin attendance\b", q.text)
    chosen = [p for p in present if p["relation"] == "attendee"] if officers else present
    names = list(dict.fromkeys(p["name"] + (f" ({p['role']})" if p["role"] else "") for p in chosen))
    what = "officers in attendance" if officers else "people recorded as present"
    lead = f"{len(names)} {what} at the {q.body.name} meeting {on}:"
    return Reply(lead, [Item(n, source_of(chosen[0], docs)) for n in names], intent="members")


def answer_members(ctx: Context, q: Question) -> Reply:
    if not q.body:
        if q.person:
            return answer_person(ctx, q)
        named = [w for w in q.words if w not in MEMBER_WORDS]
        described = _membership_described(ctx, q, named, lambda s: all(
            re.search(rf"\b{re.escape(w[:max(4, len(w) - 2)])}", s, re.I) for w in named)) if named else []
        if described:  # 'who sits on the area children leeds partnerships': the papers say who will
            return Reply(f"I have no membership list for \u2018{' '.join(named)}\u2019; the records describe who it "
                         "brings together:", [Item(f"\u201c{text}\u201d", source_of(passage, ctx.docs(q.today)))
                                              for passage, text in described], intent="members")
        if named:  # 'who sits on the governance working party': a group with no membership list
            return where_named(ctx, q, named, "membership list for a board or committee", "members")
        return Reply("Which board or committee? e.g. \"who sits on the improvement board?\"", intent="members")
    span = asked_span(q) if ATTENDED.search(q.text) else None
    if span:  # 'who attended cabinet on 9 January?'
        return answer_attendance(ctx, q, span)
    docs = ctx.docs(q.today)
    rows = sorted(body_people(ctx, q.body.id, q.today),
                  key=lambda p: ROLE_ORDER.get(p["relation"], 9))
    grouped: dict[str, dict] = {}
    for p in rows:
        if p["relation"] in ("author",):
            continue
        g = grouped.setdefault(p["name"], {"roles": [], "relation": p["relation"], "row": p})
        if p["role"] and p["role"] not in g["roles"]:
            g["roles"].append(p["role"])
    if not grouped:
        names = sorted(q.body.names, key=len)
        described = _membership_described(ctx, q, re.findall(r"[a-z]+", names[0].lower()),
                                          lambda s: any(n.lower() in s.lower() for n in names))
        if described:
            lead = f"I don't have a membership list for the {q.body.name}; the records describe who it brings together:"
            return Reply(lead, [Item(f"\u201c{text}\u201d", source_of(passage, docs)) for passage, text in described],
                         intent="members")
        return Reply(f"I don't have a membership list for the {q.body.name}.", intent="members")
    body_words = {w for n in q.body.names for w in re.findall(r"[a-z]+", n.lower())}
    wanted = [_stem(w) for w in q.words if w not in body_words and w not in MEMBER_WORDS and len(w) > 2]
    if wanted:  # 'which police officer sits on the board?', 'is the NHS on it?'
        chosen = {n: g for n, g in grouped.items() if any(s in f"{n} {' '.join(g['roles'])}".lower() for s in wanted)}
        if chosen:
            items = [_member_item(n, g, docs) for n, g in chosen.items()]
            asked = " ".join(w for w in q.words if w not in body_words and w not in MEMBER_WORDS)
            return Reply(f"{len(items)} of the {q.body.name}'s members match \u2018{asked}\u2019:",
                         items, intent="members")
    items = [_member_item(name, g, docs) for name, g in grouped.items()]
    members = sum(1 for g in grouped.values() if g["relation"] in ("member", "chair"))
    return Reply(f"The {q.body.name} has {members} members and {len(grouped) - members} other "
                 "named attendees:" if len(grouped) > members else
                 f"The {q.body.name} has {members} members:", items, intent="members")


MAKE_UP = re.compile(r"\b(?:includes?|comprises?|comprising|is made up of|consists? of|brings together|"
                     r"membership|representatives?|represented|(?:will )?(?:sit|sits|serve|serves) on)\b", re.I)


def _membership_described(ctx: Context, q: Question, words: list[str],
                          names_it: Callable[[str], bool]) -> list[tuple[dict, str]]:
    """Sentences naming the body (`names_it`) and saying who it brings together ('The
    Transformation Board includes senior representatives from … health, the police and schools')."""
    return sentences_about(ctx, words, q.today, lambda sentence: bool(names_it(sentence) and MAKE_UP.search(sentence)),
                           limit=8)[:3]


def _member_item(name: str, g: dict, docs) -> Item:
    label = {"attendee": " (attends)", "chair": ""}.get(g["relation"], "")
    roles = ", ".join(g["roles"])
    return Item(f"{name}{label}" + (f" — {roles}" if roles else ""), source_of(g["row"], docs))


def answer_person(ctx: Context, q: Question) -> Reply:
    if not q.person:
        return answer_role(ctx, q)
    docs = ctx.docs(q.today)
    rows = lookup.people(ctx.db, q.today, name=q.person)
    if not rows:
        return Reply(f"I have nothing on {q.person} in records dated up to "
                     f"{q.today:%d %B %Y}.", intent="person")
    items, seen = [], set()
    for p in rows:
        role = p["role"] or p["relation"]
        text = role + (f", {p['body']}" if p["body"] and p["body"] not in role else "")
        if text not in seen:
            seen.add(text)
            items.append(Item(text, source_of(p, docs)))
    return Reply(f"{q.person}:", items, intent="person")


def _stem(word: str) -> str:
    return word[:max(4, len(word) - 2)].lower()


def answer_role(ctx: Context, q: Question) -> Reply:
    """'Who is the lead member for children's services?', 'who is the independent chair?':
    people whose recorded role carries every word asked, newest record first; for a chair,
    else the body the records attach that role to, and its chair."""
    wants_chair = bool(re.search(r"\bchair", q.text))
    words = [w for w in q.words if w not in ("chair", "chairs") and w not in DOING_WORDS and w not in _naming(q.body)]
    docs = ctx.docs(q.today)
    people = sorted(lookup.people(ctx.db, q.today), key=lambda p: p["doc_date"] or "", reverse=True)
    stems = [_stem(w) for w in words] + (["chair"] if wants_chair else [])
    short = [w for w in words if w in SPELT_OUT]  # 'dcs' arrives with 'director children services'
    spelt = {_stem(x) for w in short for x in re.findall(r"[a-z]+", SPELT_OUT[w].lower()) if x not in STOPWORDS}
    hits: dict[str, dict] = {}
    for p in people:
        role = (p["role"] or "").lower()
        long_form = all(s in role for s in stems if s not in map(_stem, short))
        initials = any(re.search(rf"\b{w}\b", role) for w in short) and all(
            s in role for s in stems if s not in spelt and s not in map(_stem, short))
        if stems and role and (long_form or initials):
            hits.setdefault(p["name"], p)
    newer = _unqualified(people, words, hits)
    if newer:  # 'the council chief exec': a newer paper of the council's own names just 'Chief Executive'
        hits = {newer["name"]: newer, **{k: v for k, v in hits.items() if k != newer["name"]}}
    phrase = " ".join(words) + (" chair" if wants_chair else "")
    if hits:
        first, *others = hits.values()
        notes = [f"Also recorded: {o['name']} — {_role_shown(o['role'])}." for o in others[:3]]
        return Reply(f"{first['name']} — {_role_shown(first['role'])}.", [Item(first["name"], source_of(first, docs))],
                     notes=notes, intent="role").flatten()
    if wants_chair and words:
        found = _chair_named_in_text(ctx, q, words, docs)
        if found:
            return found
    intent = "role" if ROLE_WORDS & set(words) or not words else "person"
    mentioned = answer_search(ctx, q) if words else None
    if mentioned and mentioned.intent == "search" and mentioned.items:
        mentioned.lead = (f"I have no {phrase} recorded as a member, officer or role holder, but the records "
                          "mention them here:")
        mentioned.intent = intent
        return mentioned
    return Reply(f"I couldn't find who the {phrase or 'person you mean'} is in records dated up to "
                 f"{q.today:%d %B %Y}.",
                 notes=["Try \"who chairs the <body>?\" or \"who sits on the <body>?\"."], intent=intent)


def _naming(body) -> set[str]:
    """The words and initials a question uses to name a body ('ib', 'improvement', 'board')."""
    if not body:
        return set()
    words = [re.findall(r"[a-z]+", n.lower()) for n in body.names]
    return {w for ws in words for w in ws} | {"".join(w[0] for w in ws if w not in STOPWORDS) for ws in words}


SPELT_OUT = {short.lower(): long for short, long in ACRONYMS.items()}
def _role_shown(role: str) -> str:
    """'DCS (Director of Children's Services)': a role written as initials, spelt out."""
    return f"{role} ({ACRONYMS[role]})" if role in ACRONYMS else role


OWN_ORGANISATION = {"council", "authority", "local", "city", "county", "borough", "our", "the"}


def _unqualified(people: list[dict], words: list[str], hits: dict[str, dict]) -> dict | None:
    """The newest person whose role is the one asked without the organisation ('Chief Executive'
    for 'council chief exec'), when newer than every full match: in a council's own papers an
    unqualified role is the council's. Roles qualified by another body never count."""
    role_words = [w for w in words if w not in OWN_ORGANISATION]
    if not hits or len(role_words) == len(words) or not role_words:
        return None
    newest = max((p["doc_date"] or "" for p in hits.values()), default="")
    stems = [_stem(w) for w in role_words]
    for p in people:  # newest first
        if (p["doc_date"] or "") <= newest:
            return None
        role = [w for w in re.findall(r"[a-z]+", (p["role"] or "").lower()) if w not in ("of", "the")]
        if role and all(any(w.startswith(s) or s.startswith(_stem(w)) for s in stems) for w in role) \
                and all(s in (p["role"] or "").lower() for s in stems if len(s) > 3):
            return p
    return None


def _chair_named_in_text(ctx: Context, q: Question, words: list[str], docs) -> Reply | None:
    """'The Independent Chair of the Improvement Board…' names the body; its chair answers."""
    phrase = " ".join(words)
    for passage in lookup.search_passages(ctx.db, words + ["chair"], q.today, limit=10):
        m = re.search(rf"\b{re.escape(phrase)}\s+chair\s+(?:of|for)\s+(?:the\s+)?([A-Z][\w' ]+)",
                      passage["text"], re.I)
        if not m:
            continue
        for body in lookup.bodies(ctx.db):
            if any(n.lower() in m[1].lower() for n in body["names"]):
                chairs = _chairs(ctx, body["id"], q)
                if chairs:
                    return Reply(f"The {phrase} chair of the {body['name']} is {chairs[0].text}.",
                                 [Item(chairs[0].text, source_of(passage, docs)), chairs[0]],
                                 intent="person").flatten()
    return None
