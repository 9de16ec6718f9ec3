"""`ovbp`, the command line of the facade (Typer on Click, Rich for tables and progress).

One module per command group; `app` assembles them and `main` is the console script.
"""

from .app import app, main

__all__ = ["app", "main"]
