"""Reading what a list question asks for: "highest paying jobs in healthcare", "fastest
growing jobs without a degree", "jobs over $60k with a bachelor's in Texas"."""

import re
from dataclasses import replace

from .lists import EDUCATION_LEVELS, INTEREST_AREAS, NO_DEGREE, Criteria

# What to rank by, first match wins: the words people use for each.
BY = [
    (
        "education",
        "lowest",
        r"\b(least|less|shortest|fewest years of|minimum|minimal)( amount of)?"
        r" (school\w*|education|training|college)\b",
    ),
    ("education", "", r"\b(most|more|longest) (school\w*|education|training)\b"),
    ("growth", "", r"\bby (growth|outlook)\b"),  # "sort by growth"
    ("pay", "", r"\bby (pay|salary|wages?|money)\b"),
    ("openings", "", r"\bby openings\b"),
    (
        "employment",
        "",
        r"\bby (size|employment|jobs|# employed|number employed)\b|\bby how many\b"
        r"|\bmost (people|ppl|workers) (employed|working)\b",  # "sort by most ppl employed"
    ),
    ("growth", "lowest", r"\b(declin\w*|shrink\w*|dying|disappearing|losing jobs|going away)\b"),
    ("growth", "", r"\b(fastest|quickest|rapidly)\b|\bgrow\w*\b|\bin demand\b|\bhot jobs\b|\bbooming\b"),
    (
        "openings",
        "",
        r"\bopenings\b|\b(most|more|lots of) (new )?(jobs|hiring|openings)\b|\bhiring\b"
        r"|\beasiest to (\w+ )?(get hired|find (a job|work)|get (a job|in|into))\b",
    ),
    ("employment", "", r"\b(largest|biggest|most common|most popular|most people)\b"),
    (
        "pay",
        "lowest",
        r"\b(lowest|worst|least)[ -]((median|average|annual) )?(paying|paid|pay|wages?)\b"
        r"|\b(pay|make|earn)s? (the )?least\b",
    ),
    (
        "pay",
        "",
        r"\b(highest|best|top|most)[ -]((median|average|annual) )?(paying|paid|pay|money|wages?)\b"
        r"|\bpay (the )?most\b|\bmake the most\b|\bby (median |average |annual )?(pay|salary|salaries|wages?)\b",
    ),
]
MONEY = r"\$?\s?(\d[\d,]*(?:\.\d+)?)\s*(k|K|thousand|grand|m|million)?(?![\w,])"
AT_LEAST = re.compile(
    r"(\b(?:over|above|more than|at least|min(?:imum)?|starting at|pay(?:s|ing)?|mak(?:e|es|ing)|earn(?:s|ing)?)|>=?)"
    r"\s*" + MONEY,
    re.I,
)
AT_MOST = re.compile(r"(\b(?:under|below|less than|at most|max(?:imum)?|up to)|<=?)\s*" + MONEY, re.I)
OR_MORE = re.compile(r"\$?\d[\d,.]*\s*(k|thousand|grand)?\s*(\+|(or|and) (more|higher|up|above)|plus\b)", re.I)
OR_LESS = re.compile(r"\$?\d[\d,.]*\s*(k|thousand|grand)?\s*(or|and) (less|lower|under|below)\b", re.I)
BETWEEN = re.compile(r"\bbetween\s*" + MONEY + r"\s*(?:and|-|to)\s*" + MONEY, re.I)
SIX_FIGURES = re.compile(r"\b(six|6)[ -](figures?|figs?)\b", re.I)  # "only ones paying 6 figs"
# Amounts said in words ("over sixty thousand dollars", as people dictate): tens and units.
UNITS = "one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS = {w: i + 1 for i, w in enumerate(UNITS)} | {w: i + 10 for i, w in enumerate(TEENS)}
NUMBER_WORDS |= {w: 10 * (i + 2) for i, w in enumerate(TENS)} | {"a hundred": 100, "one hundred": 100}
SAID_AMOUNT = re.compile(
    r"\b(a hundred|one hundred|" + "|".join(TENS) + r")?[ -]?(" + "|".join(UNITS + TEENS) + r")?"
    r"(?<=\w) (thousand|grand|k)\b",
    re.I,
)
# Schooling a job should not need, and the most schooling that leaves: "without a degree" up to a
# certificate, "w/o going to college" a high school diploma, "dont need a doctorate" a master's.
NOT_NEEDED = (
    r"\b(?:without|w/o|no|skip(?:ping)?|avoid(?:ing)?|under|less than|below|short of|(?:don'?t|dont|doesn'?t|do not|"
    r"does not|not|never|won'?t|can'?t) (?:need|needing|require|requiring|have|take|want|afford|go|going)(?: to)?)"
    r"(?:\s+(?:going|go|to|getting|get|needing|having|requiring|an?|the|any|my|like|more|another|formal|real|full))*"
    r"\s+"
)
BELOW = [  # (what is not needed, the most schooling left), the most specific first
    (r"doctora(?:l|te)|ph\.?d|professional degree|med(?:ical)? school|law school", EDUCATION_LEVELS[6]),
    (r"master'?s?|grad(?:uate)? (?:degree|school)", EDUCATION_LEVELS[5]),
    (
        r"bachelor'?s?|(?:4|four)[- ]?(?:year|yr)s?(?: (?:degree|college|school))?|university",
        EDUCATION_LEVELS[4],
    ),
    (r"associate'?s?|(?:2|two)[- ]?(?:year|yr) (?:degree|college)", NO_DEGREE),
    (r"(?:college )?degree", NO_DEGREE),
    (r"school (?:at all|required)", EDUCATION_LEVELS[0]),  # "dont need any school at all": none
    (r"trade school|vocational school|certificate|college|school|university", EDUCATION_LEVELS[1]),
    (r"education|schooling|high school|(?:hs )?diploma|ged", EDUCATION_LEVELS[0]),
]
NOT_NEEDED_SCHOOLING = [(re.compile(NOT_NEEDED + rf"(?:{what})\b", re.I), left) for what, left in BELOW]
# "no more than an associate's", "what can I get into with like a 2 year degree", "only need a bachelor's"
AT_MOST_SCHOOLING = re.compile(
    r"\b(no more than|not more than|at most|up to|max(imum)?( of)?|(only|just) (need|needs|require|requires)"
    r"|(can|could) (do|get|work|start|land)( \w+)? with|if i (went and )?(got|get|had|have|finish(ed)?)"
    r"|(get into )?with( like)? (just|only)|get into with( like)?)\s+(an?\s+|my\s+)?(postsecondary\s+)?$",
    re.I,
)
# "can't do 4 years of school": an associate's at most
NOT_FOUR_YEARS = re.compile(
    r"\b(can'?t|cannot|won'?t|not|don'?t want to) (do|doing|spend|spending|afford|go|going)( \w+)? (4|four) years\b",
    re.I,
)
GOOD_GROWTH = re.compile(r"\b(good|great|strong|decent) growth\b", re.I)
RANKED_BY_GROWTH = re.compile(r"\b(fastest|quickest|most|by growth|sort\w*)\b", re.I)
NOT_THIS = re.compile(r"\b(not|no|instead of|rather than|other than|besides)\s+(the\s+|in\s+)?$", re.I)
OR_LESS_SCHOOLING = re.compile(r"\W*(degree\s+)?(or (less|lower|below|under)|at most|max(imum)?)\b", re.I)


