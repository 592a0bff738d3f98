"""Operating the assistant: what people asked that it could not answer, and forgetting a
conversation."""
