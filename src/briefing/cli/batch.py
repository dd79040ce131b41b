"""`briefing batch`: a dataset briefed on Ray Data (needs the optional extra `briefing[ray]`)."""

from __future__ import annotations

import logging
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from briefing.backends.base import DEFAULT_TIMEOUT_S
from briefing.batch.progress import BatchProgress
from briefing.cli.options import (
    PromptOption,
    QuietOption,
    RetriesOption,
    TimeoutOption,
    command_prompt,
    fail,
)
from briefing.errors import BriefingError
from briefing.output import check_folder
from briefing.progress import Reporter

RAY_HINT = "briefing batch needs Ray Data: pip install 'briefing[ray]'"


class OutputFormat(StrEnum):
    parquet = "parquet"
    jsonl = "jsonl"


def _ray_data_console(level: int) -> None:
    """Ray Data's console lines ("Starting execution of Dataset ...") from `level` up; its
    log file in the Ray session folder keeps everything."""
    for handler in logging.getLogger("ray.data").handlers:
        if isinstance(handler, logging.StreamHandler) and not isinstance(
            handler, logging.FileHandler
        ):
            handler.setLevel(level)


def batch(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(help="A .jsonl or .parquet file (or folder) of rows.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="The output folder.")],
    base_url: Annotated[
        list[str],
        typer.Option("--base-url", help="An OpenAI-compatible server (repeat for several)."),
    ],
    model: Annotated[str, typer.Option("--model", "-m", help="The model name.")] = "default",
    prompt: PromptOption = "default",
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.parquet,
    actors: Annotated[int, typer.Option(min=1, help="Actors in the pool.")] = 2,
    threads: Annotated[int, typer.Option(min=1, help="Requests in flight per actor.")] = 4,
    actor_cpus: Annotated[float, typer.Option(min=0.0, help="CPUs reserved per actor.")] = 1.0,
    batch_size: Annotated[int, typer.Option(min=1, help="Rows per batch.")] = 16,
    address: Annotated[
        str | None, typer.Option(help="A Ray cluster (default: RAY_ADDRESS, else local).")
    ] = None,
    max_retries: RetriesOption = 1,
    timeout: TimeoutOption = DEFAULT_TIMEOUT_S,
    quiet: QuietOption = False,
) -> None:
    """Brief a dataset of {id, text, title?, url?} rows on Ray Data; re-runs skip briefed ids."""
    try:
        import ray
        import ray.data

        from briefing.batch.ray_job import BatchConfig, run_ray_batch
    except ImportError:
        raise fail(RAY_HINT) from None
    progress = BatchProgress(Reporter(quiet=quiet).console, quiet)
    try:
        template = command_prompt(ctx, prompt)
        if "://" not in source and not Path(source).exists():
            raise BriefingError(f"{source}: no such file or folder")
        check_folder(output)
    except BriefingError as exc:
        raise fail(str(exc)) from None
    level = logging.ERROR if quiet else logging.WARNING
    if not ray.is_initialized():
        ray.init(address=address, logging_level=level, log_to_driver=False)
    ray.data.DataContext.get_current().enable_progress_bars = not quiet  # Ray's own bars
    if quiet:
        _ray_data_console(level)
    config = BatchConfig(model, tuple(base_url), template, max_retries, threads, timeout)
    # Ray's workers do not share the driver's working folder on other nodes: absolute paths
    output = output.resolve()
    source = source if "://" in source else str(Path(source).resolve())
    try:
        summary = run_ray_batch(source, output, config, fmt.value, actors, actor_cpus, batch_size)
    except BriefingError as exc:
        raise fail(str(exc)) from None
    if summary.skipped:
        progress.note(f"skipped {summary.skipped} ids already briefed in {output}")
    for line in summary.report():
        progress.note(line)
    raise typer.Exit(summary.exit_code)
