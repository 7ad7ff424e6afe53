"""Performance indicators (value against target and period) and sums of money."""

from __future__ import annotations

import re
from dataclasses import replace

from store import fulltext, lookup
from store.dates import NUMBER_WORDS, YEAR
from store.vocab import STOPWORDS, THEME_NAMES, money_value, themes_named

from .cache import remembered
from .concepts import concepts, concepts_in
from .question import Context, Question
from .reply import Item, Reply, source_of
from .search import answer_search, best_sentences, rank_passages, topic_words, without_letters

SUM_ASKED = re.compile(r"£?\b(\d+(?:\.\d+)?)\s?(m|k|bn|million|thousand|billion)\b")


def _rows(ctx: Context, q: Question, unit: str) -> list[dict]:
    """Figures of the sum the question names ('where's the 6.2m from'); else those whose own
    sentence matches; else figures in the passages that match."""
    asked = SUM_ASKED.search(q.text) if unit == "money" else None
    valued = lookup.indicators_of_value(ctx.db, money_value(asked[1], asked[2]), q.today, unit) if asked else []
    if valued:
        return valued
    words = [w for w in q.words if w not in ("money", "extra", "funding", "spent", "spend", "additional")
             and w not in TREND_WORDS]  # 'how are breeze card numbers looking': the figure, however asked
    rows = lookup.search_indicators(ctx.db, words or q.words, q.today, unit=unit, limit=5)
    if rows or not words:
        return rows
    return fulltext.indicators_by_passage(ctx.db, words, q.today, unit=unit, limit=5)


PERIOD = re.compile(r"\b(?:19|20)\d\d(?:[/-]\d{2,4})?\b")


def _period_first(rows: list[dict], text: str) -> list[dict]:
    """Figures for the year or financial year the question names ('in 2010/11') first."""
    periods = PERIOD.findall(text)
    if not periods:
        return rows
    return sorted(rows, key=lambda r: not any(p in (r.get("sentence") or "") for p in periods))


def _fallback(ctx: Context, q: Question, missing: Reply) -> Reply:
    """No figure matched: the passages that mention the words, if any (still an answer to a
    question about a figure, and saying it has none); else say so."""
    found = answer_search(ctx, q)
    if not found.items:
        return missing
    found.intent = missing.intent
    return found


FIGURE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                    r"fifty|hundred|thousand|million|all|none|half|double|twice)\b", re.I)
KPI_WORDS = {"kpi", "kpis", "indicator", "indicators", "measure", "measures", "metric", "metrics", "performance",
             "red", "amber", "green", "blue", "rag", "rated", "target", "targets", "met", "meet", "meeting", "hit",
             "missed", "miss", "achieved", "floor", "quarter", "q1", "q2", "q3", "q4", "first", "second", "third",
             "fourth", "latest", "report", "our", "are", "which", "how", "many", "number", "below", "above",
             "standard", "against", "have", "do", "we", "what", "is", "the", "of", "in", "why", "was", "were",
             "status", "rating", "ratings"}
TREND_WORDS = {"looking", "doing", "going", "track", "course", "vs", "versus", "beat", "beating", "hit", "hitting",
               "far", "up", "down", "increase", "increased", "growth", "grown", "grew", "rise", "risen", "rose", "fell",
               "fall", "compare", "compared", "currently", "latest", "participation", "turnout", "figures", "numbers",
               "stats", "statistics", "record", "beaten", "newest", "recent", "most", "you've", "got", "so"}
QUESTION_WORDS = {"number", "numbers", "many", "much", "figure", "figures", "total", "count", "rate", "level",
                  "percentage", "percent", "proportion"}  # how a figure is asked for, not what of


def _overlap(sentence: str, words: list[str]) -> float:
    low = sentence.lower()
    return sum(1 for w in words if re.search(rf"\b{re.escape(w[:max(4, len(w) - 2)])}", low)) / max(1, len(words))


YEARS = re.compile(r"\b(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?\b")  # '2009-14', '2024/25'
LAST_YEAR = re.compile(r"\blast (?:year|yr)'?s?\b|\bprevious year\b|\bthe year before\b", re.I)
COMPARED = re.compile(r"\b(?:growth|grow\w*|increase\w*|rise|risen|rose|since|vs|versus|beat|compared?|"
                      r"up or down|gone up|go up|went up|more than|fewer|less than)\b")
