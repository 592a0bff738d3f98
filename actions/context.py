"""What the person is asking about, from this message and the conversation so far.

The occupation(s), the topic and the place come from the message when it names them, and
otherwise from the slots kept by earlier turns, so that "what about in Florida?",
"and what skills do they need?", "how about nurses?" and "which of them pays more?" work.
"""

import functools
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from components.entities import entity
from knowledge import ALL_OCCUPATIONS, NATION, NONE, SURE, criteria
from knowledge.criteria import asks_for_a_list
from knowledge.english import has_words, is_common
from knowledge.lists import INTEREST_AREAS, Criteria
from knowledge.majors import Programs
from knowledge.mentions import OPENERS, QUESTION_WORDS, SHORT_FOLLOW_UP
from knowledge.places import state_of
from knowledge.text import FILLER, words

from . import registry

OUT_OF_SCOPE, CAPABILITIES = "out_of_scope", "capabilities"
# Small talk the classifier guesses, checked by the words ("vs cybersecurity" is no goodbye),
# with the response each gets when it is small talk after all.
CHECKED = {
    "greet": "utter_greet",
    "goodbye": "utter_goodbye",
    "thanks": "utter_thanks",
    "bot_challenge": "utter_bot_challenge",
    OUT_OF_SCOPE: "utter_out_of_scope",
    CAPABILITIES: "utter_capabilities",
}
# A thumbs up, an OK hand, folded hands, a check mark, 100, alone: thanks (with any skin tone)
APPROVAL = re.compile(r"^\s*[\U0001F44D\U0001F44C\U0001F64F\U0001F64C\u2705\U0001F4AF\U0001F3FB-\U0001F3FF\uFE0F]+\s*$")
THANKS = re.compile(r"\b(thanks?|thank (you|u)|thx|ty|tysm|appreciate\w*)\b", re.I)
ASKS_SOMETHING = re.compile(r"\b(what|what's|whats|how|who|when|where|why|tell|can you|could you)\b", re.I)
# Farewell words: thanks without them is thanks ("Thanks for being straight with me."), read as goodbye.
FAREWELL = re.compile(
    r"\b(bye|goodbye|cya|see (you|ya)|later|good ?night|take care|signing off|log(ging)? off|out|"
    r"have a (good|nice|great|lovely) (day|one|night|evening|weekend))\b",
    re.I,
)
# Finding job openings is no question about occupations: "can you pull up job openings near me".
FIND_OPENINGS = re.compile(
    r"\b(openings|listings|postings|vacancies|hiring)\b.{0,25}\b(near me|around me|in my area|close to me)\b"
    r"|\b(find|pull up|search|look up|show|get) (me )?(some |any )?(job )?(openings|listings|postings|vacancies)\b"
    r"|\b(find|get) (me )?an? job\b",
    re.I,
)
# Writing a document for someone is no question about occupations, whatever job it names.
JOKE = re.compile(r"\b(tell|know|got|hear)( me| us)? (an?|any|some|the) (\w+ )?(jokes?|riddles?|poems?)\b", re.I)
WRITE_FOR_ME = re.compile(
    r"(\b(can|could|would|will) (you|u)|\bplease|\bpls|\bhelp me|^)\s*(\w+ ){0,2}?"
    r"(write|draft|create|edit|proofread|polish|rewrite)\b.{0,40}?"
    r"\b(resume|r[ée]sum[ée]|cv|cover letter|job (posting|description|ad|post)|posting|letter|essay|e-?mail)s?\b",
    re.I,
)
FOLLOW_UPS = {"inform", "choose", "nlu_fallback"}  # keep the topic (and place) of the last question
ORDINALS = {
    "first": 0,
    "1": 0,
    "1st": 0,
    "second": 1,
    "2": 1,
    "2nd": 1,
    "third": 2,
    "3": 2,
    "3rd": 2,
    "fourth": 3,
    "4": 3,
    "4th": 3,
    "fifth": 4,
    "5": 4,
    "5th": 4,
    "last": -1,
    "top": 0,  # "the top one"
}
LIVES_IN = re.compile(
    r"\b(live|lives|living|based|located|moving|relocating|moved)\s+(in|to|near|around|outside)\s+$", re.I
)
INTRODUCES = re.compile(r"\b(i'?m|i am|this is|my name|i work|we are|we'?re)\b", re.I)
GREETING = re.compile(r"^\W*(hi|hello|hey|hiya|good (morning|afternoon|evening)|greetings)\b", re.I)
NATION_ALONE = re.compile(
    r"^\W*((and|ok|so|what about|how about|vs\.?|what'?s it|what is it|how much)\s+)*"
    r"(the )?(natl|nat'l|national|nationally|nationwide)\W*$",
    re.I,
)
NATIONAL = re.compile(
    r"\b(nationally|national|natl|nat'l|nationwide|in the (us|usa|u\.s\.|united states|country)"
    r"|(the )?rest of the (country|us|usa|nation)|(the )?(whole|entire) (country|us|usa|nation)|countrywide"
    r"|across the (country|us|usa|nation))\b",  # "MA pay in georgia compared to the rest of the country"
    re.I,
)
# "I've been a teacher for 12 years...": the person's own job, context for the question.
# "I'm a high school career counselor", up to two words before the title once "a" is said.
OWN_JOB = re.compile(
    r"\b((i'?m|i am|i've been|i have been|i was|i used to be|used to be|i work as|i worked as|working as|as)\s+"
    r"(\d+\W*(and\s+)?)?an?\s+([\w-]+\s+){0,2}"  # "im 22 and a cashier"
    r"|(i work as|i worked as|working as|as)\s+"
    r"|\b(i|i've|i have|been|i was)\s+(drive|drove|driven|drivin\w?)\s+(an?\s+|the\s+)?)$",  # "I drive taxi 10 year"
    re.I,
)
# A message that goes on from the last: "and detectives, what do they make", "what about welders"
GOES_ON = re.compile(r"^\W*((ok(ay)?|so|hmm+)\W+)?(and|also|plus|what about|how about|wat about)\b", re.I)
# Words of a follow-up that names only an occupation, place or industry: "what about dallas?"
CONNECTIVES = set(
    """what whats what's how about bout and or vs vs. versus ok okay so also now then in for at the a an
same area metro state please instead too hmm nah i meant mean no sorry actually of all how's like down up over out
tho though wat wut specifically just only among scratch that wait ugh oops nvm nevermind rather um uh""".split()
)
# "across all industries", "the all-industry figure"
ALL_INDUSTRIES = re.compile(r"\b(all|any|every|across)([- ]the)?[- ]industr(y|ies)\b|\bin general\b", re.I)
LISTED = re.compile(r"\b(jobs?|occupations?|careers?|professions?|work)\b", re.I)  # what a new list names
MORE_THAN_MINE = re.compile(r"\bhow much (more|less)\b|\bmore than (i|what i)\b|\bpay (more|better) than\b", re.I)
RANKED = re.compile(r"\b(fastest|highest|lowest|top|best|worst|biggest|largest)\b", re.I)
HOW_MUCH = re.compile(r"\bhow much\b", re.I)
STATEWIDE = re.compile(r"\bstate ?wide\b|\b(the )?(whole|entire|rest of the) state\b|\bfor the state\b", re.I)
PER_HOUR = re.compile(r"\b(per|an|a)\s+hrs?\b")
HOURLY = re.compile(r"\b(by the hour|hourly|per hour|an hour|hrly)\b", re.I)
PAID = re.compile(  # in a follow-up's few words
    r"\b(comp|compensation|salary|salaries|wages?|pay|paid|hourly|by the hour|per hour|an hour)\b", re.I
)
SHORT_PAY = re.compile(
    r"^\W*(and |what about |how about )?(the )?(hr?ly|hourly|per (hr|hour)|annual(ly)?|yearly|salary|pay)"
    r"( pls| please)?\W*$",
    re.I,
)  # "hrly", "and pay?"
# "is that a dying job lol": the one discussed, not a list
THAT_ONE = re.compile(
    r"\b(is|was|will) (that|this|it)\b|\b(that|this) (\w+ ){0,2}(job|career|field|role|occupation)\b", re.I
)
# "which skills does it emphasize?": one occupation referred to, the last, not those discussed
ONE_REFERRED = re.compile(r"\b(it|its|(that|this) (job|role|career|occupation|position|field))\b", re.I)
WHICH_OF_THEM = re.compile(r"\bwhich\s?(one|1)\b|\bwhich\s+of\b|\bof them\b", re.I)
GROWTH = re.compile(
    r"\b(grow\w*|growth|shrink\w*|declin\w*|outlook|projected|projections?|demand|more jobs|jobs com\w*|prospects)\b",
    re.I,
)
ADDED = re.compile(r"^\W*(add|also add|plus|include|and also|throw)\b", re.I)  # more occupations, with those before
ALSO_AT_THE_END = re.compile(r"\b(too|as well)\W*$", re.I)
# "what about electrical, add that in"
ADD_IT = re.compile(r"\b(add|throw|include)\s+(that|it|this|them|those)(\s+(in|too|as well))?\W*$", re.I)
TOP = re.compile(r"\b(most|best|highest|top|more|better|max\w*)\b", re.I)  # where a job pays best
NOT_ASKED = re.compile(
    r"\bnot (the |about (the )?|their |its )?"
    r"(pay|salary|salaries|wages?|money|growth|outlook|education|schooling|skills)\b",
    re.I,
)
SAME_QUESTION = re.compile(r"^\W*(the )?same (question|thing|again)?\s*(but )?(for|with|about)\b", re.I)
NOT_MEANT = re.compile(r"\bnot (?:an? |the )?([a-z][\w-]*)", re.I)  # "I meant chefs, not cooks"
OWN_WORKPLACE = re.compile(
    r"\bi(?:'m| am)?\s+(?:currently\s+|now\s+)?(?:work|working|employed)\s+(?:in|at|for)\s+(?:an?\s+|the\s+)?$", re.I
)
CORRECTION = re.compile(r"\b(not|instead|actually|meant|scratch that|wrong|sorry)\b", re.I)
IDENTITY = re.compile(r"^\s+here\b", re.I)  # "Marine here, getting out next spring"
HYPOTHETICAL = re.compile(r"\b(more|less|better|would|could|if)\b[^.?!]*\bas\s+an?\s+([\w-]+\s+){0,2}$", re.I)
BOTH_ASKED = re.compile(r"\b(and|&|plus)\b")  # "pay and outlook": two kinds of question joined
SAME_AS = re.compile(r"\bsame (thing |job )?as\b", re.I)
ABOUT_AGAIN = re.compile(r"\b(what|how) about\b", re.I)
SWITCH = re.compile(r"^\W*(how|what) about\b", re.I)  # "how about X": the last question, of X instead
VERSUS = re.compile(r"^\W*(vs\.?|versus|compared (to|with)|or)\b", re.I)  # "vs lpn"
COMPARED = re.compile(r"\b(compared?|vs\.?|versus|than)\b", re.I)  # "what about X? how do they compare?"
# "how does that compare with information security analysts": an occupation compared with the last
CONTRASTED = re.compile(r"\b(don'?t|do not|doesn'?t|does not|differ\w*|unlike|vs\.?|versus|compared?)\b", re.I)
COMPARED_WITH = re.compile(r"\b(compared?( (it|that|this|them|those))? (to|with)|vs\.?|versus|than)\s+$", re.I)
# "which states pay them the most?" asks where, not which of the occupations discussed
WHERE_ASKED = re.compile(r"\bwhere\b|\bwhich (states?|cities|metros?|metro areas?|areas?|industr\w+)\b", re.I)
STILL_COMPARING = re.compile(
    r"\b(vs\.?|versus|compared?|than|against|gap|difference|between|worth|side by side"
    r"|add|both|too|also|which|better|more)\b",
    re.I,
)
EARNS = re.compile(r"\b(pay\w*|paid|salar\w*|earn\w*|wages?|income|make\w*|money)\b", re.I)
TOGETHER = re.compile(r"\b(each|both|(the|those|these) (two|2)|all (three|3)|(the|these|those) three|of the 3)\b", re.I)
AMONG = re.compile(r"\bw(h)?ich\b|\bof them\b|" + TOGETHER.pattern, re.I)  # the occupations discussed ("wich")
# "what does google pay swes", "how much does keller williams pay its agents": an employer's pay
EMPLOYER_PAYS = re.compile(
    r"(?:\b(?:what|how much|how well)\s+|^\W*|\b(?:and|but|so)\s+)(?:does|do|would|will)\s+"  # "does cvs pay"
    r"(?P<who>(?!(?:a|an|the|it|that|this|they|he|she|you|u|my|your|each|one|either|both|someone|people)\b)"
    r"[a-z][\w&'.-]*(?:\s+(?!pay\b)[a-z][\w&'.-]*)?)\s+pay\b",
    re.I,
)
# "what do nurses make at kaiser", "how much do software engineers at google make"
EMPLOYER_AT = re.compile(
    r"\bat\s+(?P<who>[a-z][\w&'-]+)(?![\w&'-])(?P<then>\s+(make|makes|earn|earns|pay|pays)\b)?", re.I
)
# "make in 2030", "what will drivers make in 5 yrs"
FUTURE = re.compile(
    r"\b(in|by) 20[3-9]\d\b|\bin (like |about |another |the next )?(\d+|a few|five|ten|twenty) (years|yrs)\b", re.I
)
REMOTE = re.compile(r"\b(remote(ly)?|(work(ing)?|do( it| that)?) from home|wfh)\b", re.I)
WHICH_ONE = re.compile(r"\bwhich (job|career|occupation|profession|field)\b", re.I)  # one of those discussed
PICK = re.compile(r"\b(pick|choose|go with|go for|better (choice|option|bet)|should i (do|get into))\b", re.I)
NOT_THIS = re.compile(r"\b(not|instead of|rather than)\s+(an?\s+|the\s+)?$", re.I)  # "I meant PT not PA"
PLACES_SAID = r"(places?|states?|city|cities|areas?|metros?|metro areas?)"
THERE = re.compile(
    rf"\b(there|here|the city|(around|out) here|(the )?same (two |three |four )?{PLACES_SAID}"
    rf"|th(ose|ese) (two |three |four )?{PLACES_SAID})\b",
    re.I,
)
HERE = re.compile(r"\b(here|near me|my (area|city|state|town))\b", re.I)  # the person's own place
# "im a senior in houston", "we live near tucson", "i work in ohio"; not "what do they make in ohio"
LIVES_HERE = re.compile(r"\b(i'?m|i am|we'?re|we are|i|we)\b[^.?!]{0,30}\b(in|from|near|around|outside)\s+$", re.I)
# a place asked about beside the last one: "vegas pays more or less?", "in Illinois is more money?"
PLACE_BETTER = re.compile(r"\b(more or less|better|worse|more money|pays? (more|less)|higher|lower)\b", re.I)
# "vs texas?" after "... in Florida", "add louisiana" after two places
ADDS_A_PLACE = re.compile(r"\b(vs\.?|versus|compared?|than|or|with|add|plus|include)\b", re.I)
NATION_ADDED = re.compile(r"\b(vs\.?|versus|compared? (to|with)|than|plus|add)\s+(the\s+)?$", re.I)  # "vs the national"
# Slots (domain.yml): set by action_answer, read here; none steers the dialogue policy.
OCCUPATIONS, RECENT, TOPIC, PLACES, INDUSTRIES = "occupations", "recent", "topic", "places", "industries"
CHOICES, PENDING, LIST, QUIZ = "choices", "pending", "list", "quiz"
LISTS = ("list", "majors", "technology", "quiz")  # topics answered with a list of occupations, which follow-ups change
ACROSS = LISTS + ("career_moves",)
ABOUT_ONE = ("education", "skills", "duties", "related")  # answers the same everywhere, with no place to say
NOT_ONE = re.compile(r"\b(i'?m|i am|im) not (an? |the )?([\w-]+ )?$", re.I)
SET_ASIDE = re.compile(
    r"\b(besides|other than|except|apart from|aside from|(that|which) (aren'?t|arent|are not|isn'?t|is not)"
    r"|not (to )?(be|become|being)|hate|dislike|can'?t stand|don'?t like|dont like|tired of)"
    r"( (being|be|becoming|working as|as))?( (a|an|the))?"
    r"( [\w-]+ (or|and|nor)( (a|an))?)?\s*$",  # "...but not be a doctor or nurse": both
    re.I,
)
LIST_AGAIN = re.compile(r"\b(back to|go back to|from|on) (that|the|your) list\b", re.I)  # after other questions
ABOUT_THE_LIST = re.compile(r"\b(those|these|them|of the list|that list|the list|which ones|the ones)\b", re.I)
REFERS_TO_SEVERAL = re.compile(r"\b(either|those|these|them all|the both)\b", re.I)
REFERS_BACK = re.compile(
    r"\b(it|its|they|them|their|each|both|those|these|the two|that job|this job|the job|(for|in|do) that)\b", re.I
)  # questions across occupations
# "Which survey are those wage figures from?": the sources of the answer just given.
THOSE_FIGURES = re.compile(
    r"\b(th(ose|ese|at|is|e)\s+(\w+\s+)?(figures?|numbers?|data|stats|statistics|wages?|estimates?)|you gave)\b", re.I
)
FIGURES = re.compile(r"\b(figures?|numbers?|data|stats|statistics|wages?|estimates?)\b", re.I)
# What asks where the figures come from; "the current BLS median wages for them" does not.
DATA_FROM = re.compile(
    r"\b(data|figures|numbers|stats|statistics|info|information)\b.*\b(come from|from)\b|\bsources?\b"
    r"|\bwhere (do|does|did) (you|u|your)\b.*\b(get|come from)\b",
    re.I,
)
SOURCE_ALONE = re.compile(r"^\W*(sources?|srcs?|citations?|cite)\W*$", re.I)
SOURCES_ASKED = re.compile(
    r"\b(sources?|cite|citations?|from|period|years?|survey|data|datasets?|publish\w*|check|up to date|o\*net)\b"
    r"|\b(how|where) (do|did) (you|u) (know|get)\b",
    re.I,
)
# Questions about one occupation that a message's last sentence may show were misread.
ONE_QUESTION = (
    "overview",
    "best_paying",
    "related",
    "demographics",
    "skills",
    "duties",
    "education",
    "outlook",
    "pay",
    "career_moves",
)
PAY_FIGURES = ("pay", "compare", "best_paying")  # topics answered from OEWS figures alone
DEFAULT_TOPIC = "overview"  # what a message about an occupation, not understood, gets


