"""Every answer the bot words from data, in one place.

Each function takes what the knowledge API returned and gives a list of messages
(dicts with "text" and, where the person can pick, "buttons"). Figures are formatted for
people and every one names its source and period. Replies read well as plain text with
light markdown, in the web widget and in Slack.
"""

import re

BLS_PAY = "BLS OEWS, May 2025"


def money(value):
    return f"${value:,.0f}"


def hourly(value):
    return f"${value:,.2f}/hour"


def percent(value, signed=True):
    return f"{value:+.1f}%" if signed else f"{value:.1f}%".replace(".0%", "%")


def cite(source):
    return f"({source['short']}, {source['period']})"


def bullets(items):
    return "\n".join(f"• {item}" for item in items)


def message(text, buttons=None):
    return {"text": text, "buttons": buttons} if buttons else {"text": text}


def choice_buttons(candidates):
    return [{"title": c.title, "payload": f'/choose{{"choice":"{c.code}"}}'} for c in candidates]


# -- when the occupation is not clear -------------------------------------------------------

def which_one(typed, candidates):
    return [message(f"“{typed}” could mean several occupations. Which one do you mean?",
                    choice_buttons(candidates))]


def unknown(typed, candidates):
    if candidates:
        return [message(f"I don't know an occupation called “{typed}”. Did you mean one of these?",
                        choice_buttons(candidates))]
    return [message(f"I don't know an occupation called “{typed}”, and nothing close to it. "
                    "Try another title, for example “dental hygienist” or “help desk technician”.")]


def no_occupation():
    return [message("Which occupation are you asking about? For example: “how much do electricians "
                    "make?” or “what skills does a customer support technician need?”")]


def need_two():
    return [message("Which occupations should I compare? For example: “which pays more, an electrician "
                    "or a plumber?”")]


def not_understood():
    return [message("Sorry, I didn't understand that. I answer questions about US occupations: pay, "
                    "skills, education, duties and job outlook. Try “how much do nurses make in Texas?”")]


# -- the source articles' title profiles ------------------------------------------------------

def article_fact(profile, fact):
    return next((f for f in profile["facts"] if f["fact"] == fact), None)


def article_note(profile, lines):
    """A career site's or education site's figures for an exact title, labelled as such."""
    lines = [line for line in lines if line]
    if not lines:
        return []
    return [message(f"For the exact title “{profile['title']}”, the source articles say:\n" + bullets(lines))]


def article_source(fact):
    period = fact.get("period")
    stated = period and period != "not stated"
    return f"({fact['source']['short']}, {period if stated else 'year not stated'})"


def article_pay(profile):
    lines = []
    salary, rate = article_fact(profile, "average_salary"), article_fact(profile, "hourly_rate")
    low, high = article_fact(profile, "salary_range_low"), article_fact(profile, "salary_range_high")
    if salary:
        text = f"average salary {money(salary['number'])} a year"
        text += f" ({hourly(rate['number'])})" if rate else ""
        text += f", range {money(low['number'])}-{money(high['number'])}" if low and high else ""
        lines.append(f"{text} {article_source(salary)}: a title-level estimate, not BLS")
    median = article_fact(profile, "median_salary")
    if median:
        lines.append(f"median salary {money(median['number'])} for all {median['group_title']} "
                     f"{article_source(median)}")
    return lines


# -- facets ---------------------------------------------------------------------------------

def pay(data, profile=None):
    title, area = data["occupation"], data["area"]
    where = "" if data.get("area_type") == "N" else f" in {area}"
    out = article_note(profile, article_pay(profile)) if profile else []
    if data["figures"] is None:
        if data["area"] is None:
            return out + [message(f"I don't have pay figures for “{data['asked_area']}”: I know US states "
                                  f"and metropolitan areas. Try “in Texas” or “in the Denver area”.")]
        return out + [message(f"BLS publishes no wage estimate for {title}{where}. "
                              f"I can still tell you about its duties, skills or education.")]
    f = data["figures"]
    group = (f" (BLS publishes pay only for the broader group “{data['soc_title']}”)"
             if data["level"] == "broad" else "")
    lead = "BLS figures for the broader occupation, " if profile else ""
    text = f"{lead}{title}{where}{group}: " + pay_sentence(f) + f" ({BLS_PAY})."
    return out + [message(text)]


