"""``python -m aioarize.sandbox``: serve the sandbox in the foreground."""

from __future__ import annotations

import argparse
import sys

from ._cli import add_sandbox_arguments, run_sandbox


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m aioarize.sandbox",
        description="Serve a local stand-in for the Arize AX REST API v2.",
    )
    add_sandbox_arguments(parser)
    return run_sandbox(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
