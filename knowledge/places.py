"""Names of places people ask about, mapped to OEWS areas."""

import re

STATES = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "DC": "District of Columbia",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
    "PR": "Puerto Rico",
    "GU": "Guam",
    "VI": "Virgin Islands",
}

# Short names people use for places, beyond state names and metro areas' cities: the
# metro area's name starts with the text given.
PLACE_ALIASES = {
    "nyc": "New York-Newark-Jersey City",
    "new york city": "New York-Newark-Jersey City",
    "the big apple": "New York-Newark-Jersey City",
    "la": "Los Angeles-Long Beach-Anaheim",
    "socal": "Los Angeles-Long Beach-Anaheim",
    "sf": "San Francisco-Oakland-Fremont",
    "bay area": "San Francisco-Oakland-Fremont",
    "silicon valley": "San Jose-Sunnyvale-Santa Clara",
    "dc": "Washington-Arlington-Alexandria",
    "washington dc": "Washington-Arlington-Alexandria",
    "d c": "Washington-Arlington-Alexandria",
    "dmv": "Washington-Arlington-Alexandria",
    "philly": "Philadelphia-Camden-Wilmington",
    "vegas": "Las Vegas-Henderson-North Las Vegas",
    "nola": "New Orleans-Metairie",
    "atl": "Atlanta-Sandy Springs-Roswell",
    "chi town": "Chicago-Naperville-Elgin",
    "motor city": "Detroit-Warren-Dearborn",
    "twin cities": "Minneapolis-St. Paul-Bloomington",
    "dfw": "Dallas-Fort Worth-Arlington",
    "chicagoland": "Chicago-Naperville-Elgin",
    "the metroplex": "Dallas-Fort Worth-Arlington",
    "kc": "Kansas City",
    "okc": "Oklahoma City",
    "slc": "Salt Lake City",
    "salt lake": "Salt Lake City",
    "stl": "St. Louis",
    "phx": "Phoenix-Mesa-Chandler",
    "pdx": "Portland-Vancouver-Hillsboro",
    "inland empire": "Riverside-San Bernardino-Ontario",
    "indy": "Indianapolis-Carmel-Greenwood",
    "jax": "Jacksonville, FL",
    "sac": "Sacramento-Roseville-Folsom",
    "sacto": "Sacramento-Roseville-Folsom",
    "abq": "Albuquerque",
    "nwa": "Fayetteville-Springdale-Rogers",
    "bmore": "Baltimore-Columbia-Towson",
    "htown": "Houston-Pasadena-The Woodlands",
    "chitown": "Chicago-Naperville-Elgin",
    "san fran": "San Francisco-Oakland-Fremont",
    "dtla": "Los Angeles-Long Beach-Anaheim",
    "brooklyn": "New York-Newark-Jersey City",
    "cincy": "Cincinnati",
    "cbus": "Columbus, OH",
    "bham": "Birmingham",
    "the triangle": "Raleigh",
    "honolulu": "Urban Honolulu",  # OEWS names the area "Urban Honolulu, HI"
}
# Nicknames of states.
STATE_NICKNAMES = {
    "cali": "California",
    "calif": "California",
    "jersey": "New Jersey",
    "pennsylvannia": "Pennsylvania",
    "the lone star state": "Texas",
    "the sunshine state": "Florida",
    "the golden state": "California",
}
# Postal codes that are also English words: a place only in capitals ("in OR", not "or").
WORD_CODES = {"in", "me", "or", "oh", "ok", "hi", "pa", "ma", "de", "co", "al", "mo", "id", "ms", "ne", "la", "ga"}
NOT_ENGLISH_CODES = {"pa", "la", "ga"}  # of those, a place after "in" ("in la", "welders in pa")


