from desktop.core.wording import counted, joined


def test_counts_read_as_words():
    assert counted(1, "contact") == "1 contact" and counted(5, "contact") == "5 contacts"
    assert counted(0, "page") == "0 pages" and counted(12_500, "card") == "12,500 cards"
    assert counted(2, "opportunity") == "2 opportunities" and counted(3, "day") == "3 days"  # vowel + y
    assert counted(2, "person", "people") == "2 people"


def test_lists_read_as_a_sentence():
    assert joined([]) == "" and joined(["a"]) == "a" and joined(["a", "b"]) == "a and b"
    assert joined(["a", "b", "c"]) == "a, b and c"

