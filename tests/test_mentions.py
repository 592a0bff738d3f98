"""Finding occupations and places in whole messages (knowledge.mentions)."""

import pytest

from knowledge.places import metro_cities


def named(kb, message):
    return [(m.kind, m.text) for m in kb.mentions(message)]


@pytest.mark.parametrize(
    "message,expected",
    [
        (
            "which pays more, a program support technician or a customer support technician?",
            [("occupation", "program support technician"), ("occupation", "customer support technician")],
        ),
        ("how much do electrisions make in the Denver area?", [("occupation", "electrisions"), ("place", "Denver")]),
        ("electricians vs plumbers", [("occupation", "electricians"), ("occupation", "plumbers")]),
        ("nurse v teacher pay", [("occupation", "nurse"), ("occupation", "teacher")]),
        (
            "how much do kindergarten teachers make in New York City",
            [("occupation", "kindergarten teachers"), ("place", "New York City")],
        ),
        (
            "difference between customer support and technical support technician",
            [("occupation", "customer support technician"), ("occupation", "technical support technician")],
        ),
        ("what companies pay customer support technicians the most", [("occupation", "customer support technicians")]),
        ("how much does a PA make in PA", [("occupation", "PA"), ("place", "PA")]),
        ("what about in Florida?", [("place", "Florida")]),
        ("and what skills do they need?", []),
        ("which of them pays more?", []),
        ("what DO they earn", []),
        ("Sorry, I meant brokers, not agents.", [("occupation", "brokers")]),  # a correction's support
        ("rn", [("occupation", "rn")]),  # a short form in lower case, as the whole message
        ("rn, how much do nurses make", [("occupation", "nurses")]),  # "right now" otherwise
        ("I'm taking online courses. What does an analyst make?", [("occupation", "analyst")]),  # no Taker
        ("how old are pharmacists", [("occupation", "pharmacists")]),  # who works in it asks about a job too
        ("the Phoenix area, since that's where my sister lives", [("place", "Phoenix")]),  # one's own sister
        ("i like working with my hands, what jobs fit", []),
        ("rn pay tx", [("occupation", "rn"), ("place", "tx")]),  # short forms in lower case, before a career word
        ("pt vs ot pay", [("occupation", "pt"), ("occupation", "ot")]),
        ("median wage all occs", [("occupation", "all occs")]),
        ("im a cna rn. thinking about dental hygiene", [("occupation", "cna"), ("occupation", "dental hygiene")]),
    ],
)
def test_mentions_in_messages(kb, message, expected):
    assert named(kb, message) == expected


def test_a_vet_is_a_veterinarian_unless_a_word_follows(kb):
    assert kb.resolve("vets").best.code == "29-1131.00"
    assert kb.resolve("equine vet").best.code == "29-1131.00"
    assert kb.resolve("vet tech").best.code.startswith("29-2056")
    assert named(kb, "wat about actual vets") == [("occupation", "vets")]  # after "vet techs"


def test_a_word_written_as_one_that_titles_write_as_two(kb):
    assert named(kb, "vs xray techs?") == [("occupation", "xray techs")]
    assert named(kb, "a coworker says") == []  # an everyday word, not "CO Worker"
    assert kb.resolve("xray techs").best.code == "29-2034.00"  # X-Ray Technician, a radiologic technologist


def test_a_verb_with_its_object_and_a_level_of_schooling_are_no_titles(kb):
    assert named(kb, "I've been home raising my kids for years") == []
    assert named(kb, "jobs needing at most a postsecondary nondegree award") == []


def test_a_short_form_ending_a_question_and_a_misspelt_plural(kb):
    assert named(kb, "how many yrs of school is np") == [("occupation", "np")]
    assert named(kb, "im a cna rn") == [("occupation", "cna")]  # "rn": right now
    assert kb.resolve("dental asistants").best.code == "31-9091.00"


def test_a_lower_case_state_that_is_a_word_after_pay(kb):
    assert named(kb, "crane operator pay co") == [("occupation", "crane operator"), ("place", "co")]
    assert named(kb, "how much would they pay me") == []


