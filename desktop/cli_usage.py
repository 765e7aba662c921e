"""Usage errors that say what was meant: "did you mean 'agenda'?" for a misspelled command, choice or option.

Python 3.14's argparse suggests on its own (suggest_on_error); Afterview runs on 3.11, whose argparse only lists
the choices and names an unknown option without a guess, or first complains about the value after it.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Iterable, Sequence
from typing import Any


def closest(word: str, known: Iterable[str]) -> str | None:
    """The one known word close enough to `word` to be what was meant."""
    found = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    return found[0] if found else None


class UsageParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors (exit 2) name the closest command, choice or option."""

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if action.choices is None or value in action.choices:
            return
        choices = [str(choice) for choice in action.choices]
        meant = closest(str(value), choices)
        raise argparse.ArgumentError(action, f"invalid choice: {value!r}{f', did you mean {meant!r}?' if meant else ''}"
                                             f" (choose from {', '.join(map(repr, choices))})")

    def parse_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                   namespace: argparse.Namespace | None = None) -> argparse.Namespace:
        # Unknown long options first: "--data-dri DIR agenda" would otherwise be refused for DIR not being a command.
        given = sys.argv[1:] if args is None else list(args)
        known = set(_long_options(self))
        unknown = [word for word in given[:given.index("--") if "--" in given else len(given)]
                   if word.startswith("--") and not any(option.startswith(word.partition("=")[0]) for option in known)]
        if unknown:
            hints = [f"{meant!r} for {word!r}" for word in unknown
                     if (meant := closest(word.partition("=")[0], known)) is not None]
            self.error(f"unrecognized arguments: {' '.join(unknown)}"
                       + (f"; did you mean {', '.join(hints)}?" if hints else ""))
        return super().parse_args(given, namespace)


def _long_options(parser: argparse.ArgumentParser) -> Iterable[str]:
    """Every long option of the parser and of its commands' parsers."""
    for action in parser._actions:
        yield from (option for option in action.option_strings if option.startswith("--"))
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _long_options(sub)
