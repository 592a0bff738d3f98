"""The occupation knowledge base: US occupations, their titles, pay, outlook, education,
skills, duties and demographics, from O*NET and BLS. Knows nothing of Rasa.

    >>> from knowledge import KnowledgeBase
    >>> kb = KnowledgeBase()
    >>> kb.resolve("help desk tech").best.soc_code
    '15-1232'
    >>> pay = kb.pay("help desk tech", "TX")
    >>> pay.occupation.title, pay.area.name, pay.wages.level
    ('Computer User Support Specialists', 'Texas', 'detailed')
    >>> pay.source.short, pay.wages.source == pay.source
    ('BLS OEWS', True)

Facets return typed records (knowledge.records); each part names its `source`, and
`record.sources` lists every dataset a record draws on.
"""

from .api import ALL_OCCUPATIONS, DEFAULT_DB, NATION, KnowledgeBase, UnknownOccupation
from .records import Source
from .resolver import AMBIGUOUS, NONE, SURE, Candidate, Resolution

__all__ = [
    "KnowledgeBase",
    "UnknownOccupation",
    "Resolution",
    "Candidate",
    "SURE",
    "AMBIGUOUS",
    "NONE",
    "DEFAULT_DB",
    "NATION",
    "Source",
    "ALL_OCCUPATIONS",
]