def test_a_degree_in_a_field_is_no_industry(kb):
    assert named(kb, "I already have a master's in education") == []
    assert named(kb, "teachers in education") == [("occupation", "teachers"), ("industry", "education")]


def test_places_carry_their_name_in_the_data(kb):
    places = [m.value for m in kb.mentions("nurse pay in NYC vs in the bay area vs in TX") if m.kind == "place"]
    assert places == ["New York-Newark-Jersey City, NY-NJ", "San Francisco-Oakland-Fremont, CA", "Texas"]


def test_words_that_are_no_title_are_offered_as_a_guess(kb):
    [guess] = kb.mentions("how much does a dragon tamer make?")
    assert (guess.text, guess.known) == ("dragon tamer", False)


@pytest.mark.parametrize("message", ["", "x" * 20_000, "🙂🙂🙂", "\x00\x1b[31m", None, "'; DROP TABLE titles; --"])
def test_bad_input_finds_nothing_known(kb, message):
    assert all(not m.known or m.kind == "place" for m in kb.mentions(message))


@pytest.mark.parametrize(
    "message,places",
    [
        ("elctrician slary flordia", ["Florida"]),  # misspelt
        ("electrician pay in pensylvania", ["Pennsylvania"]),
        ("nurse pay in cali", ["California"]),  # nicknames
        ("and in jersey", ["New Jersey"]),
        ("welder pay ohio?", ["Ohio"]),
        ("in tx", ["Texas"]),  # a postal code in lower case after a preposition
        ("nurse pay NY", ["New York"]),
        ("MN vs WI", ["Minnesota", "Wisconsin"]),  # two places
        ("RN pay Texas vs California", ["Texas", "California"]),
        ("in the bay area", ["San Francisco-Oakland-Fremont, CA"]),  # metro areas by name people use
        ("what about Houston?", ["Houston-Pasadena-The Woodlands, TX"]),
        ("how about in the DMV", ["Washington-Arlington-Alexandria, DC-VA-MD-WV"]),
        ("I meant Portland Oregon", ["Portland-Vancouver-Hillsboro, OR-WA"]),  # a city narrowed by its state
        ("Portland ME", ["Portland-South Portland, ME"]),
        ("in Mobile", ["Mobile, AL"]),
        ("my jersey is red", []),  # everyday words
        ("i go to college", []),
        ("Reading is fun", []),
        ("boston specifically", ["Boston-Cambridge-Newton, MA-NH"]),  # a title word, but a follow-up naming a city
        ("need college?", []),  # Fairbanks-College's second city
        ("or maybe not", []),
        ("mn pay", ["Minnesota"]),  # a postal code before a career word
        ("cdl driver pay houston", ["Houston-Pasadena-The Woodlands, TX"]),  # a city after one
        ("houston we have a problem", []),
        ("is that more than pittsburgh", ["Pittsburgh, PA"]),
        ("commuting into DC", ["Washington-Arlington-Alexandria, DC-VA-MD-WV"]),  # not a chiropractor
        ("I meant portland oregon", ["Portland-Vancouver-Hillsboro, OR-WA"]),  # in lower case too
        ("welders in louisville ky", ["Louisville/Jefferson County, KY-IN"]),
        ("welder pay wyoming", ["Wyoming"]),  # the state, not Grand Rapids-Wyoming-Kentwood, MI
        ("RNs in the Dallas-Fort Worth metro", ["Dallas-Fort Worth-Arlington, TX"]),  # as the official name runs
        ("RNs in DFW?", ["Dallas-Fort Worth-Arlington, TX"]),
        ("marine wife at camp lejeune (jacksonville nc). what do cooks make", ["Jacksonville, NC"]),  # with its state
        ("jobs in mobile home sales", []),
        ("infosec analyst salary dc area", ["Washington-Arlington-Alexandria, DC-VA-MD-WV"]),  # before "area"
        ("diesel mechanic pay in indy", ["Indianapolis-Carmel-Greenwood, IN"]),  # metro areas' short names
        ("barber pay in jax fl", ["Jacksonville, FL"]),
        ("civil eng pay in sac", ["Sacramento-Roseville-Folsom, CA"]),
        ("in la", ["Los Angeles-Long Beach-Anaheim, CA"]),  # codes that are no English word, after "in"
        ("what do welders make in pa", ["Pennsylvania"]),
        ("habla en la casa", []),
        ("what about in cincy", ["Cincinnati, OH-KY-IN"]),
        ("nurse pay in the triangle", ["Raleigh-Cary, NC"]),
        ("PA or MN", ["Pennsylvania", "Minnesota"]),  # "PA" opening places joined
        ("PA vs OT salary", []),  # and titles joined: physician assistants
    ],
)
def test_places_as_people_say_them(kb, message, places):
    assert [m.value for m in kb.mentions(message) if m.kind == "place"] == places


