"""Words councils use: acronyms, status and rating vocabularies. Data, not code."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

ACRONYMS = {  # acronym → expansion, as used across English children's services
    "LAC": "looked after children", "CLA": "children looked after", "CIC": "children in care",
    "SG": "safeguarding", "CP": "child protection", "CSE": "child sexual exploitation",
    "NEET": "not in education, employment or training", "DfE": "Department for Education",
    "DCSF": "Department for Children, Schools and Families", "LSCB": "Safeguarding Children Board",
    "CYPP": "Children and Young People's Plan", "CYP": "children and young people",
    "DCS": "Director of Children's Services", "CS": "children's services", "CSC": "children's social care",
    "KLOE": "key lines of enquiry",
    "SEN": "special educational needs",
    "SEND": "special educational needs and disabilities", "QA": "quality assurance",
    "ICT": "information and communication technology", "IT": "information technology",
    "FGC": "family group conferencing", "CQC": "Care Quality Commission",
    "JAR": "Joint Area Review", "APA": "Annual Performance Assessment",
    "CAA": "Comprehensive Area Assessment", "NI": "national indicator", "PI": "performance indicator",
    "IRO": "Independent Reviewing Officer", "PEP": "personal education plan",
    "EHCP": "education, health and care plan", "MASH": "multi-agency safeguarding hub",
    "YOS": "youth offending service", "CAMHS": "child and adolescent mental health services",
    "Cllr": "Councillor", "exec": "executive", "CEO": "chief executive", "CE": "chief executive",
    "NQSW": "newly qualified social workers", "ASYE": "assessed and supported year in employment",
    "PLO": "public law outline", "CIN": "children in need", "CPP": "child protection plan",
    "UASC": "unaccompanied asylum-seeking children", "EHE": "elective home education",
    "LADO": "local authority designated officer", "PSW": "principal social worker",
    "FOI": "freedom of information", "SGO": "special guardianship order", "EET": "education, employment or training",
    "NFA": "no further action", "HoS": "head of service", "BME": "black and minority ethnic",
    "BAME": "black, Asian and minority ethnic", "YOT": "youth offending team", "CAF": "common assessment framework",
    "ICPC": "initial child protection conference", "RCPC": "review child protection conference",
    "paeds": "paediatricians", "paed": "paediatrician", "SW": "social work", "SWs": "social workers",
    "govt": "government",
    "dept": "department", "mgmt": "management", "comms": "communications", "VFM": "value for money",  # short forms
    # staff type
    "S47": "section 47", "S17": "section 17", "S20": "section 20",  # the Children Act 1989's sections, as staff say
}
SPELT_OUT = {short.lower(): long.lower() for short, long in ACRONYMS.items()}  # 'dcs' → 'director of …'
THEME_NAMES = {  # theme → the names and acronyms people and reports use for it
    "looked after children": ["looked after children", "looked-after children", "children looked after",
                              "children in care", "lac", "cla", "cic", "looked after", "looked after kids"],
    "safeguarding": ["safeguarding", "sg"],
    "child protection": ["child protection", "cp"],
    "care leavers": ["care leavers", "care leaver", "care experienced"],
    "special educational needs and disabilities": ["special educational needs", "send", "sen"],
}


def theme_words(theme: str | None) -> set[str]:
    """Every word of a theme's name and of the names people use for it ('cic': children, care)."""
    return {w for name in [theme or "", *THEME_NAMES.get(theme or "", [])] for w in name.split()}


def themes_named(text: str, in_order: bool = False) -> list[str]:
    """The themes a text names by any of their usual names ('CiC' and 'children in care' are both
    looked after children); `in_order`: in the order it names them, else the themes' own."""
    low = f" {re.sub(r'[^a-z ]+', ' ', text.lower())} "
    found = {theme: min(at) for theme, names in THEME_NAMES.items()
             if (at := [low.find(f" {name} ") for name in names if f" {name} " in low])}
    return sorted(found, key=found.get) if in_order else list(found)


SHORT_ID_PREFIXES = {"safeguarding": "SG", "looked after children": "LAC",
                     "children looked after": "CLA", "children in care": "CIC",
                     "child protection": "CP", "care leavers": "CL"}
BODY_NAME_WORDS = {"children", "childrens", "services", "service", "board", "committee", "group", "team",
                   "council", "young", "people", "the", "and", "of", "for", "plan"}  # in many bodies' names: they
# tell none apart ('the Children's Services Scrutiny', 'the Children's Trust Board')
STOPWORDS = {"the", "of", "and", "for", "in", "on", "to", "a", "an", "with", "at", "by", "or", "is",
             "are", "be", "its", "their", "from", "as", "that", "this", "what", "which", "who"}

RATINGS = ["outstanding", "good", "requires improvement to be good", "requires improvement", "adequate",
           "satisfactory", "inadequate", "poor", "excellent", "not yet good enough", "weak"]
