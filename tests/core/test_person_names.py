"""Given and family names and the greeting, on real names from many cultures."""

import pytest

from desktop.core.person_names import (
    addressed_name,
    greeting,
    parse_name,
    propose_greeting,
    reads_family_first,
    split_name,
)

# (printed name, family name first ticked by the user?, given, family, the greeting proposed)
NAMES = [
    # Irish and Scottish
    ("Siobhán Ní Bhriain", False, "Siobhán", "Ní Bhriain", "Siobhán"),
    ("Seán Mac Gearailt", False, "Seán", "Mac Gearailt", "Seán"),
    ("Máire Nic Aoidh", False, "Máire", "Nic Aoidh", "Máire"),
    ("Pádraig Ó Súilleabháin", False, "Pádraig", "Ó Súilleabháin", "Pádraig"),
    ("Nuala Uí Bhriain", False, "Nuala", "Uí Bhriain", "Nuala"),
    ("Brian Ua Néill", False, "Brian", "Ua Néill", "Brian"),
    ("Aoife O'Connor", False, "Aoife", "O'Connor", "Aoife"),
    ("Hamish MacDonald", False, "Hamish", "MacDonald", "Hamish"),
    ("Iain Mc Intyre", False, "Iain", "Mc Intyre", "Iain"),
    ("Kirsty McLeod", False, "Kirsty", "McLeod", "Kirsty"),
    # Dutch, German, French, Italian, Portuguese particles
    ("Anna van der Berg", False, "Anna", "van der Berg", "Anna"),
    ("Dr. Anna-Lena van der Berg", False, "Anna-Lena", "van der Berg", "Dr. van der Berg"),
    ("Jan ten Brink", False, "Jan", "ten Brink", "Jan"),
    ("Ursula von der Leyen", False, "Ursula", "von der Leyen", "Ursula"),
    ("Karl-Theodor zu Guttenberg", False, "Karl-Theodor", "zu Guttenberg", "Karl-Theodor"),
    ("Charles de Gaulle", False, "Charles", "de Gaulle", "Charles"),
    ("Jean de la Fontaine", False, "Jean", "de la Fontaine", "Jean"),
    ("Marie du Pont", False, "Marie", "du Pont", "Marie"),
    ("Jean-Marie Le Pen", False, "Jean-Marie", "Le Pen", "Jean-Marie"),
    ("Giulia di Stefano", False, "Giulia", "di Stefano", "Giulia"),
    ("Leonardo da Vinci", False, "Leonardo", "da Vinci", "Leonardo"),
    ("João Pedro dos Santos", False, "João Pedro", "dos Santos", "João Pedro"),
    ("Ana Paula da Silva", False, "Ana Paula", "da Silva", "Ana Paula"),
    # Spanish and Portuguese compound names
    ("María José García Márquez", False, "María José", "García Márquez", "María José"),
    ("José Luis Rodríguez Zapatero", False, "José Luis", "Rodríguez Zapatero", "José Luis"),
    ("Ana-María Cruz-López", False, "Ana-María", "Cruz-López", "Ana-María"),
    ("José Ortega y Gasset", False, "José", "Ortega y Gasset", "José"),
    ("Juan Carlos de la Fuente", False, "Juan Carlos", "de la Fuente", "Juan Carlos"),
    ("Tomás Ortega", False, "Tomás", "Ortega", "Tomás"),
    # Arabic and Malay
    ("Mohammed bin Salman Al Saud", False, "Mohammed", "bin Salman Al Saud", "Mohammed"),
    ("Siti binti Abdullah", False, "Siti", "binti Abdullah", "Siti"),
    ("Fatima bint Khalid", False, "Fatima", "bint Khalid", "Fatima"),
    ("Ahmad ibn Rashid", False, "Ahmad", "ibn Rashid", "Ahmad"),
    ("Khalid al-Rashid", False, "Khalid", "al-Rashid", "Khalid"),
    ("Amr El-Sayed", False, "Amr", "El-Sayed", "Amr"),
    ("Omar Abu Khalil", False, "Omar", "Abu Khalil", "Omar"),
    ("Layla Al Mansouri", False, "Layla", "Al Mansouri", "Layla"),
    # Family name first, when the user says so or the card prints it in capitals
    ("Tanaka Hiroshi", True, "Hiroshi", "Tanaka", "Tanaka Hiroshi"),
    ("TANAKA Hiroshi", False, "Hiroshi", "Tanaka", "Tanaka Hiroshi"),
    ("Dr. Tanaka Hiroshi", True, "Hiroshi", "Tanaka", "Dr. Tanaka"),
    ("Ms. Kim Ji-woo", True, "Ji-woo", "Kim", "Ms. Kim"),
    ("Wang Xiaoming", True, "Xiaoming", "Wang", "Wang Xiaoming"),
    ("Nagy Anna", True, "Anna", "Nagy", "Nagy Anna"),
    ("Nguyễn Văn An", True, "Văn An", "Nguyễn", "Nguyễn Văn An"),
    ("Hiroshi TANAKA", False, "Hiroshi", "Tanaka", "Hiroshi"),
    ("Li Wei", False, "Li", "Wei", "Li"),  # without the flag a two-word name reads given name first
    # Honorifics, suffixes, "Family, Given", nicknames, initials, one word
    ("Prof. Dr. Hans Müller", False, "Hans", "Müller", "Prof. Müller"),
    ("Dr Priya Raman", False, "Priya", "Raman", "Dr Raman"),
    ("Ms. Aisha Khan", False, "Aisha", "Khan", "Aisha"),
    ("John Smith Jr.", False, "John", "Smith", "John"),
    ("Jane Doe, PhD", False, "Jane", "Doe", "Jane"),
    ("van der Berg, Anna-Lena", False, "Anna-Lena", "van der Berg", "Anna-Lena"),
    ("García Márquez, Gabriel", False, "Gabriel", "García Márquez", "Gabriel"),
    ('Robert "Bob" Smith', False, "Robert", "Smith", "Bob"),
    ("Robert (Bob) Smith", False, "Robert", "Smith", "Bob"),
    ("John F. Kennedy", False, "John F.", "Kennedy", "John"),
    ("George H. W. Bush", False, "George H. W.", "Bush", "George"),
    ("Mary Ann Evans", False, "Mary Ann", "Evans", "Mary Ann"),
    ("Zoë Lindqvist", False, "Zoë", "Lindqvist", "Zoë"),
    ("Henrik Sørensen", False, "Henrik", "Sørensen", "Henrik"),
    ("Madonna", False, "Madonna", "", "Madonna"),
    ("Prof. Weber", False, "", "Weber", "Prof. Weber"),  # a title before one word: that word is the family name
    ("Ms. Okafor", False, "", "Okafor", "Ms. Okafor"),
    ("Herr Dr. Max Müller", False, "Max", "Müller", "Dr. Müller"),  # the academic title of several
    # Pronouns after the name, as LinkedIn and signatures show them, are no nickname
    ("Anna Weber (she/her)", False, "Anna", "Weber", "Anna"),
    ("Sam Lee [they/them]", False, "Sam", "Lee", "Sam"),
    ("Lena Vogt (sie/ihr)", False, "Lena", "Vogt", "Lena"),
    ("Jane Doe, PhD (she/they)", False, "Jane", "Doe", "Jane"),
    # What profiles and signatures put around a name: degrees, a headline, emoji, a maiden name
    ("Anna Weber, MBA, CSPO", False, "Anna", "Weber", "Anna"),
    ("Dr. Anna Weber, M.Sc.", False, "Anna", "Weber", "Dr. Weber"),
    ("Anna Weber-Schmidt, Ph.D.", False, "Anna", "Weber-Schmidt", "Anna"),
    ("Anna Weber | Talent Acquisition", False, "Anna", "Weber", "Anna"),
    ("Mary-Kate Olsen - Hiring!", False, "Mary-Kate", "Olsen", "Mary-Kate"),
    ("✨ Anna Weber 🇩🇪", False, "Anna", "Weber", "Anna"),
    ("Anna Weber (née Schmidt)", False, "Anna", "Weber", "Anna"),
    ("WEBER, ANNA", False, "ANNA", "WEBER", "Anna"),  # one word before the comma: the family name
    ("Anna VAN DER BERG", False, "Anna", "van der Berg", "Anna"),
    ("Vincent Ma", False, "Vincent", "Ma", "Vincent"),
    ("J. R. R. Tolkien", False, "J. R. R.", "Tolkien", "J. R. R. Tolkien"),  # initials are not shouting
    ("A. J. SMITH", False, "A. J.", "Smith", "A. J. Smith"),
    # Vietnamese order, read from the family name printed first
    ("Nguyễn Thị Minh Khai", False, "Thị Minh Khai", "Nguyễn", "Nguyễn Thị Minh Khai"),
    ("Tran Duc Long", False, "Duc Long", "Tran", "Tran Duc Long"),
    ("Linh Nguyen", False, "Linh", "Nguyen", "Linh"),
    ("Mai Tanaka", False, "Mai", "Tanaka", "Mai"),
    # A card printed all in capitals keeps them, but the note greets in the usual case; two letters may be initials
    ("OLIVIA WILSON", False, "OLIVIA", "WILSON", "Olivia"),
    ("JEAN-PIERRE O'NEILL", False, "JEAN-PIERRE", "O'NEILL", "Jean-Pierre"),
    ("DR. HANS MÜLLER", False, "HANS", "MÜLLER", "Dr. Müller"),
    ("AJ SMITH", False, "AJ", "SMITH", "AJ"),
    # A name typed all in small letters keeps them on the card; the note greets it with its capitals
    ("jane doe", False, "jane", "doe", "Jane"),
    ("jean-pierre o'neill", False, "jean-pierre", "o'neill", "Jean-Pierre"),
    ("dr. anna müller", False, "anna", "müller", "Dr. Müller"),
    ("nguyễn thị minh khai", False, "thị minh khai", "nguyễn", "Nguyễn Thị Minh Khai"),
]


