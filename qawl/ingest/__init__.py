"""Files and pasted text into articles: reading (.txt, .html, .docx), checks with clear
messages, and storing a batch where each item succeeds or fails on its own."""
from ..errors import IngestError
from .batch import IngestResult, ingest_files, ingest_text
from .reader import MAX_BYTES, SUPPORTED, Document, read_document, read_path

__all__ = ["MAX_BYTES", "SUPPORTED", "Document", "IngestError", "IngestResult",
           "ingest_files", "ingest_text", "read_document", "read_path"]