@dataclass
class Subject:
    code: str  # O*NET-SOC code
    profile: str = None  # a source article's exact title, when that was asked
    title: str = None  # the title asked, when it names the job otherwise than the occupation does

    def encode(self):
        return "|".join([self.code, self.profile or "", self.title or ""]).rstrip("|")

    @classmethod
    def decode(cls, text):
        code, profile, title = (text.split("|") + ["", ""])[:3]
        return cls(code, profile or None, title or None)


@dataclass
class Request:
    topic: str  # an answer's topic (actions.registry)
    text: str = ""  # the message as typed
    outside: str = ""  # the message, its mentions blanked: what it asks ("school bus drivers" asks no schooling)
    asked: str = ""  # the message, the person's own job blanked: "used to be an accounting clerk" asks no field
    subjects: list = field(default_factory=list)  # resolved occupations, in the order named
    places: list = field(default_factory=list)  # states or metro areas, by their names in the data
    other_places: list = field(default_factory=list)  # of the same name as the first ("Portland")
    places_named: bool = False  # named in this message, not carried from earlier ones
    industries: list = field(default_factory=list)  # NAICS codes of the OEWS industry breakdown
    unclear: object = None  # (typed text, Resolution) to ask about first
    alternatives: object = None  # (typed text, Candidates) an answered title may also mean
    last_list: Criteria = None  # the list shown last, when this message follows it up
    listing: str = None  # set by a list answer: its criteria, as JSON, for follow-ups
    shown: list = field(default_factory=list)  # set by a list answer: the codes listed, for "the 3rd one"
    shown_for: list = field(default_factory=list)  # occupations a click on one shown goes on with
    quiz: list = field(default_factory=list)  # the interest quiz's answers so far (RIASEC areas)
    malformed: bool = False  # a typed intent whose entities are all malformed: nothing to act on
    small_talk: str = None  # a response from domain.yml instead of an answer ("utter_out_of_scope"); nothing changed
    cite: bool = False  # the sources of the answer were asked: name them in full, then answer again
    unpublished: list = field(default_factory=list)  # parts no published figure answers: ("employer", "Google")

    @property
    def local_places(self):
        """The places asked other than the nation ("nationally and in Texas": Texas)."""
        return [p for p in self.places if p != NATION.name]


