"""Who chairs, who sits on a body, who a person is, who holds a role."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from store import fulltext, lookup
from store.dates import format_date
from store.shapes.people import REVIEWER
from store.text import sentences_and_items
from store.vocab import ACRONYMS, SPELT_OUT, STOPWORDS

from .cache import remembered
from .days import asked_span, body_met_on
from .question import Context, Question
from .reply import Item, Reply, Source, source_of
from .search import answer_search

ROLE_WORDS = {"chair", "director", "lead", "member", "chief", "exec", "executive", "minister", "commander", "leader",
              "officer", "head", "manager", "inspector", "dcs", "councillor", "cabinet", "secretary", "clerk",
              "deputy", "interim", "assistant", "strategic", "independent", "portfolio", "mayor", "worker"}
DOING_WORDS = {"provides", "gives", "offers", "handles", "deals", "looks", "takes", "does",  # 'who provides X?': X
               "name", "names", "held", "holds", "hold", "holding",  # 'DCS in 2011 - name?', 'who held the brief'
               "report", "reports", "reported", "reporting", "wrote", "write", "writes",  # 'which minister did we
               "holder", "holders", "incumbent", "right", "rep", "reps", "representative"}  # report to', 'DCS -
# current holder?', 'DCS right now', 'GOYH rep'
ROLE_ORDER = {"chair": 0, "member": 1, "attendee": 2, "signatory": 3, "author": 4}
CONTACT_LINE = re.compile(r"\b(?:telephone|tel|phone)\b|@[\w.-]+\.(?:gov|org|nhs)\.uk|\breport author\b|"
                          r"\bcontact details\b", re.I)
NUMBER_OR_MAIL = re.compile(r"\b(?:tel|telephone|phone|direct line)\b[:.]?\s*\(?\d[\d ()]{5,}\d|[\w.-]+@[\w.-]+\.\w+",
                            re.I)  # a number only as labelled: '2008 2009 2010' is no phone


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
            holder = role_holder(ctx, f["chair"], q.today)  # 'Council Chief Exec': who held that post then
            shown = f"{f['chair']} ({holder['name']}, {_role_shown(holder['role'])})" if holder else f["chair"]
            items.append(Item(shown, source_of(f, docs)))
    return items


def role_holder(ctx: Context, role: str, today) -> dict | None:
    """The person the newest records name in a post given only by its title ('Interim Director of
    Children's Services', 'Council Chief Exec'), when its words name one post, not a person."""
    words = [w for w in re.findall(r"[a-z]+", role.lower()) if w not in STOPWORDS]
    if not words or not ROLE_WORDS & set(words) or len(words) > 6:
        return None
    stems = [word_stem(w) for w in words]
    people = sorted(lookup.people(ctx.db, today), key=lambda p: p["doc_date"] or "", reverse=True)
    return next((p for p in people if p["role"] and all(s in p["role"].lower() for s in stems)
                 and p["name"].lower() != role.lower()), None)


CHAIR_SAID = re.compile(r"\bchair(?:s|ed|ing|man|person|woman)?\b", re.I)


def _chair_said(ctx: Context, q: Question) -> list[Item]:
    """Up to two sentences that name the body, by any of its names, and its chair."""
    docs = ctx.docs(q.today)
    found: list[Item] = []
    for name in q.body.names:
        words = [w for w in re.findall(r"[a-z]+", name.lower()) if w not in STOPWORDS]
        for p in fulltext.passages_holding(ctx.db, [[w] for w in words] + [["chair", "chaired", "chairs"]], q.today,
                                           limit=5, docs=q.scope):
            for sentence in sentences_and_items(p["text"]):
                if name.lower() in sentence.lower() and CHAIR_SAID.search(sentence) and len(found) < 2 \
                        and all(f"\u201c{sentence}\u201d" != i.text for i in found):
                    found.append(Item(f"\u201c{sentence}\u201d", source_of(p, docs)))
    return found


def _chaired_by(ctx: Context, q: Question) -> Reply:
    """The bodies a person named is recorded chairing, each once by its own name (the records call one
    board 'Improvement Board' and "Children's Services Improvement Board"); who they are, if none."""
    known = {name: body for body in lookup.bodies(ctx.db) for name in body["names"]}
    chaired: dict[str, dict] = {}
    for p in lookup.people(ctx.db, q.today, name=q.person):
        if p["relation"] == "chair" and p["body"]:
            chaired.setdefault(known[p["body"]]["name"] if p["body"] in known else p["body"], p)
    if not chaired:
        return answer_person(ctx, q)
    docs = ctx.docs(q.today)
    return Reply(f"{q.person} chairs the {' and the '.join(chaired)}.",
                 [Item(f"Chair, {name}", source_of(p, docs)) for name, p in chaired.items()], intent="chair")


def answer_chair(ctx: Context, q: Question) -> Reply:
    q = replace(q, body=q.body or body_met_on(ctx, q))  # 'who chaired the extraordinary meeting on 9th jan?'
    if not q.body and q.person:  # 'is bill mccarthy still chair?', 'what does bill mccarthy chair': what they chair
        return _chaired_by(ctx, q)
    if not q.body:
        return answer_role(ctx, q)
    relation = "vice-chair" if VICE.search(q.raw) else "chair"
    also = [f"Also matched: {', '.join(q.other_bodies)}."] if q.other_bodies else []
    span = asked_span(q, ctx=ctx) if re.search(r"\bchaired\b|\bmeeting\b", q.text) else None
    if span:  # 'who chaired the 9 jan council meeting?': that meeting's chair
        at = _chairs(ctx, q.body.id, q, relation, span)
        on = f"of {format_date(span[0])}" if span[0] == span[1] else f"in {format_date(span[0], 'month')}"
        if at:
            names = " and ".join(dict.fromkeys(i.text for i in at))
            lead = f"The {q.body.name} meeting {on} was chaired by {names}."
            return Reply(lead, at, notes=also, intent="chair").flatten()
        also.insert(0, f"I have no record of who chaired the {q.body.name} meeting {on}.")
    chairs = _chairs(ctx, q.body.id, q, relation)
    if not chairs:  # 'who chairs scrutiny?': the board renamed since has none recorded; the one before may
        for other in q.other_bodies:
            body = next((b for b in lookup.bodies(ctx.db) if b["name"] == other), None)
            earlier = _chairs(ctx, body["id"], q, relation) if body else []
            if earlier:
                names = " and ".join(dict.fromkeys(i.text for i in earlier))
                lead = (f"I don't have a {relation} recorded for the {q.body.name}; the {other}'s {relation} "
                        f"is {names}.")
                return Reply(lead, earlier, intent="chair").flatten()
        said = _chair_said(ctx, q)
        if said:  # 'the establishment of an externally chaired Improvement Board': who, or what kind of, chair
            return Reply(f"I don't have a {relation} recorded for the {q.body.name}; the records say:", said,
                         notes=also, intent="chair")
        return Reply(f"I don't have a {relation} recorded for the {q.body.name}.", notes=also, intent="chair")
    names = " and ".join(dict.fromkeys(i.text for i in chairs))
    lead = (f"The {q.body.name}'s vice-chair is {names}." if relation == "vice-chair"
            else f"The {q.body.name} is chaired by {names}.")
    return Reply(lead, chairs, notes=also, intent="chair").flatten()


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
        if p["relation"] == "attendee" and p["body"]:  # 'proper IB member or attendee?'
            text = f"{role} — attends the {p['body']} (listed among its attendees, not its members)"
        source = source_of(p, docs)
        if p["relation"] == "author" and p["role"] and source:  # 'steve walker wrote which paper'
            text += f" — author of the {Source(source.document, source.date, None).cite()}"
            text += "".join(f"; {found}" for found in [printed_contact(ctx, p["doc_id"], q.person)] if found)
        elif p["relation"] in ("officer", REVIEWER) and p.get("sentence"):  # a post or review the prose gives: what
            # else it says
            text += f" — \u201c{p['sentence']}\u201d"
        key = (re.sub(r"s\b", "", text.lower()), p["doc_id"] if p["relation"] == "author" else "")
        if key not in seen:  # 'Director of Children's Service' and '… Services' are one post
            seen.add(key)
            items.append(Item(text, source))
    found = _later_holder(ctx, q, same_post=True) if STILL.search(q.text) else None
    if found and found[2]:  # 'is eleanor brazil still our DCS': who a newer record gives that post to
        later, source = found[2], source_of(found[2], docs)
        when = format_date(date.fromisoformat(source.date if source and source.date else later["doc_date"]))
        lead = (f"Not as far as the records show: a newer record ({when}) names {later['name']} as "
                f"{_role_shown(later['role'])}. {q.person}:")
        return Reply(lead, items + [Item(f"{later['name']} — {_role_shown(later['role'])}", source)], intent="person")
    return Reply(f"{q.person}:", items, intent="person")


def _one_post(differing: set[str]) -> bool:
    """Do two posts differing by these words name one post: by 'interim', or by the council it is of
    ('Chief Executive of Leeds City Council' is the council's 'Chief Executive'; of 'NHS Leeds', another)?"""
    rest = differing - QUALIFIERS
    return not rest or ("council" in differing and len(rest) <= 1)


QUALIFIERS = {"interim", "acting", "temporary", "city", "council", "county", "borough", "metropolitan", "district"}
STILL = re.compile(r"\b(?:still|now|current|currently|nowadays|these days|any more|anymore)\b")


def printed_contact(ctx: Context, doc_id: str, name: str) -> str | None:
    """The telephone number or e-mail a paper prints by a person's name ('Originator: Sandie Keene',
    then 'Tel: 39 50925'): in the passage that names them or one of the next two."""
    passages = fulltext.doc_passages(ctx.db, doc_id)
    at = next((i for i, p in enumerate(passages) if name in f"{p['heading']} {p['text']}"), None)
    if at is None:
        return None
    first = passages[at]["text"] or ""  # from where the name is: the next person's number is not theirs
    texts = [first[first.find(name):] if name in first else first] + [p["text"] or "" for p in passages[at + 1:at + 3]]
    found = [m[0].strip() for text in texts if CONTACT_LINE.search(text) for m in [NUMBER_OR_MAIL.search(text)] if m]
    return found[0] if found else None


def word_stem(word: str) -> str:
    """The start of a word that its other forms share: 'leading' is the 'lead' of 'Leader'."""
    word = word.lower()
    if len(word) > 6 and word.endswith("ing"):
        return word[:-3]
    return word[:max(4, len(word) - 2)]


DONE_BY = re.compile(r"\s*who (?:did|does|led|leads|carried out|conducted|undertook|reviewed|reviews|delivered|"
                     r"commissioned|ran|runs)\b")
BY_NAME = re.compile(r"\bby ((?:(?:Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Cllr|Councillor)\.? )?[A-Z][a-z]+"
                     r"(?: [A-Z][a-z'-]+){1,2})")


def _done_by(q: Question, texts: list[str]) -> str | None:
    """'who did the CAF review': the person a clause about it names ('… reviews of CAF … by Dr
    Mark Peel'), the clause holding most of the question's words."""
    words = [w for w in q.words if not DONE_BY.match(f"who {w}")]
    scored = [(sum(w[:4] in clause.lower() for w in words), m[1]) for text in texts
              for clause in re.split(r"[;:]\s|\.\s", text) for m in [BY_NAME.search(clause)] if m]
    best = max(scored, default=(0, None))
    return best[1] if best[0] else None
WHICH_POST = re.compile(r"\s*(?:which|what) (minister|director|officer|councillor|manager|inspector|commander)\b")
PORTFOLIO = re.compile(r"\b(?:exec|executive|cabinet|lead) member\b|\bportfolio holder\b|\bbrief\b")  # one post,
# five names: 'which councillor held the children's services brief'
PORTFOLIO_WORDS = {"exec", "executive", "cabinet", "lead", "portfolio", "holder", "member", "brief", "councillor",
                   "cllr"}
PORTFOLIO_STEMS = frozenset(word_stem(w) for w in PORTFOLIO_WORDS)


HEAD_VERBS = {"heads", "head", "headed", "runs", "run", "ran", "running", "leads", "lead", "led", "boss", "charge",
              "top", "officer", "senior", "most", "person"}
SUCCEEDED = re.compile(r"\b(?:replaced|replace|succeeded|succeed|successor|took over from|take over from|"
                       r"came after)\b")  # not 'after' alone: 'looked after children'
ASKING_WHO = {"same", "still", "person", "current", "currently", "name", "names", "present", "nowadays",
              "incumbent", "permanent", "substantive", "new"}  # 'current DCS - name?', 'lead member, is it still the
# same person?', 'our new permanent DCS': how a holder is asked
SAME_POST = {"acting": "interim"}  # 'acting director' is how people say the records' 'interim director'


def role_said(p: dict) -> str:
    """A recorded role in lower case, with its letters spelt out ('DCS': director of children's services)."""
    role = (p["role"] or "").lower()
    return f"{role} {SPELT_OUT[role]}" if role in SPELT_OUT else role


def _post_words(p: dict) -> set[str]:
    """The words of a recorded role, its initials spelt out ('DCS': director, children, services)."""
    role = (p["role"] or "").lower()
    return set(re.findall(r"[a-z]{2,}", SPELT_OUT.get(role, role))) - STOPWORDS


def _later_holder(ctx: Context, q: Question, same_post: bool = False) -> tuple[list[str], str, dict | None] | None:
    """The post asked of the person named, the date of the last record giving it to them, and the first
    other holder of it in a newer record; None when no post of theirs holds the words asked. `same_post`:
    only a post held (not a report written for it), and a newer holder of that very post, its words
    differing by no more than 'interim' or the council's own name ('Chief Executive of NHS Leeds' is not
    the council's 'Chief Executive')."""
    named = re.findall(r"[a-z]+", q.person.lower())
    said = [SAME_POST.get(w, w) for w in q.words if w not in named and not SUCCEEDED.fullmatch(w)
            and w not in DOING_WORDS and w not in ASKING_WHO
            and w not in {"who", "as", "the", "took", "take", "over", "came", "from", "our", "now"}]
    post = [w for w in said if not (w in SPELT_OUT and set(re.findall(r"[a-z]{2,}", SPELT_OUT[w])) - STOPWORDS <= {
        word_stem(x) for x in said} | set(said))]  # 'dcs' arrives spelt out beside it: a post recorded either way
    everyone = lookup.people(ctx.db, q.today, every=True)
    theirs = [p for p in everyone if p["name"] == q.person and p["role"]
              and all(re.search(rf"\b{re.escape(word_stem(w))}", role_said(p)) for w in post)
              and not (same_post and p["relation"] == "author")]
    if not theirs:  # no post of theirs holds the words asked: say who they are instead
        return None
    their_words = {w for p in theirs for w in _post_words(p)} | set(said)
    last = max(p["doc_date"] or "" for p in theirs)
    later = sorted((p for p in everyone if p["name"] != q.person and p["role"] and (p["doc_date"] or "") > last
                    and all(re.search(rf"\b{re.escape(word_stem(w))}", role_said(p)) for w in post)  # the same
                    and _post_words(p) <= their_words  # post, not another's chief executive
                    and (not same_post or any(_one_post(_post_words(t) - _post_words(p)) for t in theirs))),
                   key=lambda p: p["doc_date"] or "")
    return post, last, (later[0] if later else None)


def _successor(ctx: Context, q: Question, docs) -> Reply | None:
    """'who replaced paul rogerson as chief exec': the first other holder of that post in a record newer
    than the last that gives it to the person named."""
    found = _later_holder(ctx, q)
    if not found:
        return None
    post, last, p = found
    if not p:
        what = " ".join(post) or "their post"
        return Reply(f"No record after {q.person}'s last ({format_date(date.fromisoformat(last))}) names anyone "
                     f"else as {what}.", intent="role")
    lead = f"{p['name']} — {_role_shown(p['role'])}, in a record after {q.person}'s."
    return Reply(lead, [Item(lead, source_of(p, docs))], intent="role").flatten()


DEPUTY = re.compile(r"\s*(?:assistant|deputy|vice|acting assistant)\b", re.I)
TOP_POST = re.compile(r"\b(?:chief executive|director|head|principal|chair|leader|commander|chief)\b", re.I)


def answer_role(ctx: Context, q: Question) -> Reply:
    """'Who is the lead member for children's services?', 'who is the independent chair?':
    people whose recorded role carries every word asked, newest record first; for a chair,
    else the body the records attach that role to, and its chair."""
    wants_chair = bool(re.search(r"\bchair", q.text))
    docs = ctx.docs(q.today)
    if q.person and SUCCEEDED.search(q.text):
        return _successor(ctx, q, docs) or answer_person(ctx, replace(q, intent="person"))
    as_of = min(q.today, q.window.end) if q.window else q.today  # 'the acting DCS in feb 2010': then
    people = sorted(lookup.people(ctx.db, as_of), key=lambda p: p["doc_date"] or "", reverse=True)
    every = [SAME_POST.get(w, w) for w in q.words if w not in ("chair", "chairs") and w not in DOING_WORDS
             and w not in ASKING_WHO]
    post = WHICH_POST.match(q.text)
    if post and not _holder(people, every) and _holder(people, [post[1]]):
        every = [post[1]]  # 'which minister did the council write to': the post asked, not what it did
    words = every if _holder(people, every) else [w for w in every if w not in _naming(q.body)]  # 'education
    # integration' is a role's words, not the Department for Education's
    stems = [word_stem(w) for w in words] + (["chair"] if wants_chair else [])
    short = [w for w in words if w in SPELT_OUT]  # 'dcs' arrives with 'director children services'
    spelt = {word_stem(x) for w in short for x in re.findall(r"[a-z]+", SPELT_OUT[w]) if x not in STOPWORDS}
    hits: dict[str, dict] = {}
    if PORTFOLIO.search(q.text):  # 'exec member for children': a cabinet member, whichever title the council uses
        bare = [s for s in stems if s not in PORTFOLIO_STEMS]
        cabinet = [p for p in people if PORTFOLIO.search((p["role"] or "").lower())]
        officer_brief = not re.search(r"\bmember\b|\bportfolio\b|\bcabinet\b", q.text)  # 'the X brief' may be
        if any(all(s in role_said(p) for s in bare) for p in cabinet) or not officer_brief or \
                not _holder(people, words):  # an officer's; 'the cabinet member for X' is a councillor
            stems, people = bare, cabinet  # not 'the education integration brief', an officer's post
            if not stems and all(word_stem(w) in PORTFOLIO_STEMS for w in every):
                hits = {p["name"]: p for p in cabinet}  # 'who's the lead member': every one, whatever the
                # portfolio; not 'the cabinet member for education' when none is recorded
    for p in people:
        role = role_said(p)
        long_form = all(s in role for s in stems if s not in map(word_stem, short))
        initials = any(re.search(rf"\b{w}\b", role) for w in short) and all(
            s in role for s in stems if s not in spelt and s not in map(word_stem, short))
        if stems and role and (long_form or initials):
            hits.setdefault(p["name"], p)
    place = re.search(r"\b(?:at|in) ([a-z]+)(?=\s*(?:$|[-–—,;:?!.(]))", q.raw.lower())
    if not hits and place and place[1] in words and len(words) > 1 and fulltext.used(ctx.db, place[1]):  # 'current
        # DCS at leeds' (a place the papers write; not 'at bradford', of which they say nothing): a post that names no
        return answer_role(ctx, replace(q, words=[w for w in q.words if w != place[1]],  # place; the place is where
                                        text=q.text.replace(place[0], " ")))  # it is held
    heads = [w for w in words if w not in HEAD_VERBS]
    if not hits and heads != words and heads:  # 'who heads leeds city college': its top post, by what it names
        tops = [p for p in people if TOP_POST.search(p["role"] or "") and not DEPUTY.match(p["role"])
                and all(re.search(rf"\b{re.escape(word_stem(w))}", (p["role"] or "").lower()) for w in heads)]

        def unasked(p: dict) -> int:  # 'children's services': its director, not the chair of its improvement board
            said = set(re.findall(r"[a-z]+", TOP_POST.sub("", (p["role"] or "").lower()))) - STOPWORDS
            return len({w for w in said if not any(w.startswith(word_stem(h)) for h in heads)})
        hits = {p["name"]: p for p in sorted(tops, key=unasked)}  # newest first among equals (sorted is stable)
        if not hits:  # 'who's in charge at the DfE': no top post recorded, so whoever the records give to it
            hits = {p["name"]: p for p in people if p["role"] and all(
                re.search(rf"\b{re.escape(word_stem(w))}", role_said(p)) for w in heads)}
    newer = _unqualified(people, words, hits)
    if newer:  # 'the council chief exec': a newer paper of the council's own names just 'Chief Executive'
        hits = {newer["name"]: newer, **{k: v for k, v in hits.items() if k != newer["name"]}}
    phrase = " ".join(words) + (" chair" if wants_chair else "")
    hits = dict(sorted(hits.items(), key=lambda h: h[1]["relation"] == "author"))  # a post held before a report
    # written for it ('Author of a report of the Director of Children's Services')
    if hits:
        first, *others = hits.values()
        notes = [f"Also recorded: {o['name']} — {_role_shown(o['role'])}." for o in others[:3]]
        return Reply(f"{first['name']} — {_role_shown(first['role'])}.", [Item(first["name"], source_of(first, docs))],
                     notes=notes, intent="person" if first["relation"] == REVIEWER else "role").flatten()
        # 'who did the CAF review': a deed, not a post
    if wants_chair and words:
        found = _chair_named_in_text(ctx, q, words, docs)
        if found:
            return found
    intent = "role" if ROLE_WORDS & set(words) or not words else "person"
    mentioned = answer_search(ctx, q) if words else None
    if mentioned and mentioned.intent == "search" and mentioned.items:
        doer = _done_by(q, [item.text for item in mentioned.items]) if DONE_BY.match(q.text) else None
        mentioned.lead = (f"{doer}, as the papers say:" if doer else  # 'who did the CAF review': '… by Dr Mark Peel'
                          f"I have no {phrase} recorded as a member, officer or role holder, but the records "
                          "mention them here:")
        mentioned.intent = intent
        return mentioned
    return Reply(f"I couldn't find who the {phrase or 'person you mean'} is in records dated up to "
                 f"{q.today:%d %B %Y}.",
                 notes=["Try \"who chairs the <body>?\" or \"who sits on the <body>?\"."], intent=intent)


def _holder(people: list[dict], words: list[str]) -> bool:
    """Does anyone's recorded role carry every word?"""
    stems = [word_stem(w) for w in words if w not in SPELT_OUT] or [word_stem(w) for w in words]  # 'dcs' comes
    return bool(stems) and any(all(s in role_said(p) for s in stems) for p in people)  # with its words spelt out


def _naming(body) -> set[str]:
    """The words and initials a question uses to name a body ('ib', 'improvement', 'board')."""
    if not body:
        return set()
    words = [re.findall(r"[a-z]+", n.lower()) for n in body.names]
    return {w for ws in words for w in ws} | {"".join(w[0] for w in ws if w not in STOPWORDS) for ws in words}


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
    stems = [word_stem(w) for w in role_words]
    for p in people:  # newest first
        if (p["doc_date"] or "") <= newest:
            return None
        role = [w for w in re.findall(r"[a-z]+", (p["role"] or "").lower()) if w not in ("of", "the")]
        if role and all(any(w.startswith(s) or s.startswith(word_stem(w)) for s in stems) for w in role) \
                and all(s in (p["role"] or "").lower() for s in stems if len(s) > 3):
            return p
    return None


def _chair_named_in_text(ctx: Context, q: Question, words: list[str], docs) -> Reply | None:
    """'The Independent Chair of the Improvement Board…' names the body; its chair answers."""
    phrase = " ".join(words)
    for passage in fulltext.search_passages(ctx.db, words + ["chair"], q.today, limit=10):
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
