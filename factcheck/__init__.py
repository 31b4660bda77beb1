"""factcheck: check a registry of source-attributed claims against the story's documents."""

__version__ = "0.1.0"