COUNTING = re.compile(r"\bhow many\b|\bnumber of\b")
SHARE_ASKED = re.compile(r"\b(?:percentage|per ?cent|proportion)\b")
SHARE_SAID = re.compile(r"%|\bper ?cent\b|\bpercentage\b|\bproportion\b|\bin (?:every|each) \d|"
                        r"\b(?:half|third|quarter)s?\b", re.I)
RATE_ASKED = re.compile(r"\b(?:rate|percentage|proportion|per ?cent|%|within|timeliness|timely)\b")


def counted(sentence: str, words: list[str]) -> bool:
    """A number right before one of the words asked: '190 children', '42 adoption orders'."""
    stems = "|".join(re.escape(w) + r"s?\b" if len(w) <= 5 else re.escape(w[:max(4, len(w) - 2)])
                     for w in words if len(w) > 2)  # 'care' counts cares, not carers
    number = (r"(?:(?<![-/\d])(?!(?:19|20)\d\d\b)\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|"
              r"eleven|twelve|twenty|thirty|hundreds?)")  # a year is not a count, nor the end of '2009-14'
    return bool(stems) and re.search(rf"\b{number}\s+(?:[a-z-]+\s+){{0,2}}(?:{stems})", sentence.lower()) is not None


FIGURE_YEAR = re.compile(r"\b((?:19|20)\d\d)\b(?! (?:report|inspection|visit|letter|ofsted|paper)s?\b)")
NUMBERED = re.compile(r"^\s*\d{1,2}(?:\.\d{1,3})+\s+")
POOL = 8  # passages searched for a figure


def figure_sentence(ctx: Context, q: Question) -> tuple[float, dict, str] | None:
    """The sentence with a figure in it that best matches the question's words, from the best passages;
    failing that, without letters no paper writes ('% NFA': 'no further action', as the papers say it)."""
    found = _figure_sentence(ctx, q, q.words)
    plain = without_letters(ctx.db, q.words)
    if plain != q.words and (not found or found[0] < ENOUGH_SAID):
        return _figure_sentence(ctx, q, plain) or found
    return found


def _figure_sentence(ctx: Context, q: Question, words: list[str]) -> tuple[float, dict, str] | None:
    asked = [w for w in words if w not in QUESTION_WORDS and w not in TREND_WORDS] or words
    wordings = [asked]
    for theme in themes_named(q.text):  # 'children in care' are counted as 'looked after' in reports
        said = {w for name in THEME_NAMES[theme] for w in name.split()} - set(theme.split())
        wordings.append([w for w in asked if w not in said] + [w for w in theme.split() if w not in STOPWORDS])
    best = None
    counting = bool(COUNTING.search(q.text))
    years = set(FIGURE_YEAR.findall(q.text))  # 'births in 2022'; not 'in the 2014 report', which picks the report
    last_year = bool(LAST_YEAR.search(q.text))
    share = bool(SHARE_ASKED.search(q.text))  # 'what %': a share, so a sentence giving one
    passages = {p["id"]: p for words in wordings
                for p in fulltext.search_passages(ctx.db, topic_words(words, q), q.today, limit=POOL, docs=q.scope)}
    if counting and q.scope is not None:  # a council's own figures: its reports' 'in this area' fact sheets
        passages |= {p["id"]: p for p in fulltext.fact_sheets(ctx.db, q.scope, q.today)}
    topics = [topic_words(words, q) for words in wordings]  # not the council's name, within its reports
    weights = fulltext.term_weights(ctx.db, [w for words in topics for w in words])
    docs = ctx.docs(q.today)
    for passage in passages.values():
        before = so_far = ""
        newer = (docs.get(passage["doc_id"]) or {}).get("date") or ""
        for sentence in re.split(r"(?<=[.!?])\s+|\n", passage["text"]):
            sentence = NUMBERED.sub("", sentence)  # '2.1 Adoption performance Good': a heading's number counts nothing
            said_before, before = before, sentence
            said_earlier, so_far = so_far, f"{so_far} {sentence}"
            if not FIGURE.search(sentence) or len(sentence) >= 500 or (share and not SHARE_SAID.search(sentence)):
                continue
            for words in topics:  # each sentence as the best wording of the question reads it
                score = own = _weighted_overlap(sentence, words, weights)
                if re.search(r"\d", sentence) and (score or not FIGURE.search(said_before)) and (
                        counting or _weighted_overlap(said_before, words, weights)):
                    # 'Breeze on Tour was a success. More than 16,000 … attended', 'Breeze Card holders rose to
                    # 104,000. An ambitious 2009/10 target of 116,000…': the subject is named before
                    score = max(score, 0.75 * _weighted_overlap(f"{said_before} {sentence}", words, weights))
                if own and not counting and re.search(r"\d", sentence):  # 'New practice in the contact centre …
                    # Through this work the percentage of no further action cases has fallen to 2%': the passage's
                    # subject, said earlier (a count counts its own subject: '1,562 young people took part')
                    score = max(score, 0.6 * _weighted_overlap(f"{said_earlier} {sentence}", words, weights))
                if score and counting:  # 'how many children…': '190 children were…' counts them; a year does not
                    score += 0.5 * bool(counted(sentence, words)) - 0.25 * (not re.search(r"\d", sentence)) \
                        - 0.5 * (not re.search(r"\d", YEARS.sub("", sentence)) and bool(re.search(r"\d", sentence)))
                if score and last_year and LAST_YEAR.search(sentence):  # 'how many … last year': as the papers say it
                    score += 0.5
                if score and years:  # 'births in 2022': the sentence of that year, not of 2005
                    said = set(YEAR.findall(sentence))
                    score += 1.0 if said & years else -0.5 if said else 0
                if score and (best is None or (round(score, 2), newer) > (round(best[0], 2), best[3])):
                    shown = sentence.strip("- ")  # a list's item, with what introduces it ('In the last 12 months:')
                    shown = f"{said_before.strip('- ')} {shown}" if said_before.rstrip().endswith(":") or (
                        said_before and own < score and not counting) else shown  # with the subject it is of
                    best = (score, passage, shown, newer)  # as good: the newer report's
    return best[:3] if best else None


