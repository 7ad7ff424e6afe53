"""Resolve names in questions (bodies, themes, people, plans) against what the store holds.

Candidates come from an inverted index of name words: each question word is matched
against the vocabulary (exactly, or with rapidfuzz over the vocabulary in C), and only the
entities holding a matched word are scored. The tables are cached until documents change.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

import sqlite_utils
from rapidfuzz import fuzz, process

from handlers.indicators import kpi_named
from handlers.question import BodyRef
from store import lookup
from store.dates import REPORTED_WITHIN
from store.text import initials
from store.vocab import ACRONYMS, BODY_NAME_WORDS, COUNTY_SHORT, STOPWORDS, THEME_NAMES, council_key, themes_named

from .wording import COMMON_WORD, WORD, english_use

GENERIC = BODY_NAME_WORDS
TYPE_WORDS = ("board", "committee", "group")
CHAIR_WORDS = {"vice", "chair", "chairs", "chaired", "chairman", "chairwoman", "chairperson", "deputy"}
TITLES = {"councillor", "cllr", "mr", "mrs", "ms", "dr"}
MATCH = 82
STEM = 7  # letters two forms of a word share ('improve', 'improvement'; not 'leader', 'leadership')
ALIKE = 12  # points of score within which bodies every word names are told apart by their records' recency
DIGIT_WORDS = {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
               "8": "eight", "9": "nine", "10": "ten", "11": "eleven", "12": "twelve"}
HOME_COUNCIL = re.compile(r"\b((?:[A-Z][a-z]+ ){1,2}?)(?:City|County|Borough|District|Metropolitan Borough) "
                          r"Council\b")  # 'Leeds City Council'; not the 'Learning and Skills Council'
COUNCIL_KINDS = {"city", "county", "borough", "district", "metropolitan", "the", "full", "parish", "town", "this",
                 "our", "of", "and", "unitary", "combined", "royal", "london"}
PLACE_WORDS = {"north", "south", "east", "west", "upon", "under", "with", "great", "new", "saint"}


def name_words(name: str) -> list[str]:
    return [w.removesuffix("'s").replace("'", "") for w in re.findall(r"[a-z0-9']+", name.lower())
            if w not in STOPWORDS]


def _body_said(spelt: list[tuple[int, str, dict]], letters: set[str]) -> re.Pattern | None:
    """One pattern for every body's name (its own words, with any small words between them) and its
    initials: in any case from three letters, unless they spell an English word ('map'), and in
    capitals from two."""
    named = [r"(?:'s)?\W+(?:(?:and|of|the|for)\W+){0,2}".join(map(re.escape, own.split())) for _n, own, _b in spelt]
    capitals = {initials(n).upper() for _n, _own, body in spelt for n in body["names"] if len(name_words(n)) >= 2}
    said = [f"(?i:{p})" for p in named] + [f"(?i:{re.escape(w)})" for w in sorted(letters)
                                           if len(w) >= 3 and not english_use(w)] + \
        [re.escape(w.upper()) for w in sorted(letters) if english_use(w)] + [re.escape(w) for w in sorted(capitals)]
    return re.compile(r"\b(?:" + "|".join(said) + r")(?:'s)?\b") if said else None


@dataclass
class Index:
    """Entities by the words of their names, with fuzzy lookup of a word."""

    words_of: list[list[str]] = field(default_factory=list)
    holders: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    vocabulary: list[str] = field(default_factory=list)

    def add(self, entity: int, words: list[str]) -> None:
        while len(self.words_of) <= entity:
            self.words_of.append([])
        self.words_of[entity] += words
        for w in words:
            self.holders[w].add(entity)

    def freeze(self) -> None:
        self.vocabulary = sorted(self.holders)

    def similar(self, word: str, cutoff: float = MATCH) -> dict[str, float]:
        """Vocabulary words close to `word`, with their scores."""
        if word in self.holders:
            return {word: 100.0}
        if len(word) < 4:
            return {}
        found = process.extract(word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff, limit=8)
        english = english_use(word) >= WORD  # 'movement' is a word, not 'improvement' misspelt; 'boards' is 'board'
        return {w: s for w, s, _i in found if len(w) >= 4 and (not english or w[:4] == word[:4])}

    def candidates(self, words: list[str], cutoff: float = MATCH) -> dict[int, dict[str, float]]:
        """entity → {query word: best score} for entities sharing a (fuzzy) word."""
        out: dict[int, dict[str, float]] = defaultdict(dict)
        for q in words:
            for w, score in self.similar(q, cutoff).items():
                for entity in self.holders[w]:
                    out[entity][q] = max(out[entity].get(q, 0), score)
        return out


KIND_FAMILY = {  # what kind of body a word names; boards, committees and panels are called each other's names
    **dict.fromkeys(["board", "boards", "committee", "committees", "panel", "panels", "cabinet", "subcommittee"],
                    "committee"),
    **dict.fromkeys(["partnership", "partnerships"], "partnership"), **dict.fromkeys(["forum", "forums"], "forum"),
    **dict.fromkeys(["network", "networks"], "network"), **dict.fromkeys(["trust", "trusts"], "trust"),
    **dict.fromkeys(["group", "groups", "subgroup", "subgroups"], "group"),
}
OTHER_KIND = 15  # points off a body of another kind than the question names ('the improvement partnership')
CATEGORY_HEADS = {"experiences", "progress", "children", "impact", "effectiveness"}  # shared by many categories
LINK_WORDS = {"on", "upon", "under", "le", "the", "and", "of", "in", "by"}  # 'Southend-on-Sea', 'Stoke-on-Trent'


@dataclass
class Names:
    bodies: list[dict] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    posts: list[str] = field(default_factory=list)  # the roles people hold, lower case: 'chief executive of nhs leeds'
    person_stems: dict[str, set[str]] = field(default_factory=dict)  # person → the first five letters of each word
    # the records use of them: 'Gerry Broadbent' → {'leeds', 'divis', 'comma', 'polic', …}
    plans: list[str] = field(default_factory=list)  # plans with strands or themes in the store
    rated_plans: set[str] = field(default_factory=set)  # plans whose strands carry a rating
    implied_acronyms: set[str] = field(default_factory=set)  # the records' acronyms no paper writes ('PPL')
    acronym_keys: frozenset[str] = frozenset()  # every acronym known, the records' and the usual ones, in capitals
    mentioned_plans: dict[str, str] = field(default_factory=dict)  # plans the papers only name ('the CYPP'),
    # with the day a paper first names each
    plan_words: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # word → mentioned plans
    categories: list[list[str]] = field(default_factory=list)
    one_word_categories: frozenset[str] = frozenset()
    vocabulary: set[str] = field(default_factory=set)
    body_index: Index = field(default_factory=Index)
    person_index: Index = field(default_factory=Index)
    strands: list[tuple[str, list[str]]] = field(default_factory=list)  # (plan, the strand's own words)
    councils: list[str] = field(default_factory=list)  # council keys
    council_index: Index = field(default_factory=Index)
    council_initials: dict[str, str] = field(default_factory=dict)  # 'bcp', 'rbkc' → council key
    body_initials: set[str] = field(default_factory=set)  # 'hosc', 'cgac': bodies' initials
    acronyms: dict[str, str] = field(default_factory=dict)  # the records' own: 'ICS' → 'Integrated Care Strategy'
    kpis: list[str] = field(default_factory=list)  # rated indicators' names, from every performance report
    prefixes: frozenset[str] = frozenset()  # the action ids' letters: 'SG', 'LAC', 'IN'
    risk_refs: frozenset[str] = frozenset()  # risk registers' references: 'crr0015'
    body_days: dict[int, list[str]] = field(default_factory=dict)  # body id → the days it is on record, in order
    spelt_names: list[tuple[int, str, dict]] = field(default_factory=list)  # (words, ' its name words ', body),
    # bodies' names of two words or more, longest first
    home_places: frozenset[str] = frozenset()  # the place words of the councils the records name ('leeds'):
    # in most bodies' names there ('Leeds Safeguarding Children Board'), so they tell none apart
    judged_years: frozenset[str] = frozenset()  # the years of the inspections whose judgements the store holds
    judged_months: frozenset[str] = frozenset()  # 'YYYY-MM' of each report of judgements and the three months
    # before it, when the inspection it reports took place
    chaired: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # a chair's name word → the
    # bodies they chair ('bill' → Improvement Board): 'bill's board'
    person_words: frozenset[str] = frozenset()  # the words of people's names that name them ('mccarthy', 'penny'):
    # not titles or words in common use ('mark')
    topic_words: frozenset[str] = frozenset()  # words that say what a question asks about, not how it asks: judged
    # categories', themes' and bodies' (bot/phrasings.py)
    body_said: re.Pattern | None = None  # a body named in a question, by its name of two words or more
    # ('the improvement board', 'children's services improvement board') or its initials ('CGAC', 'IB' in capitals)

    @classmethod
    def load(cls, db: sqlite_utils.Database) -> Names:
        themes = {r[0].lower() for r in db.execute(
            "select distinct theme from actions where theme is not null union "
            "select distinct theme from judgements where theme is not null")}
        names = cls(bodies=lookup.bodies(db), themes=sorted(themes, key=len, reverse=True),
                    people=[r[0] for r in db.execute("select distinct name from people")],
                    posts=[r[0].lower() for r in db.execute("select distinct role from people where role is not null")],
                    plans=[r[0] for r in db.execute("select distinct plan from strands")],
                    rated_plans={r[0] for r in db.execute("select distinct plan from strands where rating <> ''")},
                    kpis=[r[0] for r in db.execute("select distinct name from indicators where rag is not null")],
                    prefixes=frozenset(r[0].upper() for r in db.execute("select distinct prefix from action_ids")
                                       if r[0]),
                    risk_refs=frozenset(r[0].lower().replace(" ", "") for r in db.execute(
                        "select distinct risk_ref from risks where risk_ref is not null")))
        for i, body in enumerate(names.bodies):
            for name in body["names"]:
                words = name_words(name)
                if len(words) >= 3:
                    names.body_initials.add(initials(name))
                names.body_index.add(i, words + [initials(name)] if len(words) >= 3 else words)
        for i, person in enumerate(names.people):
            names.person_index.add(i, [w for w in name_words(person) if w not in TITLES])
        names.person_words = frozenset(w for person in names.people for w in name_words(person)
                                       if w not in TITLES and english_use(w) != COMMON_WORD)
        for name, body in db.execute("select name, body from people where relation = 'chair' and body is not null"):
            for w in name_words(name):
                if w not in TITLES:
                    names.chaired[w].add(body)
        for name, *said in db.execute("select name, role, body, sentence from people"):
            names.person_stems.setdefault(name, set()).update(
                w[:5] for text in said if text for w in re.findall(r"[a-z]+", text.lower()))
        named = lookup.councils(db)
        names.councils = list(dict.fromkeys(council_key(c) for c in named))
        claimed: dict[str, set[str]] = {}
        for name in named:  # 'Bournemouth, Christchurch and Poole' is 'BCP'; the Royal Borough of K and C 'RBKC'
            key = council_key(name)
            spelt = [initials(key)] + ([initials(name)] if len(key.split()) >= 2 else [])  # not 'MBC', 'LBC'
            for letters in spelt:
                if len(letters) >= 3:
                    claimed.setdefault(letters, set()).add(key)
            if len(key.split()) == 2:  # 'K&C', 'B&H': a two-word council by its initials and an ampersand
                claimed.setdefault("&".join(w[0] for w in key.split()), set()).add(key)
        names.council_initials = {letters: keys.pop() for letters, keys in claimed.items() if len(keys) == 1}
        for i, key in enumerate(names.councils):
            names.council_index.add(i, key.split())
        names.spelt_names = sorted(((len(own), f" {' '.join(own)} ", body) for body in names.bodies
                                    for n in body["names"] if len(own := name_words(n)) >= 2),
                                   key=lambda s: -s[0])
        names.body_said = _body_said(names.spelt_names, names.body_initials)
        names.body_index.freeze()
        names.person_index.freeze()
        names.council_index.freeze()
        strands = [r[0] for r in db.execute("select distinct name from strands")]
        names.strands = [(plan, [w for w in name_words(name) if len(w) > 2]) for plan, name in db.execute(
            "select distinct plan, name from strands")]
        for plan, day in lookup.plans_mentioned(db):
            if plan not in names.plans and day < names.mentioned_plans.get(plan, "9999"):
                names.mentioned_plans[plan] = day
                for w in name_words(plan):
                    if w != "plan":
                        names.plan_words[DIGIT_WORDS.get(w, w)].add(plan)
        for text in names.themes + names.plans + strands:
            names.vocabulary.update(name_words(text))
        for short, long, implied in db.execute("""select acronym, expansion, min(coalesce(implied, 0)) from acronyms
                where acronym glob '[A-Z]*' group by acronym, expansion order by min(coalesce(implied, 0)),
                count(*) desc""") if db["acronyms"].exists() else []:
            if short.isupper() and len(short) >= 3 and short.lower() not in names.body_initials and not \
                    re.search(r"\b(?:overview|summary|committee|board|panel|council|cabinet)\b", long, re.I):
                names.acronyms.setdefault(short, long)  # bodies are matched by their initials, not spelt out
                if implied and names.acronyms[short] == long:
                    names.implied_acronyms.add(short)  # no paper writes it: expanded only when typed in capitals
        days: dict[int, set[str]] = defaultdict(set)
        for body_id, day in db.execute("""select n.body_id, m.date from meetings m join body_names n on n.name = m.body
                union select n.body_id, d.date from body_facts f join body_names n on n.name = f.name
                join documents d on d.id = f.doc_id where d.date is not null"""):
            days[body_id].add(day)
        names.body_days = {body_id: sorted(found) for body_id, found in days.items()}
        reported = {r[0][:4] for r in db.execute("""select distinct d.date from judgements j join documents d
            on d.id = j.doc_id where d.date is not null""")}  # a paper may report the year after it took place
        names.judged_years = frozenset(reported | {str(int(y) - 1) for y in reported if y.isdigit()})
        names.judged_months = frozenset(f"{y - (m - k <= 0)}-{(m - k - 1) % 12 + 1:02d}" for day in db.execute(
            """select distinct d.date from judgements j join documents d on d.id = j.doc_id where d.date is not null""")
            for y, m in [(int(day[0][:4]), int(day[0][5:7]))] for k in range(REPORTED_WITHIN + 1))
        judged = {tuple(name_words(r[0])) for r in db.execute("select distinct category from judgements")}
        names.categories = [w for w in judged if len(w) >= 2]
        names.one_word_categories = frozenset(w[0] for w in judged if len(w) == 1)  # 'partnerships': named only
        # beside a grade asked
        names.topic_words = frozenset({w for c in names.categories for w in c} | names.one_word_categories | {
            w for said in THEME_NAMES.values() for name in said for w in re.findall(r"[a-z]+", name)} | set(
            names.body_index.vocabulary))
        names.vocabulary.update(names.body_index.vocabulary, names.person_index.vocabulary,
                                names.council_index.vocabulary)
        said = [r[0] for r in db.execute("select role from people where role is not null union select title from "
                                         "documents where title is not null union select name from body_names")]
        names.home_places = frozenset(w.lower() for text in said for m in HOME_COUNCIL.finditer(text)
                                      for w in m[1].split()) - COUNCIL_KINDS  # 'Chief Executive of Leeds City
        # Council': 'leeds'
        names.acronym_keys = frozenset(a.upper() for a in (*names.acronyms, *ACRONYMS))
        spelt = {k.lower(): v for k, v in (*ACRONYMS.items(), *names.acronyms.items())}
        for stems in names.person_stems.values():  # 'DCS' recorded: 'director of children's services' asked
            stems.update(w[:5] for short in list(stems) if short in spelt for w in re.findall(r"[a-z]+",
                                                                                             spelt[short].lower()))
        return names

    def kpi(self, words: list[str]) -> bool:
        """Do the words name a rated indicator ('pothole repairs in 28 days', 'care leavers in EET')?"""
        return kpi_named(words, self.kpis) is not None

    def body_in_words(self, text: str) -> BodyRef | None:
        """A body whose name of two words or more the question spells out in order ('which chief
        execs are on the improvement board'): the longest such name."""
        said = f" {' '.join(name_words(text))} "
        body = next((body for _size, spelt, body in self.spelt_names if spelt in said), None)  # longest first
        return BodyRef(body["id"], body["name"], body["names"]) if body else None

    def body_chaired(self, text: str) -> BodyRef | None:
        """A body named by its chair ('bill's board', 'mccarthy's committee'): the one body that chair's
        name is recorded chairing."""
        m = re.search(r"\b([a-z]+)'s (?:board|committee|group|panel|partnership|forum|team|body)\b", text)
        named = self.chaired.get(m[1], ()) if m and m[1] not in TITLES else ()
        bodies = {ref.id: ref for ref in map(self.body_in_words, named) if ref}  # one body by its several names
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def body_by_initials(self, raw: str) -> BodyRef | None:
        """A body named by its initials in capitals ('IB', 'LMT', 'CGAC'), unless those letters are
        a known acronym of something else."""
        for token in re.findall(r"\b[A-Z]{2,5}\b", raw):
            if token in ACRONYMS:
                continue
            for body in self.bodies:
                if any(len(name_words(n)) >= 2 and initials(n) == token.lower() for n in body["names"]):
                    return BodyRef(body["id"], body["name"], body["names"])
        return None

    def council(self, words: list[str], raw: str = "") -> str | None:
        """The council the question names ('doncaster', 'east riding', 'K&C'), as its key."""
        for pair in re.findall(r"\b([a-z])\s?&\s?([a-z])\b", raw.lower()):
            if "&".join(pair) in self.council_initials:
                return self.council_initials["&".join(pair)]
        best, best_key = 0.0, None
        words = [part for w in words for part in w.split("-") if part]  # 'southend-on-sea'
        for w in words:
            if w in self.council_initials and w.upper() not in ACRONYMS and w not in self.body_index.holders \
                    and w not in self.person_index.holders:
                return self.council_initials[w]
        known = set(self.council_index.vocabulary)
        words = [part for w in words for part in COUNTY_SHORT.get(w, w).split()]  # 'NE lincs', 'bucks'
        words = [w if w in known or len(w) < 5 else  # 'hereford': Herefordshire (not 'green': Greenwich)
                 next((k for k in known if k == f"{w}shire"), w) for w in words]
        for i, hits in self.council_index.candidates(words, cutoff=88).items():
            key_words = [w for w in self.councils[i].split() if w not in LINK_WORDS] or self.councils[i].split()
            share = len([w for w in hits if w not in LINK_WORDS]) / len(key_words)
            telling = [w for w in hits if len(w) >= 4 and w not in PLACE_WORDS]
            if (telling or share == 1) and share >= 0.5 and share + len(key_words) / 100 > best:
                best, best_key = share + len(key_words) / 100, self.councils[i]
        return best_key

    def category(self, text: str, partly: bool = False, loosely: bool = False) -> bool:
        """Does the text name every word of an inspection judgement category? `partly`: or two
        of its words in a row ('help and protection', 'children in care', 'care leavers')."""
        words = name_words(text)
        stems = {w[:STEM] for w in words if len(w) >= STEM}  # 'capacity to improve': 'Capacity for Improvement'
        if any(all(w in words or w[:STEM] in stems for w in category) for category in self.categories):
            return True
        for category in self.categories if loosely else []:  # 'case planning/review - what did we get': all but one
            own = [w for w in category if w not in ("children", "young", "people", "including", "service")]  # word
            if len(own) >= 3 and sum(w in words or w[:STEM] in stems for w in own) >= len(own) - 1 >= 2:  # of a long
                return True  # name's own
        asked = set(zip(words, words[1:], strict=False))
        return partly and any(pair in asked and not set(pair) <= CATEGORY_HEADS
                              for category in self.categories for pair in zip(category, category[1:], strict=False))

    def theme(self, text: str) -> str | None:
        """A theme of the records the text names, by its name or its usual names and acronyms."""
        for theme in themes_named(text):
            if theme in self.themes:
                return theme
        words = set(name_words(text))
        for theme in self.themes:
            needed = name_words(theme)
            if needed and all(w in words or any(len(w) >= 4 and fuzz.ratio(w, x) >= 88 for x in words)
                              for w in needed):
                return theme
        return None

    def body(self, words: list[str], today: date | None = None) -> tuple[BodyRef | None, list[str]]:
        """The best body for the question's content words, and the others that also matched; of
        bodies every word names alike ('scrutiny': the board renamed since), the one on record
        most recently by `today`."""
        query = [w for w in words if w not in GENERIC or w in TYPE_WORDS]
        if "council" in words and ("full" in words or set(query) - CHAIR_WORDS <= {"council"}):
            # 'full council', 'the council meeting', 'the council's vice chairman': the assembly of all councillors
            assembly = [b for b in self.bodies if any(n.lower().endswith("council") for n in b["names"])]
            if assembly:
                body = min(assembly, key=lambda b: len(b["name"]))
                return BodyRef(body["id"], body["name"], body["names"]), []
        if not query:
            return None, []
        kinds = {KIND_FAMILY[w] for w in words if w in KIND_FAMILY}
        scored = []
        for i, hits in self.body_index.candidates(query).items():
            hits = {q: score for q, score in hits.items() if score == 100 or not self._initials_only(q)}
            other_kind = bool(kinds and self._kinds(i) and not kinds & self._kinds(i))
            if other_kind and len(hits) / len(query) < 0.5:
                continue  # 'the area children leeds partnerships' are not the Area Committee
            distinctive = [q for q in hits if q not in GENERIC and q not in self.home_places]
            if not distinctive:
                continue
            body = self.bodies[i]
            own = [w for w in dict.fromkeys(self.body_index.words_of[i]) if w not in GENERIC]
            per_name = min(len([w for w in name_words(n) if w not in GENERIC]) for n in body["names"])
            cover = len(hits) / len(query)
            precision = min(1.0, len(distinctive) / max(1, min(per_name, len(own)) + 0.5))
            score = cover * 70 + precision * 20 + sum(hits.values()) / 100 / len(query) * 10 - OTHER_KIND * other_kind
            scored.append((score, -len(body["name"]), body, cover))
        if not scored:
            return None, []
        scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
        top = scored[0]
        if today:  # bodies the words name alike ('scrutiny', with or without other words): the latest on record
            alike = [s for s in scored if s[3] == top[3] and s[0] >= top[0] - ALIKE]
            top = max(alike, key=lambda s: self._last_day(s[2]["id"], today))
            scored = [top] + [s for s in scored if s is not top]
        # the others: as close a score, or every word of the question in their names too
        others = [s[2]["name"] for s in scored[1:] if s[0] >= top[0] - 5 or s[3] >= top[3] == 1][:4]
        return BodyRef(top[2]["id"], top[2]["name"], top[2]["names"]), others

    def _last_day(self, body_id: int, today: date) -> str:
        days = self.body_days.get(body_id, [])
        return days[bisect_right(days, today.isoformat()) - 1] if days and days[0] <= today.isoformat() else ""

    def _kinds(self, i: int) -> set[str]:
        """The kinds of body its names say it is: 'committee' for the Scrutiny Board as well."""
        return {KIND_FAMILY[w] for n in self.bodies[i]["names"] for w in name_words(n) if w in KIND_FAMILY}

    def _initials_only(self, word: str) -> bool:
        """Initials are matched exactly: 'jhosc' is not the HOSC."""
        close = self.body_index.similar(word)
        return bool(close) and all(w in self.body_initials for w in close)

    def person(self, words: list[str]) -> str | None:
        query = [w for w in words if w not in GENERIC and w[0].isalpha()]
        best, best_name = 0.0, None
        for i, hits in self.person_index.candidates(query, cutoff=85).items():
            own = self.person_index.words_of[i]
            share = len(hits) / len(own)
            score = share + sum(hits.values()) / 1000
            if share >= 0.5 and score > best:
                best, best_name = score, self.people[i]
        return best_name

    def strand_plan(self, text: str) -> tuple[str, float] | None:
        """The plan of the strand a question names by its words ('developing social work practice'
        for 'Develop social work practice'): nearly all of a strand's words, at least three."""
        asked = {w[:5] for w in name_words(text)}
        best, plan_of = 0.0, None
        for plan, words in self.strands:
            if len(words) < 3:
                continue
            share = sum(1 for w in words if w[:5] in asked) / len(words)
            if share >= 0.75 and share > best:
                best, plan_of = share, plan
        return (plan_of, best) if plan_of else None

    def plan(self, text: str, named_only: bool = False, today: date | None = None) -> str | None:
        """The plan the text names ('the nine point plan', '9 point plan strands'); `named_only`:
        among those the papers name without strands ('the CYPP outcomes'), by `today`."""
        words = {DIGIT_WORDS.get(w, w) for w in name_words(text)}
        if not words & {"plan", "strands", "themes", "strand", "theme"}:
            return None
        best, best_plan = 0.0, None
        named = {p for w in words for p in self.plan_words.get(w, ())
                 if not today or self.mentioned_plans[p] <= today.isoformat()}
        for plan in sorted(named) if named_only else self.plans:
            pw = [DIGIT_WORDS.get(w, w) for w in name_words(plan) if w != "plan"]
            if not pw:
                continue
            share = sum(1 for w in pw if w in words or any(
                len(w) >= 4 and fuzz.ratio(w, x) >= 85 for x in words)) / len(pw)
            if share >= 0.99 and share + len(pw) / 100 > best:
                best, best_plan = share + len(pw) / 100, plan
        return best_plan
