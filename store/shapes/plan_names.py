"""Plans the papers name ('the Children and Young People's Plan', 'the Best Council Plan',
'the Nine Point Plan'), so a question can be asked of a plan whose strands no paper lists.

A name is a run of capitalised words ending in 'Plan' and not running on into another
capitalised word ('Kent's Plan Bee' is no plan). A plan written for each child (an EHC
plan, a pathway plan) is a kind of record, not a plan of the council's, and is left out, as
is a name whose words are all generic ('Action Plan', 'Delivery Plan').
"""

from __future__ import annotations

import re

from ..document import ParsedDoc
from ..vocab import CHILD_PLANS, GENERIC_PLAN_WORDS

NAMED = re.compile(r"(?<![\w/-])((?:(?!Plan\b)(?:\d{1,2}|[A-Z][\w'\u2019]*)(?: (?:and|of|for|&))? ){1,6}Plan)\b"
                   r"(?! [A-Z])")  # not '2009-14 Children and Young People's Plan' as '14 …'; 'Plan 5' is the Plan
NOT_A_NAME_START = {"The", "This", "That", "Our", "Its", "Their", "A", "An", "Of", "For", "And", "Guidance", "Update",
                    "New", "Draft", "Complete", "Agree", "Approve", "Note", "Council's", "Authority's"}


def plan_names(text: str) -> list[str]:
    """The plans a text names, each once, in the order named."""
    found: list[str] = []
    for name in NAMED.findall(text):
        words = name.replace("\u2019", "'").split()
        cut = max((i + 1 for i, w in enumerate(words) if w in NOT_A_NAME_START), default=0)
        words = words[cut:]  # 'Trust Guidance and New Children and Young People's Plan'
        while words and not (words[0][0].isupper() or words[0][0].isdigit()):
            words.pop(0)
        name = " ".join(words)
        own = {w.lower() for w in words if w != "Plan"} - {"and", "of", "for", "&"}
        possessive = len(words) == 2 and words[0].endswith("'s")  # "Kent's Plan for growth" names no plan
        if len(words) < 2 or possessive or not own - GENERIC_PLAN_WORDS or name.lower().endswith(CHILD_PLANS):
            continue
        if name not in found:
            found.append(name)
    return found


def extract_plan_names(doc: ParsedDoc) -> list[dict]:
    out, seen = [], set()
    for passage in doc.passages:
        for name in plan_names(f"{passage.heading or ''}. {passage.text}"):
            if name not in seen:
                seen.add(name)
                out.append({"name": name, "ref": passage.ref, "sentence": passage.text[:1000]})
    return out
