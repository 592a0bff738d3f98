"""Software and technology as people name them ("python", "AutoCAD", "Epic", "excel"),
matched to the examples of O*NET Technology Skills ("Python", "Autodesk AutoCAD",
"Epic Systems", "Microsoft Excel")."""

import re

from .english import is_everyday

WORD = re.compile(r"[a-z0-9][a-z0-9+#.]*[a-z0-9+#]|[a-z0-9]", re.I)
# Words before a technology: "jobs that use python", "jobs using AutoCAD", "if I know Excel".
CUE = re.compile(
    r"\b(?:use|uses|using|used|with|know|knows|knowing|learn|learned|learning|need|needs|requiring|"
    r"require|requires|involve|involves|involving|skills in)[\s,]+(?P<rest>.{1,60})",
    re.I,
)
NOT_TECHNOLOGY = {"people", "data", "hands", "animals", "computers", "kids", "children", "numbers", "tools"}
NOT_TECHNOLOGY |= {"me", "you", "u", "him", "her", "them", "us", "it", "that", "this"}  # "take with me": no TopView ME
NOT_TECHNOLOGY |= {"school", "schooling", "college", "degree", "license", "training", "experience"}  # "need school?"
POPULAR = 20  # occupations listing an example, for its first word alone to name it ("epic")
ALONE_BESIDE = {"and", "or", "what", "about", "how", "also", "then", "ok", "so"}  # "what about R"
COMMON = {"software", "microsoft", "systems", "system", "tools", "tool", "the", "for", "and", "of", "a", "an", "my"}


def tokens(text):
    return [w.lower() for w in WORD.findall(text)]


class Technologies:
    """The technology examples O*NET lists, found by a word of their names."""

    def __init__(self, examples):
        """examples: (name, how many occupations list it) for every example."""
        self.by_word = {}
        self.examples = list(examples)
        self.names = [" ".join(tokens(name)) for name, _ in self.examples]
        for name, count in sorted(self.examples, key=lambda e: -e[1]):
            for word in set(tokens(name)) - COMMON:
                self.by_word.setdefault(word, (name, count))  # the most listed example using the word

    def find(self, phrase):
        """The example a phrase names ('python' -> 'Python', 'autocad' -> 'Autodesk AutoCAD'),
        looked up by its most telling word; None when no example uses it."""
        whole = " ".join(tokens(phrase))
        named = [example for example, words in zip(self.examples, self.names) if whole and f" {whole} " in f" {words} "]
        if named:  # "adobe photoshop": the examples holding the whole phrase, the most listed
            return max(named, key=lambda h: h[1])[0]
        hits = [self.by_word[w] for w in tokens(phrase) if w not in COMMON and w in self.by_word]
        return max(hits, key=lambda h: h[1])[0] if hits else None

    @staticmethod
    def asked_for(text):
        """The word after "use", "know"... in a message, whether or not O*NET lists it ("use fortran77")."""
        cue = CUE.search(text)
        words = tokens(cue.group("rest")) if cue else []
        word = next((w for w in words if w not in COMMON), None)
        return None if word in NOT_TECHNOLOGY else word  # "do you need a degree para eso": no ESO-MIDAS asked

    def named_in(self, text):
        """(the words typed, the example they name), or None: a technology word after "use",
        "know", "with"...; or one no everyday English uses ("autocad", "salesforce")."""
        for cue in CUE.finditer(text):
            following = tokens(cue.group("rest"))[:3]
            for n in (3, 2, 1):
                typed = following[:n]
                named = [w for w in typed if w not in COMMON and re.search("[a-z]", w)]  # not "need 2 years"
                phrase = " ".join(typed)
                in_a_name = n == 1 or any(f" {phrase} " in f" {name} " for name in self.names)
                known = named and in_a_name and all(w in self.by_word for w in named)
                if known and not set(named) <= NOT_TECHNOLOGY and self._telling(phrase, named):
                    return phrase, self.find(phrase)
        for word in tokens(text):
            if word in self.by_word and not is_everyday(word) and len(word) > 2:
                return word, self.by_word[word][0]
        # a name said alone, as a follow-up: "SQL?", "and tableau", "what about R"
        said = [w for w in tokens(text) if w not in ALONE_BESIDE]
        example = self.find(" ".join(said)) if 1 <= len(said) <= 2 and len(tokens(text)) <= 4 else None
        if example and f" {' '.join(said)} " in f" {' '.join(tokens(example))} ":
            return " ".join(said), example
        return None

    def _telling(self, phrase, named):
        """Whether words after "use", "need"... name a technology, not an everyday thing ("college",
        "Austin"): a word no everyday English uses, a whole name or its last word ("Python", "Excel"),
        or the first word of a name many occupations list ("Epic Systems", "SAP software")."""
        if any(not is_everyday(w) for w in named):
            return True
        if any(name == phrase or name.endswith(" " + phrase) for name in self.names):
            return True
        name, count = self.by_word.get(named[0], ("", 0))
        return count >= POPULAR and " ".join(tokens(name)).startswith(phrase)
