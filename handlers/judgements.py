"""Inspection judgements: one category's grade, the whole table, or how a grade changed
from one inspection to the next."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from store import lookup
from store.dates import REPORTED_WITHIN, YEAR, format_date, month_and_year, month_named
from store.vocab import GRADE_SAID, JUDGEMENT_NOTES, STOPWORDS, council_key, theme_words

from .cache import remembered
from .categories import best_category, category_score, month_of
from .concepts import mentions
from .events import later_inspection
from .grade_history import EVER, answer_ever, answer_trend
from .indicators import answer_indicator
from .inspections import council_reports
from .question import Context, Question
from .reply import Item, Reply, plural, source_of
from .scope import inspections_on
from .search import answer_search, sentences_about

NOISE = STOPWORDS | {"how", "was", "were", "judged", "judgement", "judgements", "judgment", "grade", "graded",
                     "grades", "rated", "rating", "ratings", "get", "got", "did", "do", "does", "ofsted", "inspection",
                     "inspectors", "doing", "according", "our", "we", "us", "has", "have", "had", "changed",
                     "change", "since", "over", "time", "trend", "been", "council", "latest", "last", "current",
                     "give", "gave", "score", "scored", "result", "results", "outcome", "outcomes", "say", "said",
                     "in", "be", "any", "all", "then", "now", "these", "days", "nowadays", "currently", "presently",
                     "today"}  # 'what grades do our residential homes have these days'
TREND = re.compile(r"\b(?:changed?|changes|trend|over time|over the years|history|since (?:19|20)\d\d|"
                   r"each inspection|every inspection|all (?:the )?inspections|previous(?:ly)?|improved|got worse|"
                   r"vs|versus|compared?|comparison|better|worse|over the (?:\d|two|three|four|five) inspections)\b")
ACROSS = re.compile(r"\b(?:which|what|how many|list|any)\b.{0,20}\b(?:councils?|authority|authorities|las?|la's|"
                    r"boroughs?|county|counties)\b")


def _asked_words(q: Question) -> list[str]:
    ignore = NOISE | theme_words(q.theme) | set((q.council or "").split())  # 'for children in care': LAC's
    return [w for w in re.findall(r"[a-z]+", q.text) if w not in ignore and len(w) > 1]


def answer_judgement(ctx: Context, q: Question) -> Reply:
    rows = everywhere = lookup.judgements(ctx.db, q.today)
    reports, notes = council_reports(ctx, q)
    if reports:
        mine = {r["doc_id"] for r in reports}
        rows = [r for r in rows if r["doc_id"] in mine] or rows
    if not rows:
        return Reply("I have no inspection judgements in records dated up to "
                     f"{format_date(q.today)}.", intent="judgement")
    if q.theme:
        rows = [r for r in rows if r["theme"] and r["theme"].lower() == q.theme] or rows
    words = _asked_words(q)
    if ACROSS.search(q.text) and not q.council and len({r["council"] for r in everywhere}) > 1:
        return _across(ctx, q, everywhere, words)
    if len(q.councils) > 1:  # 'westminster vs kingston overall effectiveness'
        return _compared(ctx, q, everywhere, _asked_words(replace(q, council=None)))
    if TREND.search(q.text) and len({r["doc_id"] for r in rows}) > 1:
        return answer_trend(ctx, q, rows, words, notes)
    latest = [r for r in rows if r["doc_id"] == rows[0]["doc_id"]]
    several = len({r["council"] for r in inspections_on(ctx, q.today)}) > 1
    within = {r["doc_id"] for r in reports} if several else None  # another council's inspection is not ours
    later = later_inspection(ctx, latest[0]["doc_date"], q.today, within) if latest[0]["doc_date"] else None
    notes = notes + [later] if later else notes
    if EVER.search(q.text) and q.rating:  # 'was doncaster ever inadequate?': every report, and what they recall
        return answer_ever(ctx, q, rows, words, notes)
    if WHY.match(q.text):  # 'why was west sussex rated inadequate?': the grade, then what the report says
        return _why(ctx, q, latest, words, notes)
    other = _anothermonth_of(ctx, q, latest)
    if other:  # 'what did ofsted find at the jan unannounced inspection?': not the December one's grades
        return other
    said = _rated_in_text(ctx, q, words, everywhere)
    if said:  # 'how are our children's homes rated?': no judgement of that, but the papers say how
        return said
    score, best = best_category(latest, words)
    if best:
        return _one(ctx, q, latest, best, score, notes)
    names = [r["category"] for r in everywhere] + [words.capitalize() for words, _since, _why in JUDGEMENT_NOTES]
    known = [{"category": c} for c in {name.lower(): name for name in names}.values()]
    _score, elsewhere = best_category(known, words)
    if elsewhere:  # a category other reports judge, or the framework once did, but not this one
        return _not_judged(ctx, q, latest, elsewhere["category"], notes)
    docs = ctx.docs(q.today)
    title = latest[0]["inspection"]
    if q.rating:  # 'which safeguarding judgements were inadequate?'
        latest = [r for r in latest if r["rating"].lower().startswith(q.rating)]
        if not latest:
            return Reply(f"No judgement in {title} was {q.rating}.", notes=notes, intent="judgement")
    items = [Item(f"{r['theme'] + ': ' if r['theme'] and not q.theme else ''}{r['category']} — {r['rating']}",
                  source_of(r, docs)) for r in latest]
    rated = f", judged {q.rating}" if q.rating else ""
    theme = f" ({q.theme})" if q.theme else ""
    return Reply(f"{plural(len(items), 'judgement')} from {title}{theme}{rated}:", items, notes=notes,
                 intent="judgement")


WHY = re.compile(r"^\s*(?:why|how come|what made|what led)\b")


def _why(ctx: Context, q: Question, latest: list[dict], words: list[str], notes: list[str]) -> Reply:
    """The grade asked about (overall effectiveness unless another is named), then the passages
    of the same report that best say why: its words and the grade's."""
    overall = next((r for r in latest if r["category"].lower() == "overall effectiveness"), latest[0])
    best = best_category(latest, words)[1] or overall
    rating = best["rating"].lower()
    asked = [w for w in words if w not in RATING_WORDS and w not in (q.council or "").split()]
    found = answer_search(ctx, replace(q, words=asked + rating.split(), scope=frozenset({best["doc_id"]})))
    lead = f"{best['category']} was judged {best['rating']} ({month_of(best)}). What the report says:"
    return Reply(lead, found.items, notes=notes, intent="judgement")


