"""Settings for the whole test suite."""
import os

# The tests' HTTP servers listen on 127.0.0.1, which URL fetching refuses by default
# (qawl/ingest/guard.py); the guard's own tests set or remove this themselves.
os.environ.setdefault("QAWL_ALLOW_PRIVATE_URLS", "127.0.0.1")
