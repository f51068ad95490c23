"""Files, archives, web pages and pasted text into articles with their metadata: reading
(.txt, .html, .docx; JSON, CSV, TREC, ZIP, folders; URLs), checks with clear messages,
and storing where each item succeeds or fails on its own."""
from ..errors import IngestError
from .batch import ingest_files, ingest_items, ingest_text, ingest_url
from .bulk import Ingest, Outcome, Tally
from .reader import MAX_BYTES, SUPPORTED, Document, read_document, read_path
from .sources import ACCEPTED, iter_path, iter_upload

__all__ = ["ACCEPTED", "MAX_BYTES", "SUPPORTED", "Document", "Ingest", "IngestError", "Outcome",
           "Tally", "ingest_files", "ingest_items", "ingest_text", "ingest_url", "iter_path",
           "iter_upload", "read_document", "read_path"]