def read(tracker, kb):
    """The request behind the latest message."""
    latest = tracker.latest_message or {}
    intent = (latest.get("intent") or {}).get("name")
    text = latest.get("text") if isinstance(latest.get("text"), str) else ""
    given = latest.get("entities") if isinstance(latest.get("entities"), list) else []
    entities = [e for e in given if well_formed(e) and (e["entity"] != "choice" or valid_choice(kb, e["value"]))]
    if given and not entities:  # '/choose{"place": [1]}': answered as not understood, nothing changed
        return Request(DEFAULT_TOPIC, text, malformed=True)
    entities = [e for e in read_after_the_classifier(kb, text, entities) if not set_aside(text, e)]
    text, entities = respelt(kb, text, entities)  # "are they hirin", "vs the natinal number"
    held = MY_JOB.search(text) and held_job(kb, tracker)
    if held and not any(e.get("entity") == "occupation" and own_job(text, e) for e in entities):
        entities = entities + [{"entity": "occupation", "value": held, "held": True}]  # "vs my job now?"
    last_topic = tracker.get_slot(TOPIC)
    # a list shown last: one asked for, or career moves ("which of those pay the most in alabama")
    list_shown = last_topic in LISTS or (last_topic == "career_moves" and bool(tracker.get_slot(CHOICES)))
    if last_topic in LISTS or asks_for_a_list(text):  # "jobs in tech", "tech only": the field, not titles asked back
        entities = [e for e in entities if not field_named(kb, e)]
    # a list shown, and something to narrow it by; not "how much do RNs make working for home health agencies"
    narrowing = list_shown and narrows(text) and not any(e.get("entity") == "occupation" for e in entities)
    if narrowing:  # "any of those in healthcare?": the list's field, not an industry
        entities = [e for e in entities if not (e.get("entity") == "industry" and field_said(text, e))]
    industry = industry_alone(kb, tracker, text, entities)
    if industry:  # "and nursing homes?", "home health?" after pay in hospitals, whatever the intent
        intent, entities = "inform", [e for e in entities if e.get("entity") != "occupation"] + [industry]
    after_a_list = last_topic in ACROSS  # "which of those...", "what about healthcare": the list's
    if after_a_list and criteria.asks_for_more(text):  # "next page": no legislative Pages
        entities = [e for e in entities if e.get("entity") != "occupation"]
    entities += elided(kb, tracker, intent, text, entities, after_a_list)  # "vs electrical" after mechanical engineers
    # "dallas?", "hrly", "natl?", "ok now san jose lol": the last question again
    again = elliptical(text, entities) or bool(SHORT_PAY.match(text)) or bool(NATION_ALONE.match(text))
    guessed = registry.by_intent(intent)  # "ok now san jose lol" read as a list, "LA specifically?" as an overview
    misread = guessed is not None and guessed.topic in LISTS + ("overview",) and not asks_for_a_list(text)
    again = again or (misread and bool(last_topic) and place_follow_up(text, entities))
    kinds = {e.get("entity") for e in entities}
    thanked = bool(THANKS.search(text) or APPROVAL.match(text))
    # "Thank you so much, this gives me a place to start."; "Thank you very much for help."; "thx man"
    known = [e for e in entities if not (e.get("entity") == "occupation" and kb.resolve(e["value"]).status == NONE)]
    if thanked and not known and not registry.asked_in(text) and intent not in CHECKED:
        intent, entities = "thanks", []
    occupations = [e for e in entities if e.get("entity") == "occupation"]
    introduced = GREETING.match(text) and INTRODUCES.search(text) and "?" not in text and not registry.asked_in(text)
    if introduced and all("start" in e and own_job(text, e) for e in occupations):
        return Request(DEFAULT_TOPIC, text, small_talk=CHECKED["greet"])  # "Hello, I'm a career counselor at..."
    if WRITE_FOR_ME.search(text) or FIND_OPENINGS.search(text) or JOKE.search(text):  # "Can you write a job..."
        return Request(DEFAULT_TOPIC, text, small_talk=CHECKED[OUT_OF_SCOPE])
    if intent == "goodbye" and thanked and not FAREWELL.search(text):
        intent = "thanks"
    another_technology = last_topic == "technology" and not entities and kb.technologies.named_in(text)
    if intent in CHECKED and another_technology and not thanked:
        intent = "nlu_fallback"  # "hubspot?" after the users of another technology, read as capabilities
    # "What is the source for the openings projections?", not understood
    sources_asked = intent == "nlu_fallback" and registry.asks("sources", text)
    if (intent in CHECKED and SOURCE_ALONE.match(text)) or sources_asked:
        intent = "ask_sources"  # "src?", read as a greeting
    if intent == CAPABILITIES and DATA_FROM.search(text):
        intent = "ask_sources"  # "Where does your wage data come from?", read as what the assistant can do
    if intent in CHECKED:  # the classifier's guess; the words and the conversation may know better
        if not in_scope(kb, tracker, text, known, intent):  # a title guessed from "thx man" asks nothing
            # "Thank you for your help." is thanks, though it says "help"
            # and "ok ty, lots to think about"; not "thanks, but what's the weather like"
            asks_more = "?" in text or ASKS_SOMETHING.search(text)
            thanks = thanked and (intent == CAPABILITIES or (intent == OUT_OF_SCOPE and not asks_more))
            if thanked and intent in ("thanks", "goodbye") and FAREWELL.search(text):
                return Request(DEFAULT_TOPIC, text, small_talk="utter_thanks_goodbye")  # "thanks, have a good day"
            return Request(DEFAULT_TOPIC, text, small_talk="utter_thanks" if thanks else CHECKED[intent])
        intent = "nlu_fallback"  # "What does an HVAC technician earn, and how long is the training?"
    # "I'd be commuting into DC, so what about that area?": places, and no question the classifier knew
    again = again or (intent == "nlu_fallback" and bool(last_topic) and kinds == {"place"})
    if intent == "ask_sources" and EARNS.search(text) and not SOURCES_ASKED.search(text):
        intent = "ask_pay"  # "the current BLS median wages for them?" asks for figures, not their source
    cited_topic = cited(tracker, entities, text) if intent == "ask_sources" else None
    cite = bool(cited_topic)
    same = bool(last_topic) and SAME_QUESTION.match(text)  # "same question for nursing assistants"
    follow_up = intent in FOLLOW_UPS or (bool(last_topic) and again) or cite or same
    # A follow-up keeps the topic; a message not understood gets an overview.
    asked = None if follow_up else registry.by_intent(intent)
    understood = intent != "nlu_fallback" or again  # "nyc", "scrum master?" go on
    topic = cited_topic or (asked and asked.topic) or (understood and last_topic) or DEFAULT_TOPIC
    paid = PAID.search(text) and topic not in ACROSS  # not "sort by pay" after a list
    if not entities and last_topic in PAY_FIGURES and HOURLY.search(text):
        topic, follow_up = last_topic, True  # "wait is that a year?? whats it by the hour", read as education
    if follow_up and (HOW_MUCH.search(text) or SHORT_PAY.match(text) or paid):
        topic = "pay"  # "how much in nyc", "austin comp?"
    elif follow_up and GROWTH.search(text) and topic not in ACROSS:  # not "sort by growth" after a list
        topic = "outlook"  # "which of the three is projected to grow fastest?"

    named = [e["value"] for e in entities if e.get("entity") == "occupation"]
    if named == [ALL_OCCUPATIONS] and RANKED.search(text):  # "fastest growing jobs overall": a list; not "how fast"
        named, entities = [], [e for e in entities if e.get("entity") != "occupation"]
    discussed_count = len(tracker.get_slot(RECENT) or [])
    # "which of the 3 is growing fastest", "pay cali both": the occupations discussed, not a list of all
    # "which jobs"; not "which 1 has more jobs comin", "which job is growing more"
    listed = LISTED.search(GROWTH.sub("", WHICH_ONE.sub("", text)))
    among = not (named or after_a_list) and discussed_count > 1 and AMONG.search(text) and not listed
    among = among and not WHERE_ASKED.search(text) and not one_referred(text)
    if among and (GROWTH.search(text) or EARNS.search(text) or PICK.search(text)):
        topic = "compare"  # "which grows faster", "so which one should i pick": side by side
    still_comparing = STILL_COMPARING.search(text) or TOGETHER.search(text) or MORE_THAN_MINE.search(text)
    if topic == "compare" and len(named) == 1 and not still_comparing:
        # "cops chicago", "programmers are shrinking right?" after a comparison: the one named, on its own
        topic = "outlook" if GROWTH.search(text) else "pay"
    # "which one grows faster"; not "compare them on median pay, projected growth and education"
    growth_compared = topic == "compare" and GROWTH.search(text) and not EARNS.search(text)
    if growth_compared:
        topic = "outlook"  # "which one grows faster": follow-ups ("in ohio?") go on about growth
    if topic == "duties" and len(set(named)) >= 2 and CONTRASTED.search(text):
        topic = "compare"  # "what do LPNs do that CNAs dont": their work side by side
    # the words around the mentions: "training and development specialists" asks nothing of training
    around = blanked(text, [(e["start"], e["end"]) for e in entities if "start" in e])
    asked_by_words = registry.asked_in(text)
    # "dba too", "and nurses as well?"; not "electricians hourly in houston too", the place too
    said = re.findall(r"[a-z'.]+", around.lower())
    too = ALSO_AT_THE_END.search(text) and all(w in CONNECTIVES | {"too", "as", "well"} for w in said)
    added = bool(named and (ADDED.match(text) or ADD_IT.search(text) or too) and tracker.get_slot(OCCUPATIONS))
    if added and last_topic and not asked_by_words:
        topic = last_topic  # "throw cnas in there too", read as growth: the question before, with them
    if added and topic in PAY_FIGURES + (DEFAULT_TOPIC,):
        topic = "compare"  # "add mechanical and electrical engineers for Texas"
    if follow_up and named and topic in LISTS:
        topic = DEFAULT_TOPIC  # "electrician", "what about zookeepers" after a list: that one, as a click on it
    question = registry.last_sentence(text)  # of several sentences, the last; None for one
    asked_last = registry.asked_in(question)
    outside = NOT_ASKED.sub(lambda m: " " * len(m.group()), around)  # "what does a medical coder do, not pay"
    asked_outside = registry.asked_in(outside)
    words_ask = asked_outside or registry.first_asked(outside)  # of one kind, or the first of several
    if asked_last and topic in ONE_QUESTION and not registry.asks(topic, question):
        # "I'm a welder and we may move. What do welders make in Portland?": the question is the last sentence
        topic = asked_last.topic
    elif (asked or not understood) and topic == DEFAULT_TOPIC and asked_by_words:
        topic = asked_by_words.topic  # "which software and technologies are listed for them?"
    elif asked and asked.asked_by and topic in ONE_QUESTION and words_ask and not registry.asks(topic, outside):
        # "r there a lot of girls in that job", read as outlook: its words ask who; "surveyors are outside
        # a lot right? what do they make and do u need a degree", read as duties: pay, then education
        topic = words_ask.topic
    elif follow_up and topic in ONE_QUESTION and asked_outside and not registry.asks(topic, outside):
        topic = asked_outside.topic  # "and surg techs in atlanta make?" after an education answer
    elif not understood and topic == DEFAULT_TOPIC and (asked_first := registry.first_asked(text)):
        # "what does it earn, and how long is the training?": pay, then the other; but after sentences
        # that ask nothing, the question ("...wants to go to welding school... Which of those two pays better?")
        told_first = registry.the_question(text) != text
        topic = asked_last.topic if asked_last and told_first else asked_first.topic
    # "looking at medical coding... how much does it pay", read as a list; "supply chain major, what does a
    # logistician make", read as the major's jobs
    if topic == "compare" and asked_outside and asked_outside.topic in ("skills", "duties", "related", "demographics"):
        topic = asked_outside.topic  # "How does the gender split compare for program support technicians?"
    # "are they hiring more controllers or is it flat" after air traffic controllers' schooling, read as a
    # comparison: the one discussed, and what the words ask of it
    same_one = len(named) == 1 and last_topic != "compare" and named_as_discussed(kb, tracker, named[0])
    # and "are they hirin more or is it flat" after linemen's schooling alone: their growth, not a comparison
    one_discussed = not named and not AMONG.search(text) and len(tracker.get_slot(OCCUPATIONS) or []) == 1
    if (
        topic == "compare"
        and (same_one or one_discussed)
        and asked_outside
        and asked_outside.topic not in ("compare", "pay")
    ):
        topic = asked_outside.topic
    # not "majoring in criminal justice. What careers does that degree lead to?", the major read as a title
    major = topic == "majors" and kb.major_named(text)
    the_major = bool(major) and any(n.lower().strip(" .?!") == major.lower() for n in named)
    if topic in LISTS and len(named) == 1 and asked_outside and not the_major:
        if not across(kb, outside) or (topic == "majors" and asked_outside.topic in PAY_FIGURES):
            topic = asked_outside.topic
    liked = criteria.read(text)  # what a list of occupations would be narrowed by
    # "help desk 3 yrs, stuck around 50k. what jobs do help desk people move up into", read as a list; "RN 12 yrs,
    # done with bedside nursing. what else can a nurse do?", as related (not "what related jobs could i move into")
    asking = question or text
    moving = len(set(named)) == 1 and registry.asks("career_moves", asking) and not registry.asks("related", asking)
    if moving and not liked.fields and (topic in ACROSS or topic in ONE_QUESTION):
        topic = "career_moves"
    topic = cited_topic or topic  # "where do these numbers come from?": those just given, whatever the words
    if topic == "compare" and len(named) == 1 and any(e.get("entity") == "industry" for e in entities):
        topic = "pay"  # "do RNs get paid more working in hospitals?": there, beside all industries
    not_published = unpublished(kb, text, entities)  # an employer's pay, remote jobs', future pay
    at_employer = any(kind == "employer" for kind, _ in not_published)
    if topic == "compare" and len(set(named)) <= 1 and at_employer:
        topic = "pay"  # "does cvs pay pharmacists more than walgreens": unpublished, and the pay there is
    back_to_list = not named and bool(LIST_AGAIN.search(text)) and bool(tracker.get_slot(LIST))
    if topic == "career_moves" and not named and (liked.interests or liked.style) and across(kb, text) == "list":
        topic = "list"  # "i like being outside and i hate sitting at a desk. what jobs would fit me"
    if another_technology:
        topic, follow_up = "technology", True  # "SQL?", "and tableau" after the users of another
    elif back_to_list:  # "ok go back to that list, which of those pay best in michigan"
        topic, follow_up = "list", True
    elif (
        not named
        and list_shown
        and (ABOUT_THE_LIST.search(text) or (narrowing and not LISTED.search(text)) or criteria.asks_for_more(text))
        and not registry.asks("sources", text)  # "What is the source for the openings projections?"
    ):
        # "which of those needs the least school", "I also love gardening", "keep going", whatever the intent
        topic, follow_up = "list", True
    places_named = any(e.get("entity") == "place" for e in entities)
    scope_named = any(e.get("entity") in ("place", "industry") for e in entities)
    where_best = WHERE_ASKED.search(text) and TOP.search(text) and EARNS.search(text) and not among
    if where_best and not scope_named and topic in ("pay", "compare") + ABOUT_ONE and len(named) <= 1:
        topic = "best_paying"  # "In which state do accountants earn the highest median wage?"
    if topic == "best_paying" and registry.PERCENTILE.search(text):
        topic = "pay"  # "top 10% for realtors in arizona?": the 90th percentile, in the pay answer
    if topic == "best_paying" and scope_named and not TOP.search(text):
        topic = "pay"  # "what do PAs make in Pennsylvania?": where it pays most names no place or industry
    # and after growth, which is national only: "in the bay area tho" after one occupation's, "civil
    # engineers in texas vs california"; not "in ohio tho?" after "which one grows faster", still that
    one_growth = topic == "outlook" and (bool(named) or len(tracker.get_slot(OCCUPATIONS) or []) == 1)
    one_growth = one_growth and not GROWTH.search(text) and not registry.asks("outlook", text)  # "a projection for MI?"
    about_one = topic in ABOUT_ONE or one_growth
    places_only = places_named and about_one and (not named or (follow_up and elliptical(text, entities)))
    growth_there = False
    if places_only and (follow_up or not registry.asks(topic, text)):  # "What would that look like in Georgia?"
        # and "emts in the phoenix area" after an education answer
        growth_there = topic == "outlook"
        topic = "pay"  # "what about in Pennsylvania?" after an education answer: pay is what varies by place
    if topic == "outlook" and FUTURE.search(text) and EARNS.search(text) and not GROWTH.search(text):
        topic = "pay"  # "What will SLPs be earning by 2030?": BLS projects no pay, says so, and gives today's
    if topic == "outlook" and not follow_up and named and places_named and not registry.asks("outlook", text):
        topic = "pay"  # "lol ok. web devs in denver?", read as outlook: growth is national, pay is what is there
    if len(named) == 1 and SAME_AS.search(text) and not SAME_QUESTION.match(text):
        topic = "overview"  # "Is that the same thing as a supply chain manager?": what that one is
    one_more = len(named) == 1 and tracker.get_slot(OCCUPATIONS) and not registry.asks("education", text)
    if MORE_THAN_MINE.search(text) and (len(named) >= 2 or one_more):
        # "I'm an LPN... how much more would I make (as an RN)?"; "how much less does a dental assistant get"
        topic = "compare"
    about_them = not named and REFERS_BACK.search(text) and tracker.get_slot(OCCUPATIONS) and not after_a_list
    about_them = about_them and not back_to_list  # "go back to that list, which of those..."
    # a list guessed, though nothing asks one: "do i need some kind of cert or can i just get hired"
    guessed_list = asked and asked.topic in LISTS and not (named or after_a_list or across(kb, text))
    guessed_list = guessed_list and bool(tracker.get_slot(OCCUPATIONS)) and liked == Criteria()  # not "over 50k"
    if topic in LISTS and (about_them or guessed_list) and not asks_for_a_list(text) and asked_by_words:
        topic = asked_by_words.topic  # "Are most of them women?", "the most common degree in that job"
    elif topic == "majors" and about_them and not kb.major_named(text):
        topic = "education"  # "what should i major in for that": its schooling, and the majors that lead there
    # "I'm a high school counselor putting together a careers unit. Which healthcare careers are growing?"
    # (not "I've been an ICU nurse... What other jobs are related to nursing?", a question about that job)
    from_own = registry.asks("related", text) or registry.asks("career_moves", text)
    asked_named = [
        e for e in entities if e.get("entity") == "occupation" and (from_own or not ("start" in e and own_job(text, e)))
    ]
    # "they" refers to nothing when nothing was asked before: "...and they closed it. what else is out there"
    refers = REFERS_BACK.search(text) and last_topic
    that_one = THAT_ONE.search(text) and len(tracker.get_slot(OCCUPATIONS) or []) == 1  # "is that a dying job lol"
    if not asked_named and topic not in ACROSS and not refers and not among and not that_one:
        # "what jobs pay good without a degree", asked otherwise; not when the last of several sentences
        # asks a question of its own ("I have a master's in education. Is more schooling required?")
        topic = (across(kb, question, text) if asked_last else across(kb, text)) or topic
    if topic == "list" and across(kb, question or text) == "technology":
        topic = "technology"  # "Navy vet here, did IT for six years. Which jobs use Splunk?"
    elif topic == "list" and across(kb, question or text, text) == "majors":
        topic = "majors"  # "...with a history degree lol. what jobs are there"
    switched = last_topic in PAY_FIGURES and last_topic != "compare"
    if topic == "compare" and len(named) == 1 and SWITCH.match(text) and switched and not COMPARED.search(text):
        topic = last_topic  # "how about correctional officers in those two states?" after police pay: theirs instead
    if len(named) == 1 and VERSUS.match(text) and tracker.get_slot(OCCUPATIONS):
        topic = "compare"  # "vs lpn" after a question about CNAs: the two, compared
    if topic == "compare" and len(named) <= 1 and len({e["value"] for e in entities if e["entity"] == "industry"}) > 1:
        topic = "pay"  # "do RNs in home health get paid less than hospital": one occupation in two industries
    # Earlier places carry on unless the message is a new question about other occupations.
    unit = registry.by_topic(topic)
    # A new list question starts afresh; a question about fewer occupations than it needs goes on.
    carries_on = follow_up or (unit.about_occupations and len(named) < unit.at_least)
    # "Do RNs get paid more at hospitals?" after RNs in Portland, Maine: the same ones, still there (to say
    # BLS publishes industry pay for the nation only); not "what does google pay swes", a question of its own
    in_industry = any(e.get("entity") == "industry" for e in entities)
    told = [e["value"] for e in entities if e.get("entity") == "occupation" and not e.get("held")]
    discussed = bool(told) and all(named_as_discussed(kb, tracker, typed) for typed in told)
    same_ones = discussed and in_industry
    # "pay for inspectors?" after building inspectors' schooling in Denver; "and detectives, what do they
    # make" after police pay in NJ (not after a national answer, nor at one employer: "what does google pay swes")
    last_by_place = bool(last_topic) and getattr(registry.by_topic(last_topic), "by_place", False)
    goes_on = (discussed and topic != "best_paying") or (last_by_place and bool(GOES_ON.match(text)))
    # "does amazon pay security analysts more than that" after their pay in Seattle: still there
    one_place = len(tracker.get_slot(PLACES) or []) == 1
    carries_on = carries_on or same_ones or (goes_on and (not at_employer or (discussed and one_place)))
    # "i pick orders at a warehouse. what jobs in ohio pay 60k+": a list of the question's industries, not the story's
    told_before = text.rfind(question) if question and topic in LISTS else 0
    industries = list(
        dict.fromkeys(
            e["value"]
            for e in entities
            if e.get("entity") == "industry" and not at_work(text, e) and e.get("start", told_before) >= told_before
        )
    )
    # "highest paying jobs in healthcare" names a field of the list; one opened from it is asked of all industries
    left_a_list = after_a_list and topic not in ACROSS
    every_industry = bool(ALL_INDUSTRIES.search(text))
    beside = not named or topic == "compare"  # not "how about accountants across all industries", another one
    if every_industry and topic in PAY_FIGURES and len(named) <= 1 and beside:
        # "how does that compare with the all-industry figure?": one occupation, in the industry and in all
        topic, industries = "pay", industries or tracker.get_slot(INDUSTRIES) or []
    elif industries and follow_up:
        topic = "pay"  # "nurses at hospitals" after another question: BLS breaks down pay only by industry
    elif carries_on and not industries and not every_industry and not left_a_list:
        industries = tracker.get_slot(INDUSTRIES) or []  # "vs swe same industry"
    asking = outside[text.rfind(question) :] if question else outside
    first = registry.first_asked(asking)
    if BOTH_ASKED.search(asking) and first and first.topic != topic and registry.asks(topic, asking):
        topic = first.topic  # "both pay and outlook please": pay first, then the outlook (registry.also_asked)
    request = Request(
        topic,
        text,
        # where a job pays most is asked across places: none carried ("top state?" after Maryland)
        places=[]
        if topic == "best_paying" and not places_named
        else read_places(kb, tracker, entities, text, carries_on),
        places_named=places_named,
        other_places=other_places(entities),
        industries=industries,
        cite=cite,
        unpublished=not_published,
        outside=outside,
        asked=blanked(text, [(e["start"], e["end"]) for e in occupations if "start" in e and own_job(text, e)]),
    )
    being_discussed = tracker.get_slot(OCCUPATIONS) or []
    one = (not named and len(being_discussed) == 1) or (
        len(named) == 1 and (not being_discussed or discussed_already(kb, tracker, named[0]))
    )
    if request.topic == "compare" and len(request.places) > 1 and one:
        request.topic = "pay"  # "How do librarian wages in Ohio compare with the national median?": one, in both
    if growth_there and request.local_places:
        request.unpublished.append(("local growth", " and ".join(request.local_places)))
    chosen = [e["value"] for e in entities if e.get("entity") == "choice"]
    answered = [c.split(":", 1)[1] for c in chosen if c.startswith("quiz:")]  # values are checked texts
    # "jobs for someone with a strong Social interest on the Holland codes" names its area: no quiz
    # nor "so which one should i pick" after two occupations, a question between them
    between = among and topic == "compare"
    quiz_asked = asked and asked.topic == "quiz" and not liked.interests and not between
    if answered or quiz_asked:  # a quiz button, or the quiz (re)started
        request.topic = "quiz"
        request.quiz = ((tracker.get_slot(QUIZ) or []) if answered else []) + answered[:1]
        return request
    if request.topic == "quiz":
        request.topic = "list"  # "only job zone 2" after the quiz's list narrows it
    if not chosen and not entities and not again and not has_words(text):
        return request  # "asdfgh", "🙂🙂🙂": nothing asked, nothing taken from earlier turns
    choices = tracker.get_slot(CHOICES) or []

    picked = chosen[0] if chosen else ordinal(text, choices) if choices else None
    by_name = not named and (not after_a_list or "one" in text.lower().split())
    typed_choice = None
    if choices and not picked and by_name:  # by_name: no occupation named
        typed_choice = picked_by_words(kb, text, entities, choices) or one_not_offered(kb, text, choices)
    if typed_choice:
        picked = typed_choice  # "mechanical" after "engineer"
        request.topic = last_topic or request.topic
    if choices and picked:
        # A button click or "the second one": the pending question goes on with it.
        request.subjects = slot_subjects(tracker, PENDING) + [Subject(picked)]
        if request.topic in LISTS:  # one opened from a list, for the list's place, and what the words ask of it
            asked_of_it = registry.asked_in(request.outside or text)  # "the median pay for the second one on that list"
            request.topic = asked_of_it.topic if asked_of_it and asked_of_it.topic in ONE_QUESTION else DEFAULT_TOPIC
            request.shown = choices  # the list stays to pick from: "the 3rd one" after "the 2nd one"
            shown = Criteria.from_json(tracker.get_slot(LIST))
            request.places = [shown.area] if shown and shown.area else request.places
        return request
    if request.topic in LISTS and not named:  # a list asks about no occupation; a follow-up changes the last one
        # "only in Ohio", "sort by growth", "show more"; not "highest paying jobs", a new list
        brief = len(text.split()) <= 4 and not LISTED.search(text)
        carried = (list_shown and (follow_up or brief)) or back_to_list
        request.last_list = Criteria.from_json(tracker.get_slot(LIST)) if carried else None
        if request.last_list and request.last_list.among and LISTED.search(text) and not ABOUT_THE_LIST.search(text):
            # "business and finance jobs over 90k" after Salesforce's users: jobs of their own, not of those
            request.last_list = replace(request.last_list, soc_codes=(), among=None)
            request.topic = "list"
        return request
    discussed = slot_subjects(tracker, OCCUPATIONS)
    picked = not named and len(discussed) > 1 and ordinal(text, [s.encode() for s in discussed])
    codes = [s.code for s in discussed]
    by_words = not (named or picked or after_a_list) and picked_by_words(kb, text, entities, codes)
    if by_words:  # "the software one": the one of those discussed, the question as before
        picked = next(s.encode() for s in discussed if s.code == by_words)
        request.topic = last_topic or request.topic
    if picked:
        # "the second one in ohio" after two occupations were answered: that one, on its own.
        request.subjects = [Subject.decode(picked)]
        if request.topic == "compare" or (request.topic == "outlook" and request.local_places):
            request.topic = "pay"  # one occupation picked out of a comparison: its pay (in the place named)
        return request
    discussed_codes = [s.code for s in slot_subjects(tracker, RECENT)]
    typed_names = asked_about(kb, entities, text, topic)
    resolutions = {typed: kb.resolve(typed) for typed in typed_names if typed != ALL_OCCUPATIONS}
    for typed in typed_names:
        if typed == ALL_OCCUPATIONS:  # "median wage for all occupations"
            request.subjects.append(Subject(ALL_OCCUPATIONS))
            continue
        resolution = resolutions[typed]
        # not one this message names already: "lab technicians versus lab technologists" are two
        named_now = {s.code for s in request.subjects}
        others = [c for c in discussed_codes if c not in named_now]
        if resolution.status == SURE:
            kin = [r.best.code for t, r in resolutions.items() if t != typed and r.status == SURE]
            others = offered(kb, resolution, others, kin)
        earlier = meant_before(kb, typed, others)
        beside = resolution.status != SURE and not earlier and qualified(kb, text, typed, typed_names)
        if earlier:  # "the analyst side of things", after financial analysts
            request.subjects.append(Subject(earlier))
        elif beside:  # "like a counselor, the mental health kind"
            request.subjects.append(Subject(beside))
        elif resolution.status == SURE:
            best = resolution.best
            request.subjects.append(Subject(best.code, best.profile, best.other_title))
            if resolution.alternatives and request.alternatives is None:
                request.alternatives = (typed, resolution.alternatives)
        elif kindred := named_beside(kb, resolution, typed, resolutions):
            # "social worker and school counselor": the school social worker, the others offered
            request.subjects.append(Subject(kindred))
            meanings = [c for c in resolution.candidates if c.code != kindred]
            if request.alternatives is None:
                request.alternatives = (typed, meanings)
        elif topic in PAY_FIGURES and one_published_group(kb, resolution):
            # "teacher's aides": both meanings share the figures BLS publishes, so answer them
            request.subjects.append(Subject(resolution.best.code))
        elif request.unclear is None:
            request.unclear = (typed, resolution)
    request.subjects = list({s.code: s for s in reversed(request.subjects)}.values())[::-1]  # named twice
    if added:
        before = slot_subjects(tracker, OCCUPATIONS)
        codes_before = {b.code for b in before}
        request.subjects = before + [s for s in request.subjects if s.code not in codes_before]
    elif choices and request.subjects and follow_up:
        request.subjects = slot_subjects(tracker, PENDING) + request.subjects  # a typed choice
    elif not request.subjects and not request.unclear:
        request.subjects = slot_subjects(tracker, OCCUPATIONS)  # "and what skills do they need?"
        # "how long is school for it" after "vs my job now?": the job considered, not the one held
        if len(request.subjects) == 2 and not (among or TOGETHER.search(text) or REFERS_TO_SEVERAL.search(text)):
            held_code = held_now(kb, tracker)
            considered = [s for s in request.subjects if s.code != held_code]
            request.subjects = considered if len(considered) == 1 else request.subjects
    # "MN vs WI": places compared; not "compare that with X in the same two metros"
    places_compared = len(request.places) > 1 and places_named and not compared_with(text, entities)
    wanted = 1 if places_compared else registry.by_topic(topic).at_least
    if growth_compared:
        wanted = max(wanted, 2)  # a comparison still, of the two discussed last if one is named
    together = TOGETHER.search(text)
    group = (3 if together.group(0).lower().endswith(("three", "3")) else 2) if together else 0
    counted = bool(together) and together.group(0).lower() != "each"  # "which of those 2", "the two"
    if among:
        wanted = max(wanted, group if counted else discussed_count)
    if together and not named:  # "which of the three", "for each", "both"
        wanted = max(wanted, group)
    elif together and len(named) == 1 and topic == "compare":  # "how do both compare to X": those and X
        wanted = max(wanted, group + 1)
    if len(request.subjects) < wanted and not request.unclear:
        # "which of them pays more?": the occupations discussed last make up the number.
        recent = slot_subjects(tracker, RECENT)
        # not one said not to be meant: "I meant compared to chefs, not cooks"
        unwanted = {x.code for x in request.subjects} | not_meant(kb, text, [s.code for s in recent])
        earlier = [s for s in reversed(recent) if s.code not in unwanted]
        request.subjects = (
            (earlier[: wanted - len(request.subjects)][::-1] + request.subjects)[-wanted:]
            if request.subjects
            else recent[-wanted:]
        )
    alone = len(request.subjects) == 1 and len(request.places) <= 1 and not request.unclear
    if request.topic == "compare" and alone and not COMPARED.search(text):
        # "im in nursing school rn, what do RNs make in texas", read as a comparison; "are they hiring
        # more controllers", after air traffic controllers, its growth
        words_ask = registry.asked_in(request.outside)
        request.topic = words_ask.topic if words_ask and words_ask.topic != "compare" else "pay"
    return request


