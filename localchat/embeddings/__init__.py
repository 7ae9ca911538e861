"""Text embeddings: encoder models converted to GGUF and run through llama.cpp."""
