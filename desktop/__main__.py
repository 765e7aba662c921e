"""Entry point: `afterview` and `python -m desktop`. A command runs without Qt; otherwise the window opens."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from desktop.storage.paths import create_owner_only

    create_owner_only()  # before the first file of any face (window, command line, self-test) is written
    args = sys.argv[1:] if argv is None else argv
    from desktop.cli import wants_cli

    if wants_cli(args):
        from desktop.cli import run

        return run(args)
    import os

    from desktop.core.launch_arguments import missing_display

    problem = missing_display(args, os.environ, sys.platform)
    if problem is not None:
        print(f"afterview: {problem}", file=sys.stderr)
        return 1
    from desktop.ui.application import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
