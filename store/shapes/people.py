"""People and their roles: membership lists, chairs, authors and letter signatories."""

from __future__ import annotations

import re

from ..document import ParsedDoc
from ..text import sentences_and_items
from .bodies import TYPE_WORDS, find_body_names
from .metadata import SIGN_OFF

TITLE = r"(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Rev)\.?\s+)"
NAME_PART = r"(?:Mc|Mac|O'|De|Van)?[A-Z][a-z'\-]+(?:-[A-Z][a-z]+)?"
PERSON = re.compile(rf"^({TITLE}?{NAME_PART}(?:\s+[A-Z]\.)?(?:\s+{NAME_PART}){{1,2}})\b(?![''\w])")
# 'Mr R W Gough': a title, up to three initials, then the surname.
INITIALLED = re.compile(
    rf"^({TITLE}(?:[A-Z]\.?\s+){{0,3}}{NAME_PART}(?:[- ]{NAME_PART})?)\b(?![''\w])")
HONOURS = re.compile(r"^(?:CBE|OBE|MBE|KBE|DBE|BEM|QC|KC|JP|MP|DL|FRS)$")
MEMBERSHIP_HEADING = re.compile(
    r"\b(membership|members|attendees|attendance|present|in attendance|apologies)\b", re.I)
RELATIONS = [(r"apologies", "apologies"), (r"attendee|attendance|in attendance", "attendee"),
             (r"member|present", "member")]
NOT_NAME_WORDS = {"Board", "Committee", "Group", "Team", "Panel", "Council", "Membership", "Members",
                  "Attendees", "Services", "Service", "Report", "Plan", "Partnership", "Forum",
                  "Department", "Office", "Trust", "Authority", "Children", "Families", "Policy",
                  # words of job titles, which look like names but are roles
                  "Doctor", "Officer", "Manager", "Director", "Inspector", "Executive", "Member", "Chair",
                  "Lead", "Head", "Nurse", "Advisor", "Adviser", "Designated", "Principal", "Senior",
                  "Assistant", "Deputy", "Interim", "Independent", "Corporate", "Social", "Worker",
                  # words of postal addresses
                  "Street", "Road", "Lane", "Avenue", "House", "Gate", "Place", "Square", "Way", "Drive",
                  "Close", "Buildings", "Park", "Court", "Centre", "Hall", "Row", "One", "Floor", "Tower"}
ORGANISATION_WORDS = {"Ofsted", "Practice", "Finance", "Audit", "Legal", "Internal", "External", "Government",
                      "Council", "Ofsted's", "Partner", "Partners", "Staff", "Team", "Teams"}  # a review 'by Ofsted
# Inspectors', 'by Practice Leads': an organisation or a group of staff, no person
ROLE_IN_PARENS = re.compile(r"^\s*\(([^)]+)\)\s*,?\s*")
NOT_A_NAME = {"Senior", "Other", "Board", "Members", "Chief", "Director", "Head", "Lead", "The",
              "All", "Officers", "Representatives", "Colleagues", "Department", "Children"}


def parse_person(text: str) -> tuple[str, list[str]] | None:
    """'Bill McCarthy (Chair), Chief Executive of NHS…' → ('Bill McCarthy', ['Chair', '…'])."""
    text = text.strip().rstrip(".;")
    m = INITIALLED.match(text) or PERSON.match(text)
    if not m or m[1].split()[0] in NOT_A_NAME or set(m[1].split()) & NOT_NAME_WORDS:
        return None
    name, rest = m[1], text[m.end():]
    roles = []
    paren = ROLE_IN_PARENS.match(rest)
    if paren:
        roles.append(paren[1].strip())
        rest = rest[paren.end():]
    rest = rest.strip(" ,-:")
    if rest:
        roles.append(rest)
    return name, roles


def extract_people(doc: ParsedDoc, body_facts: list[dict]) -> list[dict]:
    people = (_membership_lists(doc) + _signatories(doc) + _addressees(doc) + _letterheads(doc) + _copied_to(doc)
              + _elected_chairs(doc) + _appointed(doc) + _reviewers(doc))
    for fact in body_facts:
        chair = fact.get("chair")
        if chair and parse_person(chair) and parse_person(chair)[0] == chair.strip():
            people.append({"name": chair.strip(), "role": "Chair", "body": fact["name"],
                           "relation": "chair", "ref": fact["ref"], "sentence": fact["sentence"]})
    if doc.meta.author and parse_person(doc.meta.author):
        of = f"Author of a report of the {doc.meta.report_of}" if doc.meta.report_of else "Author"  # an officer
        # writes for the post: 'Report author: Steve Walker' of a report of the Director, who is someone else
        people.append({"name": doc.meta.author, "role": doc.meta.author_role or of,
                       "body": None, "relation": "author", "ref": "header",
                       "sentence": f"Report author: {doc.meta.author}"})
    return people


