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
