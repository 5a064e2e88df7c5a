"""The guide's examples: one module per example, ``python -m snippets.<chapter>.<example>``."""
