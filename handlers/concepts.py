"""The question's concepts: its words grouped so that an acronym and the words spelling it out
are one ('lac looked after children'), each held by a sentence however the papers put it
('IT system' as 'computer systems', a proper name as what a plan is 'known as')."""

from __future__ import annotations

import re

from store.vocab import SPELT_OUT


def concepts_in(sentence: str, words: list[str], weights: dict[str, tuple[str, float]] | None) -> dict[int, float]:
    """The query's concepts a sentence holds, with their weights: an acronym and the words that
    spell it out ('cypp children young people plan') are one concept, held by either."""
    low = sentence.lower()
    out: dict[int, float] = {}
    for n, group in enumerate(concepts(words)):
        stems = [(weights or {}).get(w) or (w, max((weights or {}).get(part, ("", 1.0))[1] for part in w.split()))
                 if " " in w else (weights or {}).get(w, (w[:5].lower(), 1.0)) for w in group]
        found = [re.search(rf"\b{re.escape(stem)}", low) is not None for stem, _w in stems]
        if found[0] or (len(group) > 1 and all(found[1:])) or any(
                w in SENSE_PATTERNS and SENSE_PATTERNS[w].search(low) for w in group):
            out[n] = max(w for _s, w in stems)
    return out


NAMED_AS = ["name", "names", "named", "called", "known as", "referred to as", "entitled", "title", "titled"]
SENSES: dict[str, list[str]] = {  # a word, and how the papers often put the same thing
    "name": NAMED_AS, "called": NAMED_AS, "title": NAMED_AS,  # 'the proper name of the plan': 'known as'
    "information technology": ["computer", "computers", "ict", "digital", "information technology"],  # 'IT'
    "cc'd": ["copying", "copied", "copy"], "cc": ["copying", "copied", "copy"],  # 'who got cc'd': 'I am copying'
    "money": ["funding", "funded", "budget", "grant", "investment"], "cash": ["funding", "funded", "budget", "grant"],
    "refreshed": ["revise", "revised", "renew", "renewed"], "refresh": ["revise", "revised", "renew", "renewed"],
    "uplift": ["increase", "additional", "investment"],
}
SENSE_PATTERNS = {word: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in said) + r")\b")
                  for word, said in SENSES.items()}


def concept_terms(words: list[str]) -> list[list[str]]:
    """Each concept of the question as the ways the papers may write it, to ask the index for
    passages holding every one: the acronym or its spelling-out, and the word's senses."""
    return [[group[0]] + ([" ".join(group[1:])] if len(group) > 1 else []) + SENSES.get(group[0], [])
            for group in concepts(words)]


def sense_words(words: list[str]) -> list[str]:
    """The single words the papers may use for the question's ('IT': 'computer'), to search by."""
    return [w for group in concepts(words) for said in SENSES.get(group[0], []) for w in said.split()
            if len(w) >= 4 and w not in words]


def concepts(words: list[str]) -> list[list[str]]:
    """The query's words grouped into concepts: an acronym with the words after it that spell
    it out ('lac', 'looked', 'after', 'children'), every other word alone."""
    out: list[list[str]] = []
    i = 0
    while i < len(words):
        if " ".join(words[i:i + 2]) in SENSES:  # 'information technology': one concept, however put
            out.append([" ".join(words[i:i + 2])])
            i += 2
            continue
        word, group = words[i], [words[i]]
        usual = re.findall(r"[a-z]+", SPELT_OUT.get(word, ""))  # 'ceo chief executive': not its initials
        if usual and words[i + 1:i + 1 + len(usual)] == usual:
            out.append(group + usual)
            i += 1 + len(usual)
            continue
        spelt = ""
        for later in words[i + 1:]:
            initials = "".join(part[:1] for part in later.split("-") if part)
            if not initials or not word.startswith(spelt + initials) or len(word) > 8:
                break
            spelt += initials
            group.append(later)
            if spelt == word:
                break
        out.append(group if spelt == word and len(group) > 1 else [word])
        i += len(out[-1])
    return [g for g in out if len(g[0]) > 2 or len(g) > 1 or g[0].isdigit()]  # "ni 57": its number


def mentions(text: str, words: list[str], every: bool = True) -> bool:
    """Whether the text holds every (or any) of the words, each by its stem ('partnerships' by
    'partnershi', 'children' by 'childr')."""
    low = text.lower()
    hits = [re.search(rf"\b{re.escape(w[:max(4, len(w) - 2)].lower())}", low) is not None for w in words]
    return bool(hits) and (all(hits) if every else any(hits))