def read_after_the_classifier(kb, text, entities):
    """The mentions Rasa found, with fields named for the work ("medical coding"), an industry
    compared ("less than hospital"), the driver of what is driven and cities in lower case
    added, and without titles that name no job asked about ("tech jobs", "a criminal justice
    degree")."""
    entities = [item for e in entities for item in titles_listed(kb, text, e)]  # "nurses, teachers": two
    located = [e for e in entities if "start" in e]
    # a title guessed from unknown words ("civil engineering") gives way to the field it is
    guessed = [e for e in located if e.get("entity") == "occupation" and kb.resolve(e["value"]).status == NONE]
    spans = [(e["start"], e["end"]) for e in located if e not in guessed]
    fields = [entity(m) for m in kb.mentions_beside(text, spans)]

    def gives_way(e):  # a guessed title, to a field; a title or place, to a longer one ("a school bus", "kansas city")
        over = [f for f in fields if "start" in e and f["start"] < e["end"] and e["start"] < f["end"]]
        return bool(over) and (e in guessed or over[0]["entity"] == e.get("entity"))

    def qualifies_the_next(e):  # "OTR truckers": a one-word title just before another, a kind of that one
        titles = [o for o in located if o.get("entity") == "occupation"]
        following = [o for o in titles if o["start"] > e["end"] and not text[e["end"] : o["start"]].strip()]
        one_word = len(text[e["start"] : e["end"]].split()) == 1
        return bool(following) and one_word and kb.resolve(following[0]["value"]).status == SURE

    kept = [
        e
        for e in entities
        if not gives_way(e)
        and not (
            e.get("entity") == "occupation"
            and "start" in e
            and (kb.names_no_job(text, e["start"], e["end"]) or qualifies_the_next(e))
        )
    ]
    return sorted(kept + fields, key=lambda e: e.get("start", 0))