APPOINTED = re.compile(  # 'seconded … Simon Flowers, into the role of Strategic Leader for Education Integration'
    r"(?P<name>(?:[A-Z][a-z'\-]+ ){1,2}[A-Z][a-z'\-]+),? (?:in|into|to) the (?:new )?(?:role|post|position) of "
    r"(?:the )?(?P<role>[A-Z][\w'&-]*(?: (?:[A-Z][\w'&-]*|and|of|for|the|&))*)|"
    r"\bappointed (?P<name2>(?:[A-Z][a-z'\-]+ ){1,2}[A-Z][a-z'\-]+),? as (?:the |our |its |a )?(?:new )?"
    r"(?P<role2>[A-Z][\w'&-]*(?: (?:[A-Z][\w'&-]*|and|of|for|the|&))*)")


def _appointed(doc: ParsedDoc) -> list[dict]:
    """People the prose puts in a role: '… Simon Flowers, into the role of Strategic Leader for
    Education Integration', 'appointed Jane Smith as Director of Children's Services'."""
    out = []
    for passage in doc.passages:
        for m in APPOINTED.finditer(passage.text):
            name, role = (m["name"], m["role"]) if m["name"] else (m["name2"], m["role2"])
            role = re.sub(r"\s+(?:and|of|for|the|&)$", "", role.strip())
            if parse_person(name) and len(role.split()) >= 2:
                out.append({"name": parse_person(name)[0], "role": role, "body": None, "relation": "officer",
                            "ref": passage.ref, "sentence": passage.text[:1000]})
    return out


REVIEWER = "reviewer"  # the relation of one the prose says carried out a review, evaluation or study
REVIEWED_BY = re.compile(  # 'a review of Care Leavers support by Emily Munro', 'reviews of CAF … by Dr Mark Peel';
    # never '… was commissioned by', '… will be undertaken by': the noun, then 'by' and the name
    r"\b(?P<what>(?:reviews?|evaluations?|analys[ie]s|stud(?:y|ies)|audits?|research) (?:of|into) "
    r"(?:(?!\b(?:was|were|is|are|will|would|has|have|had|be|been|being|by)\b)[^;:.()]){3,80}?) "
    rf"by (?P<name>(?:(?:Dr|Prof|Professor)\.? )?{NAME_PART} {NAME_PART})(?![\w'-])(?! ?[A-Z&])")


def _reviewers(doc: ParsedDoc) -> list[dict]:
    """People the prose says carried out a review, evaluation or study: what they looked at is
    their part in the records."""
    out = []
    for passage in doc.passages:
        for sentence in sentences_and_items(passage.text):
            for m in REVIEWED_BY.finditer(sentence):
                person = parse_person(m["name"])
                if not person or person[0] != m["name"] or {w.rstrip("s") for w in m["name"].split()} & (
                        NOT_NAME_WORDS | ORGANISATION_WORDS):  # 'Ofsted Inspectors', 'Practice Leads'
                    continue
                what = m["what"][0].lower() + m["what"][1:]
                plural = re.match(r"(?:reviews|evaluations|analyses|studies|audits|research)\b", what)
                article = "" if plural else "an " if what[0] in "aeiou" else "a "
                out.append({"name": person[0], "role": f"Carried out {article}{what}", "body": None,
                            "relation": REVIEWER, "ref": passage.ref, "sentence": sentence[:1000]})
    return out


def _membership_lists(doc: ParsedDoc) -> list[dict]:
    """People listed under a 'Membership' / 'Members' / 'Other Attendees' line, one a line."""
    out: list[dict] = []
    body = relation = heading = None
    misses = 0
    for line in doc.all_lines:
        text = line.text.strip()
        inline = INLINE_LIST.match(text)
        if inline:  # "Present: Cllr A Smith (Chair), Cllr B Jones, Dr C Brown"
            out += _inline_people(inline, doc.meta.body or body, text)
            continue
        if len(text) < 60 and MEMBERSHIP_HEADING.search(text) and not parse_person(text):
            named = _body_from_heading(text)
            if named or heading is None:
                heading = text.rstrip(":")
            body = named or body
            relation, misses = _relation(text), 0
            continue
        if not relation:
            continue
        person = parse_person(text)
        if not person or line.ref:
            misses += 1
            if misses > 1 or line.ref or (line.is_heading and not line.bullet):
                relation = None
            continue
        name, roles = person
        for role in roles or [None]:
            chair = bool(role and re.fullmatch(r"(co-|vice[- ])?chair(man|person)?", role.strip(), re.I))
            out.append({"name": name, "role": role, "body": body,
                        "relation": "chair" if chair else relation, "ref": heading, "sentence": text})
    return _carry_body(out)