LEVELS = [
    (r"\bhigh school\b|\bhs diploma\b|\bged\b", EDUCATION_LEVELS[1], "at_most"),
    (r"\bassociate'?s?\b|\b2[- ]year degree\b|\btwo[- ]year degree\b", EDUCATION_LEVELS[4], "exact"),
    (r"\bbachelor'?s?\b|\b(4|four)[- ]?(year|yr) degree\b|\bcollege degree\b", EDUCATION_LEVELS[5], "exact"),
    (r"\bmaster'?s?\b|\bgrad(uate)? (degree|school)\b", EDUCATION_LEVELS[6], "exact"),
    (r"\bdoctora(l|te)\b|\bph\.?d\b|\bprofessional degree\b", EDUCATION_LEVELS[7], "exact"),
    (r"\bcertificate\b|\btrade school\b|\bvocational\b|\bnon-?degree award\b", NO_DEGREE, "at_most"),
    (r"\b(2|two)[- ]?(years?|yrs?) (of )?(college|school)\b", EDUCATION_LEVELS[4], "exact"),  # "...or less"
]
GROW_FASTER = re.compile(r"\b((projected|expected|likely) to )?grow\w*\s+(?=faster)", re.I)
FLIPPED = re.compile(r"\b(now |the )+(?P<end>highest|top|lowest|bottom|worst)( ones?)?\W*$", re.I)
FASTER = re.compile(
    r"\b(faster than (average|avg)|above[ -]average growth|growing faster|(bright|good|great|strong) (job )?outlook"
    r"|(good|great|strong|decent) growth|(are|r|is|re) (actually |really |even |still )?growing"
    r"|(growing|grow) (fast|quickly|rapidly)(?!est))\b",
    re.I,
)
# Fields of work by the words people use -> SOC major groups (first two digits).
FIELD_WORDS = [
    (r"\bhealth ?care support\b", ("31",)),  # the names of the two SOC major groups
    (r"\bhealth ?care practitioners?\b", ("29",)),
    (r"\bhealth ?care\b(?! support| practitioner)|\bmedical\b|\bhealth\b|\bhospital\b|\bnursing\b", ("29", "31")),
    (r"\btrades?\b(?! schools?)|\bskilled trades?\b|\bblue[- ]collar\b", ("47", "49")),
    (r"\bconstruction\b", ("47",)),
    (r"\b(computer|tech|software|programming|coding)\b|\b(?-i:IT)\b", ("15",)),
    (r"\bengineering\b|\barchitecture\b", ("17",)),
    (r"\bscience\b|\bscientific\b|\blab\b", ("19",)),
    (r"\bbusiness\b|\bfinance\b|\bfinancial\b|\baccounting\b", ("13",)),
    (r"\bmanagement\b|\bmanager\b", ("11",)),
    (
        r"\bteaching\b|\bin education\b|\beducation (and library )?(jobs|field|careers?|occupations)\b|\blibrary\b",
        ("25",),
    ),
    (r"\blegal\b|\blaw\b(?! enforcement)", ("23",)),
    (r"\bart\b|\barts\b|\bcreative\b|\bdesign\b|\bmedia\b|\bentertainment\b", ("27",)),
    (r"\bsocial (work|services?)\b|\bcounseling\b", ("21",)),
    (r"\bsales\b|\bselling\b", ("41",)),
    (r"\boffice\b|\badministrative\b|\badmin\b|\bclerical\b", ("43",)),
    (r"\bprotective\b|\blaw enforcement\b|\bpublic safety\b|\bpolice\b", ("33",)),
    (r"\bfood\b|\brestaurants?\b|\bcooking\b|\bkitchens?\b", ("35",)),
    (r"\bmaintenance\b|\brepair\b|\bmechanic\w*\b", ("49",)),
    (r"\bmanufacturing\b|\bproduction\b|\bfactory\b", ("51",)),
    (r"\btransportation\b|\btrucking\b|\blogistics\b|\bdriving\b", ("53",)),
    (r"\bfarming\b|\bagricultur\w*\b|\bfishing\b|\bforestry\b", ("45",)),
    (r"\bpersonal care\b|\bbeauty\b|\bchild ?care\b", ("39",)),
]
# What people like doing -> O*NET's six interest areas (RIASEC).
INTERESTS = [
    (
        r"\b(with|use|using) (my|your|their|his|her) hands\b|\bhands[ -]on\b|\b(build|fix)(ing)? (things|stuff)\b|"
        r"\b(outdoors?|outside)\b|\bmachines\b|\bphysical work\b|\bgardening\b",
        "Realistic",
    ),
    (
        r"\bsolv(e|ing) problems\b|\bpuzzles\b|\bresearch\b"
        r"|\bfigur(e|ing) (out )?(how )?(things|stuff)( out| works?)?\b"
        r"|\bscience\b|\banalyz|\bmath\b",
        "Investigative",
    ),
    (
        r"\bcreative\b|\bbeing creative\b|\bartistic\b|\b(love|like) (to )?(draw|paint|write|writing|music|design)"
        r"|\b(making|editing|shooting) videos?\b",
        "Artistic",
    ),
    (
        # liking to teach, not teaching as a job now ("I teach career and technical education")
        r"\bhelp(ing)? (other )?(people|ppl)\b|\bhelp(ing)? others\b|\bcar(e|ing) for\b"
        r"|\b(like|love|enjoy)(s|d|ed)? (to )?teach\w*|"
        r"\bmentor(ing)?\b|"
        r"\bteaching (kids|children|people|others)\b|"
        r"\bmake a difference\b|\bwork(ing)? with kids\b",
        "Social",
    ),
    (r"\bleading\b|\bbe(ing)? in charge\b|\bselling\b|\bpersuad|\bmy own business\b|\bentrepreneur", "Enterprising"),
    (r"\borganiz(ed|ing)\b|\bdetails\b|\broutine\b|\bnumbers\b|\bstructure\b|\bdata entry\b", "Conventional"),
]
AREA_SAID = r"(interests?|types?|codes?|personalit(y|ies)|areas?|profiles?)\b"  # "a strong Social interest"
HOLLAND = re.compile(r"\b(holland|riasec)\b", re.I)
# What people want to work with -> a word of O*NET task statements (only words that
# pick out a dozen or more occupations: "the elderly" is in too few tasks to tell).
ACTIVITIES = {
    "animals": "animal",
    "pets": "animal",
    "kids": "child",
    "children": "child",
    "patients": "patient",
    "cars": "vehicle",
    "trees": "tree",
    "wood": "wood",
    "food": "food",
    "music": "music",
    "money": "financial",
    "driving": "vehicle",
}
WITH_ACTIVITY = re.compile(
    r"\b(?:work(?:ing)?|be(?:ing)?|deal(?:ing)?|jobs?|careers?|help(?:ing)?|car(?:e|ing) for|teach(?:ing)?|involv\w*"
    r"|lik(?:e|es|ing)|lov(?:e|es|ing)|enjoy\w*|obsessed|passionate about|interested in|good)"
    r"\s+(?:(?:with|w/?|around)\s+)?(?:(?!my\b|our\b|your\b|their\b)[a-z]+\s+)??"  # "with little kids"
    r"(?P<what>" + "|".join(sorted(ACTIVITIES, key=len, reverse=True)) + r")\b",
    re.I,
)
# Work styles asked as a filter: (pattern, O*NET work style, lowest quarter?).
STYLES = [
    (
        r"\b(low|less|least|no|not|little|minimal|zero)[ -]?(stress|pressure)\w*\b|\bstress[ -]free\b"
        r"|\b(not|aren'?t|isn'?t|never|less|least|without being) (that |too |very |super |so )?stressful\b"
        r"|\b(chill|laid[ -]back|relaxed|calm|easy[ -]?going|peaceful)\b"
        r"|\b(don'?t|doesn'?t|do not|without|avoid\w*) (\w+ ){0,2}(a lot of |much |too much )?(stress|pressure)\b",
        "Stress Tolerance",
        True,
    ),
    (
        r"\bdetail[ -]oriented\b|\battention to detail\b|\bdetail[ -]minded\b|\b(careful|precise|meticulous)\b",
        "Attention to Detail",
        False,
    ),
    (r"\beven[ -]tempered\b|\bpatient\b(?= *,? *(even|calm|personality|person|type))", "Self-Control", False),
    (r"\b(empath(y|etic)|compassionate|caring)\b", "Empathy", False),  # O*NET 30.1's work styles
    (r"\b(love (to )?learn\w*|intellectual(ly)? curio\w*)\b", "Intellectual Curiosity", False),
    (r"\b(leadership|take charge|natural leader)\b", "Leadership Orientation", False),
    (r"\b(innovative|inventive|come up with new ideas)\b", "Innovation", False),
    (
        r"\b(high|most)[ -](stress|pressure)\w*\b|\bstressful\b|\b(good|great|calm|thrives?) under pressure\b"
        r"|\bhandles? (stress|pressure) (really |very |super )?well\b",
        "Stress Tolerance",
        False,
    ),
    (r"\b(on|in) a team\b|\bteam (player|work)\b|\bteamwork\b|\bcollaborat\w+\b", "Cooperation", False),
    (
        r"\b(work|works|working|be|am|by) (best )?(alone|by (my|your|her|him|them)sel(f|ves)"
        r"|on (my|your|her|his|their) own|independently|solo)\b|\bintrovert\w*\b|\b(quiet|shy|reserved)\b"
        r"|\b(not|don'?t|dont|without|less|little|minimal|no) (have to )?(deal\w*|work\w*|talk\w*|interact\w*) "
        r"(much )?(with|to) (people|customers|others)\b"
        r"|\b(little|minimal|no|less) (human |people )?(interaction|contact)\b"
        r"|\b(nothing|not|no|never) (too |very )?(customer|public)[ -]facing\b",
        "Social Orientation",
        True,
    ),
    (
        r"\b(work|working|deal|dealing|talk|talking|interact\w*) with (lots of |a lot of )?(people|customers)\b"
        r"|\bpeople person\b|\bsocial butterfly\b|\bextrovert\w*\b",
        "Social Orientation",
        False,
    ),
]
# O*NET's work styles by name (O*NET 30.1), asked as a counsellor would.
WORK_STYLES = (
    "Innovation",
    "Achievement Orientation",
    "Intellectual Curiosity",
    "Tolerance for Ambiguity",
    "Initiative",
    "Adaptability",
    "Self-Confidence",
    "Perseverance",
    "Leadership Orientation",
    "Humility",
    "Sincerity",
    "Empathy",
    "Cooperation",
    "Optimism",
    "Social Orientation",
    "Cautiousness",
    "Attention to Detail",
    "Dependability",
    "Integrity",
    "Stress Tolerance",
    "Self-Control",
)
NAMED_STYLE = re.compile(r"\b(" + "|".join(re.escape(s) for s in WORK_STYLES) + r")\b", re.I)
JOB_ZONE = re.compile(r"\bjob zone (\d)\b", re.I)
SHOW_MORE = re.compile(
    r"\b(show|give|list|see|next)( me)? (more|others|the next|rest)\b|\bnext (page|ten|10|ones?)\b"
    r"|^\W*(more|keep going|continue|go on)( (pls|plz|please))?\W*$",
    re.I,
)