def discussed_already(kb, tracker, typed):
    """Whether a title typed is surely one of the occupations just discussed."""
    resolution = kb.resolve(typed) if typed != ALL_OCCUPATIONS else None
    discussed = {s.code for s in slot_subjects(tracker, OCCUPATIONS)}
    return bool(resolution) and resolution.status == SURE and resolution.best.code in discussed


def named_as_discussed(kb, tracker, typed):
    """Whether a title typed names one of the occupations just discussed: surely, or by the
    end of its title ("controllers" after air traffic controllers)."""
    discussed = slot_subjects(tracker, OCCUPATIONS)
    return discussed_already(kb, tracker, typed) or any(ends_the_title(kb, s.code, typed) for s in discussed)


def ends_the_title(kb, code, typed):
    """Whether the words typed end the occupation's title: "controllers", of Air Traffic Controllers."""
    said = words(typed)
    return words(kb.occupation(code).title)[-len(said) :] == said


def titles_listed(kb, text, mention):
    """An occupation mention found across commas, as the titles it lists; any other, as it is."""
    items = (
        "start" in mention
        and mention.get("entity") == "occupation"
        and kb.listed_titles(text, mention["start"], mention["end"])
    )
    return [entity(m) for m in items] if items else [mention]


def elided(kb, tracker, intent, text, entities, after_a_list):
    """'vs electrical', 'what about civil' after mechanical engineers: a word or two that,
    with the last word of the title discussed, name another occupation; as its mention
    (not after a list: "what about healthcare" narrows the list)."""
    discussed = slot_subjects(tracker, OCCUPATIONS)
    # "kindergarten?" alone, whatever the intent
    asks_again = intent in FOLLOW_UPS or VERSUS.match(text) or SWITCH.match(text) or len(text.split()) == 1
    if not discussed or not asks_again or after_a_list or any(e.get("entity") == "occupation" for e in entities):
        return []
    if not kb.knows(discussed[-1].code):
        return []
    # the title's head, before any qualifier: "Teachers" of "Elementary School Teachers, Except Special Education"
    head = kb.occupation(discussed[-1].code).title.split(",")[0].split()[-1].lower()
    rest = blanked(text.lower(), [(e["start"], e["end"]) for e in entities if "start" in e])
    rest = PER_HOUR.sub(lambda m: " " * len(m.group()), rest)  # "per hr?" after paralegals: no HR assistants
    rest = ADD_IT.sub(lambda m: " " * len(m.group()), rest)  # "what about electrical, add that in"
    said = [m for m in re.finditer(r"[a-z]+", rest) if m.group() not in CONNECTIVES | PICKING]
    # "the civil ones", "what about middle school"; not "and pay?", which asks again
    plain = [m for m in said if m.group() not in QUESTION_WORDS]
    for typed in ([said] if plain else []) + [plain]:
        named = " ".join(m.group() for m in typed) + f" {head}"
        resolution = kb.resolve(named) if 1 <= len(typed) <= 2 else None
        if resolution and resolution.status == SURE and resolution.best.code != discussed[-1].code:
            return [{"entity": "occupation", "value": named, "start": typed[0].start(), "end": typed[-1].end()}]
    return []


