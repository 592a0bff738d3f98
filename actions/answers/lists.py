"""Lists across occupations: "highest paying jobs in Texas", "fastest growing jobs without a
degree", "healthcare jobs over $60k" (knowledge.lists), and follow-ups on the list shown:
"show more", "only in Ohio", "sort by growth", "the 3rd one"."""

from dataclasses import replace

from charts import Spec
from knowledge.criteria import read
from knowledge.formatting import money, percent
from knowledge.lists import BRIGHT_GROWTH, BRIGHT_OPENINGS, FIELDS, NATIONAL_ONLY, NO_DEGREE, Criteria, bright

from ..registry import Answer, last_sentence, register
from ..replies import choice_buttons, industry_name, message

BUTTONS = 5  # of the list's lines, offered to open
RANKED_BY = {  # what a list is, around the set it ranks
    ("pay", False): "Highest paying {}",
    ("pay", True): "Lowest paying {}",
    ("growth", False): "Fastest growing {}",
    ("growth", True): "Fastest declining {}",
    ("openings", False): "{} with the most openings a year",
    ("openings", True): "{} with the fewest openings a year",
    ("employment", False): "Largest {}",
    ("employment", True): "Smallest {}",
    ("education", True): "{} needing the least schooling to start",
    ("education", False): "{} needing the most schooling to start",
}
# Filters dropped one at a time, in this order, when nothing meets them all.
RELAXED = (
    ("min_pay", "the pay floor"),
    ("max_pay", "the pay ceiling"),
    ("education", "the education level"),
    ("education_at_most", "the education limit"),
    ("faster_than_average", "the growth condition"),
    ("job_zone", "the Job Zone"),
    ("fields", "the field"),
)


@register
class Lists(Answer):
    topic = "list"
    intents = ("ask_list",)
    about_occupations = False
    sources = ("oews_2025", "ep_2024_34", "onet_30_1")  # pay, growth and schooling; O*NET's ratings filter

    def chart(self, request):
        return Spec("list", criteria=request.listing) if request.shown and request.listing else None

    def respond(self, kb, request):
        place = next(iter(request.local_places), None)
        criteria = read(request.asked or request.text, place, request.last_list)
        # "I'm putting together a handout on healthcare careers. Which healthcare support occupations...":
        asked = read(last_sentence(request.text) or "")  # the question's field
        if asked.fields:
            criteria = replace(criteria, fields=asked.fields)
        out = []
        if request.industries and not criteria.fields:  # "in hospitals"; "in healthcare" names a field
            criteria = replace(criteria, industry=request.industries[0], area=None)
            if place:
                industry_only = (
                    f"BLS publishes pay by industry for the nation only, not for {place}: this list is for the US."
                )
                out.append(message(industry_only))
        request.listing = criteria.to_json()  # with the place: "sort by pay" after a growth list uses it
        if criteria.area and criteria.by in NATIONAL_ONLY:
            national = f"BLS projects employment for the nation only, not for {criteria.area}: this list is for the US."
            out.append(message(national))
            criteria = replace(criteria, area=None)
        ranking = kb.rank(criteria)
        if criteria.area and ranking.area is None:
            out.append(message(f"I don't have figures for “{criteria.area}”; this list is for the US."))
            ranking = kb.rank(replace(criteria, area=None))
        if not ranking.items:
            return out + nothing_met(kb, ranking)
        request.shown = [item.code for item in ranking.items]
        return out + word(ranking)


def ranked(kb, request, criteria):
    """The list the criteria ask for, kept for follow-ups ("show more", "the 3rd one")."""
    request.listing = criteria.to_json()
    ranking = kb.rank(criteria)
    request.shown = [item.code for item in ranking.items]
    return ranking


def word(ranking, lead=None, cited=()):
    """The list as numbered lines with their key figures, what it ranks and over what set,
    its sources (and those `cited` besides), how many qualified and how many were left out."""
    c = ranking.criteria
    cited = "; ".join(s.cite() for s in [*cited, *ranking.sources])
    first = c.offset + 1
    lines = [
        f"{first + i}. {item.title}: {figures(item, c, ranking.cap)}"
        + (" ★" if bright(item, ranking.all_growth) else "")
        for i, item in enumerate(ranking.items)
    ]
    shown = f"{first}-{first + len(lines) - 1} of" if c.offset or ranking.qualified > len(lines) else "all"
    head = (lead or titled(c)) + f" in {where(ranking)}"
    text = f"{head} ({cited}), {shown} {ranking.qualified} that qualify:\n" + "\n".join(lines)
    if ranking.top_coded:
        names = ", ".join(r.title for r in ranking.top_coded[:3]) + (
            " and others" if len(ranking.top_coded) > 3 else ""
        )
        text += (
            f"\nNot ranked: {len(ranking.top_coded)} whose median pay is {money(ranking.cap.annual)} or more, "
            f"which BLS does not publish as a figure ({names})."
        )
    if any(bright(item, ranking.all_growth) for item in ranking.items):
        text += (
            f"\n★ bright outlook, by this assistant's rule (like O*NET's Bright Outlook): projected growth at least "
            f"{BRIGHT_GROWTH} times the all-occupations {percent(ranking.all_growth)}, or {BRIGHT_OPENINGS:,} or "
            "more openings a year (BLS Employment Projections, 2024-34)."
        )
    if c.style:
        text += (
            f"\nO*NET rates how much {c.style.lower()} matters to doing each job well (rated by AI and experts); "
            "that is not how workers feel about it."
        )
    if ranking.without_figure:
        text += f"\n{ranking.without_figure} more meet the conditions but have no published {figure_name(c)}; left out."
    if c.by in ("growth", "openings") or c.faster_than_average:
        text += f"\nAll occupations: {percent(ranking.all_growth)} projected growth, the average."
    more = ranking.qualified > c.offset + len(lines)
    elsewhere = "Texas" if c.area == "Ohio" else "Ohio"
    resort = "pay" if c.by == "growth" else "growth"
    text += f"\nAsk “show more”, “only in {elsewhere}” or “sort by {resort}”, or pick one." if more else "\nPick one."
    return [message(text, choice_buttons(ranking.items[:BUTTONS]))]


