"""Risk registers: the largest risks by financial exposure (else score), and one risk's
likelihood, impact, exposure, cause and consequence."""

from __future__ import annotations

import re

from store import fulltext, lookup

from .indicators import kpi_words
from .question import Context, Question
from .reply import Item, Reply, plural, source_of

RISK_WORDS = {"risk", "risks", "register", "largest", "biggest", "highest", "top", "main", "key", "corporate",
              "strategic", "what", "which", "are", "our", "the", "likelihood", "exposure", "impact", "score",
              "consequence", "cause", "rating", "rated", "how", "likely", "financial"}
SHOWN = 5
CHANGE_WORDS = {"new", "added", "went", "put", "taken", "off", "removed", "withdrawn", "dropped", "closed", "longer",
                "downgraded", "upgraded", "got",
                "reduced", "increased", "changed", "revised", "now", "current", "currently"}


def describe_risk(r: dict) -> str:
    whole = (r.get("event") or "").startswith(r["title"])  # '… Assurance has been removed …': one sentence
    r = dict(r, title=r["event"], event=None) if whole else r
    parts = [f"{r['risk_ref']} {r['title']}" if r["risk_ref"] else r["title"]]
    for label, key in (("likelihood", "likelihood"), ("impact", "impact"), ("score", "rating"),
                       ("exposure", "exposure"), ("directorate", "directorate")):
        if r.get(key):  # a score is a number; 'Medium' is a rating
            worded = key == "rating" and not any(c.isdigit() for c in r[key])
            parts.append(f"{'rating' if worded else label} {r[key]}")
    text = ", ".join(parts)
    for label in ("cause", "event", "consequence"):
        if r.get(label):
            text += f"; {label}: {r[label]}" if label != "event" or r.get("cause") else f". {r[label]}"
    return text


def current_risks(ctx: Context, today) -> list[dict]:
    """One row a risk, from the newest register that lists it (withdrawn ones included)."""
    newest: dict[str, dict] = {}
    for r in lookup.risks(ctx.db, today):
        newest.setdefault(r["risk_ref"] or r["title"], r)
    return list(newest.values())


CHANGE_ASKED = [  # (what a question says happened to risks, the change the register records)
    (r"\bnew\b|\badded\b|\bwent on\b|\bput on\b", "new"),
    (r"\btaken off\b|\bremoved\b|\bwithdrawn\b|\bdropped\b|\bclosed\b|\bno longer\b|\bcame off\b", "withdrawn"),
    (r"\breduced\b|\blowered\b|\bdecreased\b|\bgone down\b|\bwent down\b|\bde-?escalated\b|\bdowngraded\b",
     "reduced"),
    (r"\bincreased\b|\bescalated\b|\bgone up\b|\bwent up\b|\bupgraded\b", "increased"),
    (r"\brevised\b|\bchanged\b|\bamended\b|\bupdated\b", "revised"),
]


def _changed(ctx: Context, q: Question, risks: list[dict]) -> Reply | None:
    """'What new risk went on the register?', 'which risk has been taken off?': the risks the
    newest register says were added, withdrawn, reduced, increased or revised."""
    change = next((c for pattern, c in CHANGE_ASKED if re.search(pattern, q.text)), None)
    if not change:
        return None
    newest = max(risks, key=lambda r: (ctx.docs(q.today).get(r["doc_id"]) or {}).get("date") or "")["doc_id"]
    rows = [r for r in risks if r["doc_id"] == newest and r["change"] == change]
    doc = ctx.docs(q.today).get(newest) or {}
    where = f"the {doc.get('title') or 'newest risk register'}"
    if not rows:
        return Reply(f"No risk is recorded as {change} in {where}.", intent="risks")
    what = {"new": "new", "withdrawn": "withdrawn (taken off the register)"}.get(change, change)
    lead = f"{plural(len(rows), 'risk')} {'is' if len(rows) == 1 else 'are'} {what} in {where}:"
    return Reply(lead, [Item(f"{describe_risk(r)}", source_of(r, ctx.docs(q.today))) for r in rows], intent="risks")


def largest(risks: list[dict]) -> tuple[list[dict], str | None]:
    """The risks largest first, and what they are ranked by (None when the register gives neither)."""
    by = ("financial exposure" if any(r["exposure_value"] for r in risks) else
          "score" if any(r["score"] for r in risks) else None)
    ranked = sorted(risks, key=lambda r: (r["exposure_value"] or 0, r["score"] or 0), reverse=True)
    return ranked, by


