"""The `briefing` command line: one typer app, a module per command or command group.

`app` assembles them; `options` holds the options and the one-line error exit that
every command shares. Only this package turns errors into exit codes.
"""

from briefing.cli.app import app

__all__ = ["app"]
