"""Afterview: everything after the job interview."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("afterview")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"

APP_NAME = "Afterview"
APP_ID = "afterview"