def compared_with(text, entities):
    """Whether an occupation named follows words that compare it with another ("how does
    that compare with information security analysts")."""
    starts = [e["start"] for e in entities if e.get("entity") == "occupation" and "start" in e]
    return any(COMPARED_WITH.search(text[max(0, start - 30) : start]) for start in starts)


def cited(tracker, entities, text):
    """The topic whose figures a question about sources asks after: the answer just given
    ("which survey are those wage figures from?"), or after a list, an occupation's pay
    ("cite the source for the information security analyst figures"); None: the sources in general."""
    last = tracker.get_slot(TOPIC)
    unit = registry.by_topic(last) if last else None
    named = any(e.get("entity") == "occupation" for e in entities)
    if named and last in ACROSS:  # after a list, one occupation's figures: "where are the electrician numbers from?"
        return "pay" if FIGURES.search(text) else None
    said = registry.asked_in(text)  # "where do these demographic figures come from?" after a comparison
    if said and said.sources and said.topic != "sources" and THOSE_FIGURES.search(text):
        return said.topic
    if unit and unit.sources and (named or THOSE_FIGURES.search(text)):
        return last  # "which survey are those wage figures from?", "where do these figures come from?" after a list
    return "pay" if named and FIGURES.search(text) else None


def elliptical(text, entities):
    """Whether the message only names an occupation, place or industry in a follow-up's
    words ("dallas?", "what about surgical techs", "and in jersey"): it asks the last
    question again, whatever intent the classifier chose."""
    spans = [(e["start"], e["end"]) for e in entities if "start" in e and e.get("entity") != "choice"]
    occupations = [e for e in entities if e.get("entity") == "occupation"]
    if not spans or len(text) > 80 or len(occupations) > 1:  # "electricians vs plumbers" is a new question
        return False
    return all(word in CONNECTIVES for word in re.findall(r"[a-z'.]+", blanked(text, spans).lower()))


def blanked(text, spans):
    """The text with each (start, end) span blanked out: the words around the mentions,
    where they were."""
    return "".join(" " if any(a <= i < b for a, b in spans) else ch for i, ch in enumerate(text))


def joined_titles(kb, named, text):
    """'environmental scientists and specialists': two mentions joined by 'and' that make
    one title, when the second alone names no one occupation."""
    joined = []
    for e in named:
        last = joined[-1] if joined else None
        between = text[last["end"] : e["start"]].strip().lower() if last and "end" in last and "start" in e else None
        whole = text[last["start"] : e["end"]] if between == "and" else None
        if whole and kb.resolve(e["value"]).status != SURE and kb.resolve(whole).status == SURE:
            joined[-1] = {**last, "value": whole, "end": e["end"]}
        else:
            joined.append(e)
    return joined


def not_meant(kb, text, codes):
    """Those of `codes` that the message says it did not mean: "chefs, not cooks"."""
    said = [m.group(1) for m in NOT_MEANT.finditer(text)]
    return {code for typed in said for code in [meant_before(kb, typed, codes)] if code}


def unpublished(kb, text, entities):
    """What a pay question asks that BLS publishes no figure for: one employer's pay ("what
    does google pay swes"), or remote jobs' ("what does a remote coder make")."""
    spans = [(e["start"], e["end"]) for e in entities if "start" in e]
    found = []
    for match in [*EMPLOYER_PAYS.finditer(text), *EMPLOYER_AT.finditer(text)]:
        who = match.group("who")
        named = any(a < match.end("who") and match.start("who") < b for a, b in spans)
        # "at kaiser", "at Deloitte"; not "at home", "at night"
        rare = match.re is EMPLOYER_PAYS or match.group("then") or who[0].isupper() or not is_common(who.lower())
        industry = kb.industry_named(who)  # "do hospitals pay more": an industry, not one employer
        if rare and not named and not industry and not any(kb.resolver.is_title_word(w) for w in words(who)):
            # "cvs", "bmw": short names are initials
            found.append(("employer", who if who[0].isupper() else who.upper() if len(who) <= 3 else who.title()))
    if REMOTE.search(text):
        found.append(("remote", None))
    if FUTURE.search(text):
        found.append(("future", None))
    return found


def one_referred(text):
    """Whether "which" picks a kind of answer about one occupation referred to ("which skills
    does it emphasize?"), not one of those discussed ("which one pays more, is it worth it?")."""
    return bool(ONE_REFERRED.search(text)) and not WHICH_OF_THEM.search(text) and not TOGETHER.search(text)


def negated_mentions(entities, text):
    """The mentions a message names only to say they are not meant: "PT not PA", "Denver, not Texas"."""
    return [e for e in entities if "start" in e and NOT_THIS.search(text[max(0, e["start"] - 15) : e["start"]])]


def place_follow_up(text, entities):
    """Whether a short message names only a place the last question goes on in, whatever the classifier
    guessed: "LA?" read as goodbye, "tucson just for kicks" as thanks, "ok now san jose lol" as a list,
    "we live in oklahoma" as out of scope; not "is it gonna rain in nyc"."""
    if {e.get("entity") for e in entities} != {"place"} or len(text.split()) > SHORT_FOLLOW_UP:
        return False
    first = min(e.get("start", 0) for e in entities)
    before = re.findall(r"[a-z']+", text[:first].lower())
    # "ok then just in california", "ok just in general then, in Arkansas"
    opens = all(w in OPENERS | {"in", "for", "around", "near", "just", "only", "general"} for w in before)
    lives = LIVES_IN.search(text[:first])
    return bool(opens or lives or PLACE_BETTER.search(text)) and not (FAREWELL.search(text) or THANKS.search(text))


