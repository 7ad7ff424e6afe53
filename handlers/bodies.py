"""What a board or committee is: its purpose, chair, rhythm, and its last and next meetings."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from store import lookup
from store.dates import format_date

from .outlook import next_meeting, outlook
from .question import BodyRef, Context, Question
from .reply import Item, Reply, plural, source_of
from .search import where_named

ASKED_OF_A_BODY = {"purpose", "role", "job", "remit", "function", "exactly", "point", "aim", "aims", "play", "playing",
                   "part", "explain", "thing", "things", "like", "new", "type", "kind", "sort"}  # 'purpose of
# an area CLP': what is asked, not the group's name


DIFFERENCE = re.compile(r"\bdiffer(?:s|ence|ent)?\b|\bdistinguish\w*\b|\bdiffs?\s*[?!.]*$")  # two bodies side by side


def _side_by_side(ctx: Context, q: Question) -> Reply:
    """What the records say of each body asked of, one after another, so the difference shows."""
    by_name = {b["name"]: b for b in lookup.bodies(ctx.db)}
    bodies = [q.body, *(BodyRef(by_name[n]["id"], n, [n]) for n in q.other_bodies if n in by_name)]
    items = []
    for body in bodies:
        each = answer_about_body(ctx, replace(q, body=body, other_bodies=[], text=""))
        items += [Item(f"{body.name} — {item.text}", item.source) for item in each.items
                  if not item.text.endswith("?\"")]  # not the hint to ask who sits on each
    names = " and the ".join(b.name for b in bodies)
    return Reply(f"The {names}, side by side:", items, intent="about_body")


def answer_about_body(ctx: Context, q: Question) -> Reply:
    if q.body and q.other_bodies and DIFFERENCE.search(q.text):  # 'the CTB vs the ISCB - difference?': each
        return _side_by_side(ctx, q)
    body = q.body
    if not body:  # a group the papers describe but Clerk holds no meetings or facts of
        words = [w for w in q.words if w not in ASKED_OF_A_BODY] or q.words
        found = where_named(ctx, q, words, "board or committee", "about_body")
        setting = re.match(r"(.+?)\s+(?:in|within|under|as part of|across)\s+(?:the|our|a|an|this)\b", q.text)
        named = [w for w in words if setting and re.search(rf"\b{re.escape(w)}\b", setting[1])]
        if not found.items and 0 < len(named) < len(words):  # 'an area CLP in the new locality model': the group,
            return where_named(ctx, q, named, "board or committee", "about_body")  # then where it sits
        return found
    docs = ctx.docs(q.today)
    facts = lookup.body_facts(ctx.db, body.id, q.today)
    view = outlook(ctx, body.id, body.name, q.today)
    items = []
    purpose = next((f for f in facts if f["purpose"]), None)
    if purpose:
        items.append(Item(f"Purpose: {purpose['purpose']}", source_of(purpose, docs)))
    else:  # no stated purpose: the sentence that introduces it says what it is for
        named = next((f for f in facts if f["sentence"] and any(n.lower() in f["sentence"].lower()
                                                                for n in body.names)), None)
        if named:
            items.append(Item(f"In the records: \u201c{named['sentence']}\u201d", source_of(named, docs)))
    chair = next((f for f in facts if f["chair"]), None)
    if chair:
        items.append(Item(f"Chair: {chair['chair']}", source_of(chair, docs)))
    if view.frequency:
        items.append(Item(f"Meets: {view.frequency.label}", source_of(view.frequency_row, docs)))
    if view.held:
        last = max(view.held, key=lambda r: r["date"])
        items.append(Item(f"Last recorded meeting: {format_date(date.fromisoformat(last['date']), last['precision'])}",
                          source_of(last, docs)))
    nxt = next_meeting(view, q.today)
    if nxt:
        how = "projected" if nxt.kind == "projected" else nxt.kind
        items.append(Item(f"Next meeting: {format_date(nxt.when, nxt.precision)} ({how})", nxt.source(docs)))
    progress = next((f for f in facts if f["progress"]), None)
    if progress:
        items.append(Item(f"Progress: {progress['progress']}", source_of(progress, docs)))
    members = {p["name"] for p in lookup.people(ctx.db, q.today, body_id=body.id) if p["relation"] != "author"}
    if members:
        named = plural(len(members), "named member or attendee", "named members and attendees")
        items.append(Item(f"{named} — ask \"who sits on the {body.name}?\""))
    also = [f"Also matched: {', '.join(q.other_bodies)}."] if q.other_bodies else []
    if not items:
        return Reply(f"The records name the {body.name} but say nothing more about it.", notes=also,
                     intent="about_body")
    return Reply(f"The {body.name}:", items, notes=also, intent="about_body")
