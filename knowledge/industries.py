"""Names of industries people ask about ("in the federal government", "at hospitals"),
mapped to the NAICS industries of the OEWS industry breakdown."""

import re

# What people call industries, beyond the OEWS titles themselves -> NAICS code in OEWS.
INDUSTRY_ALIASES = {
    "federal government": "999101",
    "the federal government": "999101",
    "the feds": "999101",
    "federal": "999101",
    "state government": "999201",
    "the state government": "999201",
    "local government": "999301",
    "the city": "999301",
    "the county": "999301",
    "the state": "999201",
    "government": "999001",
    "the government": "999001",
    "hospital": "622000",
    "hospitals": "622000",
    "a hospital": "622000",
    "schools": "611100",
    "a school": "611100",
    "public schools": "611100",
    "k-12": "611100",
    "colleges": "611300",
    "a college": "611300",
    "universities": "611300",
    "a university": "611300",
    "restaurants": "722500",
    "a restaurant": "722500",
    "home health": "621600",
    "home health care": "621600",
    "software": "513200",
    "software publishing": "513200",
    "software companies": "513200",
    "a software company": "513200",
    "tech companies": "541500",
    "a tech company": "541500",
    "tech": "541500",
    "nursing homes": "623100",
    "a nursing home": "623100",
    "doctors offices": "621100",
    "a doctor's office": "621100",
    "dental offices": "621200",
    "a dental office": "621200",
    "banks": "522000",
    "a bank": "522000",
    "banking": "522000",
    "insurance": "524000",
    "insurance companies": "524000",
    "an insurance company": "524000",
    "staffing agencies": "561300",
    "consulting": "541600",
    "law firms": "541100",
    "a law firm": "541100",
    "the post office": "491000",
    "usps": "491000",
    "airlines": "481000",
    "an airline": "481000",
    "passenger airlines": "481100",
    "the power company": "221100",
    "a power company": "221100",
    "power companies": "221100",
    "the electric company": "221100",
    "utilities": "221000",
    "a utility": "221000",
    "the utility": "221000",
    "utility companies": "221000",
    "shipyards": "336600",
    "a shipyard": "336600",
    "the shipyard": "336600",
    "trade schools": "611500",
    "a trade school": "611500",
    "a tech school": "611500",
    "fast food places": "722500",
    "a fast food place": "722500",
    "fast food": "722500",
    "trucking": "484000",
    "trucking companies": "484000",
    "warehouses": "493000",
    "a warehouse": "493000",
    "factories": "31--34",
    "a factory": "31--34",
    "retail": "44--46",
    "retail stores": "44--46",
    "hotels": "721100",
    "a hotel": "721100",
    "daycare": "624400",
    "child care": "624400",
    "oil and gas": "211000",
    "the oil industry": "211000",
    "education": "611000",
    "healthcare": "62--63",
    "health care": "62--63",
    "finance": "52--53",
}
FIRMS = ("{} firms", "{} firm", "a {} firm", "an {} firm")
GENERIC_WORDS = {
    "other",
    "related",
    "services",
    "management",
    "specialized",
    "scientific",
    "technical",
    "public",
    "life",
}
GENERIC_WORDS |= {"humanities", "development", "professional"}
# Employers, not places, only after "for" or "by": "worked for the state", not "in the state".
EMPLOYERS = {"the state", "the city", "the county"}
PREFIX = re.compile(r"^sectors? [\d, and]+ - ", re.I)


def plain_name(title):
    """'Sector 22 - Utilities' -> 'utilities'; 'Federal Executive Branch (OEWS Designation)'
    -> 'federal executive branch'."""
    return re.sub(r"\s*\([^)]*\)", "", PREFIX.sub("", title)).strip().lower()


class Industries:
    """Industry names, each mapped to one OEWS NAICS industry."""

    def __init__(self, industries):
        """industries: (naics, title, level) of the OEWS industry breakdown."""
        self.titles = {naics: title for naics, title, _ in industries}
        names = {}
        for naics, title, _ in sorted(industries, key=lambda i: i[2]):  # the broadest first
            if "owned" not in title.lower():
                names.setdefault(plain_name(title), naics)
                # "Nursing Care Facilities (Skilled Nursing Facilities)": the name inside too
                for inner in re.findall(r"\(([^)]*)\)", title):
                    if "designation" not in inner.lower():
                        names.setdefault(inner.lower(), naics)
        names.update({alias: naics for alias, naics in INDUSTRY_ALIASES.items() if naics in self.titles})
        for naics, title, _ in industries:  # "accounting firms", "an engineering firm": professional services
            if naics.startswith("54"):
                for work in re.split(r",\s*(?:and\s+)?|\s+and\s+", plain_name(title)):
                    if work.split() and work.split()[0] not in GENERIC_WORDS:
                        for firm in FIRMS:
                            names.setdefault(firm.format(work.split()[0]), naics)
        for name, naics in list(names.items()):  # "finance/insurance", "oil/gas": as typed in a hurry
            names.setdefault(name.replace(" and ", "/"), naics)
        self.names = names
        self.longest = max(len(name.split()) for name in names)

    def named(self, phrase, before=None):
        """The NAICS code a phrase names, coming after the word `before`."""
        phrase = phrase.lower()
        if phrase in EMPLOYERS and before not in ("for", "by"):
            return None
        return self.names.get(phrase)
