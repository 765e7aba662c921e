"""Frozen entry point: starts Afterview exactly as the installed `afterview` gui-script does."""

import sys

from desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