def read(text, place=None, before=None) -> Criteria:
    """The criteria a message states; `place` is the place found in it, if any. With the
    criteria of the list shown `before`, a follow-up changes only what it states ("only in
    Ohio", "sort by growth", "show more")."""
    if before and SHOW_MORE.search(text):
        return before.more()
    stated = {}
    # "which of those are growing faster than average" filters the list shown; it does not re-rank it
    filters_only = before and not RANKED_BY_GROWTH.search(text)
    ranked = FASTER.sub(" ", GROW_FASTER.sub("faster", text)) if filters_only else text
    for name, order, pattern in BY:
        if re.search(pattern, ranked, re.I):
            stated.update(by=name, lowest=order == "lowest", declining=name == "growth" and order == "lowest")
            break
    else:
        end = FLIPPED.search(text) if before else None  # "lol ok now the highest" after the lowest paid
        if end:
            stated.update(lowest=end.group("end").lower() in ("lowest", "bottom", "worst"), declining=False)
    if place:
        stated["area"] = place
    stated.update(pay_bounds(text))
    left = next((level for pattern, level in NOT_NEEDED_SCHOOLING if pattern.search(text)), None)
    if left:
        stated.update(education_at_most=left, education=None)
    elif NOT_FOUR_YEARS.search(text):
        stated.update(education_at_most=EDUCATION_LEVELS[4], education=None)
    else:
        for pattern, level, how in LEVELS:
            found = re.search(pattern, text, re.I)
            if found:
                at_most = OR_LESS_SCHOOLING.match(text[found.end() :]) or AT_MOST_SCHOOLING.search(
                    text[: found.start()]
                )
                how = "at_most" if at_most else how  # "associate's or less", "no more than an associate's"
                stated.update(
                    education_at_most=level if how == "at_most" else None, education=level if how == "exact" else None
                )
                break
    if FASTER.search(text):
        stated["faster_than_average"] = True
        if stated.get("by") == "growth" and GOOD_GROWTH.search(text) and not RANKED_BY_GROWTH.search(text):
            del stated["by"]  # "any of them with good growth?" filters; it does not rank
    fields = []
    for pattern, groups in FIELD_WORDS:
        said = [m for m in re.finditer(pattern, text, re.I) if not NOT_THIS.search(text[: m.start()])]
        if said:  # not "i meant healthcare not tech"
            fields += [g for g in groups if g not in fields]
    if fields:
        stated["fields"] = tuple(fields)
    doing = WITH_ACTIVITY.search(text)
    if doing:
        stated["activity"] = ACTIVITIES[doing.group("what").lower()]
    liked = tuple(area for pattern, area in INTERESTS if re.search(pattern, text, re.I))
    liked += tuple(a for a in INTEREST_AREAS if a not in liked and re.search(rf"\b{a}\s+{AREA_SAID}", text, re.I))
    named = [a for a in INTEREST_AREAS if re.search(rf"\b{a}\b", text)]  # in capitals: "Enterprising/Conventional"
    liked += tuple(a for a in named if a not in liked) if len(named) >= 2 else ()
    if HOLLAND.search(text):  # "a student whose Holland code is strongly Investigative"
        liked += tuple(a for a in INTEREST_AREAS if a not in liked and re.search(rf"\b{a}\b", text))
    if liked:
        stated["interests"] = liked
    for pattern, style, low in STYLES:
        if re.search(pattern, text, re.I):
            stated.update(style=style, style_low=low)
            break
    else:
        named = NAMED_STYLE.search(text)  # "which occupations rate attention to detail highest"
        if named:
            low = bool(re.search(r"\b(low\w*|least|not)\b", text, re.I))
            stated.update(style=next(s for s in WORK_STYLES if s.lower() == named.group(0).lower()), style_low=low)
    zone = JOB_ZONE.search(text)
    if zone and 1 <= int(zone.group(1)) <= 5:
        stated["job_zone"] = int(zone.group(1))
    return replace(before or Criteria(), offset=0, **stated)


