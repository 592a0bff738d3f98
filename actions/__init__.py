"""Custom actions (rasa-sdk), thin callers of the knowledge API.

answer.py: the action that answers career questions; context.py: what is being asked,
from the message and the slots; wording.py: every data answer's wording."""
from .answer import ActionAnswer  # noqa: F401  (the SDK registers actions on import)