def pay_sentence(f):
    top = set((f.get("top_coded") or "").split(","))
    if "annual_median" in top:
        return "median pay is $239,200 a year or more (BLS does not publish figures above that)"
    parts = []
    if f["annual_median"] is not None:
        median = f"median pay {money(f['annual_median'])} a year"
        if f["hourly_median"] is not None:
            median += f" ({hourly(f['hourly_median'])})"
        parts.append(median)
    elif f["hourly_median"] is not None:
        parts.append(f"median pay {hourly(f['hourly_median'])} (BLS publishes hourly wages only)")
    if f["annual_mean"] is not None:
        parts.append(f"mean {money(f['annual_mean'])}")
    low = "under $239,200" if "annual_p10" in top else (money(f["annual_p10"]) if f["annual_p10"] else None)
    high = "$239,200 or more" if "annual_p90" in top else (money(f["annual_p90"]) if f["annual_p90"] else None)
    if low and high:
        parts.append(f"the middle 80% earn {low} to {high}")
    if f["wage_form"] == "annual only":
        parts.append("BLS publishes annual pay only for this occupation")
    return "; ".join(parts)


def pay_missing_in_area(data, national):
    return [message(f"BLS has no wage estimate for {data['occupation']} in {data['area']}.")] + pay(national)


def outlook(data, profile=None, all_occupations=None):
    out = []
    if profile:
        growth, jobs = article_fact(profile, "growth_rate"), article_fact(profile, "number_of_jobs")
        lines = []
        if growth:
            lines.append(f"growth rate {percent(growth['number'], signed=False)}"
                         + (f", {jobs['number']:,.0f} jobs" if jobs else "") + f" {article_source(growth)}")
        old = article_fact(profile, "job_growth")
        if old:
            lines.append(f"job growth {percent(old['number'], signed=False)} for all {old['group_title']} "
                         f"{article_source(old)}")
        out += article_note(profile, lines)
    f = data["figures"]
    if not f or f["change_percent"] is None:
        return out + [message(f"BLS Employment Projections have no outlook for {data['occupation']}.")]
    group = f" (figures for the group “{data['group']}”)" if data["group"] else ""
    text = (f"{data['occupation']}{group}: employment is projected to change {percent(f['change_percent'])} "
            f"from 2024 to 2034, from {f['employment_2024_thousands'] * 1000:,.0f} to "
            f"{f['employment_2034_thousands'] * 1000:,.0f} jobs, with about "
            f"{f['openings_per_year_thousands'] * 1000:,.0f} openings a year {cite(data['source'])}.")
    if all_occupations is not None:
        pace = "faster than" if f["change_percent"] > all_occupations else (
            "slower than" if f["change_percent"] < all_occupations else "the same as")
        text += f" That is {pace} the {percent(all_occupations, signed=False)} projected for all occupations."
    return out + [message(text)]


def education(data, profile=None):
    out = []
    if profile:
        lines = []
        degree = article_fact(profile, "most_common_degree")
        if degree:
            lines.append(f"most common degree {degree['value']} ({degree['share']:.0f}%) {article_source(degree)}")
        major = article_fact(profile, "most_common_major")
        if major:
            lines.append(f"most common major {major['value']} {article_source(major)}")
        years = article_fact(profile, "years_of_experience")
        if years:
            lines.append(f"{years['number']:.0f} years of experience on average {article_source(years)}")
        required = article_fact(profile, "education_requirement")
        if required:
            lines.append(f"education requirement: {required['value']} {article_source(required)}")
        out += article_note(profile, lines)
    lines = []
    if data["entry_education"]:
        lines.append(f"Typical entry education: {data['entry_education']}; work experience: "
                     f"{data['work_experience']}; training: {data['on_the_job_training']} "
                     f"{cite(data['entry_source'])}.")
    if data["required_education"]:
        shares = ", ".join(f"{r['percent']:.0f}% {r['label'].split(' - ')[0].split(' (')[0]}"
                           for r in data["required_education"][:3])
        lines.append(f"What workers say is required: {shares} {cite(data['onet_source'])}.")
    if data["job_zone"]:
        lines.append(f"O*NET Job Zone {data['job_zone']['zone']} of 5: "
                     f"{data['job_zone']['name'].split(': ')[-1].lower()}.")
    if data["majors"]:
        lines.append(f"Majors that lead there: {', '.join(data['majors'][:5])} {cite(data['majors_source'])}.")
    if not lines:
        return out + [message(f"I have no education data for {data['occupation']}.")]
    return out + [message(f"{data['occupation']}:\n" + bullets(lines))]


