"""Pay: "how much do electricians make in Texas?" (BLS OEWS wages)."""

import re

from charts import Spec
from knowledge.formatting import hourly, money

from ..registry import MAX_SUBJECTS, PERCENTILE, Answer, asked_percentile, register
from ..replies import (
    PERCENTILE_NAMES,
    article_note,
    article_source,
    cite,
    industry_name,
    listed,
    message,
    per_hour,
    percentile_pay,
    starting_pay,
)


@register
class Pay(Answer):
    topic = "pay"
    intents = ("ask_pay",)
    sources = ("oews_2025",)
    asked_by = re.compile(
        r"\b(pay|pays|paid|salary|salaries|slary|sallary|earn|earnings|wages?|income|make|makes|money|bank"
        r"|compensation"
        r"|hourly|per hour|an hour|paycheck|percentiles?|(10|25|75|90)th)\b"
        r"|\b(what|how much)\b[^.?!]{0,40}\b(making|earning)\b|" + PERCENTILE.pattern,  # not "im making 35k"
        re.I,
    )
    by_place = True

    def respond(self, kb, request):
        if request.industries:  # "accountants in the federal government", "at hospitals vs in home health"
            local = request.local_places
            subjects = request.subjects[:MAX_SUBJECTS]
            found = [[kb.industry_pay(s.code, naics) for naics in request.industries[:MAX_SUBJECTS]] for s in subjects]
            # the baseline, "do hospitals pay coders more than average?": in the place named now
            # ("linemen at the power company in Kentucky"), else nationally, as the industry's
            place = local[0] if local and request.places_named else None
            return (
                [
                    message(f"BLS publishes pay by industry for the nation only, not for {listed(local)}.")
                    for _ in local[:1]
                ]
                + [m for s, pays in zip(subjects, found) for pay in pays for m in self.in_industry(kb, s.code, pay)]
                + [
                    m
                    for s, pays in zip(subjects, found)
                    if all(pay.wages is not None for pay in pays)  # else all industries' were given already
                    for m in [message("Across all industries:")] + self.word((kb.pay(s.code, place), None))
                ]
            )
        messages = starting_pay(request.text) + super().respond(kb, request)
        percentile = asked_percentile(request.outside or request.text)
        for subject in request.subjects[:MAX_SUBJECTS] if percentile else []:  # "top 10% hourly denver"
            for place in request.places or [None]:
                pay, national = self.ask(kb, subject.code, place)
                messages += percentile_line(national or pay, percentile)
        if len(request.places) > 1:  # "RN pay Texas vs California"
            for subject in request.subjects[:MAX_SUBJECTS]:
                messages += compare_places([kb.pay(subject.code, place) for place in request.places])
        return messages

    def chart(self, request):
        """The pay range beside the national one; one occupation in several places; several occupations."""
        if request.industries:
            return None
        codes, places = tuple(s.code for s in request.subjects[:MAX_SUBJECTS]), tuple(request.local_places)
        if len(codes) == 1:
            return Spec("compare" if len(places) > 1 else "pay", codes, places)
        return Spec("compare", codes, places[:1])

    def ask(self, kb, code, place):
        pay = kb.pay(code, place)
        missing_here = place and pay.area and not (pay.wages and pay_sentence(pay.wages))
        return pay, kb.pay(code) if missing_here else None

    def in_industry(self, kb, code, found):
        """Pay in one industry (BLS publishes it for the nation only), or say there is none."""
        title, industry = found.occupation.title, industry_name(found.industry or "that industry")
        if found.wages is None:
            none = f"BLS publishes no pay figure for {title} in {industry}. Across all industries:"
            return [message(none)] + self.word((kb.pay(code), None))
        return [message(f"{title} in {industry} (US): {pay_sentence(found.wages)} {cite(found.wages.source)}.")]

    def word(self, found, profile=None):
        pay, national = found
        if national:
            counted = pay.wages and pay.wages.employment
            # "CRNAs in Colorado": counted, but the wage estimates are not released
            why = f" (it counts about {counted:,} jobs there, but does not release their wages)" if counted else ""
            none = f"BLS has no wage estimate for {pay.occupation.title} in {pay.area.name}{why}."
            return [message(none)] + self.word((national, None))
        out = article_note(profile, article_pay(profile)) if profile else []
        if pay.area is None:
            return out + [
                message(
                    f"I don't have pay figures for “{pay.asked_area}”: I know US states "
                    f"and metropolitan areas. Try “in Texas” or “in the Denver area”."
                )
            ]
        title = pay.occupation.title
        where = scope(pay)
        if pay.wages is None or not pay_sentence(pay.wages):
            return out + [
                message(
                    f"BLS publishes no wage estimate for {title}{where}. "
                    f"I can still tell you about its duties, skills or education."
                )
            ]
        wages = pay.wages
        group = f" (BLS publishes pay only for the broader group “{pay.broader}”)" if pay.broader else ""
        lead = "BLS figures for the broader occupation, " if profile else ""
        return out + [message(f"{lead}{title}{where}{group}: {pay_sentence(wages)} {cite(wages.source)}.")]