def read(kb, message):
    """Mentions as the action has them: those the classifier saw, and those read beside them
    after it (a longer one in place of one it covers)."""
    found = kb.mentions(message)
    beside = kb.mentions_beside(message, [(m.start, m.end) for m in found])
    kept = [m for m in found if not any(b.kind == m.kind and b.start < m.end and m.start < b.end for b in beside)]
    return sorted(kept + beside, key=lambda m: m.start)


@pytest.mark.parametrize(
    "message,places",
    [
        ("nurse pay in boston", ["Boston-Cambridge-Newton, MA-NH"]),  # a large city, in lower case
        ("nurses in kansas city", ["Kansas City, MO-KS"]),  # the city, not the state
        ("rn salary oklahoma city", ["Oklahoma City, OK"]),
        ("wat about columbus thats where i live", ["Columbus, OH"]),
        ("and up here in northwest iowa", ["Northwest Iowa nonmetropolitan area"]),  # a rural area by its name
        ("nurses in eastern ky", ["East Kentucky nonmetropolitan area"]),
        ("working at a state college", []),
        ("jobs in mobile home sales", []),
        # a place that opens a short follow-up
        ("tucson just for kicks", ["Tucson, AZ"]),
        ("vegas pays more or less?", ["Las Vegas-Henderson-North Las Vegas, NV"]),
        ("ok now san jose lol", ["San Jose-Sunnyvale-Santa Clara, CA"]),
        ("LA?", ["Los Angeles-Long Beach-Anaheim, CA"]),
        ("houston is closer to family, numbers there?", ["Houston-Pasadena-The Woodlands, TX"]),  # no Closer
        ("reading just for fun", []),
        ("OK so", []),  # no Oklahoma
        ("forklift pay in the inland empire", ["Riverside-San Bernardino-Ontario, CA"]),
    ],
)
def test_cities_in_lower_case_are_read_after_the_classifier(kb, message, places):
    assert [m.value for m in read(kb, message) if m.kind == "place"] == places


def test_a_city_in_lower_case_supports_a_title_beside_it(kb):
    assert [(m.kind, m.text) for m in read(kb, "nurses in grand rapids")] == [
        ("occupation", "nurses"),
        ("place", "grand rapids"),
    ]


def test_every_metro_area_by_its_first_city_after_in(kb):
    """In lower case, as people type: a city of several words, or a large one; a city
    that is an everyday word ('mobile', 'reading') needs its capital."""
    finder = kb.mention_finder
    missed = []
    for (area,) in kb.db.execute("SELECT name FROM areas WHERE area_type = 'M' AND name NOT LIKE '%nonmetropolitan%'"):
        city = metro_cities(area)[0]
        everyday = " " not in city and not finder.gazetteer.major_city(city) and kb.resolver.is_title_word(city.lower())
        typed = city if everyday else city.lower()
        places = [m for m in read(kb, f"what do nurses make in {typed}") if m.kind == "place"]
        if not places or area not in (places[0].value, *places[0].others):
            missed.append(area)
    # an O*NET title of its own: "LAc" (an acupuncturist's)
    assert missed == ["Fond du Lac, WI"]