@pytest.mark.parametrize(("printed", "family_first", "given", "family", "greet"), NAMES,
                         ids=[row[0] for row in NAMES])
def test_split_and_greeting(printed, family_first, given, family, greet):
    # A row without the user's tick leaves it to the card (None), as a name read from a signature or invitation.
    assert split_name(printed, family_first or None) == (given, family)
    assert propose_greeting(printed, given, family, family_first or reads_family_first(printed)) == greet


def test_the_table_covers_forty_names_and_more():
    assert len(NAMES) >= 40


def test_a_three_word_spanish_name_is_ambiguous_and_reads_one_given_name():
    # "María José García" may be María + José García: the split takes the common case, and the dialog shows it.
    assert split_name("María José García") == ("María José", "García")


def test_blank_name_has_no_parts():
    assert split_name("  ") == ("", "")
    assert propose_greeting("", "", "") == ""


def test_the_card_says_family_first_in_capitals_only_when_the_rest_is_not():
    assert reads_family_first("TANAKA Hiroshi")
    assert not reads_family_first("JOHN SMITH")
    assert not reads_family_first("Hiroshi TANAKA")


def test_the_user_saying_given_name_first_wins_over_the_capitals():
    assert split_name("NGUYỄN Văn An", family_first=False) == ("Nguyễn Văn", "An")
    assert split_name("NGUYỄN Văn An") == ("Văn An", "Nguyễn")


