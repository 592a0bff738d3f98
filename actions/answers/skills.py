"""Skills: "what skills does a customer support tech need?" (O*NET skills, knowledge and
technology)."""

import re

from ..registry import Answer, register
from ..replies import bullets, cite, message


@register
class Skills(Answer):
    topic = "skills"
    intents = ("ask_skills",)
    sources = ("onet_30_1",)
    asked_by = re.compile(
        r"\b(skills?|knowledge|technolog(y|ies)|software they use|math|blueprints?|tools and tech)\b", re.I
    )

    def ask(self, kb, code, place):
        skills = kb.skills(code)
        closest = None if skills.skills.items else kb.closest_rated(code)
        return skills, kb.skills(closest.code) if closest else None

    def word(self, found, profile=None):
        skills, closest = found
        out = []
        if profile and profile.skills:
            shares = ", ".join(f"{s.text} {s.share:.0f}%" for s in profile.skills)
            out += [
                message(
                    f"Most common skills on “{profile.title}” resumes: {shares} "
                    f"({profile.skills[0].source.short}, year not stated)."
                )
            ]
        title, lines = skills.occupation.title, []
        if skills.skills.items:
            lines.append(f"Skills: {', '.join(s.name for s in skills.skills.items[:6])} {cite(skills.skills.source)}")
        if skills.knowledge.items:
            lines.append(
                f"Knowledge: {', '.join(k.name for k in skills.knowledge.items[:5])} {cite(skills.knowledge.source)}"
            )
        hot = [t.example for t in skills.technology.items if t.hot or t.in_demand][:6]
        if hot:
            lines.append(f"In-demand technology: {', '.join(hot)} {cite(skills.technology.source)}")
        if not lines:
            out += [message(f"O*NET has not rated skills or technology for {title} yet.")]
        else:
            if not skills.skills.items:
                lines.append(f"O*NET has not rated the general skills of {title} yet")
            out += [message(f"What {title} need most:\n" + bullets(lines))]
        if closest and closest.skills.items:
            rated = closest.skills
            out += [
                message(
                    f"The closest occupation in the same group that O*NET has rated, {closest.occupation.title}, "
                    f"needs: {', '.join(s.name for s in rated.items[:6])} {cite(rated.source)}. "
                    f"That is a related occupation's rating, not one for {title}."
                )
            ]
        return out