def in_scope(kb, tracker, text, entities, intent):
    """Whether a message the classifier took for small talk asks a career question after all:
    it names an occupation, not the person's own ("hi, I'm a nurse" is a greeting), or asks for
    a list of them; or, put out of scope, asks a kind of question about the one discussed
    ("Please also provide the projected percent change"), or corrects the place ("in Spokane,
    not Seattle"). Thanks that mention the pay just given are thanks."""
    occupations = [e for e in entities if e.get("entity") == "occupation"]
    if any(not ("start" in e and own_job(text, e)) for e in occupations) or asks_for_a_list(text):
        return True  # "a client who is detail-oriented... Which occupations might suit her?", read as goodbye
    if kb.major_named(text) and intent == OUT_OF_SCOPE:
        return True  # "my roommate's a chem major, what's out there for her"
    if occupations and registry.asks("career_moves", text):
        return True  # "been driving trucks 15 years... what else is out there for someone like me"
    if not occupations and tracker.get_slot(TOPIC) in LISTS and narrows(text):
        return True  # "i dont have a degree btw" after a list, read as goodbye
    kinds = {e.get("entity") for e in entities}
    discussed = bool(tracker.get_slot(OCCUPATIONS))
    # "in Spokane, not Seattle"; "im in phoenix so what about arizona"
    corrects_place = kinds == {"place"} and discussed and (CORRECTION.search(text) or ABOUT_AGAIN.search(text))
    # "LA?" read as goodbye, "tucson just for kicks" as thanks: a place the last question goes on in
    if discussed and place_follow_up(text, entities):
        return True  # "ok is it better in georgia"
    # "This work have future or no?", read as goodbye: no farewell in it, and a kind of question asked
    unsaid = intent == OUT_OF_SCOPE or (intent == "goodbye" and not FAREWELL.search(text))
    # "whats the top end look like", read as what the assistant can do: pay, of the one discussed
    pay_asked = intent == CAPABILITIES and discussed and registry.asks("pay", text) and not THANKS.search(text)
    return (unsaid and (bool(discussed and registry.asked_in(text)) or bool(corrects_place))) or pay_asked


def respelt(kb, text, entities):
    """The text with typos of everyday words corrected, outside the mentions, which move with
    the words around them."""
    spans = [(e["start"], e["end"]) for e in entities if "start" in e]
    corrected, moved = kb.respelt(text, spans)
    if corrected == text:
        return text, entities
    located = [{**e, "start": moved(e["start"]), "end": moved(e["end"])} if "start" in e else e for e in entities]
    return corrected, located


def set_aside(text, mention):
    """Whether an occupation is named only as one the question is not about: "what can u do
    w a psychology degree besides be a therapist", "careers that use AutoCAD other than architect"."""
    before = text[max(0, mention["start"] - 40) : mention["start"]] if "start" in mention else ""
    # "former teachers", "a former truck driver": teachers once, not a forming machine's operator (kept
    # out of the extractor, whose training masks it so)
    once = "start" in mention and text[mention["start"] : mention["end"]].lower() in ("former", "retired")
    said_not = bool(NOT_ONE.search(before))  # "I'm not a labor market analyst, so keep it simple"
    return mention.get("entity") == "occupation" and (bool(SET_ASIDE.search(before)) or once or said_not)


def industry_alone(kb, tracker, text, entities):
    """The industry a short follow-up names on its own after pay in another ("doctors offices"),
    or after pay ("federal government?" after accountants' pay), or None."""
    after_pay = tracker.get_slot(TOPIC) in PAY_FIGURES and tracker.get_slot(OCCUPATIONS)
    if not (tracker.get_slot(INDUSTRIES) or after_pay) or any(e.get("entity") == "industry" for e in entities):
        return None
    said = re.findall(r"[a-z']+", text.lower())
    # the words after the connectives that open it, longest first: "what about state government"
    while said and said[-1] in CONNECTIVES:  # "doctors offices instead"
        said = said[:-1]
    opening = next((i for i, word in enumerate(said) if word not in CONNECTIVES), len(said))
    rest = [said[i:] for i in range(opening + 1) if 1 <= len(said) - i <= 4]
    naics = next((code for words in rest if (code := kb.industry_named(" ".join(words)))), None)
    return {"entity": "industry", "value": naics} if naics else None


def field_said(text, mention):
    """Whether an industry mention's words also name a field of work ("healthcare")."""
    said = text[mention["start"] : mention["end"]] if "start" in mention else ""
    return bool(criteria.read(said).fields)


def field_named(kb, mention):
    """Whether an occupation mention is something a list is narrowed by, which no one occupation is
    ("tech", "healthcare", "doctoral")."""
    if mention.get("entity") != "occupation" or not isinstance(mention.get("value"), str):
        return False
    read = criteria.read(mention["value"])
    said = words(mention["value"])
    # "jobs that pay over 45k with just a GED": a level of schooling, whatever title has it; not "jobs
    # similar to high school teacher", a title that ends in a job's word
    if read.education or read.education_at_most:
        return not (kb.resolve(mention["value"]).status == SURE and said and kb.resolver.is_title_head(said[-1]))
    return read != Criteria() and kb.resolve(mention["value"]).status != SURE


def narrows(text):
    """Whether a message says something a list can be narrowed by, as a list's follow-up
    ("I also love gardening and being outside", "i dont have a degree btw")."""
    stated = criteria.read(text) != Criteria() or criteria.reorders(text)  # "lol ok now the highest"
    return stated and not Programs.named_in(text)  # "with an animal science degree"


def at_work(text, mention):
    """Whether an industry is where the person works now ("I work in a warehouse and the pay
    is terrible"), not one asked about ("What if I work for the federal government?")."""
    before = text[max(0, mention["start"] - 30) : mention["start"]] if "start" in mention else ""
    return bool(OWN_WORKPLACE.search(before)) and not re.search(r"\bif\b", before, re.I)


def held_job(kb, tracker):
    """The title of the job the person said they hold, in an earlier message ("auto tech in
    iowa, 9 yrs. heard wind turbine techs make good money"), or None: for "vs my job now"."""
    return told_lately(kb, tracker, job_told)


def told_lately(kb, tracker, told):
    """What `told` finds in the person's latest messages, the newest first, or None."""
    said = [e.get("text") for e in tracker.events if e.get("event") == "user"]
    found = (told(kb, text) for text in reversed(said[-MESSAGES_BACK:]) if isinstance(text, str) and text.strip())
    return next((fact for fact in found if fact), None)


@functools.lru_cache(maxsize=10_000)
def job_told(kb, text):
    """The title of the job one message says the person holds, or None; kept, since the same
    messages are read again every turn."""
    found = read_after_the_classifier(kb, text, [entity(m) for m in kb.mentions(text)])
    told = [e for e in found if e.get("entity") == "occupation" and "start" in e]
    # "graphic designer in LA, clients drying up. what are ux designers making": told, then another asked
    question = registry.last_sentence(text)
    asked_after = bool(told and question) and told[-1]["start"] >= text.rfind(question) > told[0]["end"]
    opens = asked_after and not text[: told[0]["start"]].strip()
    held = [e for e in told if own_job(text, e)] or (told[:1] if opens else [])
    return held[0]["value"] if held else None


def home_place(kb, tracker):
    """The place the person said they live or work in, in an earlier message ("hi! im a senior
    in houston"), or None: for "around here"."""
    return told_lately(kb, tracker, place_told)


@functools.lru_cache(maxsize=10_000)
def place_told(kb, text):
    """The place one message says the person is in ("we live near tucson", "im a nurse in ohio"), or None."""
    return next(
        (
            m.value
            for m in kb.mentions(text)
            if m.kind == "place" and LIVES_HERE.search(text[max(0, m.start - 40) : m.start])
        ),
        None,
    )


def held_now(kb, tracker):
    """The code of the job the person holds, when they have said it and it resolves; else None."""
    typed = held_job(kb, tracker)
    resolution = kb.resolve(typed) if typed else None
    return resolution.best.code if resolution and resolution.status == SURE else None


MESSAGES_BACK = 20  # the person's messages looked back through for the job held
# "vs my job now?", "compare to what im making driving", "what would i make as an accountant vs now"
MY_JOB = re.compile(
    r"\b(my (current |old |own )?(job|salary|pay|wage|position|role|paycheck)"
    r"|(what|how much) i('?m| am) (making|paid|earning)"
    r"|(what|how much) i (make|earn|get)( now| currently)|(vs|versus|than|to|with) (right )?now)\b",
    re.I,
)


def own_job(text, mention):
    """Whether a mention names the person's own job: "I've been a teacher for 12 years",
    "Marine here"; not "would I earn more as an accountant than I do now?"."""
    before, after = text[max(0, mention["start"] - 40) : mention["start"]], text[mention["end"] :]
    sentence_before = re.split(r"[.!?]\s+", text[: mention["start"]])[-1]
    if IDENTITY.match(after) and len(sentence_before.split()) <= 2:  # "Navy vet here", "sry pocket. uber driver here"
        return True
    return bool(OWN_JOB.search(before)) and not HYPOTHETICAL.search(before)


def asked_about(kb, entities, text, topic):
    """The occupations the question is about, in order: not the person's own job ("I've
    been a teacher for 12 years. What does an instructional designer make?") when others
    are named, unless the question compares it with one other."""
    named = [e for e in entities if e.get("entity") == "occupation"]
    named = joined_titles(kb, named, text)
    bags = [set(words(e["value"])) for e in named]
    # "the assistants: OT assistants versus PT assistants": an unclear word the other titles spell out
    named = [
        e for e, bag in zip(named, bags) if not any(bag < o for o in bags) or kb.resolve(e["value"]).status == SURE
    ]
    negated = negated_mentions(named, text)
    if negated and len(negated) < len(named):  # "I meant PT not PA"
        named = [e for e in named if e not in negated]
    own = [e for e in named if "start" in e and own_job(text, e)]
    others = len({" ".join(words(e["value"])) for e in named if e not in own})  # "bridging to RN. ...do RNs": one
    # "Tech recruiter here. Median data scientist comp, Seattle vs Austin?": places compared, not jobs
    places_compared = len({e["value"] for e in entities if e.get("entity") == "place"}) > 1
    if own and others and topic != "career_moves" and (topic != "compare" or others >= 2 or places_compared):
        # "I'm a trainer. PT or OT?"
        named = [e for e in named if e not in own]
    question = registry.last_sentence(text)
    asked = [e for e in named if question and e.get("start", -1) >= text.rfind(question)]
    # "dental assistant in salt lake, 4 yrs. xray tech vs sonographer, which pays more here": the two asked
    compared = topic == "compare" and len({" ".join(words(e["value"])) for e in asked}) >= 2
    if asked and (topic not in ("compare", "career_moves") or compared):
        named = asked  # "I'm advising a student interested in electrical work. What do electricians make?"
    return [e["value"] for e in named]


ENTITIES = {"occupation", "place", "industry", "choice"}
MAX_VALUE = 200  # characters: no title, place or code is longer