def _months_before(q: Question, month: int, reported: date) -> int:
    """How many months before the report the month named is: of the year written beside it ('dec 09',
    'dec 2010'), else the last such month by the clock."""
    named = month_and_year(q.text)
    year = named[0] if named else q.today.year - (month > q.today.month)
    return (reported.year - year) * 12 + reported.month - month


def _anothermonth_of(ctx: Context, q: Question, latest: list[dict]) -> Reply | None:
    """A month named that neither the judged inspection nor its report falls in: what the papers
    say of that inspection, never the judged one's grades in its place."""
    month = month_named(q.text)
    if not month:
        return None
    held = next((r for r in inspections_on(ctx, q.today) if r["doc_id"] == latest[0]["doc_id"]), {})
    days = [held.get("start"), held.get("end"), latest[0]["doc_date"]]
    if any(d and int(d[5:7]) == month for d in days):
        return None
    reported = latest[0]["doc_date"]
    if not held and reported and _months_before(q, month, date.fromisoformat(reported)) in range(REPORTED_WITHIN + 1):
        return None  # 'the dec 09 inspection', its dates unrecorded: a council paper reports an inspection in the
        # months after it
    found = answer_search(ctx, q)
    if not found.items:
        return None
    found.lead = (f"The judgements in the records are from {latest[0]['inspection']} ({month_of(latest[0])}), not "
                  f"an inspection in the month you named; what the papers say about it:")
    found.intent = "judgement"
    return found


WHOSE = {"about", "our", "us", "we", "they", "them"}  # 'what did the annual assessment letter say about us'


def _rated_in_text(ctx: Context, q: Question, words: list[str], rows: list[dict]) -> Reply | None:
    """A subject no judgement names ('children's homes', 'case files'): how the papers rate or count
    it, from the newest sentence naming it with a grade (or, asked 'how many', a figure)."""
    judged = {w[:5] for r in rows for w in re.findall(r"[a-z]+", r["category"].lower())} | {"child", "young", "peopl"}
    subject = [w for w in words if w[:5] not in judged and w not in RATING_WORDS and len(w) > 2
               and w not in WHOSE]
    if subject:  # not a council, nor words of the reports' own titles
        subject = [w for w in subject if w not in remembered(ctx, "named", q.today, lambda: _named_words(ctx, q.today))]
    if not subject or (q.rating and not re.search(r"\b(?:rated|judged|graded)\b", q.text)):
        return None
    if re.search(r"\bhow many\b|\bnumber of\b", q.text):
        counted = answer_indicator(ctx, q)
        return counted if counted.items and counted.intent == "indicator" else None
    docs = ctx.docs(q.today)
    found = [(docs.get(p["doc_id"], {}).get("date") or "", p, sentence) for p, sentence in sentences_about(
        ctx, subject, q.today, lambda s: GRADE_SAID.search(s) is not None and mentions(s, subject),
        docs=q.scope)]
    if not found:
        return None
    _day, passage, sentence = max(found, key=lambda f: f[0])
    asked = " ".join(w for w in words if w not in RATING_WORDS and w not in WHOSE)
    lead = f"No inspection judgement is about \u2018{asked}\u2019; the records say: \u201c{sentence}\u201d"
    return Reply(lead, [Item(lead, source_of(passage, docs))], intent="judgement").flatten()