def scope(pay):
    return " in the US" if pay.area.national else f" in {pay.area.name}"


def percentile_line(pay, percentile):
    """'The top 10% (90th percentile) of Carpenters in ... earn at least ...', where BLS publishes it."""
    said = pay.area and pay.wages and percentile_pay(pay.wages, percentile)
    if not said:
        return []
    name, bound = PERCENTILE_NAMES[percentile]
    return [message(f"The {name} of {pay.occupation.title}{scope(pay)} earn {bound} {said} {cite(pay.wages.source)}.")]


def compare_places(pays):
    """Where one occupation earns more, of the places asked."""
    paid = sorted((p for p in pays if p.wages and p.wages.annual_median), key=lambda p: -p.wages.annual_median)
    if len(paid) < 2:
        return []
    first, rest = paid[0], paid[1:]
    others = " and ".join(f"{money(p.wages.annual_median)}{per_hour(p.wages)}{scope(p)}" for p in rest)
    return [
        message(
            f"{first.occupation.title} earn more{scope(first)}: median {money(first.wages.annual_median)} "
            f"a year{per_hour(first.wages)} vs {others} {cite(first.source)}."
        )
    ]


def pay_sentence(wages):
    """Median (annual and hourly), mean and the middle 80%, minding BLS's wage cap."""
    top, cap = wages.top_coded, money(wages.cap.annual)
    if "annual_median" in top:
        return f"median pay is {cap} a year or more (BLS does not publish figures above that)"
    parts = []
    if wages.annual_median is not None:
        median = f"median pay {money(wages.annual_median)} a year"
        if wages.hourly_median is not None:
            median += f" ({hourly(wages.hourly_median)})"
        parts.append(median)
    elif wages.hourly_median is not None:
        parts.append(f"median pay {hourly(wages.hourly_median)} (BLS publishes hourly wages only)")
    if wages.annual_mean is not None:
        parts.append(f"mean {money(wages.annual_mean)}")
    low = f"under {cap}" if "annual_p10" in top else (money(wages.annual_p10) if wages.annual_p10 else None)
    high = f"{cap} or more" if "annual_p90" in top else (money(wages.annual_p90) if wages.annual_p90 else None)
    if low and high:
        parts.append(f"the middle 80% earn {low} to {high}")
    if wages.wage_form == "annual only":
        parts.append("BLS publishes annual pay only for this occupation")
    return "; ".join(parts)


def article_pay(profile):
    """The articles' pay figures for an exact title: the career site's estimate, and BLS 2016."""
    lines = []
    salary, rate = profile.fact("average_salary"), profile.fact("hourly_rate")
    low, high = profile.fact("salary_range_low"), profile.fact("salary_range_high")
    if salary:
        text = f"average salary {money(salary.number)} a year"
        text += f" ({hourly(rate.number)})" if rate else ""
        text += f", range {money(low.number)}-{money(high.number)}" if low and high else ""
        lines.append(f"{text} {article_source(salary)}: a title-level estimate, not BLS")
    median = profile.fact("median_salary")
    if median:
        lines.append(f"median salary {money(median.number)} for all {median.group_title} {article_source(median)}")
    return lines
