"""Ordinary English, from word frequencies (wordfreq): a word people use every day is not
a misspelt job title, and a misspelt everyday word ("outsdie") is not one either."""

import re
from collections import defaultdict
from functools import cache, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA
from wordfreq import top_n_list, zipf_frequency

EVERYDAY = 3.0  # Zipf frequency: a word seen at least once in a million
COMMON = 4.0  # ten times in a million
# Chat words the frequency list ranks as rare as typos ("tysm" 1.4): a message of them says something.
CHAT = {"tysm", "ttyl", "thnx", "thanx", "thnks", "k"}
REAL = 2.0  # below this, a word is more likely a typo than a rare word ("tamer" 2.7, "outsdie" 0)
VOCABULARY = 30_000  # the most frequent words, where a typo's everyday neighbour is looked for
NEAR = 0.75  # similarity of a likely typo (optimal string alignment: a swap is one edit)


@lru_cache(maxsize=100_000)
def is_everyday(word):
    return zipf_frequency(word, "en") >= EVERYDAY


def is_common(word):
    """A word of the commonest English ("home", "night", "school"), not a rarer name ("kaiser")."""
    return zipf_frequency(word, "en") >= COMMON


@cache
def _by_length():
    words = defaultdict(list)
    for word in top_n_list("en", VOCABULARY):
        if word.isalpha():
            words[len(word)].append(word)
    return words


@lru_cache(maxsize=100_000)
def misspelt(word):
    """The everyday word this one is likely a typo of ("outsdie" -> "outside"), with the
    similarity, or None: also for real words, however rare ("tamer")."""
    if zipf_frequency(word, "en") >= REAL:
        return None
    by_length = _by_length()
    pool = [w for n in range(len(word) - 2, len(word) + 3) for w in by_length.get(n, ())]
    match = process.extractOne(word, pool, scorer=OSA.normalized_similarity, score_cutoff=NEAR)
    return (match[0], match[1]) if match else None


def run_together(word, shortest=3):
    """Two everyday words of at least `shortest` letters written as one ("paycut"): no typo of
    a third ("payout")."""
    return any(is_everyday(word[:i]) and is_everyday(word[i:]) for i in range(shortest, len(word) - shortest + 1))


def is_spanish(word):
    """A word of everyday Spanish ("hablo", "electricista"): no English typo."""
    return zipf_frequency(word, "es") >= EVERYDAY


def has_words(text):
    """Whether a message holds at least one word English knows (however rare), "heyy" too;
    a lone letter is none ("jkfdsl;a")."""
    found = re.findall(r"[A-Za-z']+", text[:2000])
    return any(w.lower() in CHAT or (len(w) > 1 and zipf_frequency(unstretched(w), "en") >= REAL) for w in found)


HELD = re.compile(r"([a-z])\1{2,}")  # a letter three times or more
REPEATED = re.compile(r"([a-z])\1+")


def unstretched(word):
    """'hiii' -> 'hi', 'heyy' -> 'hey', 'goood' -> 'good': the everyday word a word with
    letters held down stretches; any other word as it is."""
    lower = word.lower()
    if not REPEATED.search(lower) or len(set(lower)) < 2 or is_everyday(lower):
        return word  # not "xxxx": one letter held is no word
    for shorter in (HELD.sub(r"\1\1", lower), REPEATED.sub(r"\1", lower)):
        if is_everyday(shorter):
            return shorter
    return word


RESPELT = 0.8  # a typo corrected in a message's own words: closer than NEAR ("hrly" is no "holy")
SPELT_WORD = re.compile(r"[A-Za-z]+")
SHORTEST_TYPO = 4  # letters: shorter words are too many things ("mak", "wat")
# Chat spellings of the words that say what a message asks; "r" is the language R too, "rn" a nurse
CHAT_SPELLINGS = {
    "wat": "what",
    "wut": "what",
    "wht": "what",
    "wich": "which",
    "whch": "which",
    "hw": "how",
    "cld": "could",
    "wld": "would",
    "shld": "should",
    "abt": "about",
    "u": "you",
    "ur": "your",
    "alot": "a lot",
    "thru": "through",
    "hrly": "hourly",
    "yr": "year",
    "yrs": "years",
}


def respelt(text, kept=(), known=lambda word: False):
    """The text with chat spellings and likely typos of everyday words corrected ("wat",
    "natinal", "hirin"), outside the spans `kept` (the mentions found) and leaving words
    `known` otherwise (title words) and capitals ("OTR"); with a function taking a position
    in the text to the same place in the corrected one."""
    edits = []  # (start, end, replacement)
    for match in SPELT_WORD.finditer(text):
        start, end, word = match.start(), match.end(), match.group()
        if (word.isupper() and len(word) > 1) or any(s < end and start < e for s, e in kept) or known(word.lower()):
            continue
        corrected = CHAT_SPELLINGS.get(word.lower()) or respelling(word.lower())
        if corrected:
            edits.append((start, end, corrected.capitalize() if word[0].isupper() else corrected))
    if not edits:
        return text, lambda position: position
    pieces, at = [], 0
    for start, end, replacement in edits:
        pieces += [text[at:start], replacement]
        at = end
    respelt_text = "".join(pieces + [text[at:]])

    def moved(position):
        return position + sum(len(r) - (e - s) for s, e, r in edits if e <= position)

    return respelt_text, moved


@lru_cache(maxsize=100_000)
def respelling(word):
    """The everyday word a typed word is likely a typo of, or None: "hirin", "makin" drop the
    g of "hiring", "making"; "eduction" is rarer than a typo of "education"."""
    if len(word) < SHORTEST_TYPO or word in CHAT or is_spanish(word) or run_together(word):
        return None
    frequency = zipf_frequency(word, "en")
    if word.endswith("in") and is_common(word + "g") and frequency < zipf_frequency(word + "g", "en") - 1:
        return word + "g"
    if frequency >= EVERYDAY:
        return None
    typo = misspelt(word)
    return typo[0] if typo and typo[1] >= RESPELT else None
