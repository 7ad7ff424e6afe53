"""Who sits on a board or committee, and who attended one of its meetings; for a group with
no membership list, the sentences saying who it brings together."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from store import lookup
from store.dates import format_date
from store.text import initials

from .concepts import concepts, concepts_in
from .days import asked_span, body_met_on
from .people import ROLE_ORDER, answer_person, body_people
from .question import Context, Question
from .reply import Item, Reply, source_of
from .search import sentences_about, where_named

MEMBER_WORDS = {"sits", "sit", "sitting", "serves", "serve", "members", "member", "membership", "on", "board",
                "committee", "group", "panel", "attends", "attendees", "represented", "which", "who", "officer",
                "officers", "rep", "reps", "representative", "everyone", "everybody", "full", "list", "represents",
                "represent", "them", "all", "whole", "else", "apart", "besides", "except", "excluding", "other",
                "than", "number", "many", "councillors", "councillor", "cllrs", "elected", "each", "one", "actually",
                "exactly", "people", "comes", "come", "along", "formal", "proper", "voting", "attend", "attending",
                "but", "not", "aren't", "isn't", "turn", "turns", "up", "go", "goes"}  # 'ACLPs: number of councillors
# on each one?', 'who comes to the IB but aren't formal members'


ONLY_ATTENDING = re.compile(r"\b(?:not|aren'?t|isn'?t|are not|is not|never|without being) (?:a |the |its )?"
                            r"(?:formal |full |proper |voting |actual |official )?members?\b(?! of\b)|"
                            r"^(?!.*\bmembers?\b).*\battendees?\b")  # 'who attends the IB but isn't a
# member', 'IB attendees'
KINDS_OF_SEAT = {"member", "members", "attendee", "attendees", "chair", "chairs", "officer", "officers", "staff",
                 "councillor", "councillors"}
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


def _word_forms(word: str) -> re.Pattern:
    """A word with the endings its forms add ('councillor' for 'councillors', 'police' for 'Police'),
    not a shorter word that begins alike ('police' is not 'Policy')."""
    base = word[:-1] if word.endswith("s") and len(word) > 3 else word
    return re.compile(rf"\b{re.escape(base)}\w{{0,3}}\b", re.I)


WHOLE_LIST = re.compile(r"\b(?:full|whole|entire|complete)\b.{0,30}\b(?:list|membership|members|line-?up)\b.*"
                        r"\b(?:incl|including|inc)\b")  # 'full IB membership list incl police + college'; never
# 'complete list of IB members from the NHS' or 'anyone from the police on it, including observers?'


def answer_members(ctx: Context, q: Question) -> Reply:
    if not q.body and ATTENDED.search(q.text):  # 'who was at the extraordinary meeting on 9 jan?'
        q = replace(q, body=body_met_on(ctx, q))
    if not q.body:
        if q.person:
            return answer_person(ctx, q)
        named = [w for w in q.words if w not in MEMBER_WORDS]
        described = _membership_described(ctx, q, named, lambda s: len(concepts_in(s, named, None)) == len(
            concepts(named))) if named else []  # 'ACLPs' or the words spelling it out
        if described:  # 'who sits on the area children leeds partnerships': the papers say who will
            return Reply(f"I have no membership list for \u2018{' '.join(named)}\u2019; the records describe who it "
                         "brings together:", [Item(f"\u201c{text}\u201d", source_of(passage, ctx.docs(q.today)))
                                              for passage, text in described], intent="members")
        if named:  # 'who sits on the governance working party': a group with no membership list
            own = [w for w in q.words if w not in MEMBER_WORDS or w in ("board", "committee", "group", "panel")]
            return where_named(ctx, q, own, "membership list for a board or committee", "members")  # 'the LSCB':
            # its letters, or its name whole
        return Reply("Which board or committee? e.g. \"who sits on the improvement board?\"", intent="members")
    span = asked_span(q, ctx=ctx) if ATTENDED.search(q.text) else None
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
    letters = {initials(n) for n in q.body.names} & set(q.words)  # named by its initials ('the IB'), its other
    body_words = letters or {w for n in q.body.names for w in re.findall(r"[a-z]+", n.lower())}  # words are asked
    # ('bill's board' arrives without its chair's name: bot.understand takes it out)
    besides = re.search(r"\b(?:apart from|besides|except(?: for)?|other than|excluding|not counting) (.+?)\s*"
                        r"(?:[?.!;]|$)", q.raw.lower().replace("\u2019", "'"))  # 'who else is on the IB apart from bill
    parts = [re.sub(r"^(?:the|our)\s+", "", p).split() for p in re.split(r"\s*(?:,|\band\b|&)\s*", besides[1])] \
        if besides else []  # and judith', 'besides penny thompson and james holden', 'other than the chief executives'
    left_out = {w for p in parts for w in p if not set(p) <= KINDS_OF_SEAT}
    grouped = {n: g for n, g in grouped.items() if not any(p and not set(p) <= KINDS_OF_SEAT and all(
        any(x.startswith(w.rstrip("s")) for x in re.findall(r"[a-z]+", f"{n} {' '.join(g['roles'])}".lower()))
        for w in p) for p in parts)}  # a person named, or a post held ('the chief executives'), left out
    seats = {w for p in parts if set(p) <= KINDS_OF_SEAT for w in p}  # 'apart from the chair', '… the attendees'
    grouped = {n: g for n, g in grouped.items() if not (
        (g["relation"] == "chair" and seats & {"chair", "chairs"}) or
        (g["relation"] in ("member", "chair") and seats & {"member", "members"}) or
        (g["relation"] not in ("member", "chair") and seats & {"attendee", "attendees", "officer", "officers"}))}
    said = q.raw.lower().replace("\u2019", "'")
    if ONLY_ATTENDING.search(said) and not re.search(r"\b(?:and|plus|with) (?:the |its )?members\b|\bmembers (?:too|"
                                                     r"as well)\b", said) and any(
            g["relation"] not in ("member", "chair") for g in grouped.values()):  # 'officers who come to the IB but
        grouped = {n: g for n, g in grouped.items() if g["relation"] not in ("member", "chair")}  # aren't members'
    body_words |= left_out | seats
    asked_words = [w for w in q.words if w not in body_words and w not in MEMBER_WORDS and len(w) > 2]
    asked_words = [w for w in asked_words if not any(o != w and o.startswith(w) for o in asked_words)]  # 'exec'
    wanted = [_word_forms(w) for w in asked_words]  # is 'executive' once
    if WHOLE_LIST.search(q.text) and not left_out:
        wanted = []  # 'full IB membership list incl police + college': every member, the words only say who is in it
    if wanted:  # 'which police officer sits on the board?', 'is the NHS on it?': those matching most of the words
        own_names = re.compile("|".join(re.escape(n) for n in sorted(q.body.names, key=len, reverse=True)), re.I)
        score = {n: sum(bool(form.search(own_names.sub(" ", f"{n} {' '.join(g['roles'])}"))) for form in wanted)
                 for n, g in grouped.items()}  # not the body's own name in a role ('Chair of the … Board')
        chosen = {n: g for n, g in grouped.items() if score[n] and score[n] == max(score.values())}
        if chosen:
            items = [_member_item(n, g, docs) for n, g in chosen.items()]
            asked = " ".join(w for w in q.words if w not in body_words and w not in MEMBER_WORDS)
            who = "members" if all(g["relation"] in ("member", "chair") for g in chosen.values()) else \
                "members and attendees"  # 'james holden - member or attendee?': not a member
            return Reply(f"{len(items)} of the {q.body.name}'s {who} match \u2018{asked}\u2019:",
                         items, intent="members")
        if left_out:  # 'which police reps are on the IB apart from gerry?': none other
            named = ", ".join(" ".join(p) for p in parts if not set(p) <= KINDS_OF_SEAT)
            return Reply(f"No other member of the {q.body.name} matches \u2018{' '.join(asked_words)}\u2019 (leaving "
                         f"out \u2018{named}\u2019).", intent="members")
    items = [_member_item(name, g, docs) for name, g in grouped.items()]
    members = sum(1 for g in grouped.values() if g["relation"] in ("member", "chair"))
    lead = (f"The {q.body.name} has {members} members and {len(grouped) - members} other named attendees:"
            if len(grouped) > members else f"The {q.body.name} has {members} members:")
    if grouped and not members:  # 'who else goes to the IB apart from the members?'
        lead = f"Besides its members, the {q.body.name} has {len(grouped)} named attendees:"
    if left_out:  # 'who else is on the IB apart from bill'
        named = ", ".join(" ".join(p) for p in parts if not set(p) <= KINDS_OF_SEAT)
        lead = f"Besides \u2018{named}\u2019, t{lead[1:]}"
    return Reply(lead, items, intent="members")


MAKE_UP = re.compile(r"\b(?:includes?|including|comprises?|comprising|is made up of|consists? of|brings together|"
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
