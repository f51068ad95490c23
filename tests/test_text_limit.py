"""A text too long to analyse in reasonable time is refused with a message naming the file."""
from __future__ import annotations

import pytest

from qawl.errors import IngestError
from qawl.ingest.reader import MAX_CHARS, clean_text


def test_text_over_the_limit_is_refused():
    sentence = "قال الوزير إن الاجتماع كان مثمرا. "
    text = sentence * (MAX_CHARS // len(sentence) + 1)
    with pytest.raises(IngestError, match=r"^big\.txt: the text is too long to analyse \(1,000,"):
        clean_text("big.txt", text)
    shorter = text[:MAX_CHARS].strip()
    assert clean_text("big.txt", shorter) == shorter
