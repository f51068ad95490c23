"""ZIP archives built in memory for the ingest tests."""
from __future__ import annotations

import io
import zipfile


def zip_bytes(entries: dict[str, str | bytes]) -> bytes:
    """A ZIP archive holding each name with its data."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()
