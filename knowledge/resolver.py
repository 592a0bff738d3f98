"""Turning what a person types into ranked occupation candidates.

Exact and word-order-free look-ups come first (dictionary hits over every title the
knowledge base holds), then typo correction word by word, then titles that contain all
the words. Each step is tried only when the one before found nothing.
"""

import re
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from .english import is_everyday, misspelt, run_together
from .text import CANONICAL, FILLER, bag, is_abbreviation, key, words

HEAD = 20  # a word ending this many titles is a title head ('mechanic', 'clerk')
FAMILY = 10  # a word in the official titles of this many occupations names a family, not a job
MAX_LENGTH = 200  # longer input is not a job title
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# How much a title of each kind counts as evidence for its occupation.
KIND_WEIGHT = {"article": 20, "official": 6, "soc": 4, "reported": 2, "alternate": 1, "short": 1}
EXACT_BONUS = 3  # the title exactly as typed, capitals and plurals included
DOMINANT = 2  # as much evidence or more, and this many times the employment: answer it, offer the rest
CLOSE = 2  # evidence within this factor of the most is close enough for the title's words to decide
OFFICIAL = ("official", "soc")
SURE, AMBIGUOUS, NONE = "sure", "ambiguous", "none"
# Words that put a title a rank above the work it names: "landscaping" means the workers, not
# their First-Line Supervisors, unless one of these is typed.
RANKS = set(words("manager supervisor director chief head lead foreman superintendent boss"))
# What most people mean by a title, where O*NET gives it to several occupations and its
# reported title points elsewhere (the BLS Occupational Outlook Handbook's names agree):
# a "lineman" works on power lines, a "project manager" is a project management specialist.
SAID_AS = {
    "lineman": "Electrical Power-Line Installer",
    "project mgr": "Project Management Specialist",
    "information technology mgr": "Computer and Information Systems Manager",
    "trucker": "Tractor Trailer Truck Driver",  # a trucker drives a big rig, not a hand truck
    "big rig driver": "Tractor Trailer Truck Driver",
    "18 wheeler driver": "Tractor Trailer Truck Driver",
    "line cook": "Restaurant Cook",  # the BLS handbook's restaurant cooks work the line
    "cybersecurity analyst": "Information Security Analyst",
    "cyber security analyst": "Information Security Analyst",
    "medic": "Paramedic",  # not a fire medic or a Special Forces medic
    "medics": "Paramedic",
    "solar installer": "Solar Photovoltaic Installer",  # of panels; solar thermal installers are plumbers
    "solar panel installer": "Solar Photovoltaic Installer",
    "farmer": "Farmers, Ranchers, and Other Agricultural Manager",  # who run farms, as BLS's handbook has them
    "farming": "Farmers, Ranchers, and Other Agricultural Manager",
    "pen tester": "Penetration Tester",  # of networks, not a Ballpoint Pen Cartridge Tester
    "power line worker": "Power Lineworker",  # not an assembly-line worker
    "hs teacher": "High School Teacher",  # not a substitute or special education teacher
}
MANY_TITLES = 10  # titles of another occupation holding a word, for each of the matched one's


@dataclass
class Candidate:
    code: str  # O*NET-SOC code, e.g. 15-1232.00
    soc_code: str  # SOC 2018 code, e.g. 15-1232
    title: str  # the occupation's official title
    matched: str  # the title that matched what was typed
    confidence: float  # 0..1
    profile: str = None  # a source article's title profile, when it matched exactly

    @property
    def other_title(self):
        """The title matched, when it names the job otherwise than the occupation's own title
        does ('Zookeeper' for Animal Caretakers; not 'Nurses' for Registered Nurses, nor 'RN')."""
        if self.profile or not self.matched or is_abbreviation(self.matched):
            return None
        return None if set(words(self.matched)) <= set(words(self.title)) else self.matched


