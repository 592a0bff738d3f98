"""Finding the occupations and places named in a whole message.

"which pays more, a program support technician or a customer support technician?"
names two occupations; "how much do electrisions make in the Denver area?" one
occupation (misspelt) and one place. Occupations are the longest runs of words that
equal some title in the knowledge base, so any of its ~75,000 titles is recognised
without appearing in any training data.
"""

import re
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .english import is_everyday, misspelt
from .industries import Industries
from .places import NOT_ENGLISH_CODES, WORD_CODES, Gazetteer
from .records import ALL_OCCUPATIONS
from .resolver import NONE, SURE
from .text import CANONICAL, FILLER, is_abbreviation, with_phrases, words

PLACE_PREPOSITIONS = {"in", "into", "for", "at", "around", "near", "across", "throughout", "of", "to", "from", "within"}
CONJUNCTIONS = {"and", "or", "vs", "vs.", "versus", "&"}
KINDS_OF_WORK = {"jobs", "careers", "occupations", "positions", "roles", "fields"}
STUDIED_AS = {"degree", "degrees", "major", "majors", "majoring", "minor", "bachelor's", "bachelors", "masters"}
# Words before one word of a field: "what about bookkeeping", "thinking of going into welding"
FIELD_BEFORE = {"about", "into", "in", "considering", "pursuing", "studying", "wants", "want"}
# A training program named for its field, in a question comparing two: "the dental hygiene
# program or the radiography program", "welding school ... which of those two pays better"
# ... and what it leads to: "welding cert how long"
PROGRAMS = {"school", "program", "programs", "course", "courses", "classes", "training", "cert", "certificate"}
PROGRAMS |= {"certification", "license"}
PARTICLES = {"up", "out", "off", "on", "in", "down", "over", "away", "back"}  # of verbs: "pick up", "figure out"
DOING = {"do", "did", "doing", "work", "working"}  # before a field as work done: "used to do bookkeeping"
JOBS_ASKED = re.compile(r"\b(jobs|careers|occupations)\b", re.I)
COMPARING = re.compile(r"\b(or|vs\.?|versus|between|either|both|each|two|compar\w*)\b", re.I)
# Words before an industry that do not change it: "at the big passenger airlines".
SIZED = {"the", "a", "big", "large", "small", "major", "actual", "real", "huge", "local", "private", "like"}
PAY_WORDS = {"pay", "pays", "salary", "salaries", "wage", "wages"}  # "what about welding pay"
# What people call a job by its field alone, where no title is the field's name: the job meant.
SAID_FOR = {
    ("hvac",): "hvac technician",
    ("infosec",): "information security analyst",
    ("cybersecurity",): "information security analyst",
    ("cyber", "security"): "information security analyst",
    ("help", "desk"): "help desk technician",
    ("HR",): "human resources specialist",  # in capitals: "hr" is also an hour
}
# Said before "vet" of a veteran ("im a vet", "army vet"), not a veterinarian.
SERVED = re.compile(r"(\b(i'?m|i am|as|fellow|combat|disabled|army|navy|marine|military|air force)( an?)?)\s*$", re.I)
INDUSTRY_PREPOSITIONS = {"in", "at", "for", "with", "by", "within"}
PLACE_JOINERS = PLACE_PREPOSITIONS | CONJUNCTIONS | {"than", "compared", "like"}
MAX_MESSAGE = 2000  # characters scanned; the rest of a longer message is ignored
LONGEST_TITLE = 8  # words
# An everyday word that is also a one-word title ("hands", "closer", "sitting" for sitter)
# is taken for a title only with support from the sentence: one of these just before it,
SUPPORT_BEFORE = {
    "a",
    "an",
    "the",
    "as",
    "be",
    "become",
    "becoming",
    "being",
    "about",
    "vs",
    "vs.",
    "versus",
    "or",
    "and",
    "for",
    "to",
    "like",
    "&",
    "meant",  # "sorry, I meant brokers"
    "actual",  # "what about actual vets"
}
# a career word anywhere in the message, or a message of a few words ("welders?", "nurse pay").
CAREER_WORDS = {
    "pay",
    "pays",
    "paid",
    "salary",
    "salaries",
    "wage",
    "wages",
    "make",
    "makes",
    "earn",
    "earns",
    "income",
    "job",
    "jobs",
    "career",
    "careers",
    "degree",
    "skills",
    "outlook",
    "growth",
    "growing",
    "demand",
    "hire",
    "hiring",
    "training",
    "school",
    "certification",
    "license",
    "profession",
    "occupation",
    "employment",
    "openings",
    "duties",
    "requirements",
    "do",
    "does",
    # who works in it, and what it takes: "how old are pharmacists", "median age of nurses"
    "age",
    "old",
    "women",
    "men",
    "female",
    "male",
    "gender",
    "diversity",
    "median",
    "typical",
    "education",
    "become",
    "study",
    "major",
    "tools",
    "software",
    "similar",
    "related",
}
SHORT_MESSAGE = 3  # tokens
PEOPLE_OF_A_PLACE = {"student", "students", "kid", "kids", "grad", "grads", "graduate", "graduates"}
DONE_BY_WORKERS = {"are", "make", "earn", "get", "need", "were"}  # after a plural worker's name, as its subject
POSSESSIVES = {"my", "your", "his", "her", "our", "their"}
ARTICLES = {"a", "an", "the"}
PRONOUN_CODES = {"in", "me", "or", "oh", "ok", "hi", "id"}  # "how much would they pay me": never a state here
LEVEL_WORDS = {"nondegree", "non-degree", "award", "certificate"}  # after "postsecondary"
# Before a verb's -ing form: "I'm taking", "been driving", "started welding".
AUXILIARIES = set(
    "i'm im am is are was were be been being keep keeps kept started start stop stopped enjoy love like".split()
)
# The words around a place named alone as a follow-up: "boston specifically", "and in boston?"
ASKING_AGAIN = set("in and what wat about how specifically then instead only just tho though".split()) | {""}
# Words before a place that opens a short follow-up: "tucson just for kicks", "ok now san jose lol", "LA?"
COPULAS = set("is are was were be much bit way even".split())  # before a comparative: "is closer to"
OPENERS = set("ok okay k so and now then but hmm what wat how about".split())
SHORT_FOLLOW_UP = 8  # tokens
# Every occupation together, the yardstick: "median wage for all occupations".
ALL_OCCUPATIONS_PHRASES = {
    "all occupations",
    "all jobs",
    "all workers",
    "every occupation",
    "every job",
    "the average worker",
    "the average american",
    "average american",
    "the whole economy",
    "jobs overall",
    "the national average",
    "national average",
    "typical american",
    "the typical worker",
    "all us workers",
    "all american workers",
    "all careers",
    "all occs",
    "all occ",
}
OVERALL = re.compile(r"\boverall\b", re.I)
ABOUT_JOBS = re.compile(r"\b(jobs?|employment|wages?|pay|salar(y|ies)|income)\b", re.I)
# A words-that-may-be-a-title guess ends in a noun that names a person by what they do.
AGENT_ENDINGS = (
    "er",
    "or",
    "ist",
    "ian",
    "ant",
    "ent",
    "man",
    "men",
    "ess",
    "eer",
    "ier",
    "ee",
    "smith",
    "wright",
    "herd",
    "hand",
    "keeper",
    "maker",
    "aid",
    "aide",
)
TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'&./-]*")
# A field of work asked about as a career: "is graphic design a good career", "a career in nursing".
FIELD_AS_CAREER = re.compile(
    r"^\W*(?:is|are|isn'?t)\s+(?P<a>[a-z][a-z ]{2,40}?)\s+(?:(?:even|really|actually|still)\s+)?(?:a|an)\s+(?:\w+\s+)?"
    r"(?:career|job|field|path|profession)\b"
    r"|\b(?:a\s+)?career\s+(?:in|as)\s+(?P<b>[a-z][a-z ]{2,40}?)(?:\W*$|\s+(?:a|an|good|worth|or)\b|[?.,!])"
    r"|^\W*(?:is|are|isn'?t)\s+(?P<d>[a-z][a-z ]{2,30}?)\s+(?:(?:even|really|actually|still)\s+)?"
    r"(?:growing|shrinking|dying|in demand|paying)\b"
    r"|\b(?:thinking about|considering|interested in|getting into|get into|go into|going into|switching to|move into)"
    r"\s+(?P<c>[a-z]+(?: [a-z]+){0,2}?)(?=\s+(?:since|because|but|and|or|as|so|now|instead)\b|\s*[?.,!]|\s*$)",
    re.I,
)
# Read after the classifier: "what careers are related to accounting" (Accountants).
RELATED_TO_FIELD = re.compile(r"\b(?:related to|similar to)\s+(?P<a>[a-z]+(?: [a-z]+)?)(?=\s*[?.,!]|\s*$)", re.I)
VERSUS = {"vs", "vs.", "versus"}
ONE_OF_THEM = re.compile(r"\bone of (them|those|these|the)\b|\bis (it |that |this |\w+ )?one\b", re.I)
# What a driver drives: "drives a school bus" is a school bus driver.
DRIVES = re.compile(r"\bdriv(?:e|es|ing|in)\s+(?:a |an |the |their )?(?P<x>[a-z]+(?: [a-z]+)?)", re.I)
# Programming to most people; a medical coder to O*NET ("Coder"): a list of fields instead.
NOT_A_FIELD_OF_ONE = {"coding"}
# What the work is doing, not a field: "is LPN work growing or shrinking" (no Growers)
NOT_A_FIELD = {"growing", "shrinking", "declining", "hiring", "paying", "going", "coming", "looking", "getting"}
# The worker of a field: "design" -> "designer", "welding" -> "welder", "therapy" -> "therapist".
WORKER_FORMS = [
    ("ing", ("er", "e", "ant", "", "or")),  # "school counseling" -> "school counselor"
    ("phy", ("pher",)),  # "radiography" -> "radiographer"
    ("ism", ("ist",)),  # "journalism" -> "journalist"
    ("ation", ("er", "ator")),  # "tax preparation" -> "tax preparer"
    ("ion", ("or",)),  # "home inspection" -> "home inspector"
    ("ement", ("er",)),  # "project management" -> "project manager"
    ("ry", ("er", "")),
    ("ce", ("tist",)),
    ("y", ("ist",)),
    ("e", ("ist",)),
    ("", ("er", "ist")),
]