# In general: "jobs", "careers"; "a calmer job where I can work on my own"
LISTED = re.compile(
    r"\b(jobs|careers|occupations|professions|positions|fields|trades)\b"
    r"|\b(a|an|some|any)\s+(\w+\s+){0,2}(job|career|occupation|profession|position|trade)\b"
    r"|\b(anything|something)\b"  # "anything i could train for quick that pays 50k+"
    r"|\b(kinds?|types?|sorts?) of (work|jobs?)\b",  # "what kind of work is there if i just really like kids"
    re.I,
)


def reorders(text):
    """Whether a message turns the list shown around: "now the highest" after the lowest paid."""
    return bool(FLIPPED.search(text))


def asks_for_more(text):
    """Whether a message asks for the next part of a list shown: "show more", "next page"."""
    return bool(SHOW_MORE.search(text))


# What a person says of themselves or another: what they like, are good at, are like.
LIKES = re.compile(
    r"\b(i|im|i'm|i am|he|she|he's|she's|they|my \w+)\s+(\w+\s+){0,3}?(like|likes|love|loves|enjoy|enjoys|good|great"
    r"|prefer|prefers|want|wants|patient|into|handle|handles)\b"
    r"|\b(for|to) (someone|somebody|a person)\b|\bpeople (like me|who)\b",
    re.I,
)