@dataclass
class Resolution:
    text: str
    status: str  # sure | ambiguous | none
    candidates: list = field(default_factory=list)  # best first; near ones when status is none
    note: str = None  # why, when nothing matched

    @property
    def best(self):
        return self.candidates[0] if self.candidates else None

    @property
    def alternatives(self):
        """For a sure resolution, the other occupations the text may mean, one per SOC code."""
        if self.status != SURE or not self.candidates:
            return []
        seen, found = {self.best.soc_code}, []
        for candidate in self.candidates[1:]:
            if candidate.soc_code not in seen:
                seen.add(candidate.soc_code)
                found.append(candidate)
        return found


def word_forms(word):
    """Other forms of a word a title may use: trucking -> truck, plumbing -> plumber."""
    for suffix, replacements in (
        ("ics", ("ic",)),
        ("ing", ("", "er", "e")),
        ("ers", ("er", "")),
        ("er", ("", "e")),
        ("ist", ("y", "")),
        ("ian", ("y", "")),
        ("al", ("",)),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            for replacement in replacements:
                yield word[: -len(suffix)] + replacement


@dataclass
class Evidence:
    confidence: float
    weight: int = 0
    best_weight: int = 0
    matched: str = None
    profile: str = None
    official: bool = False  # an official O*NET or SOC title matched


class Resolver:
    def __init__(self, db):
        """db: a sqlite3 connection to the knowledge base (read-only is enough)."""
        self.official = {
            code: (soc, title) for code, soc, title in db.execute("SELECT code, soc_code, title FROM occupations")
        }
        self.employment = dict(
            db.execute("SELECT soc_code, employment FROM wages WHERE area_type = 'national' AND employment IS NOT NULL")
        )
        # Ties go to the occupation more people hold, and to the .00 code of a SOC group.
        self.size = {
            code: (self.employment.get(soc) or 0) + (0.5 if code.endswith(".00") else 0)
            for code, (soc, _) in self.official.items()
        }
        self.by_key = defaultdict(list)
        self.by_bag = defaultdict(list)
        for title, k, b, code, kind in db.execute("SELECT title, key, bag, code, kind FROM titles ORDER BY id"):
            entry = (code, title, kind)
            self.by_key[k].append(entry)
            self.by_bag[b].append(entry)
        self.keys = list(self.by_key)
        self.postings = defaultdict(set)  # word -> ids of the keys that contain it
        self.official_postings = defaultdict(set)  # the same, for official titles only
        self.official_keys = []
        frequency = defaultdict(int)
        for i, k in enumerate(self.keys):
            official = any(kind in OFFICIAL for _, _, kind in self.by_key[k])
            if official:
                self.official_keys.append(k)
            for word in k.split():
                self.postings[word].add(i)
                frequency[word] += 1
                if official:
                    self.official_postings[word].add(i)
        self.vocabulary = sorted(frequency, key=lambda w: -frequency[w])
        ends = defaultdict(int)
        for k in self.keys:
            ends[k.rsplit(" ", 1)[-1]] += 1
        self.heads = {word for word, count in ends.items() if count >= HEAD}
        # Two words next to each other in some title: "x ray", "cyber security", for "xray"
        self.pairs = {pair for k in self.keys for pair in zip(k.split(), k.split()[1:])}

    def resolve(self, text, limit=5):
        text = CONTROL.sub(" ", text if isinstance(text, str) else "").strip()
        if not text:
            return Resolution(text, NONE, note="empty")
        if len(text) > MAX_LENGTH:
            return Resolution(text[:MAX_LENGTH], NONE, note="too long to be a job title")
        typed = words(text)
        typed = words(SAID_AS[" ".join(typed)]) if " ".join(typed) in SAID_AS else typed
        if not any(w.isalpha() and w not in FILLER for w in typed):
            return Resolution(text, NONE, note="no words that could name an occupation")
        found = self._exact(text, typed)
        guessed = False
        if not found:
            corrected, similarity = self.correct(typed)
            if corrected != typed:
                found = self._exact(text, corrected, confidence=0.9 * similarity)
                guessed = True
            typed = corrected
        if found and self._lone_alternate(typed, found):
            # "police": one word that only one alternate title of one occupation is (Secretaries'),
            # while many titles of others hold it: those, asked back
            contained = self._contained(text, typed, limit, guessed)
            if contained.candidates and contained.best.code not in found:
                return contained
        if found and not self._is_family(typed, found):
            return self._decide(text, typed, found, limit)
        return self._contained(text, typed, limit, guessed)

    def _is_family(self, typed, found):
        """'technician', 'manager': one word that many occupations' titles use, matched
        by no official title, is a question to ask back, not an answer."""
        return len(typed) == 1 and not any(hit.official for hit in found.values()) and self.names_a_family(typed[0])

    def _lone_alternate(self, typed, found):
        """Whether one word matched one occupation's alternate title, and nothing more, while
        another occupation's titles hold it many times over ("police": Secretaries' one title)."""
        if len(typed) != 1 or len(found) != 1:
            return False
        code, hit = next(iter(found.items()))
        if hit.official or hit.weight > KIND_WEIGHT["alternate"] + EXACT_BONUS:
            return False
        holding = defaultdict(int)  # titles holding the word, by SOC code
        for i in self.postings.get(typed[0], ()):
            for soc in {self.official[c][0] for c, _, _ in self.by_key[self.keys[i]]}:
                holding[soc] += 1
        own = holding.get(self.official[code][0], 0)
        return max(holding.values(), default=0) >= MANY_TITLES * max(own, 1)

    def _exact(self, text, typed, confidence=1.0):
        """Evidence per occupation from the titles equal to the text, in order or not."""
        entries = self.by_key.get(" ".join(typed))
        if not entries:
            entries, confidence = self.by_bag.get(bag(" ".join(typed)), []), confidence * 0.9
        # The title exactly as typed counts extra, unless it is an abbreviation whose meaning the
        # project's table fixes ("PT" is physical therapist, though psychiatric technicians use it).
        as_typed = None if text.strip().lower() in CANONICAL else text.casefold()
        found = {}
        for code, title, kind in entries:
            weight = KIND_WEIGHT[kind] + (EXACT_BONUS if title.casefold() == as_typed else 0)
            hit = found.setdefault(code, Evidence(confidence=confidence))
            hit.weight += weight
            if weight > hit.best_weight:
                hit.best_weight, hit.matched = weight, title
            if kind == "article":
                hit.profile = title
            hit.official = hit.official or kind in OFFICIAL or kind == "article"
        return found

    def _decide(self, text, typed, found, limit):
        # Rank occupations by their SOC group's evidence; within a group the .00 code leads.
        group = defaultdict(int)
        for code, hit in found.items():
            group[self.official[code][0]] += hit.weight
        # Evidence that is close is settled by how many typed words the official title uses:
        # "UX designer" is a title of QA testers and of Web and Digital Interface Designers.
        shared = {soc: 0 for soc in group}
        for code in found:
            soc = self.official[code][0]
            shared[soc] = max(shared[soc], len(set(typed) & set(words(self.official[code][1]))))
        closest = sorted(shared.values(), reverse=True) + [0]
        points = {soc: n > closest[1] and group[soc] * CLOSE >= max(group.values()) for soc, n in shared.items()}
        # An official title that is the words typed, an "Except" clause aside: "purchasing agents" are
        # Purchasing Agents, Except Wholesale, Retail, and Farm Products, not the farm products' buyers
        whole = {self.official[c][0] for c in found if key(self.official[c][1]).split(" except ")[0] == " ".join(typed)}
        if len(whole) == 1 and not any(points.values()):
            points[next(iter(whole))] = True
        ranked = sorted(
            found.items(),
            key=lambda item: (
                not points[self.official[item[0]][0]],
                -group[self.official[item[0]][0]],
                -int(self.size[item[0]]),
                not item[1].official,
                not item[0].endswith(".00"),
                -item[1].weight,
            ),
        )
        total = sum(hit.weight for hit in found.values())
        (top, first), (runner_up, second) = (
            sorted(((weight, self.employment.get(soc, 0)) for soc, weight in group.items()), reverse=True) + [(0, 0)]
        )[:2]
        # One occupation dominates ("truck driver": heavy truck drivers, twice the light ones)
        # only as a whole SOC occupation (.00), not a specialty inside an "All Other" group
        # whose employment is the group's; the others are offered beside the answer.
        dominant = ranked[0][0].endswith(".00") and top >= runner_up and first >= DOMINANT * max(second, 1)
        sure = top >= 2 * runner_up or dominant or any(points.values())
        candidates = [
            self._candidate(code, hit.matched, hit.confidence * hit.weight / total, hit.profile)
            for code, hit in ranked[:limit]
        ]
        if sure:
            candidates[0].confidence = round(max(candidates[0].confidence, ranked[0][1].confidence * 0.8), 3)
        return Resolution(text, SURE if sure else AMBIGUOUS, candidates)

    # -- what a message's words are, for knowledge.mentions --------------------------------
    def is_title(self, key):
        """Whether some title has exactly this key (knowledge.text.key)."""
        return key in self.by_key

    def is_title_word(self, word):
        """Whether some title uses this canonical word."""
        return word in self.postings

    def is_title_head(self, word):
        """Whether many titles end with this canonical word ('mechanic', 'worker', 'clerk')."""
        return word in self.heads

    def names_a_family(self, word):
        """Whether the official titles of many occupations use this canonical word ('mgr', 'tech')."""
        socs = {
            self.official[code][0]
            for i in self.official_postings.get(word, ())
            for code, _, _ in self.by_key[self.keys[i]]
        }
        return len(socs) >= FAMILY

    def is_family_head(self, word):
        """'manager', 'analyst': a word that ends many titles and names a family of occupations."""
        return self.is_title_head(word) and self.names_a_family(word)

    def some_title_has_all(self, words):
        """Whether one title holds every one of these canonical words."""
        postings = [self.postings.get(w) for w in words]
        return all(postings) and bool(set.intersection(*postings))

    def read_as_a_short_form(self, word):
        """Whether a word no title uses is read as a title only through a form of three letters
        ("coming" as "com", an abbreviation's word): no title meant."""
        if word in self.postings or len(word) < 4:
            return False
        related = self._related_form(word)
        return related is not None and len(related) < 4

    def _related_form(self, word):
        """The first other form of a word that some title uses: trucking -> truck, or None."""
        return next((v for v in word_forms(word) if v in self.postings), None)

    def correct(self, typed):
        """Each word that no title uses, replaced by the nearest one that some title uses;
        with the lowest similarity of a replacement (1.0 when nothing changed)."""
        corrected, similarity = [], 1.0
        for word in typed:
            if word in self.postings or len(word) < 4:
                corrected.append(word)
                continue
            related = self._related_form(word)
            if related:  # "trucking" -> "truck", "plumbing" -> "plumber", before any typo
                corrected.append(related)
                continue
            parts = self.split_compound(word)
            if parts:  # "xray" -> "x ray", "cybersecurity" -> "cyber security"
                corrected.extend(parts)
                continue
            if is_everyday(word):  # "actually" is no misspelt "actuary"
                corrected.append(word)
                continue
            if word.endswith("ed") and any(is_everyday(stem) for stem in (word[:-2], word[:-1])):
                corrected.append(word)  # a verb's past: "all jobs lumped together" is no "lumper"
                continue
            match = process.extractOne(
                word,
                self.vocabulary,
                scorer=Levenshtein.normalized_similarity,
                score_cutoff=0.7 if len(word) > 7 else 0.75,
            )
            slip = misspelt(word)
            form = words(slip[0]) if slip else []
            if len(form) == 1 and form[0] in self.postings and (not match or slip[1] >= match[1]):
                # a typo of an everyday word that titles use: "electrican" is no "elect rican";
                # "engneer", "sceince" (a swap) are farther from any title word as typed
                match = (form[0], slip[1])
            elif run_together(word, shortest=4):
                corrected.append(word)  # two everyday words run together: "dealbreaker" is no "debeaker"
                continue
            elif match and slip and slip[1] > match[1]:
                match = None  # closer to an everyday word than to any title word: "outsdie"
            if match:
                corrected.append(match[0])
                similarity = min(similarity, match[1])
            else:
                corrected.append(word)
        return corrected, similarity

    def split_compound(self, word):
        """A word that no title uses, written as one of two words that titles use side by
        side ("xray", "cybersecurity"); else None. Not an everyday word: "coworker"."""
        if word in self.postings or is_everyday(word):
            return None
        return next(([word[:i], word[i:]] for i in range(1, len(word)) if (word[:i], word[i:]) in self.pairs), None)

    def _contained(self, text, typed, limit, guessed=False):
        """Titles that contain every word typed ('technician' -> many kinds of technician)."""
        wanted = [w for w in dict.fromkeys(typed) if w not in FILLER] or typed
        known = [w for w in wanted if w in self.postings]
        if not known:
            return self._nothing(text, typed, limit)
        # Official titles first ('technician' -> Automotive Service Technicians...), then any.
        ids = set.intersection(*sorted((self.official_postings[w] for w in known), key=len)) or set.intersection(
            *sorted((self.postings[w] for w in known), key=len)
        )
        # One candidate per SOC occupation: its shortest containing title, .00 code on ties.
        best = {}
        for i in ids:
            k = self.keys[i]
            extra = len(k.split(" except ")[0].split()) - len(known)  # "..., Except Special Education" adds none
            above = not RANKS & set(typed) and bool(RANKS & set(k.split()))  # a rank not typed
            for code, title, kind in self.by_key[k]:
                rank = (kind not in OFFICIAL, above, extra, not code.endswith(".00"))
                soc = self.official[code][0]
                if soc not in best or rank < best[soc][0]:
                    best[soc] = (rank, code, title)
        if any(not rank[1] for rank, _, _ in best.values()):  # "landscaping": the workers alone
            best = {soc: found for soc, found in best.items() if not found[0][1]}
        ranked = sorted(
            ((code, (rank, title)) for rank, code, title in best.values()),
            key=lambda item: (item[1][0][0], -self.size[item[0]], item[1][0][2]),
        )[:limit]
        if len(known) < len(wanted) or not ranked:
            return self._nothing(text, typed, limit)
        socs = {self.official[code][0] for code, _ in ranked}
        if len(socs) == 1 and not guessed:  # a corrected word that only partly matches: ask
            return Resolution(text, SURE, [self._candidate(code, title, 0.75) for code, (_, title) in ranked])
        # One official title is the words typed and no more: "kindergarten teachers" is Kindergarten
        # Teachers, Except Special Education; Special Education Teachers, Kindergarten is offered beside it
        whole = [item for item in ranked if not item[1][0][0] and item[1][0][2] == 0]
        if len(whole) == 1 and len(known) > 1 and not guessed:
            ranked = whole + [item for item in ranked if item is not whole[0]]
            shares = [0.8] + [0.2] * (len(ranked) - 1)
            return Resolution(text, SURE, [self._candidate(c, title, p) for (c, (_, title)), p in zip(ranked, shares)])
        share = 0.6 / len(ranked)
        return Resolution(
            text,
            AMBIGUOUS,
            [self._candidate(code, title, 0.6 - i * share / 2) for i, (code, (_, title)) in enumerate(ranked)],
        )

    def _nothing(self, text, typed, limit):
        """No title matches: say so, with the titles nearest to what was typed, looked
        for among those sharing a word with it (or among official titles)."""
        shared = set().union(*(self.postings.get(w, ()) for w in typed if w not in FILLER))
        pool = [self.keys[i] for i in shared] if shared else self.official_keys
        near = process.extract(" ".join(typed), pool, scorer=fuzz.token_set_ratio, score_cutoff=70, limit=limit * 4)
        candidates, seen = [], set()
        for k, score, _ in sorted(near, key=lambda n: (-n[1], len(n[0]))):
            code, title, _ = self.by_key[k][0]
            if self.official[code][0] not in seen:
                seen.add(self.official[code][0])
                candidates.append(self._candidate(code, title, 0.4 * score / 100))
        return Resolution(text, NONE, candidates[:limit], note="no title matches these words")

    def _candidate(self, code, matched, confidence, profile=None):
        soc_code, title = self.official[code]
        return Candidate(code, soc_code, title, matched, round(confidence, 3), profile)