def test_an_ambiguous_city_means_the_larger_and_names_the_others(kb):
    [portland] = [m for m in kb.mentions("nurse pay in portland") if m.kind == "place"]
    assert portland.value == "Portland-Vancouver-Hillsboro, OR-WA"
    assert portland.others == ("Portland-South Portland, ME",)


def test_a_title_that_starts_with_a_place_name_stays_a_title(kb):
    assert named(kb, "how much does a Mobile Home Lot Utility Worker make") == [
        ("occupation", "Mobile Home Lot Utility Worker")
    ]


@pytest.mark.parametrize(
    "message,places",
    [
        ("dallas?", ["Dallas-Fort Worth-Arlington, TX"]),
        ("fl", ["Florida"]),
        ("LA area?", ["Los Angeles-Long Beach-Anaheim, CA"]),
        ("OK", []),
        ("nm u", []),
    ],
)
def test_a_follow_up_naming_only_a_place(kb, message, places):
    assert [m.value for m in kb.mentions(message) if m.kind == "place"] == places


@pytest.mark.parametrize(
    "message,found",
    [
        ("accountants in the federal government", [("occupation", "accountants"), ("industry", "999101")]),
        ("nurses at hospitals", [("occupation", "nurses"), ("industry", "622000")]),
        (
            "And for software developers in the Seattle metro area?",  # no industry "software" here
            [("occupation", "software developers"), ("place", "Seattle-Tacoma-Bellevue, WA")],
        ),
        ("cdl driver salary tx", [("occupation", "cdl driver"), ("place", "Texas")]),
        ("electrician pay PA", [("occupation", "electrician"), ("place", "Pennsylvania")]),  # PA after "pay"
        ("what does a PA make", [("occupation", "PA")]),
        ("which pays more, pharmacist or PA?", [("occupation", "pharmacist"), ("occupation", "PA")]),  # titles joined
        ("nurse pay MN or PA", [("occupation", "nurse"), ("place", "Minnesota"), ("place", "Pennsylvania")]),
        ("And if they worked for the state?", [("industry", "999201")]),  # an employer after "for"
        ("best paying jobs in the state", []),  # a place, not the state government
        ("I mean commercial pilots, like charter flights", [("occupation", "commercial pilots")]),
        ("what skills would I need to pick up for the analyst side", [("occupation", "analyst")]),
        ("manager pay?", [("occupation", "manager")]),  # a family, asked back
    ],
)
def test_industries_and_places_beside_titles(kb, message, found):
    assert [(m.kind, m.text if m.kind == "occupation" else m.value) for m in kb.mentions(message)] == found


@pytest.mark.parametrize(
    "message,worker",
    [
        ("is graphic design a good career or nah", "graphic designer"),
        ("is welding a good career", "welder"),
        ("thinking about a career in accounting", "accountant"),
        ("is physical therapy a good career?", "physical therapist"),
        ("I'm thinking about dental hygiene since I like people. Pay?", "dental hygienist"),
        ("is coding a good career", None),  # programming to most people; "Coder" is a medical coder to O*NET
        ("is it a good career", None),
        ("is teaching a good profession", None),  # teachers of many kinds: asked back, not guessed
    ],
)
def test_a_field_asked_about_as_a_career_is_its_workers(kb, message, worker):
    assert [m.value for m in kb.mentions(message) if m.kind == "occupation"] == ([worker] if worker else [])


ENGINEERS = ["mechanical engineer", "civil engineer", "electrical engineer"]


