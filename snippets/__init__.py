"""The guide's examples.

One module per example: ``python -m snippets.<chapter>.<example>``.
"""