INLINE_LIST = re.compile(r"^(present|members|membership|attendees|in attendance|also present|apologies|"
                         r"substitutes?|present virtually|virtually present)\s*:\s*(.{8,})$", re.I)
PLURAL_TITLE = re.compile(r"^(Councillor|Cllr)s\.?\s+")
CHAIR_ROLE = re.compile(r"(?P<vice>vice[- ]?)?(?:co-)?chair(?:man|woman|person)?", re.I)


def split_list(text: str) -> list[str]:
    """'Mr A (Chair), Mr B (Head of Finance, Policy and Strategy) and Ms C' → the three, never
    splitting inside parentheses."""
    pieces, depth, current = [], 0, ""
    for token in re.split(r"(\(|\)|;|,|\band\b)", text):
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        if depth == 0 and token in (";", ",", "and"):
            pieces.append(current)
            current = ""
        else:
            current += token
    pieces.append(current)
    return [p.strip(" .") for p in pieces if p.strip(" .")]


def _inline_people(m: re.Match, body: str | None, text: str) -> list[dict]:
    """Names separated by commas or semicolons; a piece that is not a name is the previous
    person's role."""
    relation = _relation(m[1]) or "member"
    out: list[dict] = []
    carried = None  # 'Councillors C Hughes, D Okafor and E Walsh': one title for the names after it
    for piece in split_list(m[2]):
        plural = PLURAL_TITLE.match(piece)
        if plural:
            carried = plural[1]
            piece = f"{carried} {piece[plural.end():]}"
        elif carried and re.match(r"^[A-Z]\.?\s+[A-Z]", piece):
            piece = f"{carried} {piece}"
        person = parse_person(piece)
        if person:
            name, roles = person
            chair = next((CHAIR_ROLE.fullmatch(r.strip()) for r in roles if CHAIR_ROLE.fullmatch(r.strip())), None)
            kind = ("vice-chair" if chair["vice"] else "chair") if chair else relation
            out.append({"name": name, "role": ", ".join(roles) or None, "body": body,
                        "relation": kind, "ref": m[1].title(), "sentence": text[:1000]})
        elif out and not out[-1]["role"] and not HONOURS.match(piece):
            out[-1]["role"] = piece
    return out


def _carry_body(rows: list[dict]) -> list[dict]:
    """An 'Other Attendees' list belongs to the body of the membership list before it."""
    last = None
    for row in rows:
        if row["body"]:
            last = row["body"]
        elif last:
            row["body"] = last
    return rows


def _relation(text: str) -> str | None:
    if not MEMBERSHIP_HEADING.search(text):
        return None
    return next((rel for pat, rel in RELATIONS if re.search(pat, text, re.I)), "member")


def _body_from_heading(heading: str) -> str | None:
    names = find_body_names(heading)
    if names:
        return names[0][1]
    m = re.match(r"^(.+?)\s+(?:membership|members)\b", heading, re.I)
    if m and m[1][0].isupper() and m[1].lower() not in TYPE_WORDS:
        return m[1]
    return None


ROLE_WORD = re.compile(r"\b(?:Secretary|Minister|Director|Chief|Executive|Chair\w*|Officer|Commissioner|Leader|"
                       r"Member|Head|Inspector|Manager|Mayor|President|Clerk|Principal)\b")
HONOURS_AFTER = re.compile(r"\s+(?:MP|OBE|CBE|MBE|KBE|DBE|QC|KC|JP|DL)$")


def _whole_name(text: str) -> str | None:
    """The line when it is only a person's name (honours such as 'MP' dropped; capitals as written)."""
    text = HONOURS_AFTER.sub("", text.strip())
    text = text.title() if text.isupper() else text
    person = parse_person(text)
    return text if person and person[0] == text else None


def _addressee(lines, j: int, salutation: str) -> dict | None:
    """A name line of an address block, with the role under it ('Tom Smith' / 'Chief Executive')
    or before it on the line ('Parliamentary Under Secretary of State … Tim Loughton')."""
    text = lines[j].text.strip()
    name = _whole_name(text)
    role = lines[j + 1].text.strip() if name and j + 1 < len(lines) else ""
    if not name:
        words = HONOURS_AFTER.sub("", text).split()
        split = next((k for k in (3, 2) if len(words) > k and ROLE_WORD.search(" ".join(words[:-k]))
                      and _whole_name(" ".join(words[-k:]))), None)
        if not split or len(text) > 160:
            return None
        name, role = " ".join(words[-split:]), " ".join(words[:-split])
    role = role if role and len(role) < 120 and not role.lower().startswith("dear ") else "Addressee"
    if salutation and salutation.lower() not in role.lower() and ROLE_WORD.fullmatch(salutation):
        role = f"{role} ({salutation})"  # 'Dear Minister': how the letter addresses them
    return {"name": name, "role": role, "body": None, "relation": "addressee", "ref": "address",
            "sentence": f"{name}, {role}"}


