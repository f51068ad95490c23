"""Word documents (.docx): body paragraphs in order, the headline from its style."""
from __future__ import annotations

import io
import zipfile

import docx

from ..errors import IngestError

MAX_UNPACKED = 100 * 1024 * 1024  # refuse zip bombs before python-docx unpacks them
TITLE_STYLES = ("Title", "Heading")


def _is_title_style(paragraph) -> bool:
    name = paragraph.style.name if paragraph.style is not None else ""
    return name.startswith(TITLE_STYLES)


def read_docx(filename: str, data: bytes) -> tuple[str | None, str]:
    """(title, text) of a .docx file: one line per paragraph. The title is the first
    paragraph styled Title or Heading; when it opens the document it is not repeated
    in the text."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise IngestError(filename, "an old Word .doc file, not .docx: save it as .docx "
                                    "and try again")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            if sum(info.file_size for info in package.infolist()) > MAX_UNPACKED:
                raise IngestError(filename, "the .docx unpacks to more than "
                                            f"{MAX_UNPACKED // 2**20} MB; refused")
        document = docx.Document(io.BytesIO(data))
    except IngestError:
        raise
    except Exception as error:  # python-docx and lxml raise many kinds on damaged files
        raise IngestError(filename, "not a readable .docx file: it is damaged or not "
                                    f"a Word document ({type(error).__name__})") from None
    paragraphs = [p for p in document.paragraphs if p.text.strip()]
    title = next((p.text.strip() for p in paragraphs if _is_title_style(p)), None)
    if paragraphs and _is_title_style(paragraphs[0]):
        paragraphs = paragraphs[1:]
    return title, "\n".join(p.text for p in paragraphs)
