"""The Dask worker plugin of `qawl ingest --dask`: each worker prepares itself as a local
parsing process does (`parsers.prepare_worker`), also when it joins the cluster later."""
from __future__ import annotations

from distributed.diagnostics.plugin import WorkerPlugin


class PrepareWorker(WorkerPlugin):
    name = "qawl-prepare-worker"   # registered once per cluster, whichever client registers it

    def setup(self, worker) -> None:
        from .parsers import prepare_worker
        prepare_worker()
