"""Operating the assistant: the conversation store the servers share, what people asked
that it could not answer, and forgetting a conversation."""