def asks_for_a_list(text):
    """Whether a message asks about jobs in general by a ranking or a condition: "what jobs pay
    good without a degree", "highest paying trades", "careers over 80k"."""
    stated = read(text)
    if (stated.interests or stated.style or stated.activity) and LIKES.search(text):
        return True  # "I like working with my hands", "im really patient"; not "numbers there?"
    if not LISTED.search(text):
        return False
    return stated != Criteria() or any(re.search(pattern, text, re.I) for _, _, pattern in BY)


def pay_bounds(text):
    """min_pay and max_pay a message states: "over $60k", "90k+", "six figures", "under 40
    grand", "between 50k and 70k", "that pay 100k" (meant as at least), "over sixty thousand"."""
    text = SAID_AMOUNT.sub(said_in_figures, text)
    between = BETWEEN.search(text)
    if between:
        low, high = dollars(between, 1), dollars(between, 3)
        return {"min_pay": min(low, high), "max_pay": max(low, high)}
    found = {}
    if SIX_FIGURES.search(text):
        found["min_pay"] = 100_000
    at_least, at_most = AT_LEAST.search(text), AT_MOST.search(text)  # once: a message may hold thousands of numbers
    for match in re.finditer(MONEY, text, re.I):
        if not (match.group(2) or "$" in match.group(0)) and not at_least and not at_most:
            continue  # a bare number ("top 10", "job zone 2") is no pay
        tail = text[match.start() :].lstrip()  # MONEY may start at the space before "$"
        if OR_LESS.match(tail):
            found["max_pay"] = dollars(match, 1)
        elif OR_MORE.match(tail):
            found["min_pay"] = dollars(match, 1)
    if at_least and "min_pay" not in found:
        found["min_pay"] = dollars(at_least, 2)
    if at_most and "max_pay" not in found:
        found["max_pay"] = dollars(at_most, 2)
    return found


def said_in_figures(match):
    """'sixty five thousand' -> '65 thousand'; words that are no amount stay as they are."""
    tens, units, unit = match.group(1), match.group(2), match.group(3)
    if not (tens or units):
        return match.group(0)
    return f"{NUMBER_WORDS.get((tens or '').lower(), 0) + NUMBER_WORDS.get((units or '').lower(), 0)} {unit}"


def dollars(match, group):
    """'$60k' -> 60000, '100,000' -> 100000, '25' (an hourly rate, most likely) -> 52000."""
    number = float(match.group(group).replace(",", ""))
    unit = (match.group(group + 1) or "").lower()
    if unit in ("k", "thousand", "grand"):
        number *= 1000
    elif unit in ("m", "million"):
        number *= 1_000_000
    elif number < 200:  # "over $30" means an hourly wage: 2,080 hours a year, as BLS annualises
        number *= 2080
    return number