# Words of questions about jobs. They never name an occupation on their own, are not
# typo-corrected into title words, and are not left over as an unknown title.
QUESTION_WORDS = set(
    """
a about absolute after again all also am an and any anyone are around as ask at average
bachelor bachelors bad be become becoming been being best better between both but by can
career careers city cities college colleges common company companies compare compared
comparison could country current currently day days degree degrees demand demographic
demographics did difference different diploma diverse diversity do does doing done
earn earning earnings earns education educational else entry equal even ever every
experience experienced explain expected fast female field fields find first for from
future gender get gets getting give go going good got great grow growing growth had has
have having he hear hello help her here hey hi high higher highest him his hour hourly
hours how i if in income industries industry info information interested into is it its
job jobs just kind know knowledge large level like lot lots low lower lowest main major
majors make makes making male many may me mean median men metro money more most much
must my need needed needs new next no not now number of off often ok okay old older on
one ones only openings or other others our out outlook over overview paid pay paying pays
pct people per percent percentage person please pretty projected projection race range
rate rates related require required requirement requirements responsibilities right
salaries salary same say school second see shall she should similar skill skills so
some someone something start starting state states still study such sure tell than thank
thanks that the their them then there these they thing things third this those three to
today too top training two type typical typically us use usual usually versus very vs want
wage wages was way we well were what whats when where which who whom whose why will with
woman women work worker workers working would year yearly years yes you young your
about area areas region nation national nationwide country countrywide us usa america
united annual annually average per also and write writing wrote read play sing draw
""".split()
)


# A degree or study said before "in": "a master's in education", "a degree in finance"
STUDIED = {
    "master's",
    "masters",
    "bachelor's",
    "bachelors",
    "associate's",
    "associates",
    "degree",
    "degrees",
    "major",
    "majored",
    "majoring",
    "minor",
    "phd",
    "doctorate",
    "certificate",
    "diploma",
    "mba",
    "ba",
    "bs",
}


def overlap(a, b):
    """Whether two mentions share characters."""
    return a.start < b.end and b.start < a.end


@dataclass
class Mention:
    start: int  # character offsets in the message
    end: int
    text: str  # as typed
    kind: str  # occupation | place
    value: str = None  # for a place, the state or metro area's name in the data
    known: bool = True  # False: words that may be a title the knowledge base lacks
    others: tuple = ()  # for a place, other areas of the same name ("Portland"), largest first