class Gazetteer:
    """Names of places, each mapped to the OEWS areas it may mean, largest first."""

    def __init__(self, areas):
        """areas: (name, area_type, employment) of every OEWS state (S) and metro area (M)."""
        size = {name: employment or 0 for name, _, employment in areas}
        states = {name for name, area_type, _ in areas if area_type == "S"}
        metros = [name for name, area_type, _ in areas if area_type == "M" and "nonmetropolitan" not in name]
        names = {}
        for name in states:
            names.setdefault(name.lower(), []).append(name)
        for code, name in STATES.items():
            if name in states:
                names.setdefault(code.lower(), []).append(name)
        for nickname, name in STATE_NICKNAMES.items():
            names.setdefault(nickname, []).append(name)
        for metro in metros:
            cities = [city.lower().replace(".", "") for city in metro_cities(metro)]
            for city in cities:
                names.setdefault(city, []).append(metro)
            for n in range(2, len(cities) + 1):  # "Dallas-Fort Worth", as the official name runs
                names.setdefault("-".join(cities[:n]), []).append(metro)
        # Nonmetropolitan areas as people say them: "northwest iowa", "east ky", "eastern ky"
        for area in (name for name, area_type, _ in areas if area_type == "M" and "nonmetropolitan" in name):
            for phrase in nonmetro_names(area):
                names.setdefault(phrase, []).append(area)
        for alias, prefix in PLACE_ALIASES.items():
            metro = next((m for m in metros if m.startswith(prefix)), None)
            if metro:
                names[alias] = [metro]
        # Largest first, but a state before the metro area named after a city of its name
        # ("Wyoming", not Grand Rapids-Wyoming-Kentwood, MI).
        self.names = {
            phrase: sorted(set(found), key=lambda n: (n.lower() != phrase, -size.get(n, 0)))
            for phrase, found in names.items()
        }
        self.states = {name.lower() for name in states}
        self.size = size
        self.aliases = set(PLACE_ALIASES) | set(STATE_NICKNAMES)
        self.longest = max(len(phrase.split()) for phrase in self.names)

    def areas(self, phrase):
        """The areas a phrase may mean ('portland': Oregon's first, then Maine's), or []."""
        return self.names.get(phrase.lower().replace(".", ""), [])

    def principal_city(self, phrase):
        """Whether a phrase is the first city of a metro area it names ('boston'; not 'college'
        of Fairbanks-College)."""
        return any(metro_cities(a)[0].lower() == phrase.lower() for a in self.areas(phrase))

    def major_city(self, phrase):
        """Whether a phrase is the first city of a metro area of a million jobs or more
        ('boston'; not 'mobile' or 'reading')."""
        return any(
            metro_cities(a)[0].lower() == phrase.lower() and self.size.get(a, 0) >= 1_000_000
            for a in self.areas(phrase)
        )

    def in_state(self, areas, state_words):
        """Of several areas, those in the state a phrase names ('Oregon', 'OR', 'maine')."""
        state = next(iter(self.areas(state_words)), None)
        if not state or state.lower() not in self.states:
            return []
        code = next(c for c, n in STATES.items() if n == state)
        return [a for a in areas if a == state or code in metro_states(a)]


DIRECTIONS = {"east": "eastern", "west": "western", "north": "northern", "south": "southern"}


def nonmetro_names(area):
    """'East Kentucky nonmetropolitan area' -> 'east kentucky', 'east ky', 'eastern kentucky',
    'eastern ky'; none for a state's only one ('Kansas nonmetropolitan area')."""
    name = re.sub(r"\s*nonmetropolitan area.*$", "", area).lower()
    state = next((n for n in STATES.values() if name.endswith(" " + n.lower())), None)
    if not state or name == state.lower():
        return []
    region = name[: -len(state) - 1]
    regions = {region}
    for short, long in DIRECTIONS.items():
        regions |= {r.replace(long, short) for r in regions} | {re.sub(rf"\b{short}\b", long, r) for r in regions}
    code = next(c for c, n in STATES.items() if n == state).lower()
    return sorted({f"{r} {s}" for r in regions for s in (state.lower(), code)})


def metro_cities(metro):
    """'Portland-Vancouver-Hillsboro, OR-WA' -> Portland, Vancouver, Hillsboro;
    'Louisville/Jefferson County, KY-IN' -> Louisville, Jefferson County."""
    return [city.strip() for city in re.split(r"[-/]", metro.split(",")[0]) if city.strip()]


def metro_states(metro):
    """'Portland-Vancouver-Hillsboro, OR-WA' -> ['OR', 'WA']."""
    return metro.rsplit(",", 1)[-1].strip().split("-") if "," in metro else []


def state_of(area):
    """The state a metro area is first in ('Spokane-Spokane Valley, WA' -> Washington); a state itself."""
    codes = metro_states(area)
    return STATES.get(codes[0], area) if codes else area