def test_the_greeting_follows_the_split_the_user_corrected():
    # The user moved José into the family name: the proposal greets by what is left of the given name.
    assert propose_greeting("María José García", "María", "José García") == "María"


def test_an_honorific_the_user_chose_greets_by_family_name():
    assert propose_greeting("Tanaka Hiroshi", "Hiroshi", "Tanaka", True, honorific="Ms.") == "Ms. Tanaka"
    assert propose_greeting("Siobhán Ní Bhriain", "Siobhán", "Ní Bhriain", honorific="Dr.") == "Dr. Ní Bhriain"


def test_a_set_greeting_wins_over_the_proposal():
    assert greeting("Bob", "Robert Smith", "Robert", "Smith") == "Bob"
    assert greeting("  ", "Robert Smith", "Robert", "Smith") == "Robert"


def test_parse_keeps_title_and_nickname():
    parts = parse_name('Prof. Robert "Bob" Smith')
    assert (parts.title, parts.nickname, parts.academic_title) == ("Prof.", "Bob", "Prof.")
    assert parse_name("Mr. Tom Jones").academic_title == ""


@pytest.mark.parametrize(("printed", "family_first", "addressed"), [
    ("Anna Weber", False, "Anna Weber"),
    ("Weber, Anna (she/her)", False, "Anna Weber"),
    ("Jane Doe, PhD", False, "Jane Doe"),
    ("dr. anna müller", False, "Dr. Anna Müller"),
    ("DR. HANS MÜLLER", False, "Dr. Hans Müller"),
    ("Prof. Dr. Klaus-Peter Schmidt", False, "Prof. Klaus-Peter Schmidt"),
    ('Robert "Bob" Smith', False, "Robert Smith"),
    ("Prof. Weber", False, "Prof. Weber"),
    ("Tanaka Hiroshi", True, "Tanaka Hiroshi"),
    ("TANAKA Hiroshi", False, "Tanaka Hiroshi"),
    ("Siobhán Ní Bhriain", False, "Siobhán Ní Bhriain"),
])
def test_a_formal_salutation_names_the_person_in_full_without_what_follows_the_name(printed, family_first,
                                                                                  addressed):
    given, family = split_name(printed, family_first or None)
    assert addressed_name(printed, given, family, family_first or reads_family_first(printed)) == addressed


@pytest.mark.parametrize(("printed", "greet"), [
    ("The Hiring Team", "Hiring Team"), ("hiring team", "Hiring Team"), ("Hiring Manager", "Hiring Manager"),
    ("HR team", "HR Team"), ("Talent Acquisition", "Talent Acquisition"), ("Sir or Madam", "Sir or Madam"),
])
def test_a_team_or_a_role_is_greeted_whole(printed: str, greet: str) -> None:
    given, family = split_name(printed)
    assert propose_greeting(printed, given, family) == greet
    assert addressed_name(printed, given, family) == greet


@pytest.mark.parametrize(("printed", "greet", "addressed"), [
    ("ana.ruiz@acme.com", "Ana", "Ana Ruiz"), ("<jean-luc_picard7@fleet.org>", "Jean Luc", "Jean Luc Picard"),
    ("Hope Team", "Hope", "Hope Team"), ("Ana Ruiz", "Ana", "Ana Ruiz"),
])
def test_an_email_address_is_read_as_the_name_before_its_at(printed: str, greet: str, addressed: str) -> None:
    given, family = split_name(printed)
    assert propose_greeting(printed, given, family) == greet
    assert addressed_name(printed, given, family) == addressed