class MentionFinder:
    def __init__(self, resolver, areas, industries=()):
        """resolver: a knowledge.resolver.Resolver; areas: (name, area_type, employment)
        of the OEWS states and metropolitan areas; industries: (naics, title, level) of the
        OEWS industry breakdown."""
        self.resolver = resolver
        self.gazetteer = Gazetteer(areas)
        self.industries = Industries(industries) if industries else None
        # what a misspelt word may be: a state or a metro area's first city ("flordia"), not a second
        # city that is an everyday word ("colege" is no Fairbanks-College)
        self.one_word_places = [
            phrase
            for phrase in self.gazetteer.names
            if " " not in phrase
            and len(phrase) >= 4
            and (phrase in self.gazetteer.states or self.gazetteer.principal_city(phrase))
        ]

    def find(self, message):
        """Occupation and place mentions, in message order."""
        message = (message if isinstance(message, str) else "")[:MAX_MESSAGE]
        tokens = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(message)]
        places = self._places(message, tokens)
        taken = {i for mention, span in places for i in span}
        places += self._industries(message, tokens, taken)
        everyone = self._all_occupations(message, tokens)
        taken = {i for mention, span in places + everyone for i in span}
        # a city in lower case ("nurses in grand rapids") supports a title beside it, though
        # it is read as the place only after the classifier (beside())
        cities = {i for _, span in self._places(message, tokens, loose=True) for i in span}
        occupations = self._occupations(message, tokens, taken, taken | cities)
        if not occupations and not everyone and OVERALL.search(message) and ABOUT_JOBS.search(message):
            at = OVERALL.search(message)  # "how fast are jobs growing overall"
            everyone = [(Mention(at.start(), at.end(), at.group(), "occupation", ALL_OCCUPATIONS), ())]
        if not everyone:  # "im a cna. thinking about dental hygiene": a field beside the titles found
            fields = [f for f in self._field_of_work(message) if not any(overlap(f, m) for m in occupations)]
            occupations = sorted([m for m in occupations if m.known or not fields] + fields, key=lambda m: m.start)
        found = [m for m, _ in places + everyone] + [m for m in occupations if m.known or not everyone]
        return sorted(found, key=lambda m: m.start)

    def _industries(self, message, tokens, taken):
        """'in the federal government', 'at hospitals', 'for a tech company': an industry
        name right after 'in', 'at', 'for', 'with' or 'by'."""
        if not self.industries:
            return []
        found, lowered = [], [t[2].lower().strip(".,?!") for t in tokens]
        for i in range(1, len(tokens)):
            if lowered[i - 1] not in INDUSTRY_PREPOSITIONS or i in taken:
                continue
            if i >= 2 and lowered[i - 2].replace("’", "'") in STUDIED:
                continue  # "a master's in education" is a field of study, not an industry
            for n in range(min(self.industries.longest, len(tokens) - i), 0, -1):
                naics = self.industries.named(" ".join(lowered[i : i + n]), lowered[i - 1])
                if not naics and lowered[i] in SIZED:  # "at actual software companies", "the big airlines"
                    start = i + 1 + (lowered[i + 1] in SIZED if i + 1 < len(tokens) else 0)
                    naics = n > start - i and self.industries.named(" ".join(lowered[start : i + n]), lowered[i - 1])
                runs_into_a_title = any(  # "for software developers" is no industry "software"
                    self.resolver.is_title(" ".join(words(" ".join(lowered[i : i + n + m])))) for m in (1, 2)
                )
                following = lowered[i + n] if i + n < len(tokens) else None
                a_person = following in PEOPLE_OF_A_PLACE  # "for a college student": who, not where
                if naics and not runs_into_a_title and not a_person and not any(j in taken for j in range(i, i + n)):
                    start, end = tokens[i][0], tokens[i + n - 1][1]
                    found.append((Mention(start, end, message[start:end], "industry", naics), range(i, i + n)))
                    break
        return found

    def _all_occupations(self, message, tokens):
        lowered = [t[2].lower().strip(".,?!") for t in tokens]
        for n in (4, 3, 2):
            for i in range(len(tokens) - n + 1):
                if " ".join(lowered[i : i + n]) in ALL_OCCUPATIONS_PHRASES:
                    start, end = tokens[i][0], tokens[i + n - 1][1]
                    return [(Mention(start, end, message[start:end], "occupation", ALL_OCCUPATIONS), range(i, i + n))]
        return []

    def _places(self, message, tokens, loose=False):
        """Places in the message; `loose`: with the readings made after the classifier too."""
        found, i = [], 0
        lowered = [t[2].lower().strip(".,") for t in tokens]
        while i < len(tokens):
            for n in range(min(self.gazetteer.longest, len(tokens) - i), 0, -1):
                phrase = " ".join(lowered[i : i + n])
                areas = self.gazetteer.areas(phrase)
                if areas and self._reads_as_place(i, n, phrase, tokens, lowered, loose):
                    break
            else:
                n, areas = 1, self._misspelt_place(lowered[i])
            if not areas:
                i += 1
                continue
            end = i + n
            narrowed, m = self._state_after(areas, end, tokens, lowered)
            if narrowed:
                areas, end = narrowed, end + m
            first, last = tokens[i][0], tokens[end - 1][1]
            mention = Mention(first, last, message[first:last], "place", areas[0], others=tuple(areas[1:]))
            found.append((mention, range(i, end)))
            i = end
        return found

    def _reads_as_place(self, i, n, phrase, tokens, lowered, loose=False):
        """Whether a place name here means the place: "in TX", "MN vs WI", "nurse pay NY",
        "in tx", "in jersey", "Portland", "in the bay area"; not "or", "a PA" (a physician
        assistant), "my jersey", "go to college", "Mobile Home Lot Worker"."""
        before = lowered[i - 1] if i > 0 else None
        if before == "the" and i > 1:
            before = lowered[i - 2]  # "in the Bay Area"
        after = lowered[i + n] if i + n < len(tokens) else None
        then = lowered[i + n + 1] if i + n + 1 < len(tokens) else None  # the word after that
        # joined to a place named just before or just after: "MN vs WI", "seattle vs spokane"
        after_a_place = before in CONJUNCTIONS and i > 1 and bool(self.gazetteer.areas(lowered[i - 2]))
        before_a_place = after in CONJUNCTIONS and bool(then and self.gazetteer.areas(then))
        typed = " ".join(t[2] for t in tokens[i : i + n])
        alone = len(tokens) <= SHORT_MESSAGE  # "dallas?", "fl", "LA area?": a follow-up naming a place
        # read after the classifier: a place that opens a short message ("vegas pays more or less?")
        opens = loose and len(tokens) <= SHORT_FOLLOW_UP and all(w in OPENERS for w in lowered[:i])
        opens = opens and not self.resolver.is_title(phrase) and phrase not in OPENERS | PRONOUN_CODES  # not "OK so"
        if len(phrase) <= 2 and after and self.resolver.is_title(" ".join(words(f"{phrase} {after}"))):
            return False  # "PR specialists": the first word of a title
        if len(phrase) <= 2:
            if opens and typed.isupper():  # "LA?", "what about LA"
                return True
            if not typed.isupper():  # "in tx"; "fl" as the whole message; "cdl driver salary tx"
                last = i + n == len(tokens) and len(tokens) > 1
                leads = i == 0 and after in CAREER_WORDS  # "mn pay"
                after_pay = last and before in CAREER_WORDS and phrase not in PRONOUN_CODES  # "crane operator pay co"
                area = after in {"area", "metro"}  # "infosec analyst salary dc area"
                told = before in PLACE_PREPOSITIONS or len(tokens) == 1 or last or leads or area
                # "in la", "in pa": codes that are words of other languages or names, after "in"
                foreign = phrase in NOT_ENGLISH_CODES and before in PLACE_PREPOSITIONS
                # read after the classifier: "paralegal va vs md", "rn pay cali vs tx vs ny": joined to a place
                joined = loose and phrase not in WORD_CODES | PRONOUN_CODES and (after_a_place or before_a_place)
                # "pharmacist pay wa vs or": even a word, set against a place
                versus = loose and last and after_a_place and before in VERSUS and phrase != "me"
                return (told and phrase not in WORD_CODES) or after_pay or foreign or joined or versus
            said_before = lowered[i - 1] if i > 0 else None
            if said_before in ("a", "an") or (said_before == "the" and after not in (None, "area", "metro")):
                return False  # "a VA medical center", "the VA hospital": a name, not the state
            if phrase in WORD_CODES or self.resolver.is_title(phrase):  # "OR", "PA"
                # "MN or PA" joins places; "pharmacist or PA", "NP vs PA" join titles
                joined = before in CONJUNCTIONS and i > 1 and not after_a_place
                # "PA or MN" opens with places; "PA vs OT salary" with titles
                places_joined = after in CONJUNCTIONS and (then is None or before_a_place)
                return (
                    (before in PLACE_JOINERS and not joined)
                    or after in {"area", "metro"}
                    or (before is None and places_joined)
                    or (after is None and before in CAREER_WORDS and i > 1)  # "electrician pay PA"
                    or (loose and before_a_place)  # read after the classifier: "welder pay LA vs houston"
                )
            return True
        if phrase in self.gazetteer.states:
            return True  # "Texas", "New York"
        if phrase in self.gazetteer.aliases and " " in phrase:
            return True  # "bay area", "new york city"
        pairs = list(zip(phrase.split(), tokens[i : i + n]))
        if any(self.resolver.is_title_word(w) for w, _ in pairs) and phrase not in self.gazetteer.aliases:
            # "in Mobile", not "to college"; "boston specifically" (a metro area's first city) alone
            rest = lowered[:i] + lowered[i + n :]
            principal = (
                all(w.strip("?!") in ASKING_AGAIN for w in rest)
                and self.gazetteer.principal_city(phrase)
                and not self.resolver.is_title(phrase)
            )
            # loose: "in grand rapids", "nurse pay salt lake city", "in boston", "what about
            # boston": a city of several words, or a large one, needs no capital
            city = loose and (n > 1 or self.gazetteer.major_city(phrase)) and not self.resolver.is_title(phrase)
            ends = after is None and (before in CAREER_WORDS or before in CONJUNCTIONS)  # "st louis vs kansas city"
            told = before in PLACE_PREPOSITIONS or (loose and before == "about")
            # "boston vs nyc"
            return (
                (told and (typed[0].isupper() or city))
                or principal
                or (city and (ends or before_a_place))
                or (opens and city)
            )
        if any(is_everyday(w) and t[2].islower() for w, t in pairs):
            ends = after is None and before in CAREER_WORDS  # "cdl driver pay houston"
            # read after the classifier: a place's everyday name ending the message ("accountants top 10% nyc")
            known = phrase in self.gazetteer.aliases or self.gazetteer.major_city(phrase)
            # or a sentence: "laid off swe 6 yoe seattle. how does infosec pay vs data science here"
            sentence_ends = after is None or tokens[i + n - 1][2][-1] in ".!?"
            ends = ends or (loose and sentence_ends and bool(known) and i > 0 and lowered[i - 1] not in ("a", "an"))
            after_than = before in ("than", "meant", "mean") or (loose and before == "about")  # "what about columbus"
            # "(jacksonville nc)": a city with its state after it (not a postal code that is a word)
            narrowed, m = self._state_after(self.gazetteer.areas(phrase), i + n, tokens, lowered)
            stated = bool(narrowed) and " ".join(lowered[i + n : i + n + m]) not in WORD_CODES
            spanish = loose and before == "en"  # "what do plumbers make alla en houston"
            joined = after_a_place or (loose and before_a_place)  # "seattle vs spokane"
            told = before in PLACE_PREPOSITIONS or alone or ends or after_than or stated or spanish or joined
            return told or opens  # "in houston", "dallas?", "tucson just for kicks"
        return True

    def _state_after(self, areas, end, tokens, lowered):
        """Of a city's areas, those in the state named right after it ("Portland Oregon",
        "Portland, OR"), and the words that state takes; ([], 0) for none. A postal code that
        is a word counts only in capitals ("OR", not "or")."""
        for m in (2, 1):
            said = " ".join(lowered[end : end + m])
            narrowed = self.gazetteer.in_state(areas, said) if end + m <= len(lowered) else []
            if narrowed and (said not in WORD_CODES or tokens[end][2].isupper()):
                return narrowed, m
        return [], 0

    def _misspelt_place(self, word):
        """'flordia' -> Florida, 'pensylvania' -> Pennsylvania: a word that is no everyday
        English and no title word, close to one place name."""
        if len(word) < 5 or not word.isalpha() or is_everyday(word) or self.resolver.is_title_word(word):
            return []
        match = process.extractOne(word, self.one_word_places, scorer=OSA.normalized_similarity, score_cutoff=0.8)
        return self.gazetteer.areas(match[0]) if match else []

    def _occupations(self, message, tokens, taken, near):
        canonical = []
        for i, (_, _, token) in enumerate(tokens):
            canon = words(token, phrases=False)  # read with its neighbours in the key below
            unknown = i not in taken and len(canon) == 1 and not self.resolver.is_title_word(canon[0])
            parts = unknown and self.resolver.split_compound(canon[0])
            if parts:
                canon = parts  # "xray techs"
            elif unknown and token.lower() not in QUESTION_WORDS and len(canon[0]) >= 5 and canon[0].isalpha():
                corrected, _ = self.resolver.correct(canon)
                canon = corrected
            canonical.append(canon)
        found, i = [], 0
        while i < len(tokens):
            for n in range(min(LONGEST_TITLE, len(tokens) - i), 0, -1):
                span = range(i, i + n)
                if any(j in taken for j in span):
                    continue
                first = tokens[i][2]
                bare = first.lower().strip(".,")
                short_form = bare in CANONICAL and self._short_form_asked(i, tokens)  # "rn pay tx"
                if (
                    not canonical[i]
                    or first in FILLER
                    or (n == 1 and (first.lower() in QUESTION_WORDS or (len(bare) <= 2 and not first.isupper())))
                    and not short_form
                ):
                    continue  # no title starts with "a", "the", "or"; nor is a lone question word or "v"
                if not canonical[i + n - 1]:
                    continue  # nor ends with one
                if n > 1 and self._crosses_a_sentence(message, tokens, span):
                    continue  # "i work caregiver. home health aide how much?"
                key = " ".join(with_phrases([w for j in span for w in canonical[j]]))
                if (
                    n == 1
                    and canonical[i] != words(first, phrases=False)
                    and i > 0
                    and tokens[i - 1][2].lower() in AUXILIARIES
                ):
                    continue  # "I'm taking courses" is no Taker; a word changed to a title's form is a verb here
                following = tokens[i + 1][2].lower() if i + 1 < len(tokens) else ""
                if n == 1 and first.lower().endswith("ing") and following in POSSESSIVES | ARTICLES:
                    continue  # "home raising my kids": a verb with its object, no Raiser
                if n == 1 and following in LEVEL_WORDS:
                    continue  # "a postsecondary nondegree award" is a level of schooling
                if n == 1 and bare == "medium" and following in PAY_WORDS | {"income"}:
                    continue  # "the medium salary" (said, or heard, for the median) is no Medium
                if n == 1 and is_everyday(first.lower()) and not self._supported(i, tokens, canonical, near, message):
                    continue  # "my hands", "on the other hand", "closer to home", "charter flights"
                if n > 1 and not self._names_a_job(i, n, tokens, canonical):
                    continue  # "pick up", "game changer": everyday words that happen to be a title
                # A lone word that ends many titles ("manager pay?") is asked back as a family.
                if key and (self.resolver.is_title(key) or (n == 1 and self.resolver.is_family_head(key))):
                    first = self._extend_left(i, tokens, canonical, taken, found, message)
                    start, end = tokens[first][0], tokens[i + n - 1][1]
                    found.append(Mention(start, end, message[start:end], "occupation"))
                    i += n
                    break
            else:
                i += 1
        found += self._elided(message, tokens, canonical, taken, found)
        if not found:
            found = self._leftover(message, tokens, taken)
        return sorted(found, key=lambda m: m.start)

    def _field_of_work(self, message, asking=FIELD_AS_CAREER):
        """'is graphic design a good career?': the field, as the occupation of its workers
        (Graphic Designers), when one of them is a title the resolver is sure of."""
        asked = asking.search(message)
        if not asked:
            return []
        group = next(g for g in "abcd" if asked.groupdict().get(g))
        field = asked.group(group).strip()
        if field.lower() in NOT_A_FIELD_OF_ONE:
            return []
        worker = self._worker(field.split())
        if not worker:
            return []
        start = asked.start(group) + asked.group(group).index(field)
        return [Mention(start, start + len(field), field, "occupation", value=worker)]

    # -- read after the intent classifier ------------------------------------------------
    # The readings below are not in find(), which masks the classifier's training
    # messages: training is deterministic, but any change to those masks re-draws the model,
    # and each re-draw so far lost held-out intents (bench/RESULTS.md). The action applies
    # them to the entities Rasa gives it. A change to find() must leave the masks of the
    # training messages as they are (components.fingerprint tells).

    def beside(self, message, found):
        """The fields of work and the industries compared a message names, none overlapping
        the spans `found` (start, end) of the mentions found already."""
        message = (message if isinstance(message, str) else "")[:MAX_MESSAGE]
        words_only = [(m.start(), m.end(), m.group().rstrip(".")) for m in TOKEN.finditer(message)]
        tokens = [(start, start + len(word), word) for start, _, word in words_only]  # "dental hygiene."
        covered = {i for i, t in enumerate(tokens) for start, end in found if start <= t[0] < end}
        raw = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(message)]  # as find() has them
        loose = self._places(message, raw, loose=True)  # with the readings after the classifier
        fields = self._fields(message, tokens, covered)
        extra = fields + self._industries_compared(message, tokens, covered) + self._driven(message)
        extra += self._before_instead(message, tokens, covered) + self._listed_beside(message, tokens, covered)
        extra += self._workers_beside(tokens, covered, loose)
        taken = [(t[0], t[1]) for i, t in enumerate(tokens) if i in covered]
        related = self._field_of_work(message, RELATED_TO_FIELD)  # "careers related to accounting"
        extra += [f for f in related if not any(f.start < end and start < f.end for start, end in taken)]
        return sorted(extra + self._places_beside(message, raw, covered, loose), key=lambda m: m.start)

    def _before_instead(self, message, tokens, covered):
        """'pharmacists instead', 'what about being a cop instead': the title said just before
        "instead", which find() reads as a word qualifying the next one."""
        found = []
        for i in range(len(tokens) - 1):
            if tokens[i + 1][2].lower().strip(".,?!") != "instead" or i in covered:
                continue
            typed = tokens[i][2]
            resolution = self.resolver.resolve(typed)
            # a worker's name ("cop"), not a word of a longer title ("sort by openings instead")
            if resolution.status == SURE and words(resolution.best.matched)[-1:] == words(typed)[-1:]:
                found.append(Mention(tokens[i][0], tokens[i][1], typed, "occupation"))
        return found

    def _workers_beside(self, tokens, covered, loose):
        """'cops chicago', 'programmers are shrinking right?': a plural everyday word naming
        workers, just before a place (of those `loose` reads) or as the subject of what workers
        do, which find() leaves unsupported."""
        at_places = {i for _, span in loose for i in span}
        found = []
        for i, (start, end, typed) in enumerate(tokens[:-1]):
            said = typed.lower()
            following = tokens[i + 1][2].lower()
            if i in covered or not said.endswith("s") or not (i + 1 in at_places or following in DONE_BY_WORKERS):
                continue
            resolution = self.resolver.resolve(typed)
            # a worker's name ("cops"), not a word of a longer title ("users")
            if resolution.status == SURE and words(resolution.best.matched)[-1:] == words(typed)[-1:]:
                found.append(Mention(start, end, typed, "occupation"))
        return found

    def _listed_beside(self, message, tokens, covered):
        """'nurses' in "compare nurses, electricians and plumbers": an everyday word that ends
        titles, listed with a comma beside a mention found, which find() leaves unsupported."""
        found = []
        for i, (start, end, typed) in enumerate(tokens):
            beside = [j for j in (i - 1, i + 1) if 0 <= j < len(tokens) and j in covered]
            gaps = [message[tokens[min(i, j)][1] : tokens[max(i, j)][0]] for j in beside]
            head = (words(typed) or [""])[-1]
            if i in covered or not any("," in gap for gap in gaps) or not self.resolver.is_title_head(head):
                continue
            if self.resolver.resolve(typed).status != NONE:
                found.append(Mention(start, end, typed, "occupation"))
        return found

    def _places_beside(self, message, tokens, covered, loose):
        """Places read only after the classifier (of those `loose` reads): a city in lower case
        ("nurses in kansas city", "in boston"), or after "about" ("what about columbus")."""
        strict = self._places(message, tokens)
        at_places = {i for _, span in strict for i in span}  # "kansas city" over the state "kansas"
        read_before = {(p.start, p.end) for p, _ in strict}
        return [m for m, span in loose if (m.start, m.end) not in read_before and not (covered - at_places) & set(span)]

    def _fields(self, message, tokens, covered):
        """'electrical engineering salary', 'mechanical vs electrical engineering', 'medical
        coding': fields of two or three words named for the work, as the occupation of their
        workers when the resolver is sure of them (one word, "nursing", "driving", is left to
        the sentence: see _field_of_work); the tokens they take join `covered`."""
        said = self._said_for(message, tokens, covered)  # first: "cybersecurity or software engineering"
        comparing, jobs_asked = bool(COMPARING.search(message)), bool(JOBS_ASKED.search(message))
        extra = []
        for i, (_, _, token) in enumerate(tokens):
            following = tokens[i + 1][2].lower() if i + 1 < len(tokens) else None
            if len(token) < 5 or following in STUDIED_AS:
                continue  # "a computer science degree" is a major
            ends = following is None or following in PLACE_PREPOSITIONS | CONJUNCTIONS | KINDS_OF_WORK | PAY_WORDS
            ends = ends or message[tokens[i][1] : tokens[i][1] + 1] in tuple(",.?!;")  # not "in plumbing school"
            # "how long is cosmetology school", "nursing or pharmacy school"; not "im in nursing school"
            # nor "waitlisted for the nursing program... what other medical jobs", a list question
            own = i > 0 and tokens[i - 1][2].lower() in {"in", "at"} | POSSESSIVES or jobs_asked
            program = following in PROGRAMS and (comparing or not own)
            rare = not is_everyday(token.lower())  # a word of a field no everyday English uses: "phlebotomy"
            # "landscaping pay"; "whats phlebotomy hourly in ohio"
            leads = (i == 0 or rare) and following in PAY_WORDS | {"growth", "outlook", "hourly"}
            leads = leads and token.lower() not in NOT_A_FIELD_OF_ONE
            before = [t[2].lower() for t in tokens[max(0, i - 2) : i]]
            # "what about bookkeeping", "used to do bookkeeping", "back to school for accounting"
            told = before[-1:] and (before[-1] in FIELD_BEFORE | DOING or before == ["school", "for"])
            joined = rare and before[-1:] and before[-1] in CONJUNCTIONS  # "either CNA or phlebotomy"
            after = bool(told or joined) and ends
            field_word = (token.lower().endswith("ing") and token.lower() not in NOT_A_FIELD) or rare  # "nursing"
            alone = (field_word and (after or leads)) or program
            ends = ends or program
            for first in (i - 2, i - 1) + ((i,) if alone else ()):  # "what about bookkeeping"
                span = range(first, i + 1)
                typed = [tokens[j][2] for j in span] if first >= 0 else []
                if not typed or any(j in covered for j in span) or not self._qualifies(typed[:-1]):
                    continue
                worker = self._worker(typed)
                if worker:
                    start, end = tokens[first][0], tokens[i][1]
                    extra += self._field_before(message, tokens, first, worker, covered, program)
                    extra.append(Mention(start, end, message[start:end], "occupation", value=worker))
                    covered.update(span)
                    break
        return sorted(extra + said, key=lambda m: m.start)

    @staticmethod
    def _said_for(message, tokens, covered):
        """'hvac growth?', 'vs cybersecurity', 'compare to help desk': a field said for its job."""
        typed, lowered = [t[2] for t in tokens], [t[2].lower() for t in tokens]
        found = []
        for i in range(len(tokens)):
            for said, job in SAID_FOR.items():
                span = range(i, i + len(said))
                written = typed if any(w != w.lower() for w in said) else lowered
                if tuple(written[i : i + len(said)]) == said and not any(j in covered for j in span):
                    start, end = tokens[i][0], tokens[span[-1]][1]
                    found.append(Mention(start, end, message[start:end], "occupation", value=job))
                    covered.update(span)
        return found

    def _field_before(self, message, tokens, first, worker, covered, program=False):
        """'mechanical' in "mechanical vs electrical engineering", and both of "mechanical,
        civil or electrical engineering": words before 'vs', 'and', 'or' or a comma that, with
        the field's worker, name other occupations; before a program, fields of their own
        ("nursing and pharmacy school")."""
        found, j = [], first
        while j >= 1:
            if j >= 2 and tokens[j - 1][2].lower() in CONJUNCTIONS:
                k = j - 2
            elif "," in message[tokens[j - 1][1] : tokens[j][0]]:
                k = j - 1
            else:
                break
            word = tokens[k][2]
            other = (self._worker([word]) if program else None) or f"{word} {worker.split()[-1]}"
            if k in covered or not self._qualifies([word]) or self.resolver.resolve(other).status != SURE:
                break
            found.append(Mention(tokens[k][0], tokens[k][1], word, "occupation", value=other))
            j = k
        return found[::-1]

    @staticmethod
    def _qualifies(typed):
        """Whether words may qualify a field ("dental" hygiene): no "in", "my", "the"."""
        stop = QUESTION_WORDS | FILLER | FIELD_BEFORE | PLACE_PREPOSITIONS | ARTICLES | POSSESSIVES
        # "speech-language" pathology too
        return all(t.replace("-", "").isalpha() and t.lower() not in stop and words(t) for t in typed)

    def _industries_compared(self, message, tokens, covered):
        """'do RNs in home health get paid less than hospital': an industry right after "than",
        "vs" or "versus", or after another and "or" ("in hospitals or home health"), or paying
        ("do hospitals pay coders more"), where the extractor looks only after "in", "at", "for"..."""
        if not self.industries:
            return []
        lowered = [t[2].lower().strip(".,?!") for t in tokens]
        extra = []
        for i in range(1, len(tokens)):
            # "in hospitals or home health": after another industry
            joined = lowered[i - 1] in {"or", "and"} and i - 2 in covered
            joined = joined and bool(self.industries.named(lowered[i - 2], "at"))
            if (lowered[i - 1] not in {"than", "vs", "vs.", "versus", "do", "does"} and not joined) or i in covered:
                continue
            for n in range(min(self.industries.longest, len(tokens) - i), 0, -1):
                naics = self.industries.named(" ".join(lowered[i : i + n]), "at")
                paying = i + n < len(tokens) and lowered[i + n] in {"pay", "pays"}  # "do hospitals pay coders more"
                if lowered[i - 1] in {"do", "does"} and not paying:
                    continue
                if naics and not any(j in covered for j in range(i, i + n)):
                    start, end = tokens[i][0], tokens[i + n - 1][1]
                    extra.append(Mention(start, end, message[start:end], "industry", naics))
                    break
        return extra

    def names_no_job(self, message, mention_start, mention_end):
        """Whether a title found names no job asked about, by the word after it: a major ("a
        criminal justice degree"), a level of schooling ("a postsecondary certificate"), or, one
        word of a family of jobs, the field of a list ("tech jobs", "the tech ones")."""
        typed = words(message[mention_start:mention_end])
        following = [w.lower().strip(".,?!") for w in message[mention_end:].split()[:2]]
        after = following[0] if following else None
        if after in STUDIED_AS | LEVEL_WORDS:
            return True
        before = message[:mention_start].split()[-1:]
        said = message[mention_start:mention_end].lower().split()
        if before == ["to"] and len(said) == 2 and said[-1] in PARTICLES:
            return True  # a verb: "skills would i need to pick up"
        if len(said) == 1 and self.resolver.read_as_a_short_form(said[0]):
            return True  # "jobs coming in the next decade"
        if said in (["hr"], ["hrs"]) and before and before[0].lower() in {"per", "an", "a", "/"}:
            return True  # an hour: "per hr?", "$30 an hr"
        if said in (["vet"], ["vets"]) and SERVED.search(message[:mention_start]):
            return True  # a veteran: "im a vet with no college", "army vet"
        if following[1:] and after in {"type", "kind", "related", "-related"} and following[1] in KINDS_OF_WORK:
            return True  # "what law enforcement type jobs pay the best"
        return len(typed) == 1 and after in KINDS_OF_WORK | {"ones"} and self.resolver.is_family_head(typed[0])

    def items(self, message, mention_start, mention_end):
        """The titles a mention found across commas lists ("nurses, teachers" of "compare nurses,
        teachers and electricians", found as one Nurse Teacher), when each is a title the
        resolver is sure of or one of a family ("teachers"); else None."""
        said = message[mention_start:mention_end]
        if "," not in said:
            return None
        found = []
        for part in re.finditer(r"[^,\s][^,]*", said):
            typed = part.group().rstrip()
            status, last = self.resolver.resolve(typed).status, (words(typed) or [""])[-1]
            if not (status == SURE or (status != NONE and self.resolver.is_title_head(last))):
                return None  # "cars, auto mechanics": no list of titles
            start = mention_start + part.start()
            found.append(Mention(start, start + len(typed), typed, "occupation"))
        return found

    def _driven(self, message):
        """'my neighbor drives a school bus', 'I want drive the city bus': the driver of it,
        when a title the resolver is sure of; over any title found in its words ("bus")."""
        found = []
        for match in DRIVES.finditer(message):
            typed = match.group("x").split()
            driven = [re.sub(r"(?<=us)es$", "", w) for w in typed]  # "school buses"
            for n in (len(driven), 1) if len(driven) > 1 else (1,):
                worker = " ".join(words(" ".join(driven[:n])) + ["driver"])  # "trucks" -> "truck driver"
                if self.resolver.is_title(worker) and self.resolver.resolve(worker).status == SURE:
                    start = match.start("x")
                    end = start + len(" ".join(typed[:n]))
                    found.append(Mention(start, end, message[start:end], "occupation", value=worker))
                    break
        return found

    def _worker(self, typed):
        """The worker of a field named in words ("medical coding" -> "medical coder"), when a
        title the resolver is sure of; or None."""
        *before, last = typed
        for ending, forms in WORKER_FORMS:
            if not last.lower().endswith(ending) or (ending.endswith("ion") and not before):
                continue  # "tax preparation"; not "education" alone, a field of many jobs
            stem = last[: len(last) - len(ending)]
            for form in forms:
                worker = " ".join(before + [stem + form])
                if self.resolver.is_title(" ".join(words(worker))) and self.resolver.resolve(worker).status == SURE:
                    return worker
        return None

    def _short_form_asked(self, i, tokens):
        """'rn', 'pt vs ot pay': a short form in lower case names a job alone, before a
        career word, or beside 'vs' ('rn' is "right now" in "im a cna rn, how much...")."""
        lowered = [t[2].lower() for t in tokens]
        after = lowered[i + 1] if i + 1 < len(tokens) else None
        before = lowered[i - 1] if i > 0 else None
        last = after is None or after in {"?", "now"}  # "how many yrs of school is np"
        asked = before in {"is", "for"} and last
        # joined to another title: "rn or lpn", "rn vs np"; not "i work in a warehouse rn and want..."
        beyond = words(tokens[i + 2][2]) if i + 2 < len(tokens) else []
        joined = after in CONJUNCTIONS and (
            after not in ("and", "or", "&")
            or any(w in CANONICAL.values() or self.resolver.is_title_head(w) for w in beyond)
        )
        return len(tokens) == 1 or after in CAREER_WORDS or joined or before in CONJUNCTIONS or asked

    def _names_a_job(self, i, n, tokens, canonical):
        """A run of everyday words is a title when it ends in a word many titles end in
        ('truck driver'), has a word no everyday English uses ('phlebotomy tech'), or follows
        'a', 'the', 'as'... ('a pick up')."""
        typed = [t[2].lower() for t in tokens[i : i + n]]
        last = with_phrases([w for j in range(i, i + n) for w in canonical[j]])[-1]  # "diesel mech": mechanic
        if any(not is_everyday(word) for word in typed) or self.resolver.is_title_head(last):
            return True
        return i > 0 and tokens[i - 1][2].lower() in SUPPORT_BEFORE - {"to"}  # not "need to pick up"

    @staticmethod
    def _crosses_a_sentence(message, tokens, span):
        """Whether a sentence ends inside a run of tokens: a stop after a word of four
        letters or more ("caregiver."; not "st." or "sr."), or "?", "!", ";" between two."""
        for j in list(span)[:-1]:
            token, gap = tokens[j][2], message[tokens[j][1] : tokens[j + 1][0]]
            if (token.endswith(".") and len(token.rstrip(".")) >= 4) or any(c in gap for c in "?!;"):
                return True
        return False

    def _supported(self, i, tokens, canonical, taken, message):
        """Whether the sentence supports reading the everyday word at i as a job title."""
        lowered = [t[2].lower() for t in tokens]
        if i > 0 and lowered[i - 1] in POSSESSIVES and not is_abbreviation(tokens[i][2].rstrip(".")):
            return False  # "my hands", "my sister": the person's own, not a job asked about; "her RN" is one
        agent = lowered[i].rstrip("s").endswith(AGENT_ENDINGS)
        following = lowered[i + 1] if i + 1 < len(tokens) else None
        if i > 0 and lowered[i - 1] in COPULAS and following in ("to", "than"):
            return False  # a comparison: "houston is closer to family"
        if (
            following
            and message[tokens[i][1] : tokens[i + 1][0]] == " "
            and following.isalpha()
            and not following.endswith("ly")  # "a PA actually does"
            and not is_abbreviation(tokens[i][2].rstrip("."))
            and following not in CAREER_WORDS | QUESTION_WORDS | FILLER | CONJUNCTIONS | INDUSTRY_PREPOSITIONS
            and not self.resolver.is_title_head(canonical[i][-1])
        ):
            return False  # a word qualifying the next one: "charter flights"; not "analyst side"
        if following == "experience" or lowered[i + 1 : i + 3] == ["work", "experience"]:
            return False  # "prior work experience", "relevant experience"
        # asked on its own, as a sentence of one or two words: "thats kinda low ngl. paramedics?"
        sentence_start = max(message.rfind(c, 0, tokens[i][0]) for c in ".!?") + 1
        asked_alone = message[tokens[i][1] :].lstrip().startswith("?") and (
            len(message[sentence_start : tokens[i][0]].split()) <= 1
        )
        return (
            any(abs(j - i) <= 3 for j in taken)  # "accountants in the federal government", "nurses in Texas"
            or (agent and i + 1 < len(tokens) and lowered[i + 1] in INDUSTRY_PREPOSITIONS)
            or len(tokens) <= SHORT_MESSAGE
            or asked_alone
            or (i > 0 and lowered[i - 1] in SUPPORT_BEFORE)
            or (i > 0 and lowered[i - 1] in POSSESSIVES and tokens[i][2].isupper())  # "going back for her RN"
            or (i + 1 < len(tokens) and lowered[i + 1] in CONJUNCTIONS)
            or any(word in CAREER_WORDS for word in lowered)
            or (agent and bool(ONE_OF_THEM.search(message)))  # "electrician is one right?" after a list
        )

    def _extend_left(self, i, tokens, canonical, taken, found, message):
        """'kindergarten teachers': a title word just before a matched title joins it
        when some title holds all the words, though none is exactly these words."""
        first = i
        while (
            first > 0
            and first - 1 not in taken
            and not self._crosses_a_sentence(message, tokens, range(first - 1, first + 1))
            and canonical[first - 1]
            and tokens[first - 1][2].lower() not in QUESTION_WORDS
            and not (found and found[-1].end > tokens[first - 1][0])
        ):
            wanted = [w for j in range(first - 1, i + 1) for w in canonical[j] if w not in FILLER]
            if not self.resolver.some_title_has_all(wanted):
                break
            first -= 1
        return first

    def _elided(self, message, tokens, canonical, taken, found):
        """'customer support and technical support technicians', 'mechanical, civil or
        electrical engineers': a title before 'and', 'or', 'vs' or a comma borrows the last
        word of the title after it."""
        extra = []
        after = {m.start: (m, (m.value or m.text).split()[-1]) for m in found}  # a mention and its last word
        covered = {i for i, t in enumerate(tokens) for m in found if m.start <= t[0] < m.end}
        for c in reversed(range(len(tokens) - 1)):
            following, last = after.get(tokens[c + 1][0], (None, None))
            if not following:
                continue
            if tokens[c][2].lower() in CONJUNCTIONS:
                end = c  # the title ends before the conjunction
            elif "," in message[tokens[c][1] : tokens[c + 1][0]]:
                end = c + 1
            else:
                continue
            for first in range(max(0, end - LONGEST_TITLE), end):
                span = range(first, end)
                if any(j in taken or j in covered for j in span) or not canonical[first]:
                    continue
                key = " ".join(with_phrases([w for j in span for w in canonical[j]] + words(last)))
                if self.resolver.is_title(key):
                    begin, stop = tokens[first][0], tokens[end - 1][1]
                    named = message[begin:stop] + " " + last
                    mention = Mention(begin, stop, named, "occupation", value=named if following.value else None)
                    extra.append(mention)
                    after[begin] = (mention, last)
                    covered.update(span)
                    break
        return extra[::-1]

    def _names_a_worker(self, word, length):
        """'dragon tamers', 'wrangler': a rare noun for a person by what they do; or, after
        another word, one that ends many titles ('aircraft mechanics', not 'hands')."""
        canon = words(word)
        if len(canon) != 1 or not canon[0].isalpha():
            return False
        rare = not is_everyday(canon[0]) and not is_everyday(word)
        return (rare and canon[0].endswith(AGENT_ENDINGS)) or (length > 1 and self.resolver.is_title_head(canon[0]))

    def _leftover(self, message, tokens, taken):
        """No known title: the words that are neither question words nor places may be a
        title the knowledge base lacks ("dragon tamer"), worth answering honestly."""
        rest = [
            i
            for i, t in enumerate(tokens)
            if i not in taken and t[2].lower().strip(".'") not in QUESTION_WORDS and any(c.isalpha() for c in t[2])
        ]
        if not rest or rest[-1] - rest[0] != len(rest) - 1 or not self._may_be_a_title([tokens[i][2] for i in rest]):
            return []
        start, end = tokens[rest[0]][0], tokens[rest[-1]][1]
        return [Mention(start, end, message[start:end], "occupation", known=False)]

    def _may_be_a_title(self, typed):
        """Whether a run of words no title matches may still name a job: 'dragon tamers',
        'computer user support'; not 'lol', 'idk', 'my hands', 'wierd', 'cool cool cool'."""
        lowered = [word.lower() for word in typed]
        if len(typed) > 4 or any(len(word) > 40 for word in typed) or len(set(lowered)) < len(typed):
            return False
        if any(misspelt(word) and misspelt(" ".join(words(word))) for word in lowered):
            return False  # an everyday word misspelt ("acually"); a rare plural is not ("tamers")
        return self._names_a_worker(lowered[-1], len(typed)) or (
            len(typed) > 1 and self.resolver.resolve(" ".join(typed)).status == SURE
        )
