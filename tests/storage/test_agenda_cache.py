import sqlite3
from datetime import timedelta

from desktop.core.settings import Settings
from desktop.operations import agenda
from desktop.storage import agenda_cache
from tests.conftest import NOW


def context(workspace, settings=None):
    return agenda_cache.context_of(settings or workspace.settings, workspace.zone)


def load(workspace, now=NOW, settings=None):
    return agenda_cache.load(workspace.paths.data_dir, workspace.paths.database, now, context(workspace, settings))


def test_the_cached_list_is_the_list(sample_workspace):
    snapshot = agenda.today_snapshot(sample_workspace)
    agenda.remember(sample_workspace, snapshot)
    items, empty = load(sample_workspace)
    assert items == snapshot.items and not empty


def test_any_write_by_any_program_makes_it_stale(sample_workspace):
    agenda.remember(sample_workspace, agenda.today_snapshot(sample_workspace))
    connection = sqlite3.connect(sample_workspace.paths.database)
    connection.execute("UPDATE contact SET title = 'CEO' WHERE id = 1")
    connection.commit()
    connection.close()
    assert load(sample_workspace) is None


def test_the_clock_and_the_settings_make_it_stale(sample_workspace):
    snapshot = agenda.today_snapshot(sample_workspace)
    agenda.remember(sample_workspace, snapshot)
    assert snapshot.valid_until is not None  # the sample's upcoming interview will start
    assert load(sample_workspace, now=snapshot.valid_until - timedelta(seconds=1)) is not None
    assert load(sample_workspace, now=snapshot.valid_until) is None
    assert load(sample_workspace, settings=Settings(note_deadline_hours=24)) is None


def test_a_broken_cache_is_ignored(sample_workspace):
    (sample_workspace.paths.data_dir / agenda_cache.CACHE_NAME).write_text("{ half a file")
    assert load(sample_workspace) is None


def test_only_the_list_saved_at_the_generation_read_is_carried_forward(sample_workspace):
    import json

    snapshot = agenda.today_snapshot(sample_workspace)
    agenda.remember(sample_workspace, snapshot)
    cache = sample_workspace.paths.data_dir / agenda_cache.CACHE_NAME
    saved = json.loads(cache.read_text())
    agenda_cache.carry_forward(sample_workspace.paths.data_dir, snapshot.generation + 1, snapshot.generation + 2)
    assert json.loads(cache.read_text()) == saved  # read after another write: left stale
    agenda_cache.carry_forward(sample_workspace.paths.data_dir, snapshot.generation, snapshot.generation + 2)
    assert json.loads(cache.read_text()) == {**saved, "generation": snapshot.generation + 2}


def test_the_cached_titles_keep_their_templates_so_the_window_shows_them_in_its_language(sample_workspace):
    from desktop.core.messages import Message

    snapshot = agenda.today_snapshot(sample_workspace)
    agenda.remember(sample_workspace, snapshot)
    items, _ = load(sample_workspace)
    for cached, read in zip(items, snapshot.items, strict=True):
        for text, original in ((cached.title, read.title), (cached.detail, read.detail)):
            assert type(text) is type(original) and text == original
            if isinstance(original, Message):
                assert (text.template, text.values) == (original.template, original.values)
    assert any(isinstance(i.title, Message) for i in items)


def test_a_broken_settings_file_read_for_the_cached_today_is_still_reported_when_the_data_opens(workspace):
    from desktop.operations.startup import cached_today
    from desktop.operations.workspace import open_workspace
    from tests.conftest import ZONE

    settings = workspace.paths.settings_file
    settings.write_text('{"note_deadline_hours": "soon"}', encoding="utf-8")
    cached_today(workspace.paths, "de_DE", ZONE, NOW)  # the start-up's quick look leaves the file where it is
    assert settings.exists()
    again = open_workspace(str(workspace.paths.data_dir), zone=ZONE, clock=lambda: NOW)
    try:
        assert len(again.warnings) == 1
        assert "could not be read (setting 'note_deadline_hours' has the value 'soon', which is not a number)" \
            in again.warnings[0]
        assert not settings.exists()  # set aside, and said so
    finally:
        again.sessions.kw["bind"].dispose()
