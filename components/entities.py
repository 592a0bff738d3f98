"""The knowledge base's mentions as Rasa entities (no Rasa import, so tests use it too)."""


def entity(mention):
    """A mention as a Rasa entity; a place also names the other areas it may mean."""
    found = {
        "entity": mention.kind,
        "value": mention.value or mention.text,
        "start": mention.start,
        "end": mention.end,
        "confidence_entity": 1.0,
    }
    if mention.others:
        found["others"] = list(mention.others)
    return found
