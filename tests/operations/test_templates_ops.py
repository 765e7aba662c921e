"""The user's own note templates on disk: listed with the built-ins, checked, copied, saved and deleted."""

from __future__ import annotations

import pytest

from desktop.core.templates import BUILTIN_DIR, TemplateError
from desktop.operations import notes as notes_ops
from desktop.operations import templates as ops

GOOD = "Subject: Thanks, {first_name}\n\nHi {first_name},\n\nThank you.\n{your_name}\n"


def _entry(workspace, name: str) -> ops.TemplateEntry:
    return next(e for e in ops.list_entries(workspace) if e.name == name)


def test_built_ins_are_listed_and_not_mine(workspace):
    entries = {e.name: e for e in ops.list_entries(workspace)}
    assert {"formal", "warm", "brief", "panel", "phone_screen"} <= set(entries)
    assert not any(e.mine or e.problem for e in entries.values())


def test_new_copies_under_a_free_name_and_saving_renames(workspace):
    warm = _entry(workspace, "warm")
    first = ops.copy_as_new(workspace, warm)
    second = ops.copy_as_new(workspace, warm)
    assert (first.name, second.name) == ("my_warm", "my_warm_2") and first.mine and not first.overrides
    original = warm.path.read_text(encoding="utf-8")
    assert first.path.read_text(encoding="utf-8") == original.replace("Title: Warm and personal\n", "")
    assert (first.shown_as, second.shown_as) == ("My warm", "My warm 2")  # by their own names, not "Warm ..."
    renamed = ops.save(workspace, "after coffee", GOOD, old_name="my_warm")
    assert renamed.path == notes_ops.user_templates_dir(workspace) / "after coffee.txt"
    assert not first.path.exists()
    assert "after coffee" in [i.name for i in notes_ops.list_templates(workspace)]  # the composer offers it


def test_saving_a_built_in_writes_the_users_copy_only(workspace):
    before = (BUILTIN_DIR / "formal.txt").read_bytes()
    saved = ops.save(workspace, "formal", GOOD, old_name="formal")
    assert saved.mine and saved.overrides and saved.path.parent == notes_ops.user_templates_dir(workspace)
    assert (BUILTIN_DIR / "formal.txt").read_bytes() == before
    ops.delete(workspace, saved)
    assert not _entry(workspace, "formal").mine  # the built-in one is back


def test_a_bad_template_is_refused_naming_its_line_and_nothing_is_written(workspace):
    with pytest.raises(TemplateError, match=r"mine\.txt, line 3: '\{first_name!r\}' is not a plain placeholder"):
        ops.save(workspace, "mine", "Subject: Hi\n\nDear {first_name!r}\n")
    assert not (notes_ops.user_templates_dir(workspace) / "mine.txt").exists()


@pytest.mark.parametrize(("name", "reason"), [("warm", "already a template called 'warm'"),
                                              ("../evil", "letters, digits"), ("", "letters, digits")])
def test_names_that_cannot_be_used(workspace, name, reason):
    with pytest.raises(TemplateError, match=reason):
        ops.check_name(workspace, name)


def test_a_broken_user_file_is_listed_with_its_problem_and_built_ins_cannot_be_deleted(workspace):
    folder = notes_ops.user_templates_dir(workspace)
    folder.mkdir(parents=True)
    (folder / "broken.txt").write_text("Hello\n\nbody\n", encoding="utf-8")
    broken = _entry(workspace, "broken")
    assert broken.mine and "broken.txt, line 1: expected a header" in broken.problem
    with pytest.raises(TemplateError, match="built in"):
        ops.delete(workspace, _entry(workspace, "brief"))


def test_unknown_fields_are_named(workspace):
    template = ops.check_text("x", "Subject: Hi {first_name}\n\nAbout {hobby}.\n")
    assert ops.unknown_fields(template) == ["hobby"]
