"""Radicale with every request it answers profiled, its worker threads included (`python -m cProfile` sees only the
main thread, which answers none): `python benchmarks/radicale_profiled.py OUT.prof RADICALE-OPTIONS...`. The
profile is written when Radicale stops (SIGTERM)."""

from __future__ import annotations

import atexit
import cProfile
import sys
from typing import Any

import radicale.app


def main() -> None:
    out = sys.argv.pop(1)
    profile = cProfile.Profile()
    answer = radicale.app.Application.__call__

    def profiled(self: radicale.app.Application, environ: Any, start_response: Any) -> Any:
        profile.enable()  # requests come one at a time from the benchmark: one profile serves them all
        try:
            return answer(self, environ, start_response)
        finally:
            profile.disable()

    radicale.app.Application.__call__ = profiled  # type: ignore[method-assign]
    atexit.register(lambda: profile.dump_stats(out))
    from radicale.__main__ import run

    sys.argv[0] = "radicale"
    run()


if __name__ == "__main__":
    main()