RATING_PATTERN = re.compile(r"\b(" + "|".join(RATINGS) + r")\b", re.I)
ANNUAL_RATINGS = ["performs excellently", "performs well", "performs adequately", "performs poorly"]  # Ofsted's
# annual rating of a council's children's services, 2008-2012 (the annual performance assessment letter)
GRADE_SAID = re.compile(r"\b(" + "|".join(RATINGS + ANNUAL_RATINGS) + r")\b", re.I)
STATUS_SYNONYMS = {  # status → words people and plans use for it (RAG ratings included)
    "not started": ["not started", "not begun", "to do", "todo", "open", "new", "pending", "unstarted",
                    "not yet started"],
    "in progress": ["in progress", "ongoing", "underway", "under way", "started", "on track", "progressing",
                    "in hand", "wip", "active", "green", "on target", "in flight", "being worked on", "on the go",
                    "in train"],
    "at risk": ["at risk", "risky", "amber", "concern", "slipping", "some slippage"],
    "delayed": ["delayed", "late", "blocked", "behind schedule", "behind", "stalled", "on hold", "overdue", "red",
                "off track"],
    "done": ["done", "complete", "completed", "finished", "closed", "closed off", "signed off", "achieved", "met",
             "delivered", "implemented", "resolved", "blue", "ticked off", "wrapped up"],
}


def closest_status(text: str) -> str | None:
    """The status a mistyped one most likely means ('dne' → done, 'in progres' → in progress)."""
    low = re.sub(r"[\s.!-]+", " ", text.lower()).strip()
    words = {w: status for status, ws in STATUS_SYNONYMS.items() for w in ws}
    found = process.extractOne(low, list(words), scorer=fuzz.ratio, score_cutoff=60)
    return words[found[0]] if found else None


def parse_status(text: str) -> str | None:
    """'Complete', 'on track', 'Amber', 'in-progress' → a status; None when the words are not a status."""
    low = re.sub(r"[\s.!-]+", " ", text.lower()).strip()
    for status, words in STATUS_SYNONYMS.items():
        if low in words:
            return status
    return None
STRAND_RATINGS = [  # (pattern, rating) — first match wins, so the weaker verdicts come first
    (r"\brequires? (?:further |some )?improvement\b|\bmore uneven\b|\bdelay(?:s|ed)?\b.*\bremain",
     "requires improvement"),
    (r"\binadequate\b|\bpoor\b|\bserious concerns?\b", "inadequate"),
    (r"\boutstanding\b|\bexcellent\b", "outstanding"),
    (r"\bgood\b|\bstrong\b|\ball (?:key |main )?actions (?:have been )?(?:fully )?implemented\b", "good"),
    (r"\badequate\b|\bsatisfactory\b", "adequate"),
]


def short_id_prefix(theme: str | None) -> str:
    """'safeguarding' → 'SG', 'looked after children' → 'LAC', otherwise initials."""
    if not theme:
        return "A"
    key = theme.lower().strip()
    if key in SHORT_ID_PREFIXES:
        return SHORT_ID_PREFIXES[key]
    words = [w for w in re.findall(r"[a-z]+", key) if w not in STOPWORDS]
    if len(words) >= 2:
        return "".join(w[0] for w in words[:4]).upper()
    return (words[0][:2] if words else "A").upper()


COUNCIL_WORDS = {"council", "borough", "city", "county", "metropolitan", "district", "royal", "of", "the",
                 "and", "local", "authority", "corporation", "mbc", "cc"}


COUNTY_SHORT = {  # the usual short forms of English county names
    "beds": "bedfordshire", "berks": "berkshire", "bucks": "buckinghamshire", "cambs": "cambridgeshire",
    "derbys": "derbyshire", "glos": "gloucestershire", "gloucs": "gloucestershire", "hants": "hampshire",
    "herts": "hertfordshire", "lancs": "lancashire", "leics": "leicestershire", "lincs": "lincolnshire",
    "northants": "northamptonshire", "notts": "nottinghamshire", "oxon": "oxfordshire", "shrops": "shropshire",
    "staffs": "staffordshire", "warks": "warwickshire", "wilts": "wiltshire", "worcs": "worcestershire",
    "yorks": "yorkshire", "ne": "north east", "nw": "north west", "se": "south east", "sw": "south west",
}


def council_key(name: str) -> str:
    """What identifies a council however a report styles it: 'Doncaster Metropolitan Borough
    Council' and 'Doncaster' are both 'doncaster'."""
    words = re.findall(r"[a-z]+", name.lower().replace("'s", ""))
    return " ".join(w for w in words if w not in COUNCIL_WORDS) or " ".join(words)


JUDGEMENT_NOTES = [  # (category words, from date, what to say when a report has no such judgement)
    ("overall effectiveness", "2026-04-01",
     "Ofsted has not given an overall effectiveness grade to inspections of local authority children's "
     "services since April 2026."),
]

CHILD_PLANS = ("education health and care plan", "education, health and care plan", "personal education plan",
               "care plan", "pathway plan", "child protection plan", "care and support plan", "health care plan",
               "safety plan", "child in need plan", "permanence plan", "placement plan", "support plan",
               "individual health plan", "ehc plan", "birth plan")  # a plan written for each child, not the council's
GENERIC_PLAN_WORDS = {"action", "delivery", "implementation", "improvement", "point", "business", "strategic",
                      "development", "service", "services", "work", "annual", "joint", "recovery", "the", "new",
                      "draft", "updated", "revised", "local", "council", "our", "this", "overall", "detailed"}


SCALES = {"m": "million", "million": "million", "bn": "billion", "billion": "billion", "k": "thousand",
          "thousand": "thousand"}


def money_value(amount: str, scale: str | None) -> str:
    """A sum as the store keeps it: '£6.2 million' for '£6.2m', '6.2 million' or '£6.2 million'."""
    word = SCALES.get((scale or "").lower())
    return f"£{amount}" + (f" {word}" if word else "")