def _weighted_overlap(sentence: str, words: list[str], weights: dict[str, tuple[str, float]]) -> float:
    """The share of the question's concepts the sentence carries, a rare word counting for more
    ('arrivals' over 'kent'), an acronym and its spelling-out as one."""
    held = concepts_in(sentence, words, weights)
    total = sum(max(weights.get(w, (w, 1.0))[1] for w in group) for group in concepts(words))
    return sum(held.values()) / total if total else 0.0


LISTED_MOST = 8  # items of a list shown after the sentence introducing it


def _items_after(text: str, sentence: str) -> list[str]:
    """The list items a passage gives straight after the sentence introducing them ('… are:-' then
    '- NI 110 …'); none when none follow. A numbered paragraph ('- 3.8 …') ends the list."""
    at = text.find(sentence.rstrip(":-").rstrip())
    if at < 0:
        return []
    items = []
    for line in text[at:].splitlines()[1:]:
        m = re.match(r"\s*(?:[-•*]|\(?[a-z0-9]{1,2}[.)])\s+(.+)", line)
        if not m or re.match(r"\d+(?:\.\d+)+\b", m[1]):
            break
        items.append(m[1].strip().rstrip(";.,"))
    return items[:LISTED_MOST]


def _the_list_asked(q: Question, sentence: str, items: list[str]) -> bool:
    """Is the list after the sentence what is asked: as many items as the sentence counts ('the two
    national indicators'), or, when it counts none, a question asking which or what they are?"""
    said = re.search(rf"\b(\d+|{'|'.join(w for w in NUMBER_WORDS if len(w) > 2)})\b", sentence.lower())
    if said:
        return (int(said[1]) if said[1].isdigit() else NUMBER_WORDS[said[1]]) == len(items)
    return bool(re.match(r"\s*(?:which|what)\b", q.text))


CODES = re.compile(r"\b(?!(?:in|at|on|of|by|to|for|the|and|from|since|till|until|as|per|nov|dec|jan|feb|mar|apr|"
                   r"may|jun|jul|aug|sep|sept|oct)\b)([a-z]{2,4}) (?!(?:19|20)\d\d\b)(\d{1,4})\b"
                   r"(?! (?:days?|weeks?|months?|years?)\b)")  # 'ni 110', 'ni 57'; not 'in 2009'


def _each_code(ctx: Context, q: Question) -> Reply | None:
    """'NI 110 and NI 57 - what do they measure?': each indicator named by its code, answered in turn;
    None unless every one is found."""
    codes = list(dict.fromkeys(CODES.findall(q.raw.lower())))
    if len(codes) < 2 or len(codes) > 5:
        return None
    items = []
    for _prefix, number in codes:
        others = {n for _p, n in codes if n != number}
        gone = re.compile(rf"\b(?:{'|'.join(others)})\b")
        one = replace(q, text=gone.sub(" ", q.text), raw=gone.sub(" ", q.raw), words=[w for w in q.words
                                                                                   if w not in others])
        reply = answer_indicator(ctx, one)
        if reply.intent != "indicator" or not reply.single or not reply.items or not re.search(
                rf"\b{number}\b", reply.lead):  # each quoted by its own code, or none is
            return None
        items.append(Item(reply.lead.removeprefix("From the records: "), reply.items[0].source))
    return Reply(f"From the records, {len(items)} indicators:", items, intent="indicator")


