"""The occupation knowledge base: US occupations, their titles, pay, outlook, education,
skills, duties and demographics, from O*NET and BLS. Knows nothing of Rasa.

    >>> from knowledge import KnowledgeBase
    >>> kb = KnowledgeBase()
    >>> kb.resolve("help desk tech").best.soc_code
    '15-1232'
    >>> kb.pay("15-1232")["figures"]["annual_median"]
    61860
"""
from .api import DEFAULT_DB, KnowledgeBase, UnknownOccupation
from .resolver import AMBIGUOUS, NONE, SURE, Candidate, Resolution

__all__ = ["KnowledgeBase", "UnknownOccupation", "Resolution", "Candidate",
           "SURE", "AMBIGUOUS", "NONE", "DEFAULT_DB"]
