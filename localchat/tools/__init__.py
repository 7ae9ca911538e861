"""Developer tools: screenshots for reviews."""
