"""Afterview: everything after the job interview."""

APP_NAME = "Afterview"
APP_ID = "afterview"


def __getattr__(name: str) -> str:
    # The version is read from the installed metadata only when asked for: importlib.metadata costs
    # about 90 ms, a third of a bare Qt window's start-up.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("afterview")
        except PackageNotFoundError:  # running from a source tree that was never installed
            return "0.1.0"
    raise AttributeError(f"module 'desktop' has no attribute {name!r}")
