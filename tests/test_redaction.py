"""What errors may say: the driver's words and the code's names, never the data a statement or a value carried."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from desktop.logs import setup_logging
from desktop.redaction import redact, safe_message, safe_traceback

SECRET = "Dear Zoë, the night-shift study stays between us"


def failed_insert(workspace) -> IntegrityError:
    """A real SQLAlchemy error whose statement carried a note's text as a parameter."""
    with pytest.raises(IntegrityError) as caught, workspace.session() as session:
        session.execute(text("INSERT INTO contact (full_name) VALUES (:name)"), {"name": SECRET})
    return caught.value


def test_a_database_error_keeps_the_drivers_words_and_drops_statement_and_parameters(workspace):
    error = failed_insert(workspace)
    assert SECRET not in str(error)  # the engine hides parameters
    message = safe_message(error)
    assert message.startswith("NOT NULL constraint failed") and "INSERT" not in message
    chained = safe_traceback(error)
    assert "Traceback (most recent call last)" in chained and "IntegrityError: NOT NULL constraint failed" in chained
    assert "[SQL:" not in chained and "[parameters:" not in chained and SECRET not in chained


def test_quoted_values_addresses_and_numbers_are_withheld():
    said = redact("invalid literal for int(): 'Zoë Lindqvist' <zoe.lindqvist@northwind.example> +46 70 123 45 67, "
                  "call 0171 555 0199 or (415) 555-0199 on 2026-11-25 11:00 (line 123, 250 cards)")
    assert said == "invalid literal for int(): '…' <…> …, call … or … on 2026-11-25 11:00 (line 123, 250 cards)"


def test_an_os_error_is_named_without_its_file_name():
    error = FileNotFoundError(2, "No such file or directory", "/exports/notes/zoe-lindqvist.txt")
    assert safe_message(error) == "No such file or directory"


def test_the_log_file_holds_the_error_but_not_the_data(workspace, tmp_path, monkeypatch):
    logger = logging.getLogger("afterview")
    monkeypatch.setattr(logger, "handlers", [])
    path = setup_logging(tmp_path / "logs")
    error = failed_insert(workspace)
    logging.getLogger("afterview.test").error("saving the draft %r failed", SECRET, exc_info=error)
    logging.getLogger("afterview.test").warning("no answer from zoe@northwind.example")
    for handler in logger.handlers:
        handler.close()
    written = path.read_text(encoding="utf-8")
    assert "IntegrityError: NOT NULL constraint failed" in written and "saving the draft '…' failed" in written
    assert "no answer from …" in written
    for private in (SECRET, "Zoë", "zoe@northwind.example", "[SQL:", "[parameters:"):
        assert private not in written
