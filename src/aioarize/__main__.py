"""``python -m aioarize``: the ``aioarize`` command."""

import sys

try:
    from ._cli import main
except KeyboardInterrupt:  # Ctrl-C while the command is still loading
    print("aioarize: error: interrupted", file=sys.stderr)
    sys.exit(130)

if __name__ == "__main__":
    sys.exit(main())
