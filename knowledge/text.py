"""Normalizing job titles, so that what people type meets what the data says.

The same function runs over the knowledge base's titles at build time and over a
person's words at query time: both sides land on the same key.
"""

import re
import unicodedata

from breame.spelling import BRITISH_ENGLISH_SPELLINGS

# Word forms folded to one canonical token on both sides, so "tech", "technician"
# and "techs" meet; and a few multi-word short forms people type.
CANONICAL = {
    "technician": "tech",
    "technicians": "tech",
    "techs": "tech",
    "technologist": "tech",
    "representative": "rep",
    "representatives": "rep",
    "reps": "rep",
    "developer": "dev",
    "developers": "dev",
    "devs": "dev",
    "administrative": "admin",
    "administrator": "admin",
    "administrators": "admin",
    "assistant": "asst",
    "assistants": "asst",
    "assist": "asst",
    "specialist": "spec",
    "specialists": "spec",
    "supervisor": "supv",
    "supervisors": "supv",
    "supervisory": "supv",
    "manager": "mgr",
    "managers": "mgr",
    "mgmt": "management",
    "engineer": "eng",
    "engineers": "eng",
    "engr": "eng",
    "coordinator": "coord",
    "coordinators": "coord",
    "director": "dir",
    "directors": "dir",
    "associate": "assoc",
    "associates": "assoc",
    "operator": "op",
    "operators": "op",
    "sr": "senior",
    "jr": "junior",
    "sys": "system",
    "systems": "system",
    "dept": "department",
    "govt": "government",
    "hr": "human resource",
    "it": "information technology",
    "rn": "registered nurse",
    "lpn": "licensed practical nurse",
    "lvn": "licensed vocational nurse",
    "cna": "certified nursing asst",
    "programer": "programmer",
    "mechanics": "mechanic",
    # What people call some jobs in chat and on job boards.
    "swe": "software eng",
    "sde": "software eng",
    "sdr": "sales development rep",
    "bdr": "business development rep",
    "sysadmin": "system admin",
    "qa": "quality assurance",
    "pt": "physical therapist",
    "ot": "occupational therapist",
    "np": "nurse practitioner",
    "pas": "pa",  # physician assistants; "PA" alone may be Pennsylvania
    "vet": "veterinary",
    "lab": "laboratory",
    "info": "information",
    "infosec": "information security",
    "db": "database",
    "env": "environmental",
    "enviro": "environmental",
}
# Short forms that mean something only before another word ("mech engr", "info sec analyst").
PHRASES = {
    ("mech", "eng"): "mechanical",
    ("elec", "eng"): "electrical",
    ("civ", "eng"): "civil",
    ("chem", "eng"): "chemical",
    ("sec", "analyst"): "security",
    ("surg", "tech"): "surgical",
}
# Short forms whose meaning depends on being last: "equine vet" is a veterinarian, "vet tech" is not.
LAST = {"veterinary": "veterinarian", "mech": "mechanic"}  # "diesel mech"
DROPPED = {"a", "an", "the"}
# Words that carry no occupation on their own, left out of the word-bag keys.
FILLER = DROPPED | {"of", "and", "or", "for", "in", "to", "at", "on", "with"}
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def singular(word):
    """A plain-English singular; exact enough when applied the same way to both sides."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is", "ics")):
        return word
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def words(text, phrases=True):
    """The canonical words of a title, in order; `phrases=False`: each word alone, its
    short form not yet read by the words around it (with_phrases)."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    text = text.lower().replace("&", " and ").replace("'s ", " ")
    out = []
    for word in WORD.findall(text):
        word = word.replace("'", "")
        word = BRITISH_ENGLISH_SPELLINGS.get(word, word)  # "counsellors", as O*NET spells it
        if word in DROPPED:
            continue
        plural = word.endswith("s") and not word.endswith("ss")  # not "pass"
        if word not in CANONICAL and plural and word[:-1] in CANONICAL and len(word) <= 5:
            word = word[:-1]  # "rns", "cnas", "swes"
        word = CANONICAL.get(word) or CANONICAL.get(singular(word)) or singular(word)
        out.extend(word.split())
    return with_phrases(out) if phrases else out


def with_phrases(canonical):
    """'mech eng' -> 'mechanical eng': short forms that only mean something before another word;
    'equine vet' -> 'equine veterinarian': those that mean something else last."""
    return [
        PHRASES.get((w, canonical[i + 1]), w) if i + 1 < len(canonical) else LAST.get(w, w)
        for i, w in enumerate(canonical)
    ]


def key(text):
    """The ordered key: 'Help Desk Technicians' -> 'help desk tech'."""
    return " ".join(words(text))


def bag(text):
    """The word-order-free key: 'Engineer, Civil' and 'civil engineer' share it."""
    return " ".join(sorted(set(w for w in words(text) if w not in FILLER)))


PARENTHESES = re.compile(r"\(([^()]*)\)")


def is_abbreviation(word):
    """'CPA', 'HVAC', 'RN': capitals, two letters or more."""
    word = word.strip()
    return len(word) >= 2 and word.isupper() and word.isalpha()


def variants(title):
    """The forms a title is known by: 'Help Desk Tech (Help Desk Technician)' gives
    the whole, the part outside the parentheses and the part inside. A one-word part
    inside ('Grinder (Surface)', 'Officer (General)', '(R)') is a qualifier, not a title,
    unless it is an abbreviation ('Certified Public Accountant (CPA)')."""
    inside = [part.strip() for part in PARENTHESES.findall(title) if len(part.split()) > 1 or is_abbreviation(part)]
    outside = re.sub(r"\s+", " ", PARENTHESES.sub(" ", title)).strip()
    return [v for v in dict.fromkeys([title.strip(), outside, *inside]) if v]
