"""One module per kind of question (actions.registry): intents, what it asks, its wording."""