@pytest.mark.parametrize(
    "message,workers",
    [
        ("civil engineering pay", ["civil engineer"]),
        ("mechanical vs electrical engineering salary", ["mechanical engineer", "electrical engineer"]),
        ("looking at medical coding so i can work around my kids schedule", ["medical coder"]),
        ("truck driving pay", ["truck driver"]),
        ("I love cooking and baking", []),  # one word is left to the sentence
        ("what about bookkeeping", ["bookkeeper"]),  # unless it follows "about", "into", "in"...
        ("Several students have asked about dental hygiene. What are the entry requirements?", ["dental hygienist"]),
        ("what can i do with a computer science degree", []),  # a major
        ("im in plumbing school rn", []),  # the person's own schooling
        # a program named for its field, in a question comparing two
        ("the dental hygiene program or the radiography program?", ["dental hygienist", "radiographer"]),
        ("he wants welding school, his friend HVAC. which of those two pays better", ["welder", "hvac technician"]),
        ("hvac growth?", ["hvac technician"]),  # a field said for its job
        ("my prof says cybersecurity is where its at", ["information security analyst"]),
        ("how does that compare to help desk", ["help desk technician"]),
        ("is HR a growing field tho", ["human resources specialist"]),
        ("it pays $30/hr", []),
        ("I did customer service training for years", []),  # no title of a worker
        ("A student asked me about speech-language pathology. What degree?", ["speech-language pathologist"]),
        # the head borrowed along a chain, and over commas
        ("mechanical vs civil vs electrical engineering", ENGINEERS),
        ("how long is cosmetology school", ["cosmetologist"]),  # a program asked about
        ("choosing between nursing and pharmacy school. salaries?", ["nurse", "pharmacist"]),
        ("used to do bookkeeping. or go back to school for accounting?", ["bookkeeper", "accountant"]),
        ("waitlisted for the nursing program. what other medical jobs", []),  # a list question
        ("what about infosec", ["information security analyst"]),
        ("mechanical, civil or electrical engineering pay", ENGINEERS),
    ],
)
def test_a_field_of_two_words_named_for_the_work_is_its_workers(kb, message, workers):
    found = [(m.start, m.end) for m in kb.mentions(message) if m.known]  # "civil engineering" is a guess
    assert [m.value for m in kb.mentions_beside(message, found)] == workers


def test_a_state_code_that_starts_a_title_is_the_title(kb):
    assert named(kb, "how much do PR specialists make") == [("occupation", "PR specialists")]
    assert named(kb, "nurse pay PR") == [("occupation", "nurse"), ("place", "PR")]


def test_a_title_before_jobs_degree_or_certificate_names_no_job(kb):
    assert kb.names_no_job("which tech jobs r growing the fastest", 6, 10)
    assert kb.names_no_job("what engineer careers in ohio pay over 100k", 5, 13)
    assert kb.names_no_job("which of the tech ones dont need a 4 year degree", 13, 17)
    assert kb.names_no_job("what can you do with a criminal justice degree", 23, 39)
    assert kb.names_no_job("jobs whose entry requirement is a postsecondary certificate", 34, 47)
    assert kb.names_no_job("what law enforcement type jobs pay the best", 5, 20)
    assert kb.names_no_job("how do i get into it, im a vet with no college", 27, 30)  # a veteran
    assert kb.names_no_job("which has more jobs coming in the next decade", 20, 26)  # no "COM"
    assert not kb.names_no_job("how much do vets make", 12, 16)
    assert not kb.names_no_job("tech salary", 0, 4)  # one of the family, asked back
    assert not kb.names_no_job("welder jobs in ohio", 0, 6)  # one occupation's jobs


