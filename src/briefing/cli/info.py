"""`briefing schema`, `briefing models`, `briefing prompts`: what is installed, and how."""

from __future__ import annotations

import json

import typer

from briefing import strategies
from briefing.backends import BACKENDS, embedded, probe
from briefing.cli.options import fail, prompt_search
from briefing.errors import BriefingError
from briefing.prompts import list_prompts
from briefing.schema import Briefing


def schema() -> None:
    """Print the briefing's JSON Schema."""
    typer.echo(json.dumps(Briefing.model_json_schema(mode="serialization"), indent=2))


def models() -> None:
    """List backends, the embedded model's status and the llama.cpp build (for bug reports)."""
    state = embedded.status()
    size = f"{state.size / 1e9:.2f} GB" if state.assembled else "-"
    library = probe.library_file()
    last_probe = probe.recorded()
    typer.echo("backends (-m):")
    for spec in BACKENDS:
        typer.echo(f"  {spec.form:<20} {spec.description}")
    typer.echo("embedded model:")
    typer.echo(f"  name       {embedded.MODEL_NAME}")
    typer.echo(f"  assembled  {'yes' if state.assembled else 'no'}")
    typer.echo(f"  path       {state.path}")
    typer.echo(f"  size       {size}")
    typer.echo(f"  parts      {state.parts_installed}/{embedded.PART_COUNT} installed")
    typer.echo(f"  verified   {'yes (sha256 checked when assembled)' if state.verified else 'no'}")
    typer.echo("llama.cpp:")
    typer.echo(f"  library    {library or 'not installed (pip install briefing[local])'}")
    if library:
        typer.echo(f"  build      {probe.system_info()}")
    probed = "not yet (runs before the first local model load)"
    if last_probe:
        probed = f"{'passed' if last_probe.ok else 'FAILED'}: {last_probe.detail}"
    typer.echo(f"  probe      {probed}")


def prompts(ctx: typer.Context) -> None:
    """List the prompts: name, version, strategy, model passes, description."""
    try:
        found = list_prompts(prompt_search(ctx))
    except BriefingError as exc:
        raise fail(str(exc)) from None
    for template in found:
        passes = strategies.get(template.strategy).passes
        calls = {0: "no model", 1: "1 pass"}.get(passes, f"{passes} passes")
        typer.echo(
            f"{template.name:<14} v{template.version:<4} {template.strategy:<11} {calls:<9} "
            f"{template.description}"
        )
