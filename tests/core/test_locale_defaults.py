"""The phone region and spelling language proposed from the system locale."""

import pytest

from desktop.core.locale_defaults import LocaleProposal, fill_from_locale, locale_from_environment, propose
from desktop.core.settings import Settings


@pytest.mark.parametrize(("name", "region", "spelling"), [
    ("en_IE.UTF-8", "IE", "en-GB"),
    ("en_US.UTF-8", "US", "en-US"),
    ("de_DE", "DE", ""),  # the notes are English: a German dictionary would underline all of them
    ("de_AT.UTF-8@euro", "AT", ""),
    ("en-GB", "GB", "en-GB"),
    ("en_AU", "AU", "en-GB"),
    ("en_PH", "PH", "en-US"),
    ("fr_CA.UTF-8", "CA", ""),
    ("pt_BR", "BR", ""),
    ("nl", "", ""),
    ("ja_JP.UTF-8", "JP", ""),
    ("es_419", "", ""),  # Latin America is no single country
    ("en", "", ""),  # English, but which spelling is not said
])
def test_a_locale_proposes_its_region_and_spelling(name, region, spelling):
    assert propose(name) == LocaleProposal(region, spelling)


@pytest.mark.parametrize("name", ["C", "POSIX", "", "C.UTF-8", "??"])
def test_no_locale_proposes_nothing(name):
    assert propose(name) == LocaleProposal()


def test_the_strongest_variable_names_the_locale():
    assert locale_from_environment({"LANG": "de_DE.UTF-8", "LC_ALL": "en_IE.UTF-8"}) == "en_IE.UTF-8"
    assert locale_from_environment({"LANG": "de_DE.UTF-8", "LC_MESSAGES": ""}) == "de_DE.UTF-8"
    assert locale_from_environment({"LANG": "C.UTF-8"}) == ""
    assert locale_from_environment({"HOME": "/home/ana"}) is None


def test_only_what_the_settings_file_lacks_comes_from_the_locale():
    stored = Settings(default_phone_region="FR", spelling_language="en-US")
    assert fill_from_locale(stored, {"default_phone_region"}, "en_IE.UTF-8") == Settings(
        default_phone_region="FR", spelling_language="en-GB")
    assert fill_from_locale(Settings(), set(), "de_DE") == Settings(default_phone_region="DE", spelling_language="en")
    chosen = Settings(spelling_language="de")  # the user's own choice in Settings → Notes
    assert fill_from_locale(chosen, {"spelling_language"}, "de_DE") == Settings(default_phone_region="DE",
                                                                                spelling_language="de")
    assert fill_from_locale(Settings(), set(), "C") == Settings()
