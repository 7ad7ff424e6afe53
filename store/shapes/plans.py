"""Plans, their strands or themes, each strand's progress rating and the work outstanding."""

from __future__ import annotations

import re
from collections import Counter

from ..document import ParsedDoc, source
from ..text import split_sentences
from ..vocab import STRAND_RATINGS

QUOTED_PLAN = re.compile(r"'(?:the\s+)?([A-Z][^']{2,60}?)'\s*(plan)\b|'(?:the\s+)?([A-Z][^']{2,60}?\bPlan)'", re.I)
NAMED_PLAN = re.compile(r"\b((?:[A-Z][\w'-]*\s+){1,5}Plan)\b")
PROGRESS_ON = re.compile(
    r"\b(?:progress|implementation|delivery|work)\b[^.]{0,40}\b(?:this|the)\s+(?:strand|area|theme|"
    r"element|priority|workstream|objective)\b|\b(?:this|the)\s+(?:strand|area|theme|element)\s+of\s+"
    r"the\s+plan\b|\bprogress in this area\b", re.I)
OUTSTANDING = re.compile(r"\b(?:include|includes|including|particularly to|are)\s*:\s*(.+)$", re.I)
OUTSTANDING_CUE = re.compile(r"\b(further work|ongoing|remain|still|require|to address|delays?|"
                             r"more work|outstanding|determined to)\b", re.I)
THEMES_LEAD = re.compile(r"\b(?:key\s+|main\s+|following\s+)?(?:themes|priorities|strands|"
                         r"workstreams|outcomes)\b(?:\s+of)?\s*:\s*$", re.I)


def plan_name(doc: ParsedDoc) -> str | None:
    """The plan a report is about: the quoted name it uses most ('Nine Point Plan')."""
    names: Counter[str] = Counter()
    for passage in doc.passages:
        for m in QUOTED_PLAN.finditer(passage.text):
            name = (m[1] + " Plan") if m[1] else m[3]
            names[re.sub(r"\s+plan$", " Plan", name, flags=re.I)] += 1
    if names:
        return names.most_common(1)[0][0]
    return None


def extract_strands(doc: ParsedDoc) -> list[dict]:
    """A heading followed by 'Progress on this strand … good overall' is a rated strand. An
    inspection report's findings are not a plan's strands ('… work in this area')."""
    if doc.meta.kind == "inspection":
        return []
    plan = plan_name(doc) or doc.meta.title
    strands: dict[str, dict] = {}
    for passage in doc.passages:
        heading = passage.heading
        if not heading:
            continue
        text = " ".join(ln.text for ln in passage.lines)
        first = next(iter(split_sentences(text)), "")
        if heading not in strands and PROGRESS_ON.search(first):
            rating = next((r for pat, r in STRAND_RATINGS if re.search(pat, first, re.I)), None)
            strands[heading] = {"plan": plan, "name": heading, "rating": rating, "outstanding": None,
                                **source(passage, first)}
        elif heading in strands and OUTSTANDING_CUE.search(first):
            lead = " ".join(split_sentences(text)[:2])
            m = OUTSTANDING.search(lead)
            strands[heading]["outstanding"] = (m[1] if m else first).strip()
    return [dict(s, seq=i) for i, s in enumerate(strands.values())]


def extract_themes(doc: ParsedDoc) -> list[dict]:
    """'…under the key themes of:' followed by a list: the themes of the plan named nearby."""
    out = []
    for passage in doc.passages:
        lines = passage.lines
        for i, line in enumerate(lines):
            if not line.text.endswith(":") or not THEMES_LEAD.search(line.text):
                continue
            named = NAMED_PLAN.findall(passage.text) or NAMED_PLAN.findall(passage.heading or "")
            plan = named[0] if named else (plan_name(doc) or doc.meta.title)
            plan = re.sub(r"^(?:This|The|A|An|Our|Its)\s+", "", plan)
            for item in lines[i + 1:]:
                if len(item.text) > 120 or not (item.bullet or item.text[:1].isupper()):
                    break
                out.append({"plan": plan, "name": item.text.rstrip(".;"), "rating": None,
                            "outstanding": None, **source(passage, item.text)})
    return [dict(s, seq=i) for i, s in enumerate(out)]
