"""Custom actions (rasa-sdk): thin callers of the knowledge API, split by concern."""
