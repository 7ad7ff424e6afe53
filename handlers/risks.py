"""Risk registers: the largest risks by financial exposure (else score), and one risk's
likelihood, impact, exposure, cause and consequence."""

from __future__ import annotations

from store import lookup

from .indicators import kpi_words
from .question import Context, Question
from .reply import Item, Reply, plural, source_of

RISK_WORDS = {"risk", "risks", "register", "largest", "biggest", "highest", "top", "main", "key", "corporate",
              "strategic", "what", "which", "are", "our", "the", "likelihood", "exposure", "impact", "score",
              "consequence", "cause", "rating", "rated", "how", "likely", "financial"}
SHOWN = 5


def describe_risk(r: dict) -> str:
    parts = [f"{r['risk_ref']} {r['title']}" if r["risk_ref"] else r["title"]]
    for label, key in (("likelihood", "likelihood"), ("impact", "impact"), ("score", "rating"),
                       ("exposure", "exposure"), ("directorate", "directorate")):
        if r.get(key):
            parts.append(f"{label} {r[key]}")
    text = ", ".join(parts)
    for label in ("cause", "event", "consequence"):
        if r.get(label):
            text += f"; {label}: {r[label]}" if label != "event" or r.get("cause") else f". {r[label]}"
    return text


def current_risks(ctx: Context, today) -> list[dict]:
    """One row a risk, from the newest register that lists it."""
    newest: dict[str, dict] = {}
    for r in lookup.risks(ctx.db, today):
        newest.setdefault(r["risk_ref"] or r["title"], r)
    return list(newest.values())


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
    words = {w for w in kpi_words(" ".join(q.words)) if w not in RISK_WORDS}
    if words:
        scored = sorted(((len(words & kpi_words(f"{r['risk_ref'] or ''} {r['title']}")), -i, r)
                         for i, r in enumerate(risks)), reverse=True)
        if scored[0][0] >= max(1, len(words) // 2):
            r = scored[0][2]
            lead = describe_risk(r) + "."
            missing = sorted({label for word, label in ASKED.items() if word in q.text and not r.get(label)})
            notes = [f"The register gives no {' or '.join(missing)} for this risk."] if missing else []
            return Reply(lead, [Item(lead, source_of(r, docs))], notes=notes, intent="risks").flatten()
    ranked, by = largest(risks)
    if by:
        lead = f"{plural(len(ranked), 'risk')} recorded; the largest {min(SHOWN, len(ranked))} by {by}:"
        ranked = ranked[:SHOWN]
    else:
        lead = f"{plural(len(ranked), 'risk')} recorded (the register gives no scores or exposure to rank them):"
    return Reply(lead, [Item(describe_risk(r), source_of(r, docs)) for r in ranked], intent="risks")