def titled(c, first=True):
    """'Highest paying occupations that need no degree to start', 'Occupations with the most openings a year'."""
    text = RANKED_BY[(c.by, c.lowest)].format(described(c))
    return text[0].upper() + text[1:] if first else text[0].lower() + text[1:]


def figures(item, c, cap):
    pay = (
        f"{money(cap.annual)} or more"
        if item.pay_top_coded
        else money(item.annual_median)
        if item.annual_median
        else "n/a"
    )
    growth = percent(item.change_percent) if item.change_percent is not None else "n/a"
    if c.by == "pay":
        return f"median pay {pay}; growth {growth}"
    if c.by == "growth":
        return f"{growth} projected 2024-34; median pay {pay}"
    if c.by == "education":
        return f"{item.entry_education}; median pay {pay}"
    if c.by == "openings":
        return f"{item.openings:,} openings a year; median pay {pay}"
    return f"{item.employment:,} jobs; median pay {pay}"


def figure_name(c):
    names = {"pay": "median pay", "growth": "projection", "openings": "projection", "employment": "employment"}
    return names.get(c.by, "entry education")


def described(c):
    """'healthcare jobs without a degree paying over $60,000'."""
    groups = " and ".join(FIELDS[f] for f in c.fields)
    words = [f"{groups} occupations" if groups else "occupations"]
    if c.soc_codes and c.among:  # a technology's users, a major's occupations, narrowed further
        words.append(c.among)
    if c.education_at_most == NO_DEGREE:
        words.append("that need no degree to start (up to a postsecondary certificate)")
    elif c.education_at_most:
        words.append(f"that need at most: {c.education_at_most.lower()}")
    elif c.education:
        article = "an" if c.education[0].lower() in "aeiou" else "a"  # "an associate's degree"
        words.append(f"that typically need {article} {c.education.lower()} to start")
    if c.min_pay is not None and c.max_pay is not None:
        words.append(f"paying {money(c.min_pay)} to {money(c.max_pay)}")
    elif c.min_pay is not None:
        words.append(f"paying over {money(c.min_pay)}")
    elif c.max_pay is not None:
        words.append(f"paying under {money(c.max_pay)}")
    if c.faster_than_average:
        words.append("growing faster than average")
    if c.declining and c.by != "growth":
        words.append("projected to decline")
    if c.job_zone:
        words.append(f"in O*NET Job Zone {c.job_zone}")
    if c.activity:
        words.append(f"whose O*NET tasks mention “{c.activity}” more than once")
    if c.interests:
        words.append(f"whose main O*NET interest area is {' or '.join(c.interests)}")
    if c.style:
        least, quarter = ("least", "lowest") if c.style_low else ("most", "highest")
        words.append(f"where {c.style.lower()} matters {least} (O*NET work styles, {quarter} quarter)")
    return " ".join(words)


def where(ranking):
    if ranking.industry:
        return f"{industry_name(ranking.industry)} (US)"
    return "the US" if ranking.area is None or ranking.area.national else ranking.area.name


def nothing_met(kb, ranking):
    """Nothing qualifies: say so, and the list without the first condition that, dropped, lets some through."""
    c = ranking.criteria
    said = [
        message(
            f"No occupation in the BLS data is among the {described(c)} in {where(ranking)}. "
            + ceiling_note(kb, c, ranking)
        )
    ]
    for name, words in RELAXED:
        value = getattr(c, name)
        if value is None or value is False or value == ():
            continue
        looser = kb.rank(replace(c, **{name: Criteria.__dataclass_fields__[name].default}))
        if looser.items:
            return said + word(looser, lead=f"Without {words}: {titled(looser.criteria, first=False)}")
    return said


def ceiling_note(kb, c, ranking):
    if c.min_pay is None:
        return ""
    top = kb.rank(Criteria(by="pay", area=c.area, limit=1)).items
    if not top or not top[0].annual_median:
        return ""
    return f"The highest median pay there is {money(top[0].annual_median)} ({top[0].title})."
