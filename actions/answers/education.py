"""Education: "what degree do I need to be a dental hygienist?" (BLS entry requirements,
what O*NET's workers report, Job Zone, and the majors the CIP-SOC crosswalk links)."""

import re

from ..registry import Answer, register
from ..replies import article_lines, article_note, bullets, cite, message

RELIABLE_SHARE = 50  # percent of workers: below it, O*NET's survey shares left unsuppressed say little


@register
class Education(Answer):
    topic = "education"
    intents = ("ask_education",)
    sources = ("ep_2024_34", "onet_30_1")
    asked_by = re.compile(
        r"\b(education|degree|school|schooling|training|train|certification|certificate|cert|license|licensed"
        r"|study|studies|courses|classes|credentials?|requirements?|qualifications?|prerequisites?"
        r"|masters|master's|bachelors|bachelor's|doctorate|phd|msw|mba|bsn|msn|ged|diploma)\b"
        r"|\bhow (do|can|would|could) (i|you|one|someone) (become|get into)\b|\bhow to become\b"
        r"|\bwhat (do|does) (i|you|u|one|someone|it) (need|take) to (be|become)\b"
        r"|\bhow long (does|will|would|did) (it|that|this) take\b"
        # "How many weeks is the course usually?", "what does a mail carrier need to get hired"
        r"|\bhow many (weeks|months|years)\b|\b(course|program|licensing|licence|registration|apprenticeship)\b"
        r"|\b(what is|whats|what's) needed\b|\bneed to get hired\b|\bage limit\b",
        re.I,
    )

    def ask(self, kb, code, place):
        return kb.education(code)

    def word(self, education, profile=None):
        out = article_note(profile, article_lines(profile, ARTICLE_EDUCATION)) if profile else []
        lines = []
        entry = education.entry
        if entry and entry.education:
            lines.append(
                f"Typical entry education: {entry.education}; work experience: "
                f"{entry.work_experience}; training: {entry.on_the_job_training} {cite(entry.source)}."
            )
        reported = education.reported
        if reported.shares and sum(s.percent for s in reported.shares) < RELIABLE_SHARE:
            # the levels most workers name were flagged unreliable: "3% Associate's" would mislead
            lines.append(f"What workers say is required: too few reliable figures {cite(reported.source)}.")
        elif reported.shares:
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


# The source articles' education facts for an exact title, as worded.
ARTICLE_EDUCATION = (
    ("most_common_degree", "most common degree {value} ({share:.0f}%)"),
    ("most_common_major", "most common major {value}"),
    ("years_of_experience", "{number:.0f} years of experience on average"),
    ("time_to_become", "{value} to become one"),
    ("most_common_college", "most common college {value}"),
    ("education_requirement", "education requirement: {value}"),
)
