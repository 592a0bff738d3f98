"""Custom Rasa components, registered in config.yml."""
