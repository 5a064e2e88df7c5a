"""Third-party noise turned off at its source, so what a build prints is ours.

``mkdocs.yml`` imports this module while MkDocs reads the file (``!!python/name:``),
before the theme and the plugins load: the hooks load too late for both.

- Material prints an end-of-life / MkDocs 2 banner when its theme is imported,
  unless ``NO_MKDOCS_2_WARNING`` is set (its documented switch).
- jieba (the search plugin's Chinese segmenter) has regular expressions with
  invalid escapes: compiling its source (no ``.pyc`` yet, or
  ``PYTHONDONTWRITEBYTECODE``) warns three times, and MkDocs shows every
  DeprecationWarning. Ignored for jieba's files only.
- jieba logs four lines at DEBUG level to stderr each time it loads its
  dictionary; its warnings and errors still show.
"""

from __future__ import annotations

import logging
import os
import warnings

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

_JIEBA_FILES = r".*[\\/]jieba[\\/]"
"""Compile-time warnings carry the file name, not a module name, as their module."""
for category in (DeprecationWarning, SyntaxWarning):
    warnings.filterwarnings(
        "ignore", r"invalid escape sequence", category=category, module=_JIEBA_FILES
    )

logging.getLogger("jieba").addFilter(lambda record: record.levelno >= logging.WARNING)

APPLIED = True
"""What ``mkdocs.yml`` reads, to import this module."""
