"""``python -m chronik``: the command line."""

from .cli import main

main()
