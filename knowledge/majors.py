"""College majors as people name them ("psych", "CS", "a biology degree"), matched to the
programs (CIP 2020) of the NCES CIP-SOC crosswalk, whose occupations the majors table holds.

The crosswalk says what a program prepares for, not where its graduates end up.
"""

import re

# What people call majors -> words of the CIP program title they mean.
MAJOR_ALIASES = {
    "psych": "psychology",
    "bio": "biology",
    "cs": "computer science",
    "comp sci": "computer science",
    "compsci": "computer science",
    "econ": "economics",
    "poli sci": "political science",
    "polisci": "political science",
    "chem": "chemistry",
    "math": "mathematics",
    "maths": "mathematics",
    "stats": "statistics",
    "comms": "communication",
    "communications": "communication",
    "ee": "electrical engineering",
    "mech e": "mechanical engineering",
    "nursing": "registered nursing",
    "nursing school": "registered nursing",
    "bsn": "registered nursing",
    "business": "business administration",
    "it": "information technology",
    "crim": "criminal justice",
    "crim justice": "criminal justice",
    "english": "english language literature",
    "english lit": "english language literature",
    "art": "fine studio arts",
    "film": "film cinema media studies",
    "engineering": "engineering general",
    "pre med": "biology",
    "premed": "biology",
    "kines": "kinesiology",
    "gender studies": "women's studies",
}
STOP = {"and", "of", "the", "in", "a", "an", "general", "other", "studies", "study", "science", "sciences"}
WORD = re.compile(r"[a-z']+")
# Words no major's name holds: "jobs without a degree", "no degree, what can i do"
NOT_A_MAJOR = {"without", "w/o", "no", "not", "any", "need", "needs", "require", "jobs", "job", "a", "an", "the"}
NOT_A_MAJOR |= {"specific", "particular", "certain", "for", "that", "this", "it"}  # "need a specific degree?"
# A level or kind of schooling, named where a major would be: "with an associate's degree", "a 4 year degree"
SCHOOLING = re.compile(
    r"^(associate|bachelor|master|doctora|graduate|grad\b|undergrad|college|university|community college|"
    r"high school|hs\b|ged\b|\d|two|four|one\b|professional|advanced|postsecondary)",
    re.I,
)
# Where a message names a major: "with a biology degree", "a psych major", "majored in CS".
NAMED = [
    re.compile(
        r"\b(?:with|w/?|have|got|getting|get|earn|earning|finish|finishing|finished|use|using|for|about)\s+(?:a|an|my|the)\s+"
        r"(?:bachelor'?s\s+|ba\s+|bs\s+|master'?s\s+|associate'?s\s+)?(?P<major>[a-z][a-z .&'/-]{1,40}?)\s+"
        r"(?:degree|major|ba|bs|diploma|background)\b",
        re.I,
    ),
    re.compile(
        r"\b(?:degree|major|majoring|majored|bachelor'?s|ba|bs|master'?s|diploma)\s+in\s+"
        r"(?P<major>[a-z][a-z .&'/-]{1,40}?)(?=\s*(?:[?.!,;]|$|\s(?:besides|but|and|or|what|so|can|could|lol)\b))",
        re.I,
    ),
    re.compile(r"\b(?:a|an|my)\s+(?P<major>[a-z][a-z .&'/-]{1,30}?)\s+(?:major|grad|graduate)\b", re.I),
    # the message opens with it: "social work degree, what are the options"
    re.compile(r"^\W*(?P<major>[a-z][a-z .&'/-]{1,30}?)\s+(?:degree|major)\s*[,.?!:-]", re.I),
    re.compile(r"\b(?:for|as)\s+(?P<major>[a-z][a-z .&'/-]{1,30}?)\s+(?:majors|grads|graduates)\b", re.I),
    re.compile(
        r"\b(?:studying|study|studied)\s+(?P<major>[a-z][a-z .&'/-]{1,30}?)"
        r"(?=\s*(?:[?.!,;]|$|\s(?:and|but|so|what)\b))",
        re.I,
    ),
]
# "what should I major in to become a physical therapist": from the occupation to its majors.
TO_BECOME = re.compile(
    r"\b(major|study|studies|degree|program|college)\b.*\b(to (be|become|get into|work as)|for)\b|"
    r"\bwhat (should|do|would|could) i (major|study)\b|\bwhich majors?\b|\bwhat majors?\b",
    re.I,
)


ASKED_AGAIN = re.compile(r"^\W*(?:(?:ok|okay|and|or|so|what about|how about|what if|now)\s+)*(?P<said>.*?)\W*$", re.I)


def said_alone(text):
    """The words of a short follow-up that may name another major: "what about chemistry" -> "chemistry"."""
    said = ASKED_AGAIN.match(text).group("said")
    return said if 1 <= len(said.split()) <= 3 and not set(said.lower().split()) & NOT_A_MAJOR else None


def stem(word):
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def title_words(title):
    return {stem(w) for w in WORD.findall(title.lower().replace("/", " ")) if w not in STOP}


class Programs:
    """The crosswalk's programs, found by the words people use for them."""

    def __init__(self, programs):
        """programs: (cip_code, title) of every program the majors table links to an occupation."""
        self.programs = sorted(set(programs))
        self.words = {code: title_words(title) for code, title in self.programs}

    def find(self, phrase):
        """The programs a phrase names, the likeliest first: the general program over the
        specialties ("Psychology, General" for "psych"), then the shortest titles."""
        phrase = re.sub(r"^(a|an|my|the)\s+", "", phrase.lower().strip(" .?!"))
        phrase = MAJOR_ALIASES.get(phrase, phrase)
        wanted = {stem(w) for w in WORD.findall(phrase.replace("/", " ")) if w not in STOP}
        if not wanted:
            return []
        found = [(code, title) for code, title in self.programs if wanted <= self.words[code]]
        return sorted(
            found,
            key=lambda p: (
                not p[1].lower().rstrip(".").endswith("general"),
                len(self.words[p[0]] - wanted),
                p[0],
            ),
        )

    @staticmethod
    def named_in(text):
        """The major a message names, as typed ("biology", "psych"), or None."""
        for pattern in NAMED:
            match = pattern.search(text)
            if match:
                major = re.split(r"\b(?:a|an|my|the)\s+", match.group("major").strip())[-1]  # "my roommate's a chem"
                said = set(major.lower().split())
                if not SCHOOLING.match(major) and not (said & NOT_A_MAJOR):
                    return major
        return None