ASKED = {"likelihood": "likelihood", "likely": "likelihood", "exposure": "exposure", "impact": "impact",
         "score": "rating", "rating": "rating", "cause": "cause", "consequence": "consequence"}


def answer_risks(ctx: Context, q: Question) -> Reply:
    risks = current_risks(ctx, q.today)
    if not risks:
        return Reply("I have no risk register in the records.",
                     notes=["Risks are read from register tables (risk, likelihood, impact, score, exposure) "
                            "and from lines giving a risk's reference and title."], intent="risks")
    docs = ctx.docs(q.today)
    level = LEVEL_ASKED.search(q.text)
    if level and re.search(r"\bhow many\b|\bnumber of\b|\bcount\b", q.text):  # 'how many high risks now?'
        counted = _level_counts(ctx, q, risks, level[1].lower())
        if counted:
            return counted
    words = {w for w in kpi_words(" ".join(q.words)) if w not in RISK_WORDS and w not in CHANGE_WORDS}
    scored = sorted(((len(words & kpi_words(f"{r['risk_ref'] or ''} {r['title']}")), -i, r)
                     for i, r in enumerate(risks)), reverse=True) if words else []
    named = bool(scored) and scored[0][0] >= max(1, len(words) // 2)
    changed = None if named else _changed(ctx, q, risks)  # 'has CRR0015 changed?' is about that risk
    if changed:
        return changed
    if named:
        r = scored[0][2]
        lead = describe_risk(r) + "."
        missing = sorted({label for word, label in ASKED.items() if word in q.text and not r.get(label)})
        notes = [f"The register gives no {' or '.join(missing)} for this risk."] if missing else []
        if r["change"]:
            notes.insert(0, f"The register records it as {r['change']}.")
        return Reply(lead, [Item(lead, source_of(r, docs))], notes=notes, intent="risks").flatten()
    ranked, by = largest([r for r in risks if r["change"] != "withdrawn"])  # taken off: no longer a risk held
    if by:
        lead = f"{plural(len(ranked), 'risk')} recorded; the largest {min(SHOWN, len(ranked))} by {by}:"
        ranked = ranked[:SHOWN]
    else:
        lead = f"{plural(len(ranked), 'risk')} recorded (the register gives no scores or exposure to rank them):"
    return Reply(lead, [Item(describe_risk(r), source_of(r, docs)) for r in ranked], intent="risks")


LEVEL_ASKED = re.compile(r"\b(low|medium|high|red|amber|green)\b", re.I)
LEVELS = r"(?:low|medium|high|red|amber|green)"


def _level_counts(ctx: Context, q: Question, risks: list[dict], level: str) -> Reply | None:
    """'How many high risks?': from the register's table of risks in each level ('Low Risk Medium
    Risk High Risk' over rows of counts, the newest last), else by counting the risks rated so."""
    papers = frozenset(r["doc_id"] for r in risks)
    docs = ctx.docs(q.today)
    for passage in fulltext.search_passages(ctx.db, ["risk", "level", level], q.today, limit=10, docs=papers):
        lines = passage["text"].splitlines()
        for i, line in enumerate(lines):
            heads = [h.lower() for h in re.findall(rf"\b({LEVELS})\b", line, re.I)]
            if len(heads) < 2 or level not in heads or re.search(r"\d", line):
                continue
            counted = re.compile(rf"^(.*\S)\s+(\d+(?:\s+\d+){{{len(heads) - 1}}})$")  # '… February 2025 0 5 12'
            rows = [(m[1].strip(), m[2].split()) for later in lines[i + 1:i + 8] if (m := counted.match(later.strip()))]
            if not rows:
                continue
            label, counts = rows[-1]
            lead = (f"{counts[heads.index(level)]} {level} risks ({label}), from the register's table of risks by "
                    f"level: " + ", ".join(f"{n} {h}" for h, n in zip(heads, counts, strict=True)) + ".")
            earlier = [f"{lbl}: " + ", ".join(f"{n} {h}" for h, n in zip(heads, ns, strict=True))
                       for lbl, ns in rows[:-1]]
            return Reply(lead, [Item(lead, source_of(passage, docs))], notes=earlier, intent="risks").flatten()
    rated = [r for r in risks if r["change"] != "withdrawn" and re.search(rf"\b{level}\b", r["rating"] or "", re.I)]
    if sum(1 for r in risks if r["rating"]) * 2 < len(risks):  # ratings for too few to count by
        return None
    lead = f"{plural(len(rated), 'risk')} rated {level} in the register:"
    return Reply(lead, [Item(describe_risk(r), source_of(r, docs)) for r in rated], intent="risks")