def skills(data, profile=None):
    out = []
    if profile and profile.get("skills"):
        shares = ", ".join(f"{s['text']} {s['share']:.0f}%" for s in profile["skills"])
        out += [message(f"Most common skills on “{profile['title']}” resumes: {shares} "
                        f"({profile['skills'][0]['source']['short']}, year not stated).")]
    lines = []
    if data["skills"]:
        lines.append(f"Skills: {', '.join(s['name'] for s in data['skills'][:6])} {cite(data['source'])}")
    if data["knowledge"]:
        lines.append(f"Knowledge: {', '.join(k['name'] for k in data['knowledge'][:5])} "
                     f"{cite(data['knowledge_source'])}")
    hot = [t["example"] for t in data["technology"] if t["hot"] or t["in_demand"]][:6]
    if hot:
        lines.append(f"In-demand technology: {', '.join(hot)} {cite(data['source'])}")
    if not lines:
        return out + [message(f"O*NET has not rated skills or technology for {data['occupation']} yet.")]
    if not data["skills"]:
        lines.append(f"O*NET has not rated the general skills of {data['occupation']} yet")
    return out + [message(f"What {data['occupation']} need most:\n" + bullets(lines))]


def duties(data, profile=None):
    out = []
    if profile and profile.get("responsibilities"):
        out += [message(f"Example responsibilities of a “{profile['title']}” "
                        f"({profile['responsibilities'][0]['source']['short']}):\n"
                        + bullets(r["text"] for r in profile["responsibilities"][:4]))]
    summary = data["description"].split(". ")[0].rstrip(".") + "."
    tasks = bullets(t["task"] for t in data["tasks"][:5])
    return out + [message(f"{data['occupation']}: {summary}\nTypical tasks {cite(data['source'])}:\n{tasks}")]


def best_paying(states, metros, industries, profile=None):
    out = []
    if profile:
        lines = [f"highest paying {label}: {fact['value']} {article_source(fact)}"
                 for label, name in (("city", "highest_paying_city"), ("state", "highest_paying_state"),
                                     ("company", "best_paying_company"), ("industry", "best_paying_industry"))
                 for fact in [article_fact(profile, name)] if fact]
        out += article_note(profile, lines)
    lines = []
    if states["areas"]:
        lines.append("States: " + "; ".join(f"{a['area']} {money(a['value'])}" for a in states["areas"][:5]))
    if metros["areas"]:
        lines.append("Metro areas: " + "; ".join(f"{a['area']} {money(a['value'])}" for a in metros["areas"][:3]))
    if industries["industries"]:
        lines.append("Industries: " + "; ".join(f"{industry_name(i['industry'])} {money(i['annual_median'])}"
                                                for i in industries["industries"][:3]))
    if not lines:
        return out + [message(f"BLS publishes no state or industry pay for {states['occupation']}.")]
    return out + [message(f"Where {states['occupation']} earn the most (median annual pay, {BLS_PAY}):\n"
                          + bullets(lines))]


def industry_name(title):
    """'Sector 22 - Utilities' -> 'Utilities'; drop '(OEWS Designation)'."""
    return re.sub(r"^Sectors? [\d, and]+ - ", "", title).replace(" (OEWS Designation)", "")


MEASURES = (("percent_women", "women"), ("percent_white", "White"), ("percent_black", "Black"),
            ("percent_asian", "Asian"), ("percent_hispanic", "Hispanic or Latino"))


def demographics(data, profile=None):
    out = []
    if profile:
        lines = []
        age = article_fact(profile, "average_age")
        if age:
            lines.append(f"average age {age['number']:.0f} {article_source(age)}")
        genders = [f for f in profile["facts"] if f["fact"] == "gender_share"]
        if genders:
            lines.append(", ".join(f"{f['share']}% {f['value'].lower()}" for f in genders)
                         + f" {article_source(genders[0])}")
        races = [f for f in profile["facts"] if f["fact"] == "race_share"]
        if races:
            lines.append(", ".join(f"{f['share']}% {f['value']}" for f in races) + f" {article_source(races[0])}")
        out += article_note(profile, lines)
    measures = data["measures"]
    if not measures:
        return out + [message(f"BLS CPS has no demographic figures for {data['occupation']}.")]
    who = (f"{data['census_title']} (a Census group that includes {data['occupation']})"
           if data["group"] else data["occupation"])
    parts = []
    if "median_age" in measures:
        parts.append(f"median age {measures['median_age']['value']} {cite(measures['median_age']['source'])}")
    shares = [f"{measures[m]['value']}% {label}" for m, label in MEASURES if m in measures]
    if shares:
        source = next(measures[m]["source"] for m, _ in MEASURES if m in measures)
        parts.append(", ".join(shares) + f" {cite(source)}")
    else:
        parts.append("BLS publishes no shares by sex or race for groups this small")
    return out + [message(f"{who}: " + "; ".join(parts) + ".")]


