"""Qawl (قول): Arabic news parsed into sentences, entities and quotes by speaker.

    >>> import qawl
    >>> article = qawl.parse("قال الرئيس إن ...")
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["parse"]


def __getattr__(name: str):
    # Lazy, so that `import qawl.normalise` does not load the models.
    if name == "parse":
        from .pipeline import parse
        return parse
    raise AttributeError(name)