def _named_words(ctx: Context, today: date) -> set[str]:
    """Words that name the records' councils ('rbkc', 'bcp', 'doncaster') and their reports' titles."""
    inspected = {r["doc_id"] for r in lookup.inspections(ctx.db, today)}
    titles = " ".join(d["title"] or "" for d in lookup.document_titles(ctx.db, today)
                      if d["id"] in inspected or re.search(r"\binspection\b", d["title"] or "", re.I)).lower()
    named = set(re.findall(r"[a-z]+", titles))  # inspection reports' titles: 'Inspection of X children's services'
    for council in lookup.councils(ctx.db):
        for name in (council.lower(), council_key(council)):
            parts = re.findall(r"[a-z]+", name)
            named |= set(parts) | {"".join(w[0] for w in parts), "".join(w[0] for w in parts if w not in STOPWORDS)}
    return named


RATING_WORDS = {"rated", "rating", "ratings", "rate", "rates", "judged", "graded", "good", "outstanding", "adequate",
                "improved", "improve", "better", "worse", "changed", "since", "up", "down", "went", "gone", "go",
                "inadequate", "requires", "improvement", "ofsted", "how", "our", "are", "is", "by", "overall", "what",
                "did", "does", "get", "got", "give", "gave", "score", "scored", "grade", "grades", "inspectors",
                "inspected", "inspection", "judgement", "judgements", "think", "thought", "say", "said", "now", "find",
                "found", "flag", "flagged", "note", "noted", "announced", "unannounced", "visit", "table", "tables",
                "grid"}  # 'from the announced inspection', 'in the inspection table': where the grade is, not what
# was judged


def _one(ctx: Context, q: Question, rows: list[dict], best: dict, score: float, notes: list[str]) -> Reply:
    docs = ctx.docs(q.today)
    same = [r for r in rows if category_score(r["category"], _asked_words(q)) == score and r["theme"] != best["theme"]]
    theme = f" for {best['theme'].lower()}" if best["theme"] else ""
    lead = f"{best['category']}{theme} was judged {best['rating']}."
    notes = [f"For {r['theme'].lower()}: {r['rating']}." for r in same[:2]] + notes
    return Reply(lead, [Item(lead, source_of(best, docs))], notes=notes, intent="judgement").flatten()


def _not_judged(ctx: Context, q: Question, latest: list[dict], category: str, notes: list[str]) -> Reply:
    docs = ctx.docs(q.today)
    day = latest[0]["doc_date"] or ""
    lead = f"The latest inspection ({latest[0]['inspection']}) made no '{category}' judgement."
    for words, since, why in JUDGEMENT_NOTES:
        if words in category.lower() and day >= since:
            lead += " " + why
    items = [Item(f"{r['category']} — {r['rating']}", source_of(r, docs)) for r in latest]
    return Reply(lead + " Its judgements were:", items, notes=notes, intent="judgement")