def related(data, profile=None):
    out = []
    if profile and profile.get("related_careers"):
        out += [message(f"The education site suggests, for a “{profile['title']}”: "
                        + ", ".join(r["text"] for r in profile["related_careers"]) + ".")]
    if not data["related"]:
        return out + [message(f"O*NET lists no related occupations for {data['occupation']}.")]
    return out + [message(f"Careers related to {data['occupation']} {cite(data['source'])}: "
                          + ", ".join(r["title"] for r in data["related"][:6]) + ".")]


def overview(occupation, pay_data, outlook_data, education_data, profile=None):
    out = article_note(profile, article_pay(profile)) if profile else []
    lines = [occupation["description"].split(". ")[0].rstrip(".") + "."]
    if pay_data["figures"] and pay_data["figures"]["annual_median"]:
        lines.append(f"Median pay {money(pay_data['figures']['annual_median'])} a year ({BLS_PAY}).")
    f = outlook_data["figures"]
    if f and f["change_percent"] is not None:
        lines.append(f"Employment {percent(f['change_percent'])} projected 2024-34, about "
                     f"{f['openings_per_year_thousands'] * 1000:,.0f} openings a year "
                     f"{cite(outlook_data['source'])}.")
    if education_data["entry_education"]:
        lines.append(f"Typical entry education: {education_data['entry_education']} "
                     f"{cite(education_data['entry_source'])}.")
    text = f"{occupation['title']} ({occupation['soc_code']}): " + " ".join(lines)
    return out + [message(text + "\nAsk me about its pay by state, skills, duties, education or outlook.")]


# -- comparisons ----------------------------------------------------------------------------

def compare_pay(rows, area=None, profiles=()):
    """Which pays more: the winner, both figures and the gap."""
    out = []
    with_article = [(row, p) for row, p in zip(rows, profiles) if p and article_fact(p, "average_salary")]
    if len(with_article) == len(rows) and len(rows) == 2:
        (a, pa), (b, pb) = sorted(with_article, key=lambda rp: -article_fact(rp[1], "average_salary")["number"])
        sa, sb = article_fact(pa, "average_salary"), article_fact(pb, "average_salary")
        out.append(message(f"By the career site's title-level estimates, a {pa['title']} earns more: "
                           f"{money(sa['number'])} vs {money(sb['number'])} a year for a {pb['title']}, "
                           f"{money(sa['number'] - sb['number'])} more {article_source(sa)}."))
    where = f" in {area}" if area else ""
    paid = [r for r in rows if r["pay"] is not None]
    if len(paid) < len(rows):
        missing = ", ".join(r["title"] for r in rows if r["pay"] is None)
        return out + [message(f"BLS publishes no median pay{where} for {missing}, so I can't say which pays more "
                              f"by BLS figures.")]
    ranked = sorted(rows, key=lambda r: -r["pay"])
    lead = "By BLS figures for the broader occupations, " if out else ""
    if ranked[0]["pay"] == ranked[1]["pay"]:
        return out + [message(f"{lead}{ranked[0]['title']} and {ranked[1]['title']} have the same median pay"
                              f"{where}: {money(ranked[0]['pay'])} a year ({BLS_PAY}).")]
    others = " and ".join(f"{money(r['pay'])} for {r['title']}" for r in ranked[1:])
    gap = ranked[0]["pay"] - ranked[1]["pay"]
    return out + [message(f"{lead}{ranked[0]['title']} pay more{where}: median {money(ranked[0]['pay'])} a year "
                          f"vs {others}, a gap of {money(gap)} ({BLS_PAY}).")]


def compare_all(rows, sources):
    lines = []
    for r in rows:
        growth = percent(r["change_percent"]) if r["change_percent"] is not None else "n/a"
        lines.append(f"{r['title']}: median pay {money(r['pay']) if r['pay'] is not None else 'n/a'}; "
                     f"growth 2024-34 {growth}; entry education: {r['entry_education'] or 'n/a'}; "
                     f"top skills: {', '.join(r['top_skills']) or 'n/a'}")
    cited = ", ".join(f"{s['short']} {s['period']}" for s in sources)
    return [message("Side by side:\n" + bullets(lines) + f"\n(Sources: {cited}.)")]
