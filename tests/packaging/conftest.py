"""The packaging tests build a frozen bundle and install it: minutes of work, so they run only when asked."""

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "packaging: builds and installs the frozen app (set AFTERVIEW_PACKAGING=1)")
