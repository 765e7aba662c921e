import pytest

from desktop.core.settings import Settings, SettingsError, describe, from_plain, to_plain


def test_every_setting_is_declared_with_a_default_and_an_explanation():
    infos = describe()
    assert {i.name for i in infos} >= {"note_deadline_hours", "default_decision_wait_days", "grace_period_days",
                                       "working_days", "quiet_start", "quiet_end", "default_phone_region",
                                       "your_name", "your_email"}
    assert all(i.doc and i.label and i.section for i in infos)


def test_round_trip_through_plain_values():
    settings = Settings(note_deadline_hours=24, working_days=[0, 1, 2, 3], your_name="Ana")
    assert from_plain(to_plain(settings)) == settings


@pytest.mark.parametrize(("data", "message"), [
    ({"note_deadline_hours": "soon"}, "note_deadline_hours"),
    ({"note_deadline_hours": 0}, "outside"),
    ({"quiet_start": "late"}, "not a time"),
    ({"working_days": "weekdays"}, "whole numbers"),
    ({"smtp_security": "tls"}, "expected one of"),
    ({"close_to_tray": "yes"}, "true or false"),
])
def test_a_wrong_value_names_the_setting(data, message):
    with pytest.raises(SettingsError, match=message):
        from_plain(data)


def test_unknown_keys_are_ignored_so_older_versions_can_read_newer_files():
    assert from_plain({"version": 9, "something_new": 1}) == Settings()


def test_the_spelling_language_is_stored_as_a_code_with_a_readable_label():
    info = next(i for i in describe() if i.name == "spelling_language")
    assert {"en-GB", "en-US", "de", "fa"} <= set(info.choices)
    assert info.choice_labels["en-GB"] == "English (British spelling)"
    assert from_plain({"spelling_language": "en-GB"}).spelling_language == "en-GB"
    with pytest.raises(SettingsError, match="spelling_language"):
        from_plain({"spelling_language": "English"})
