"""Inspections: who led one, when it took place and was published, what kind it was; and,
when the store holds several councils' reports, which council a question is about."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from store.dates import format_date, format_span
from store.vocab import council_key

from .events import DATE_ASKED, LATEST, answer_when
from .findings import answer_findings
from .question import Context, Question
from .reply import Item, Reply, source_of
from .scope import YEAR_ASKED, in_year, inspections_on

EARLIER = re.compile(r"\b(?:one before|before that|previous|prior|earlier one|last but one|one before last)\b")
ASPECTS = [  # (what the question asks about, aspect); first match wins
    (r"\bhow many (?:reports|inspections|visits|times)\b", "count"),
    (r"\bnext (?:ofsted )?(?:inspection|visit)\b", "next"),
    (r"\binspectors?\b|\b(?:led|lead|leads|leading|conducted|carried out)\b|\bwho inspected\b", "inspector"),
    (r"\bpublish\w*\b|\b(?:come|came|comes) out\b|\breleased\b|\bissued\b", "published"),
    (r"\b(?:kind|type|sort)\b|\bshort or (?:a )?standard\b", "kind"),
    (r"\bwhen\b|\bdates?\b|\btake place\b|\bhappen\w*\b|\blast inspected\b", "dates"),
]
OTHER_INSPECTORATE = re.compile(r"\b(?:hmip|hmicfrs|cqc|care quality|probation|prisons?|police|youth justice)\b")
ON_SITE = re.compile(r"\bdates?\b|\bon site\b|\bin (?:the )?building\b")
NOTICE_ASKED = re.compile(r"\bhow much notice\b|\bnotice\b.{0,30}\b(?:give|gave|given|get|got)\b|"
                          r"\b(?:give|gave|given|get|got)\b.{0,20}\bnotice\b")  # when they were told it was coming
KIND_NAMES = {"inspection": "an inspection of local authority children's services (ILACS)",
              "single inspection": "a single inspection of services for children in need of help and protection, "
                                   "children looked after and care leavers",
              "focused visit": "a focused visit", "monitoring visit": "a monitoring visit",
              "joint targeted area inspection": "a joint targeted area inspection",
              "looked after children inspection": "an inspection of services for looked after children",
              "safeguarding inspection": "an inspection of safeguarding services",
              "safeguarding and looked after children inspection":
                  "an inspection of safeguarding and looked after children services"}
SHORT_INSPECTION_DAYS = 7  # ILACS: a short inspection is one week on site, a standard one two


def council_reports(ctx: Context, q: Question) -> tuple[list[dict], list[str]]:
    """Inspections of the council asked about (else of the council inspected most recently),
    newest first, and a note when the store holds other councils' reports too."""
    rows = inspections_on(ctx, q.today)
    if not rows:
        return [], []
    keys = list(dict.fromkeys(council_key(r["council"]) for r in rows))
    key = q.council if q.council in keys else keys[0]
    mine = [r for r in rows if council_key(r["council"]) == key]
    mine = in_year(mine, q.text)  # 'who led the 2014 Cambridgeshire inspection?': that year's, not the newest
    if len(keys) > 1 and q.council not in keys:
        return mine, [f"The records hold inspection reports for {len(keys)} councils; this is the most recent, "
                      f"{mine[0]['council']}. Name a council to ask about another."]
    return mine, []


def kind_of(row: dict) -> str:
    kind = KIND_NAMES.get(row["kind"], row["kind"])
    if row["kind"] == "inspection" and row["start"] and row["end"]:
        days = (date.fromisoformat(row["end"]) - date.fromisoformat(row["start"])).days
        kind = kind.replace("an inspection", "a short inspection" if days <= SHORT_INSPECTION_DAYS
                            else "a standard inspection", 1)
    if row["lscb_review"]:
        kind += ", with a review of the Local Safeguarding Children Board"
    return kind


def span(row: dict) -> str:
    """'29 January to 9 February 2018', or '' when the report gives no dates."""
    if not row["start"]:
        return ""
    return format_span(date.fromisoformat(row["start"]), date.fromisoformat(row["end"]))


def when(row: dict) -> str:
    if not row["start"]:
        return "on dates the report does not give"
    return f"on {span(row)}" if row["start"] == row["end"] else f"from {span(row)}"


def answer_inspection(ctx: Context, q: Question) -> Reply:
    reports, notes = council_reports(ctx, q)
    if len(reports) > 1 and EARLIER.search(q.text) and not YEAR_ASKED.search(q.text):
        reports = reports[1:]  # 'and the one before?', 'who led the previous inspection?'
    if not reports:  # no inspection report in the store: a council's own papers may say
        asks_date = DATE_ASKED.search(q.text) or LATEST.search(q.text) or ON_SITE.search(q.text) or \
            NOTICE_ASKED.search(q.text)  # 'latest ofsted
        # inspection?', 'the dates ofsted were on site'
        if not asks_date:
            return answer_findings(ctx, q)
        reply = answer_when(ctx, q)
        if reply.intent != "when" and not OTHER_INSPECTORATE.search(q.text):  # 'writing a paper - the dates ofsted
            # were on site': of the inspection, not a paper (never another inspectorate's, for Ofsted's)
            kinds = [w for w in q.words if w in ("unannounced", "announced", "ofsted", "monitoring", "focused")]
            reply = answer_when(ctx, replace(q, words=[*kinds, "inspection"]))
        reply.intent = "inspection"
        return reply
    row = reports[0]
    docs = ctx.docs(q.today)
    aspect = next((name for pattern, name in ASPECTS if re.search(pattern, q.text)), None)
    what = f"The inspection of {row['council']} children's services"
    if aspect == "inspector":
        if not row["inspectors"]:
            lead = f"{what}, {when(row)}, does not name its lead inspector."
        else:
            plural = " and " in row["inspectors"]
            lead = (f"{what}, {when(row)}, was led by {row['inspectors']} "
                    f"(lead inspector{'s' if plural else ''}).")
        source = source_of(dict(row, ref=row["inspectors_ref"] or row["ref"]), docs)
    elif aspect == "next":  # the reports never say; projecting a cycle would be a guess
        lead = (f"None of the reports on {row['council']} says when its next inspection will be. The latest held "
                f"was {kind_of(row)}, {when(row)}.")
        source = source_of(row, docs)
    elif aspect == "count":  # 'how many reports do we have for sunderland?'
        lead = (f"The records hold {len(reports)} inspection report{'s' if len(reports) != 1 else ''} on "
                f"{row['council']}: " + "; ".join(span(r) or format_date(date.fromisoformat(r["doc_date"]))
                                                  for r in reversed(reports)) + ".")
        source = source_of(row, docs)
        return Reply(lead, [Item(lead, source)], notes=notes, intent="inspection").flatten()
    elif aspect == "published":
        lead = (f"The report of the inspection of {row['council']} children's services was published on "
                f"{format_date(date.fromisoformat(row['published']))}." if row["published"] else
                f"The report of the inspection of {row['council']} children's services does not say when it was "
                f"published; the inspection took place {when(row)}.")
        source = source_of(row, docs)
    elif aspect == "dates":
        lead = f"{what} took place {when(row)}."
        source = source_of(row, docs)
    else:
        lead = f"{what} was {kind_of(row)}, {when(row)}."
        source = source_of(row, docs)
    if len(reports) > 1:
        notes.append("Earlier inspections: " + "; ".join(span(r) for r in reports[1:4] if r["start"]) + ".")
    return Reply(lead, [Item(lead, source)], notes=notes, intent="inspection").flatten()
