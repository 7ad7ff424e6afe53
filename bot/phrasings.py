"""Known phrasings: questions people have asked, each with the intent that answers it
(phrasings.tsv), and the nearest of them to a new question.

The rules (intent_rules.py) read what they were written for; a question worded as no rule
foresaw falls back to search. The nearest known phrasings, by words and word pairs weighted by
how rare they are (tf-idf, cosine), often say what it asks. They are asked only where the rules
matched nothing at all and the question asks something (a topic alone, 'outdoor play', is
searched), and they decide only when the nearest is close, most of the nearest agree, the very
nearest is not a search, and the question shares with it words that say how it asks, not only
small words or what it asks about (a theme, a judged category, a body's name). Commands
(updates, undo, roles) are never decided here: they have a grammar, and a near miss must not
write to the tracker.

The bank holds the asks of the studied question tables (tests/questions; the tables whose
failures are never read are left out). Action ids, numbers, people's names and bodies' names are
written as placeholders ('who is on the body', 'who is person person'), in the bank and in the
question alike, so that what is compared is how things are asked, not what the seeds hold.
Rebuilt by `python benchmarks/phrasings.py`.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from store.deadlines import SHORT_ID
from store.vocab import STOPWORDS

from .names import Names

BANK = Path(__file__).with_name("phrasings.tsv")
NEAREST = 5  # phrasings that vote
CLOSE = 0.3  # the cosine the nearest voting phrasing must reach
MAJORITY = 0.5  # the share of the votes (each phrasing votes its cosine, squared) the winner needs
SHARED = 2  # the words, not small ones, the question and the nearest phrasing voting for the winner share
NOT_HERE = frozenset({"update", "undo", "usage", "refused", "error", "failure", "search"})
# commands and replies are never a phrasing's to decide (a role is granted by its command: 'role' here is
# who holds a post); search is what the rules fall back to

ASKING = re.compile(r"\?|\b(?:what|what's|whats|wat|which|who|who's|whos|whom|whose|when|when's|where|where's|why|"
                    r"how|hows|how's|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|any|"
                    r"anything|list|show|tell|give|check|need|want)\b", re.I)  # a question mark, word or verb that asks
PLACEHOLDERS = {"actid", "person", "body", "num"}  # what masking writes: they match, but share no wording
SMALL_WORDS = STOPWORDS | set("""have has had been being was were do does did done will would can could should may
might must shall i me my we us our you your it its they them their he she his her there here this these those any
anything some all ones one s t d ll re ve m get got just so still now then than about up out into over yet also very
too not no please pls whats hows wheres thats how when where why if but every everything each something nothing
""".split()) | PLACEHOLDERS  # words that ask nothing alone


def masked(text: str, names: Names) -> str:
    """The ask as the bank keeps it: 'who is on the body' for 'who's on the Improvement Board',
    'who is person person' for 'who is Bill McCarthy', 'actid' for 'SG-3'."""
    text = text.replace("\u2019", "'").replace("\u2010", "-").replace("\u2011", "-").replace("\t", " ").replace(
        "\n", " ")
    if names.body_said:
        text = names.body_said.sub(" body ", text)
    text = SHORT_ID.sub("actid", text.lower())
    return re.sub(r"[a-z]+", lambda m: "person" if m[0] in names.person_words else m[0], text)


def tokens(text: str) -> list[str]:
    """The words of a masked ask, numbers as one placeholder, and each pair of words side by side."""
    words = ["num" if w.isdigit() else w for w in re.findall(r"[a-z]+|\d+", text)]
    return words + [f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)]


@dataclass(frozen=True)
class Vote:
    intent: str
    closest: float  # the cosine of the nearest phrasing voting for it
    share: float  # its share of the votes


class Bank:
    def __init__(self, pairs: list[tuple[str, str]]):
        self.intents = [intent for intent, _ask in pairs]
        counts = [Counter(tokens(ask)) for _intent, ask in pairs]
        self.words = [{w for w in c if "_" not in w} for c in counts]
        df = Counter(w for c in counts for w in c)
        self.idf = {w: math.log((len(counts) + 1) / (n + 1)) + 1 for w, n in df.items()}
        self.vectors = [self._vector(c) for c in counts]
        self.postings: dict[str, list[int]] = defaultdict(list)
        for i, vector in enumerate(self.vectors):
            for w in vector:
                self.postings[w].append(i)

    def _vector(self, counts: Counter) -> dict[str, float]:
        v = {w: (1 + math.log(n)) * self.idf[w] for w, n in counts.items() if w in self.idf}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {w: x / norm for w, x in v.items()}

    def vote(self, ask: str, topical: frozenset[str] = frozenset()) -> Vote | None:
        """The intent the nearest phrasings to a masked ask vote for, if the nearest voting for it
        shares with it words that are neither small nor `topical` (what is asked about)."""
        query = self._vector(Counter(tokens(ask)))
        sims: dict[int, float] = defaultdict(float)
        for w, x in query.items():
            for i in self.postings[w]:
                sims[i] += x * self.vectors[i][w]
        nearest = sorted(sims.items(), key=lambda p: (-p[1], p[0]))[:NEAREST]
        if not nearest:
            return None
        votes: dict[str, float] = defaultdict(float)
        for i, sim in nearest:
            votes[self.intents[i]] += sim * sim  # the nearer a phrasing, the more its vote counts
        if self.intents[nearest[0][0]] == "search":
            return None  # the nearest phrasing was one the records' passages answer ('residential homes')
        best = max(votes, key=votes.__getitem__)  # on a tie, the intent of the nearer phrasing (dicts keep order)
        closest = max(sim for i, sim in nearest if self.intents[i] == best)
        words = {w for w in tokens(ask) if "_" not in w and w not in SMALL_WORDS and w not in topical}
        if len(words & self.words[next(i for i, _s in nearest if self.intents[i] == best)]) < SHARED:
            return None  # 'what's on in leeds' is not 'who's on the body': they share only small words; 'care
            # leavers well being support' is not 'care leavers' economic well-being - how did we score': only what
            # is asked about
        return Vote(best, closest, votes[best] / sum(votes.values()))


@functools.cache
def bank() -> Bank:
    rows = (line.split("\t", 1) for line in BANK.read_text(encoding="utf-8").splitlines() if "\t" in line)
    return Bank([(intent, ask) for intent, ask in rows])


def nearest_intent(raw: str, names: Names) -> str | None:
    """The intent the nearest known phrasings give a question the rules found nothing in, or None
    when they are not close enough or do not agree."""
    if not ASKING.search(raw):  # a topic alone ('outdoor play', 'key messages'): what the papers say of it
        return None
    vote = bank().vote(masked(raw, names), names.topic_words)
    if not vote or vote.intent in NOT_HERE or vote.closest < CLOSE or vote.share < MAJORITY:
        return None
    return vote.intent