def _across(ctx: Context, q: Question, rows: list[dict], words: list[str]) -> Reply:
    """'Which councils are rated inadequate?': each council's latest report (of the year named, if
    one is), graded on the category asked (overall effectiveness unless another is named)."""
    years = set(YEAR.findall(q.text))
    latest = _latest_by_council(rows, years)
    asked = _category_words(words)
    graded = _graded(latest, asked)
    graded.sort(key=lambda g: g[0])
    if not graded:
        return Reply("None of the inspection reports holds a grade for what you asked about.", intent="judgement")
    category = graded[0][1]["category"] if asked else "Overall effectiveness"
    chosen = [(c, r) for c, r in graded if not q.rating or r["rating"].lower().startswith(q.rating)]
    docs = ctx.docs(q.today)
    items = [Item(f"{c} — {r['rating']} ({month_of(r)})", source_of(r, docs)) for c, r in chosen]
    in_year = f" in {' and '.join(sorted(years))}" if years else ""
    judged = f" judged {q.rating}" if q.rating else ""
    lead = (f"{len(chosen)} of the {len(graded)} councils whose latest inspection{in_year} graded "
            f"{category.lower()} were{judged}" + (":" if chosen else "."))
    missing = len(latest) - len(graded)
    whose = "1 council's latest report gives" if missing == 1 else f"{missing} councils' latest reports give"
    notes = [f"{whose} no {category.lower()} grade."] if missing else []
    if q.rating and not years and not chosen:  # 'which LAs are inadequate?' of none now: those that were
        earlier = _earlier(rows, latest, category, q.rating)
        if earlier:
            notes.insert(0, f"Earlier inspections judged {q.rating}: {', '.join(earlier)}.")
    return Reply(lead, items, notes=notes, intent="judgement")


def _compared(ctx: Context, q: Question, rows: list[dict], words: list[str]) -> Reply:
    """'Compare westminster and kingston overall effectiveness', 'middlesbrough vs bury help and
    protection': the category asked (overall effectiveness unless another is named) in each
    council's latest report, in the order named."""
    latest = _latest_by_council(rows, set(YEAR.findall(q.text)))
    named = set(q.councils)
    for key in q.councils:
        named |= {k for k in latest if k.startswith(key) or key.startswith(k)}
    asked = [w for w in _category_words(words) if not any(w in key.split() for key in named)]
    order = {key: i for i, key in enumerate(q.councils)}
    graded = dict(sorted(_graded({k: v for k, v in latest.items() if k in named}, asked),
                         key=lambda g: min((i for key, i in order.items() if council_key(g[0]).startswith(key)
                                            or key.startswith(council_key(g[0]))), default=len(order))))
    docs = ctx.docs(q.today)
    items = [Item(f"{council} — {r['category']}: {r['rating']} ({month_of(r)})", source_of(r, docs))
             for council, r in graded.items()]
    missing = [key for key in q.councils if not any(council_key(c) == key for c in graded)]
    notes = [f"No report I hold grades {', '.join(missing)} on that."] if missing else []
    what = next(iter(graded.values()))["category"] if graded else "that"
    return Reply(f"{what}, in each council's latest inspection:" if graded else
                 "None of the reports I hold grades those councils on that.", items, notes=notes, intent="judgement")


def _latest_by_council(rows: list[dict], years: set[str]) -> dict[str, list[dict]]:
    """Each council's judgements from its newest report (of the years named, if any)."""
    latest: dict[str, list[dict]] = {}
    for r in rows:  # newest report first
        if not r["council"] or (years and (r["doc_date"] or "")[:4] not in years):
            continue
        mine = latest.setdefault(council_key(r["council"]), [])
        if not mine or mine[0]["doc_id"] == r["doc_id"]:
            mine.append(r)
    return latest


def _category_words(words: list[str]) -> list[str]:
    return [w for w in words if w not in {"councils", "council", "authorities", "authority", "which", "many", "list",
                                          "la", "las", "borough", "boroughs", "county", "counties", "compare",
                                          "compared", "vs", "versus", "and", "or", "both", "better", "worse",
                                          "best", "worst", "higher", "lower"}
            and not re.fullmatch(r"(?:19|20)\d\d|inadequate|outstanding|good|requires|improvement|adequate", w)]


def _graded(latest: dict[str, list[dict]], asked: list[str]) -> list[tuple[str, dict]]:
    """(council, judgement) for the category asked, else overall effectiveness; never one for the other."""
    graded = []
    for mine in latest.values():
        best = best_category(mine, asked)[1] if asked else \
            next((r for r in mine if r["category"].lower() == "overall effectiveness"), None)
        if best:
            graded.append((mine[0]["council"], best))
    return graded


def _earlier(rows: list[dict], latest: dict[str, list[dict]], category: str, rating: str) -> list[str]:
    """Councils whose older reports graded the category `rating` (not the latest, already shown)."""
    newest = {mine[0]["doc_id"] for mine in latest.values()}
    found: dict[str, str] = {}
    for r in rows:
        if r["doc_id"] in newest or not r["rating"].lower().startswith(rating):
            continue
        if r["category"].lower() == category.lower():
            found.setdefault(r["council"], month_of(r))
    return [f"{council} ({when})" for council, when in sorted(found.items())]