def answer_indicator(ctx: Context, q: Question) -> Reply:
    each = _each_code(ctx, q)
    if each:
        return each
    kpi = best_kpi(ctx, q)
    words = [w for w in q.words if w not in QUESTION_WORDS and w not in TREND_WORDS]
    found = figure_sentence(ctx, q) if words else None
    if kpi and COUNTING.search(q.text) and "%" in (kpi["value"] or "") and not RATE_ASKED.search(q.text):
        if found and counted(found[2], words):  # 'how many children have an EHCP?' is a count, not the rate
            kpi = None
    if kpi:  # a rated indicator of the newest performance report carries the words
        return answer_one_kpi(ctx, q, kpi)
    rows = [r for r in _rows(ctx, q, "number") if _overlap(f"{r['name']} {r['sentence']}", words) >= 0.5]
    if found and found[0] < ENOUGH_SAID:  # a sentence that carries under half of what was asked answers nothing
        found = None
    weights = fulltext.term_weights(ctx.db, words) if found and rows else {}
    if found and (not rows or found[0] > _weighted_overlap(f"{rows[0]['name']} {rows[0]['sentence']}", words,
                                                           weights)):  # both read the same way
        _score, passage, sentence = found
        if COMPARED.search(q.text):  # 'growth since last year': the figure and the one the paper sets beside it
            after = (passage["text"] or "").split(sentence, 1)[-1].strip()
            following = re.split(r"(?<=[.!?])\s+(?=[A-Z])", after, maxsplit=1)[0] if after else ""
            if following and following != sentence and re.search(r"\d", following):
                sentence = f"{sentence} {following}"
        listed = _items_after(passage["text"] or "", sentence) if sentence.rstrip("-").rstrip().endswith(":") else []
        if listed and _the_list_asked(q, sentence, listed):  # 'the two national indicators … are:': and the two
            sentence = f"{sentence.rstrip('-').rstrip()}\u201d {'; '.join(listed)}"  # its items after the quote
        else:
            sentence += "\u201d"
        lead = f"From the records: \u201c{sentence}"
        intent = "money" if "£" in sentence and "how much" in q.text else "indicator"
        return Reply(lead, [Item(lead, source_of(passage, ctx.docs(q.today)))], intent=intent).flatten()
    if not rows:
        return _fallback(ctx, q, Reply(f"I couldn't find an indicator about \u2018{' '.join(q.words)}\u2019.",
                                       notes=["Indicators are read from sentences naming a target, e.g. "
                                              "\u2018a target of 116,000\u2019."], intent="indicator"))
    docs = ctx.docs(q.today)
    items = []
    for r in rows:
        text = r["name"][0].upper() + r["name"][1:]
        if r["value"]:
            text += f": {r['value']} against a target of {r['target']}"
        else:
            text += f": target {r['target']}"
        if r["period"]:
            text += f" ({r['period']})"
        items.append(Item(f"{text}. \u201c{r['sentence']}\u201d", source_of(r, docs)))
    if len(items) == 1:
        return Reply(items[0].text, items, intent="indicator").flatten()
    return Reply(f"{len(items)} indicators match:", items, intent="indicator")


def answer_money(ctx: Context, q: Question) -> Reply:
    rows = _period_first(_rows(ctx, q, "money"), q.text)
    if not rows:
        return _fallback(ctx, q, Reply(f"I couldn't find a sum of money about \u2018{' '.join(q.words)}\u2019.",
                                       intent="money"))
    docs = ctx.docs(q.today)
    best = rows[0]
    lead = (f"{best['value']}" + (f" for {best['name']}" if best["name"] != "money" else "") +
            f" — \u201c{best['sentence']}\u201d")
    others = [f"Also: {r['value']}" + (f" for {r['name']}" if r["name"] != "money" else "")
              for r in rows[1:3]]
    return Reply(lead, [Item(lead, source_of(r, docs)) for r in rows[:3]], notes=others,
                 intent="money").flatten()