def well_formed(entity):
    """An entity as the extractor or a button makes it: a known kind, a short text value."""
    return (
        isinstance(entity, dict)
        and entity.get("entity") in ENTITIES
        and isinstance(entity.get("value"), str)
        and 0 < len(entity["value"]) <= MAX_VALUE
    )


def valid_choice(kb, value):
    """A button's value: an occupation's code, or a quiz answer naming an interest area."""
    area = value.split(":", 1)[1] if value.startswith("quiz:") else None
    return area in INTEREST_AREAS if area is not None else kb.knows(value.split("|")[0])


def across(kb, text, whole=None):
    """The question across occupations a message asks, whatever its intent: a major's jobs,
    a technology's, or a list; None for none. A major named earlier in the `whole` message
    is the one a plain last question asks about ("...with a history degree... what jobs are there")."""
    plain = whole and LISTED.search(text) and criteria.read(text) == Criteria()  # "what jobs are there"
    if kb.major_named(text) or (plain and kb.major_named(whole)):
        return "majors"
    if kb.technologies.named_in(text) and kb.technologies.asked_for(text):
        return "technology"
    return "list" if asks_for_a_list(text) else None


def one_published_group(kb, resolution):
    """Whether the occupations a title most likely means all get their pay from one
    published figure (a group BLS publishes together), so the answer is the same."""
    best = resolution.best
    close = [c for c in resolution.candidates if best and c.confidence >= best.confidence / 2]
    if len(close) < 2:
        return False
    published = {getattr(kb.pay(c.code).wages, "soc_code", None) for c in close}
    return len(published) == 1 and None not in published


def qualified(kb, text, typed, named):
    """The occupation an unclear title means by the words beside it in its sentence ("like a
    counselor, the mental health kind"), none of them another title `named`: the one title a
    word or two of the sentence make with it, or None."""
    at = text.lower().find(typed.lower())
    if at < 0:
        return None
    sentence = re.split(r"[.!?]", text[:at])[-1] + " " + re.split(r"[.!?]", text[at + len(typed) :])[0]
    taken = {w for other in named for w in re.findall(r"[a-z]+", other.lower())}
    beside = [w for w in re.findall(r"[a-z]+", sentence.lower()) if w not in QUESTION_WORDS | taken]
    found = set()
    for n in (1, 2):
        for i in range(len(beside) - n + 1):
            key = " ".join(words(" ".join(beside[i : i + n]) + " " + typed))
            resolution = kb.resolve(key) if kb.resolver.is_title(key) else None
            if resolution and resolution.status == SURE:
                found.add(resolution.best.code)
    return found.pop() if len(found) == 1 else None


def offered(kb, resolution, discussed, kin):
    """The occupations a sure title was only likely to mean instead, where the conversation
    points to them: "a laborer" after construction laborers, or beside roofers and
    ironworkers, is a construction laborer, though hand laborers are more."""
    if words(kb.occupation(resolution.best.code).title) == words(resolution.text):
        return []  # "electricians" after their helpers
    offered = [a.code for a in resolution.alternatives]
    fields = {code[:2] for code in kin}
    kindred = [c for c in offered if len(kin) > 1 and fields == {c[:2]} != {resolution.best.code[:2]}]
    # "are they hiring more controllers" after air traffic controllers: the end of that one's title
    return [c for c in discussed if c in offered or ends_the_title(kb, c, resolution.text)] + kindred


def named_beside(kb, resolution, typed, resolutions):
    """The one meaning of an ambiguous title whose official title holds a word of a title named
    beside it ("school" of "school counselor", for "social worker"), or None; not the other itself."""
    others = [r for other, r in resolutions.items() if other != typed]
    kin = {w for r in others for w in words(r.text)} - set(words(typed)) - FILLER
    kin = {w for w in kin if not kb.resolver.is_title_head(w)}  # "school", not "tech" or "worker"
    taken = {r.best.code for r in others if r.best}
    fitting = [
        c.code for c in resolution.candidates if c.code not in taken and kin & set(words(kb.occupation(c.code).title))
    ]
    return fitting[0] if len(set(fitting)) == 1 else None


def meant_before(kb, typed, codes):
    """The occupation discussed earlier whose title holds every word typed, or None."""
    wanted = set(words(typed))
    return next((code for code in reversed(codes) if wanted <= set(words(kb.occupation(code).title))), None)


def asked_sentence(text, at):
    """Whether the character at `at` is in the one sentence of several that asks ("?")."""
    sentences = [m for m in re.finditer(r"[^.!?]+[.!?]*", text) if m.group().strip()]
    asking = [m for m in sentences if m.group().rstrip().endswith("?")]
    return len(sentences) > 1 and len(asking) == 1 and asking[0].start() <= at < asking[0].end()


def read_places(kb, tracker, entities, text, carries_on):
    """The places asked about: those named, else (in a follow-up, or a question about the
    occupations already discussed) the earlier ones; "vs texas?" adds one to them.
    [] is the nation."""
    places = [e for e in entities if e.get("entity") == "place"]
    not_these = negated_mentions(places, text)
    meant = [e for e in places if e not in not_these]
    # "I'm a counselor in eastern Kentucky... Could you show me occupations in Kentucky...?": the question's
    asked = [e for e in meant if "start" in e and asked_sentence(text, e["start"])]
    named = list(dict.fromkeys(e["value"] for e in asked or meant or places))  # "Spokane, not Seattle"
    earlier = tracker.get_slot(PLACES) or []
    nationally = NATIONAL.search(text)
    # "vs the national number" after electricians in Denver: both; not two occupations compared, twice over
    one = len(tracker.get_slot(OCCUPATIONS) or []) == 1 and not any(e.get("entity") == "occupation" for e in entities)
    if nationally and not named and carries_on and earlier and one and NATION_ADDED.search(text[: nationally.start()]):
        return earlier + [NATION.name]
    if nationally:
        return named + [NATION.name] if named else []  # "nationally and in Texas": both
    if STATEWIDE.search(text) and not named and earlier:  # "whats the statewide number" after Spokane
        return list(dict.fromkeys(state_of(p) for p in earlier))
    if not named and HERE.search(text) and not earlier:
        home = home_place(kb, tracker)  # "how much do teachers make around here" after "im a senior in houston"
        return [home] if home else []
    if not named:
        return earlier if carries_on or THERE.search(text) else []
    first = min((e["start"] for e in entities if e.get("entity") == "place" and "start" in e), default=0)
    adds = any(m.start() < first for m in ADDS_A_PLACE.finditer(text))  # "vs texas?"; not "MN vs WI"
    if carries_on and earlier and adds:
        return earlier + [p for p in named if p not in earlier]
    # not "welding ... HVAC. Which of those two pays better here in Ohio?", a question about two jobs
    asks_of_others = sum(e.get("entity") == "occupation" for e in entities) > 1
    if carries_on and len(named) == 1 and PLACE_BETTER.search(text) and not asks_of_others:
        # "vegas pays more or less?" after Phoenix
        return [p for p in earlier or [NATION.name] if p not in named] + named
    if len(named) == 1 and earlier and CORRECTION.search(text):
        return [namesake(kb, earlier[-1], named[0]) or named[0]]  # "wrong portland, i meant the oregon one"
    return named


def namesake(kb, area, state):
    """The metro area of the same first city as `area` in `state` (Portland, Oregon's after
    Portland, Maine's), or None."""
    city = area.split(",")[0].split("-")[0]
    found = [m.value for m in kb.mentions(f"{city} {state}") if m.kind == "place"]
    return found[0] if len(found) == 1 and found[0] not in (area, state) else None


def other_places(entities):
    """Other areas of the same name as the first place named ("Portland", Maine's)."""
    return next((list(e.get("others") or []) for e in entities if e.get("entity") == "place"), [])


def slot_subjects(tracker, slot):
    """The occupations kept in a slot: `occupations` (being discussed), `recent`, or
    `pending` (resolved before the bot asked which one was meant)."""
    return [Subject.decode(s) for s in tracker.get_slot(slot) or []]


PICKING = set("the one ones i mean meant guess think probably prob maybe that this kind type job jobs".split())


def picked_by_words(kb, text, entities, codes):
    """The one of `codes` whose title holds every other word typed ("mechanical" after
    "engineer", "the software one"), or None: only for a few words, naming one of them."""
    rest = blanked(text, [(e["start"], e["end"]) for e in entities if "start" in e])
    typed = set(words(rest)) - PICKING - CONNECTIVES
    if not typed or len(typed) > 3 or len(rest.split()) > 5:
        return None
    known = [code for code in dict.fromkeys(codes) if kb.knows(code)]
    titles = {code: set(words(kb.occupation(code).title)) for code in known}
    matches = [code for code in known if typed <= titles[code]]
    # of several, the one the words say most of: "physical" is Physical Therapists, not their assistants
    fewest = min((len(titles[code]) for code in matches), default=0)
    closest = [code for code in matches if len(titles[code]) == fewest]
    return closest[0] if len(closest) == 1 else None


def one_not_offered(kb, text, choices):
    """'marriage and family ones' after "therapists" offered physical, occupational...: the
    words typed with the offered titles' last word name another occupation; its code, or None."""
    typed = [w for w in re.findall(r"[a-z]+", text.lower()) if w not in PICKING | CONNECTIVES]
    offered = [kb.occupation(code).title for code in choices if kb.knows(code)]
    if not typed or len(typed) > 3 or not offered:
        return None
    # the offered titles' last two words, then their last: "the hospital kind" of "social workers";
    # then before any qualifier: "high school" of "Elementary School Teachers, Except Special Education"
    for titles in ([t.split() for t in offered], [t.split(",")[0].split() for t in offered]):
        for n in (2, 1):
            head = Counter(" ".join(t[-n:]) for t in titles if len(t) > n).most_common(1)
            shared = head and head[0][1] * 2 >= len(titles)  # by most of them: not "Therapist Assistants"
            resolution = kb.resolve(" ".join(typed + [head[0][0]])) if shared else None
            if resolution and resolution.status == SURE:
                return resolution.best.code
    return None


def ordinal(text, choices):
    words = re.findall(r"[a-z0-9]+", text.lower())
    for before, word, after in zip([None] + words, words, words[1:] + [None]):
        if len(words) > 8 and after != "one":
            continue  # in a longer question, only "the 2nd one, what does it pay in virginia"
        if word.isdigit() and not (len(words) == 1 or before in ("the", "number", "no", "option", "choice")):
            continue  # "which 1 pays more" picks nothing; "only job zone 2" narrows a list
        if word.isdigit() and TOGETHER.search(text) and after != "one":
            continue  # "which of the 3 has the best growth": all three
        if word == "top" and after != "one":
            continue  # "top 10%", "top paying": no pick
        if word in ORDINALS and -len(choices) <= ORDINALS[word] < len(choices):
            return choices[ORDINALS[word]]
    return None