@pytest.mark.parametrize(
    "message,found",
    [
        # a sentence ends between two titles: the second alone
        ("i work caregiver. home health aide how much?", [("occupation", "home health aide")]),
        ("how much do school counsellors make", [("occupation", "school counsellors")]),  # British spelling
        ("what's the medium salary for a court reporter", [("occupation", "court reporter")]),  # the median
        # the driver of what is driven (read after the classifier)
        ("my neighbor drives a school bus in michigan", [("occupation", "school bus driver"), ("place", "Michigan")]),
        ("i drive trucks for a living", [("occupation", "truck driver")]),
        ("landscaping pay", [("occupation", "landscaper")]),  # a field, before a pay word
        ("thats kinda low ngl. paramedics?", [("occupation", "paramedics")]),  # asked on its own
        ("Is tax preparation a growing field?", [("occupation", "tax preparer")]),
        ("what do people make, all jobs lumped together", [("occupation", "00-0000")]),  # no Lumper
        ("im kinda scared of heights lol is that a dealbreaker", []),  # two everyday words, no "Debeaker"
        (
            "what do plumbers make alla en houston",
            [("occupation", "plumbers"), ("place", "Houston-Pasadena-The Woodlands, TX")],
        ),
        ("diesel mech vs auto mech pay", [("occupation", "diesel mech"), ("occupation", "auto mech")]),
        ("do I need prior work experience to get hired", []),  # no Prior
        ("i work in a warehouse rn and want more pay", [("industry", "493000")]),  # "rn": right now
        ("honolulu?", [("place", "Urban Honolulu, HI")]),
        ("im a vet with no colege", [("occupation", "vet")]),  # no Fairbanks-College: a misspelt everyday word
        ("what about phlebotomy", [("occupation", "phlebotomist")]),  # a field no everyday English uses
        ("either CNA or phlebotomy, which pays better", [("occupation", "CNA"), ("occupation", "phlebotomist")]),
        ("whats phlebotomy hourly in ohio", [("occupation", "phlebotomist"), ("place", "Ohio")]),
        ("pharmacists instead", [("occupation", "pharmacists")]),  # read after the classifier
        # an everyday word that ends titles, listed beside one (read after the classifier)
        (
            "compare nurses, electricians and plumbers",
            [("occupation", w) for w in ("nurses", "electricians", "plumbers")],
        ),
    ],
)
def test_jobs_as_people_say_them(kb, message, found):
    assert [(m.kind, m.value or m.text) for m in read(kb, message)] == found


@pytest.mark.parametrize(
    "message,industry",
    [
        ("do they make more at the power company", "221100"),
        ("do they get paid more at actual software companies", "513200"),  # a word that does not change it
        ("at the big passenger airlines", "481100"),
        ("do hospitals pay coders more than average?", "622000"),  # the industry paying, read after the classifier
        ("what do welders get at the shipyards", "336600"),
    ],
)
def test_industries_as_people_say_them(kb, message, industry):
    assert [m.value for m in read(kb, message) if m.kind == "industry"] == [industry]


def test_titles_found_across_commas_are_the_titles_listed(kb):
    message = "compare nurses, teachers and electricians"  # found as one Nurse Teacher
    assert [m.text for m in kb.mentions(message)] == ["nurses, teachers", "electricians"]
    assert [m.text for m in kb.listed_titles(message, 8, 24)] == ["nurses", "teachers"]
    assert kb.listed_titles("I meant the ones who fix cars, auto mechanics", 25, 45) is None


@pytest.mark.parametrize(
    "typed,code",
    [("diesel mech", "49-3031"), ("auto mech", "49-3023"), ("mech engr", "17-2141"), ("env scientist", "19-2041")],
)
def test_short_forms_read_by_their_place_in_the_title(kb, typed, code):
    assert kb.resolve(typed).best.soc_code == code


@pytest.mark.parametrize(
    "message,found",
    [
        ("paralegal va vs md", [("occupation", "paralegal"), ("place", "va"), ("place", "md")]),
        ("rn pay cali vs tx vs ny", [("occupation", "rn"), ("place", "cali"), ("place", "tx"), ("place", "ny")]),
        ("cops chicago", [("occupation", "cops"), ("place", "chicago")]),
        ("programmers are shrinking right?", [("occupation", "programmers")]),
        ("accountants top 10% nyc", [("occupation", "accountants"), ("place", "nyc")]),
        # a name, a person: no Virginia, no colleges
        ("an offer at a VA medical center for $38k", []),
        (
            "is customer support technician a decent job for a college student",
            [("occupation", "customer support technician")],
        ),
    ],
)
def test_places_and_workers_read_after_the_classifier(kb, message, found):
    assert [(m.kind, m.text) for m in read(kb, message)] == found


@pytest.mark.parametrize("message", ["users are angry", "my parents are worried", "prices are high", "ok vs tx"])
def test_ordinary_subjects_and_words_are_no_mentions(kb, message):
    assert [m for m in read(kb, message) if m.kind == "occupation"] == []