def stem(word: str) -> str:
    word = word.lower().replace("'s", "")
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def kpi_words(text: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[a-z0-9']+", text.lower()) if len(w) > 2}


def describe_kpi(row: dict) -> str:
    """'Number of foster households — Red: 613 against a target of 700 (floor 650); previously 612 (Red)'."""
    text = f"{row['name']} \u2014 {row['rag']}"
    if row["value"]:
        text += f": {row['value']}"
        if row["target"]:
            text += f" against a target of {row['target']}"
    if row["floor"]:
        text += f" (floor {row['floor']})"
    if row["previous"]:
        text += f"; previously {row['previous']}" + (f" ({row['previous_rag']})" if row["previous_rag"] else "")
    return text


def kpi_rows(ctx: Context, today) -> list[dict]:
    """The newest performance report's rated indicators, kept until the records change."""
    return remembered(ctx, "kpis", today, lambda: lookup.kpis(ctx.db, today))


def best_kpi(ctx: Context, q: Question) -> dict | None:
    """The rated indicator whose name best carries the question's words, if one clearly does."""
    rows = kpi_rows(ctx, q.today)
    found = kpi_named(q.words, [r["name"] for r in rows])
    return rows[found[0][0]] if found and len(found[0]) == 1 else None


MEASURE_WORDS = {"percentage", "percent", "proportion", "rate", "ratio", "number", "numbers", "hitting", "hit", "doing",
                 "average", "avg", "total", "level",
                 "latest", "figure", "figures", "score", "value", "secured", "completed", "delivered", "within",
                 # how a measure moved, not what it measures
                 "success", "drop", "dropped", "fall", "fell", "falling", "rise", "rose", "rising", "low", "high",
                 "lower", "higher", "worse", "better", "improve", "improved", "change", "changed", "this", "last"}


def name_stems(text: str) -> set[str]:
    """What a KPI's name (or a question) says it measures: its words' first five letters, hyphenated
    words apart ('in-house'), without the words every KPI question uses."""
    return {w[:5] for w in re.findall(r"[a-z0-9]+", text.lower().replace("'s", ""))
            if len(w) > 2 and w not in KPI_WORDS and w not in MEASURE_WORDS and w not in STOPWORDS}


ENOUGH_SAID = 0.5  # a figure's sentence must carry this much of the question (weighted) to be the answer
RAG_WORDS = re.compile(r"\b(?:GREEN|AMBER|RED)\b")


def _commentary(text: str) -> str:
    """A passage without the lines of a RAG grid ('… GREEN GREEN AMBER'): what is written about them."""
    return "\n".join(line for line in text.split("\n") if len(RAG_WORDS.findall(line)) < 2)


def kpi_named(words: list[str], names: list[str]) -> tuple[list[int], float] | None:
    """The KPIs (their indexes in `names`) whose names carry at least half of what the question's
    words say, with two words or one that few KPIs share ('pothole', 'FOI', 's106'), and the share:
    the best, and those as good ('foster' names two)."""
    asked = name_stems(" ".join(words))
    if not asked or not names:
        return None
    whole = {w for w in re.findall(r"[a-z0-9]+", " ".join(words).lower()) if len(w) > 2}
    held = [name_stems(n) for n in names]
    scored = []
    for i, own in enumerate(held):
        hits = asked & own
        rare = [h for h in hits if sum(h in other for other in held) <= 2]
        share = len(hits) / len(asked)
        if (share > 0.5 and (len(hits) >= 2 or rare)) or (share == 0.5 and rare):  # half: a telling word
            exact = len(whole & set(re.findall(r"[a-z0-9]+", names[i].lower())))  # in full before stems
            scored.append(((share, exact, len(hits)), i))
    if not scored:
        return None
    top = max(key for key, _i in scored)
    return [i for key, i in scored if key == top], top[0]


def answer_one_kpi(ctx: Context, q: Question, row: dict) -> Reply:
    lead = describe_kpi(row) + "."
    docs = ctx.docs(q.today)
    if re.match(r"^\s*why\b", q.text):  # 'why was the s106 kpi red?': the report's own commentary on it
        words = [w for w in kpi_words(row["name"]) if len(w) > 2]
        found = fulltext.search_passages(ctx.db, words, q.today, limit=12, docs=frozenset({row["doc_id"]}))
        said = rank_passages([dict(p, text=_commentary(p["text"])) for p in found if row["name"][:40] not in p["text"]],
                             words, fulltext.term_weights(ctx.db, words), docs, limit=3)
        if said:
            return Reply(f"{lead} What the report says about it:",
                         [Item(best_sentences(p["text"], words, limit=3), source_of(p, docs)) for p in said],
                         intent="indicator")
    return Reply(lead, [Item(lead, source_of(row, docs))], intent="indicator").flatten()