def _addressees(doc: ParsedDoc) -> list[dict]:
    """Each letter's addressee: the nearest name above its 'Dear …' line, with its role."""
    out: list[dict] = []
    lines = doc.all_lines
    for i, line in enumerate(lines):
        if not line.text.lower().startswith("dear "):
            continue
        salutation = line.text.strip()[5:].strip(" ,")
        for j in range(i - 1, max(-1, i - 11), -1):
            found = _addressee(lines, j, salutation)
            if found:
                out.append(found)
                break
    return out


def _letterheads(doc: ParsedDoc) -> list[dict]:
    """A letter's sender printed at its head: a name line ('Tim Loughton MP') with a role line
    under it, in the lines before 'Dear …'."""
    out: list[dict] = []
    lines = doc.all_lines
    dears = [i for i, line in enumerate(lines) if line.text.lower().startswith("dear ")]
    for i in dears:
        start = max(0, i - 30)
        for j in range(start, i - 1):
            if not HONOURS_AFTER.search(lines[j].text.strip()):
                continue  # a bare name there is as likely the addressee; a sender's name carries honours
            name = _whole_name(lines[j].text)
            role = lines[j + 1].text.strip()
            if name and ROLE_WORD.search(role) and len(role) < 120 and not role.endswith("."):
                out.append({"name": name, "role": role, "body": None, "relation": "signatory",
                            "ref": "letterhead", "sentence": f"{lines[j].text.strip()}, {role}"})
    return out


COPIED = re.compile(r"\b(?:I am |I'm |I have )?(?:copying|copied) (?:this letter |this )?to (?P<list>.+)$|"
                    r"^cc:?\s+(?P<cc>.+)$", re.I)
ROLE_PREFIX = re.compile(r"^(?:the\s+)?(?P<role>[A-Z]{2,6})\s+(?P<rest>.+)$")


def _copied_to(doc: ParsedDoc) -> list[dict]:
    """'I am copying this letter to the Lead Member, Councillor Judith Blake, Chief Executive,
    Tom Riordan and DCS Nigel Richardson': each person with the role written before them."""
    out: list[dict] = []
    for passage, line in doc.lines():
        m = COPIED.search(line.text)
        if not m:
            continue
        role = None
        for piece in split_list((m["list"] or m["cc"]).rstrip(".")):
            piece = re.sub(r"^the\s+", "", piece)
            prefixed = ROLE_PREFIX.match(piece)
            if prefixed and parse_person(prefixed["rest"]) and not parse_person(piece):
                role, piece = prefixed["role"], prefixed["rest"]  # 'DCS Nigel Richardson'
            person = _whole_name(piece)
            if person and role:
                out.append({"name": person, "role": role, "body": None, "relation": "copied",
                            "ref": passage.ref, "sentence": line.text.strip()[:1000]})
                role = None
            elif not person and ROLE_WORD.search(piece) and len(piece.split()) <= 8:
                role = piece
            else:
                role = None
    return out


def _signatories(doc: ParsedDoc) -> list[dict]:
    """The name after 'Yours sincerely' and the role lines beneath it."""
    out = []
    lines = doc.all_lines
    for i, line in enumerate(lines):
        if not SIGN_OFF.match(line.text):
            continue
        for j in range(i + 1, min(i + 4, len(lines))):
            text = lines[j].text.strip()
            if text.isupper():
                text = text.title().replace(" Mp", " MP")
            person = parse_person(text)
            if not person:
                continue
            name = person[0]
            roles = []
            for role in lines[j + 1:j + 4]:
                if role.blank_before or len(role.text) > 120 or role.text.endswith("."):
                    break
                roles.append(role.text)
            for role in roles or ["Signatory"]:
                bodies = find_body_names(role)
                out.append({"name": name, "role": role, "body": bodies[0][1] if bodies else None,
                            "relation": "signatory", "ref": "signature",
                            "sentence": f"{name}, {role}"})
            break
    return out


ELECTED_CHAIR = re.compile(r"\b(?:RESOLVED|Resolved|resolved) that ((?:Mr|Mrs|Ms|Miss|Dr|Sir|Cllr|Councillor)\.? "
                           r"[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}) be (?:elected|appointed) (?:to (?:the )?[Cc]hair|"
                           r"as (?:the )?[Cc]hair(?:man|woman|person)?)")


def _elected_chairs(doc: ParsedDoc) -> list[dict]:
    """'RESOLVED that Mr Cooke be elected to Chair the meeting': the chair of that meeting."""
    out = []
    for passage, sentence in doc.sentences():
        m = ELECTED_CHAIR.search(sentence)
        if m:
            out.append({"name": m[1], "role": "Chairman (elected for the meeting)", "body": doc.meta.body or None,
                        "relation": "meeting chair", "ref": passage.ref, "sentence": sentence[:1000]})
    return out
