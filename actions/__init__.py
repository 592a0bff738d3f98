"""Custom actions (rasa-sdk), thin callers of the knowledge API.

answer.py: the action; context.py: what is being asked, from the message and the slots;
registry.py and answers/: one unit per kind of question (what it asks the knowledge base,
how it words the reply); replies.py: wording shared by the answers, and clarifying replies."""

from .answer import ActionAnswer  # noqa: F401  (the SDK registers actions on import)
