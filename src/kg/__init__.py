"""kg: turn news articles into a knowledge graph of who did what to whom."""

__version__ = "0.1.0"
