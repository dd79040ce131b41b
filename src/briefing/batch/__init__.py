"""Many articles at once: inputs, output stores with resume, a concurrent runner, progress."""

from briefing.batch.inputs import BadInput, expand, names_several
from briefing.batch.progress import BatchProgress, Summary
from briefing.batch.runner import Job, run_batch
from briefing.batch.store import OutputFormat, Store, open_store

__all__ = [
    "BadInput",
    "BatchProgress",
    "Job",
    "OutputFormat",
    "Store",
    "Summary",
    "expand",
    "names_several",
    "open_store",
    "run_batch",
]
