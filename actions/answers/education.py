"""Education: "what degree do I need to be a dental hygienist?" (BLS entry requirements,
what O*NET's workers report, Job Zone, and the majors the CIP-SOC crosswalk links)."""

import re

from ..registry import Answer, register
from ..replies import article_note, article_source, bullets, cite, message


@register
class Education(Answer):
    topic = "education"
    intents = ("ask_education",)
    asked_by = re.compile(r"\b(education|degree|school|training|certification|license)\b", re.I)

    def ask(self, kb, code, place):
        return kb.education(code)

    def word(self, education, profile=None):
        out = article_note(profile, article_education(profile)) if profile else []
        lines = []
        entry = education.entry
        if entry and entry.education:
            lines.append(
                f"Typical entry education: {entry.education}; work experience: "
                f"{entry.work_experience}; training: {entry.on_the_job_training} {cite(entry.source)}."
            )
        reported = education.reported
        if reported.shares:
            shares = ", ".join(
                f"{s.percent:.0f}% {s.label.split(' - ')[0].split(' (')[0]}" for s in reported.shares[:3]
            )
            lines.append(f"What workers say is required: {shares} {cite(reported.source)}.")
        zone = education.job_zone
        if zone:
            lines.append(f"O*NET Job Zone {zone.zone} of 5: {zone.name.split(': ')[-1].lower()}.")
        majors = education.majors
        if majors.names:
            lines.append(f"Majors that lead there: {', '.join(majors.names[:5])} {cite(majors.source)}.")
        if not lines:
            return out + [message(f"I have no education data for {education.occupation.title}.")]
        return out + [message(f"{education.occupation.title}:\n" + bullets(lines))]


def article_education(profile):
    lines = []
    degree = profile.fact("most_common_degree")
    if degree:
        lines.append(f"most common degree {degree.value} ({degree.share:.0f}%) {article_source(degree)}")
    major = profile.fact("most_common_major")
    if major:
        lines.append(f"most common major {major.value} {article_source(major)}")
    years = profile.fact("years_of_experience")
    if years:
        lines.append(f"{years.number:.0f} years of experience on average {article_source(years)}")
    become = profile.fact("time_to_become")
    if become:
        lines.append(f"{become.value} to become one {article_source(become)}")
    college = profile.fact("most_common_college")
    if college:
        lines.append(f"most common college {college.value} {article_source(college)}")
    required = profile.fact("education_requirement")
    if required:
        lines.append(f"education requirement: {required.value} {article_source(required)}")
    return lines
