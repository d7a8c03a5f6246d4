"""Entry point of the frozen app: the same `model-strategy` command line."""

from desktop.cli import entry

entry()
