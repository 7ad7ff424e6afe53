"""Document shapes: each module reads one shape councils and Ofsted write in (a judgement
table, a timescale list, a meeting table, a membership list…) from a parsed document.

SHAPES is the whole list, in the order they run. A shape reads the document and the records
earlier shapes found (commitments skip sentences already taken as actions; people take
chairs from body facts) and returns rows for its table. A new shape is a new module and a
new row here.
"""

from __future__ import annotations

from collections.abc import Callable

from ..document import ParsedDoc
from ..vocab import themes_named
from .acronyms import extract_acronyms
from .actions import extract_actions, extract_commitments, extract_statements, extract_table_actions
from .agenda import agenda_contact, extract_agenda
from .bodies import extract_bodies
from .figures import extract_indicators
from .judgements import extract_judgements
from .letters import extract_letter_sections
from .minutes import extract_minutes
from .people import extract_people
from .performance import extract_performance, portfolio_holders
from .plan_names import extract_plan_names
from .plans import extract_strands, extract_themes, plan_name
from .recommendations import extract_recommendations
from .reports import report_meetings, report_people
from .risks import extract_risks

Records = dict[str, list[dict]]


def _passages(doc: ParsedDoc, found: Records) -> list[dict]:
    return [{"seq": p.seq, "ref": p.ref, "heading": p.heading, "text": p.text} for p in doc.passages if p.text]


def _listed_actions(doc: ParsedDoc, found: Records) -> list[dict]:
    return (extract_actions(doc) + extract_recommendations(doc)
            + extract_table_actions(doc, plan_name(doc) or doc.meta.title))


def _commitments(doc: ParsedDoc, found: Records) -> list[dict]:
    return extract_commitments(doc, {a["sentence"] for a in found["actions"]})


def _bodies(doc: ParsedDoc, found: Records) -> list[dict]:
    facts, meetings = extract_bodies(doc)
    found["meetings"] = meetings
    return facts


SHAPES: list[tuple[str, Callable[[ParsedDoc, Records], list[dict]]]] = [  # (table, reader)
    ("passages", _passages),
    ("actions", _listed_actions),
    ("actions", _commitments),
    ("body_facts", _bodies),  # and the meetings it finds
    ("people", lambda doc, found: extract_people(doc, found["body_facts"])),
    ("judgements", lambda doc, found: extract_judgements(doc)),
    ("indicators", lambda doc, found: extract_indicators(doc)),
    ("strands", lambda doc, found: extract_strands(doc) + extract_themes(doc)),
    ("statements", lambda doc, found: extract_statements(doc)),
    ("inspections", lambda doc, found: [doc.meta.inspection] if doc.meta.inspection else []),
    ("indicators", lambda doc, found: extract_performance(doc)),
    ("minute_items", lambda doc, found: extract_minutes(doc)),
    ("agenda_items", lambda doc, found: extract_agenda(doc)),
    ("people", lambda doc, found: agenda_contact(doc) + portfolio_holders(doc) + report_people(doc)),
    ("meetings", lambda doc, found: report_meetings(doc)),
    ("acronyms", lambda doc, found: extract_acronyms(doc)),
    ("risks", lambda doc, found: extract_risks(doc)),
    ("plan_mentions", lambda doc, found: extract_plan_names(doc)),
    ("letter_sections", lambda doc, found: extract_letter_sections(doc)),
]
TABLES = ["passages", "actions", "body_facts", "meetings", "people", "judgements", "indicators", "strands",
          "statements", "inspections", "minute_items", "agenda_items", "acronyms", "risks", "plan_mentions",
          "letter_sections"]


def extract_records(doc: ParsedDoc) -> Records:
    """Every derived record of one document, keyed by table."""
    found: Records = {table: [] for table in TABLES}
    for table, read in SHAPES:
        found[table] = found[table] + read(doc, found)
    theme = document_theme(doc)
    found["actions"] = [dict(a, seq=i, theme=canonical_theme(a["theme"]) or (theme if a["kind"] != "commitment"
                                                                              else None))
                        for i, a in enumerate(found["actions"])]
    return found


def canonical_theme(theme: str | None) -> str | None:
    """'Children in care' and 'CLA' are one theme, looked after children."""
    if not theme:
        return theme
    named = themes_named(theme)
    return named[0] if len(named) == 1 and len(theme.split()) <= 4 else theme


def document_theme(doc: ParsedDoc) -> str | None:
    """The one theme a document is about, by its title (an inspection of looked after children's
    services): its actions that name no theme of their own have that one."""
    named = themes_named(doc.meta.title)
    return named[0] if len(named) == 1 else None
