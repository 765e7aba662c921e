"""The memorable moment and the why-you-fit line, in every form people type them, as the note uses them."""

import pytest

from desktop.core.note_fields import as_sentences, inline, rewrite

READER = ["Siobhán", "Siobhán Ní Bhriain"]
LEAD = "One part of our conversation has stayed with me:"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # a topic: introduced by the lead, first word lower-cased when it is an ordinary word
        ("your point about the step-three drop-off", f"{LEAD} your point about the step-three drop-off."),
        ("The Thursday design reviews", f"{LEAD} the Thursday design reviews."),
        ("Python tooling for the data team", f"{LEAD} Python tooling for the data team."),
        ("KPI dashboards for Q3", f"{LEAD} KPI dashboards for Q3."),
        ("about the mentoring programme", f"{LEAD} the mentoring programme."),
        ("how Siobhán runs her team", f"{LEAD} how you run your team."),
        ("Siobhán's story about the outage", f"{LEAD} your story about the outage."),
        ("the way she always says no to meetings", f"{LEAD} the way you always say no to meetings."),
        ("the clinic in Leeds that still prints every form",
         f"{LEAD} the clinic in Leeds that still prints every form."),
        # a sentence about the reader: spoken to as "you", the verb agreeing
        ("She described how her team cut the forecast error by a third",
         "You described how your team cut the forecast error by a third."),
        ("she told me about the mentoring programme.", "You told me about the mentoring programme."),
        ("She is building a new team and she has hired four people",
         "You are building a new team and you have hired four people."),
        ("She leads the platform group", "You lead the platform group."),
        ("Siobhán walked me through how the pipeline works. It took two years",
         "You walked me through how the pipeline works. It took two years."),
        ("She's been at the company for ten years", "You've been at the company for ten years."),
        ("I asked her about the roadmap", "I asked you about the roadmap."),
        # the first person, with or without its "I"
        ("I loved hearing about the mentoring programme", "I loved hearing about the mentoring programme."),
        ("loved hearing about her plans for the Dublin office",
         "I loved hearing about your plans for the Dublin office."),
        ("We talked about Kubernetes migrations!", "We talked about Kubernetes migrations!"),
        # a question told, not asked, ends with a full stop; a question asked keeps its mark
        ("that you asked how I'd handle a 3 a.m. outage?", "You asked how I'd handle a 3 a.m. outage."),
        ("She wondered whether I had led a team before? I have, twice.",
         "You wondered whether I had led a team before. I have, twice."),
        ("How would I handle an outage at 3 a.m.?", "How would I handle an outage at 3 a.m.?"),
        # several sentences: the first says whether the note needs its lead
        ("when Siobhán explained the on-call rota. Also the coffee.",
         f"{LEAD} when you explained the on-call rota. Also the coffee."),
        ("The story about the 2019 outage. Wow.", f"{LEAD} the story about the 2019 outage. Wow."),
        # stray punctuation and spaces the user typed
        ("  She described the plan ..  ", "You described the plan."),
        ("your question on pricing;", f"{LEAD} your question on pricing."),
        # a sentence the user started in lower case is still a sentence, but not after an abbreviation
        ("the whiteboard exercise. it was fun", f"{LEAD} the whiteboard exercise. It was fun."),
        ("she showed me the demo. it crashed twice", "You showed me the demo. It crashed twice."),
        ("the tooling, e.g. dbt and airflow", f"{LEAD} the tooling, e.g. dbt and airflow."),
        ("our chat about SQL vs. NoSQL", f"{LEAD} our chat about SQL vs. NoSQL."),
        # "I" written in lower case
        ("i loved the demo and i've told my friends", "I loved the demo and I've told my friends."),
        ("the ideas, i.e. the roadmap", f"{LEAD} the ideas, i.e. the roadmap."),
        # words that only repeat the lead ("one part of our conversation: the part where ...")
        ("the part where Siobhán showed the live dashboard", "You showed the live dashboard."),
        ("the fact that you promote from within", "You promote from within."),
        ("the moment when the demo crashed", f"{LEAD} the demo crashed."),
        ("the moment of silence after the demo", f"{LEAD} the moment of silence after the demo."),
        # an exclamation keeps its mark and needs no lead
        ("what a great conversation", "What a great conversation!"),
        ("Such a kind team!!", "Such a kind team!"),
        # an adverb before the verb of a sentence without its "I"
        ("really enjoyed the system design part", "I really enjoyed the system design part."),
        # a sentence without its subject that has the writer as its object is about the reader
        ("showed me the live dashboard", "You showed me the live dashboard."),
        ("taught me a lot about SQL", "You taught me a lot about SQL."),
        ("talked about the roadmap", "I talked about the roadmap."),
        ("met the whole team", "I met the whole team."),
        ("got to meet the whole team", "I got to meet the whole team."),
        ("hold music on the call", f"{LEAD} hold music on the call."),
        # a question keeps its subject; thanks are said as the note says them
        ("Can I send my portfolio?", "Can I send my portfolio?"),
        ("have you seen the new office?", "Have you seen the new office?"),
        ("would you share the slides", f"{LEAD} would you share the slides."),
        ("like, the whole vibe", f"{LEAD} like, the whole vibe."),
        ("thx so much for the tour of the lab!!", "Thank you so much for the tour of the lab!"),
        ("thanks for showing me the roadmap", "Thank you for showing me the roadmap."),
        ("Thank you again for the coffee", "Thank you again for the coffee."),
        # texting shorthand and contractions typed without their apostrophe
        ("u asked about my thesis", "You asked about my thesis."),
        ("that u guys use rust", "You guys use rust."),
        ("dont forget ur umbrella", f"{LEAD} don't forget your umbrella."),
        ("the U.S. expansion", f"{LEAD} the U.S. expansion."),
        ("the pottery from 500 BC", f"{LEAD} the pottery from 500 BC."),
        # chat asides
        ("the coffee machine lol", f"{LEAD} the coffee machine."),
        ("tbh the coding part was hard!!", "The coding part was hard!"),
        ("Her dog on the call haha", f"{LEAD} your dog on the call."),
        ("the Lollapalooza tickets", f"{LEAD} the Lollapalooza tickets."),
        # an ellipsis and a spaced hyphen
        ("the culture... really open", f"{LEAD} the culture... really open."),
        ("how you described the culture - really open", f"{LEAD} how you described the culture – really open."),
        ("-5 degrees in the office", f"{LEAD} -5 degrees in the office."),
        ("the fact the team is fully remote", "The team is fully remote."),
        # languages with their capital
        ("the german and english docs", f"{LEAD} the German and English docs."),
        ("how to polish the UI", f"{LEAD} how to polish the UI."),
        # a colon of the user's own after the lead's colon
        ("your advice: always talk to users", f"{LEAD} your advice – always talk to users."),
        ("the 9:30 stand-up", f"{LEAD} the 9:30 stand-up."),
        # a list typed with semicolons
        ("the roadmap; the hiring plan; the budget", f"{LEAD} the roadmap, the hiring plan and the budget."),
    ],
)
def test_the_note_gets_whole_sentences(typed: str, expected: str) -> None:
    assert as_sentences(typed, LEAD, READER).text == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("five years of research with clinicians", "What I bring: five years of research with clinicians."),
        ("I have led small design teams through a rebrand.", "I have led small design teams through a rebrand."),
        ("leading small design teams through a rebrand", "What I bring: leading small design teams through a rebrand."),
        ("My background in PostgreSQL performance work matches what you need",
         "My background in PostgreSQL performance work matches what you need."),
        ("because I have shipped three data products", "I have shipped three data products."),
        ("led two teams through a cloud migration", "I led two teams through a cloud migration."),
        ("Experience with Figma and design systems", "What I bring: experience with Figma and design systems."),
        # a list typed one item a line, with any of the usual markers
        ("- SQL\n- Python", "What I bring: SQL and Python."),
        ("• 5 years of SQL\n• Python\n• dbt\n", "What I bring: 5 years of SQL, Python and dbt."),
        ("1. Kafka;\n2) Flink.", "What I bring: Kafka and Flink."),
        ("* led two teams\n* I built a data platform", "I led two teams. I built a data platform."),
        ("- Python", "What I bring: Python."),
        ("1.5 years of Go", "What I bring: 1.5 years of Go."),
        ("experienced in stakeholder management", "I am experienced in stakeholder management."),
        ("Fluent in German and English; PMP certified", "I am fluent in German and English; PMP certified."),
        ("Passionate about accessible design.", "I am passionate about accessible design."),
        ("Strong Go background. Led the move of 200 services.",
         "What I bring: strong Go background. Led the move of 200 services."),
        # a list numbered on one line
        ("1) the new stress-testing tool 2) the Lyon office 3) hybrid work?",
         "What I bring: the new stress-testing tool, the Lyon office and hybrid work."),
        ("1. SQL 2. Python", "What I bring: SQL and Python."),
        ("1) led two teams 2) I built a data platform.", "I led two teams. I built a data platform."),
        ("SQL; Python; Airflow", "What I bring: SQL, Python and Airflow."),
        ("I led the team; we shipped twice", "I led the team; we shipped twice."),
        ("love solving hard problems", "I love solving hard problems."),
        ("can start immediately", "I can start immediately."),
        ("would love to join the team", "I would love to join the team."),
        ("i think im a good fit bc i have done this before", "I think I'm a good fit because I have done this before."),
        ("Ive led teams before", "I've led teams before."),
        ("IM and email support for 5 years", "What I bring: IM and email support for 5 years."),
        ("Been in ops for 10 years", "I've been in ops for 10 years."),
        ("Skills: SQL, Python", "What I bring: SQL, Python."),
        ("communication, leadership, teamwork", "What I bring: communication, leadership and teamwork."),
        ("Curiosity and grit", "What I bring: curiosity and grit."),
        ("Hands-on experience with AWS", "What I bring: hands-on experience with AWS."),
        ("Jean-Luc's advice", "What I bring: Jean-Luc's advice."),
        ("Notion templates for every team", "What I bring: Notion templates for every team."),
        ("SQL, Python, Tableau etc", "What I bring: SQL, Python, Tableau etc."),
        ("my last role at Google, where I led search ads",
         "What I bring: my last role at Google, where I led search ads."),
        # a sentence that opens with a phrase before its "I", and a topic with a clause of its own
        ("In my last role I led a team of 6", "In my last role I led a team of 6."),
        ("as a former nurse I understand clinicians", "As a former nurse I understand clinicians."),
        ("at Stripe, I built the billing API", "At Stripe, I built the billing API."),
        ("the team I lead", "What I bring: the team I lead."),
        ("when I ran the same migration at Acme", "I ran the same migration at Acme."),
        ("when we discussed the Q3 OKRs", "We discussed the Q3 OKRs."),
        ("when I said I love SQL, you laughed", "What I bring: when I said I love SQL, you laughed."),
        ("in the team I lead at Acme", "What I bring: in the team I lead at Acme."),
        ("will the team grow next year", "What I bring: will the team grow next year."),
        ("recently shipped a payments API", "I recently shipped a payments API."),
        ("used to work at Stripe", "I used to work at Stripe."),
        ("fluent in german and english", "I am fluent in German and English."),
        ("ready to relocate to Berlin", "I am ready to relocate to Berlin."),
        ("the fact that I have worked in payments for 4 years", "I have worked in payments for 4 years."),
        ("i am a quick learner and i love data", "I am a quick learner and I love data."),
        ("built the same pipeline at my last job. it handled 3x the volume",
         "I built the same pipeline at my last job. It handled 3x the volume."),
    ],
)
def test_why_fit_in_every_form(typed: str, expected: str) -> None:
    assert as_sentences(typed, "What I bring:").text == expected


def test_changes_are_reported_so_the_composer_can_show_them() -> None:
    result = as_sentences("She described how her team cut costs", LEAD, READER)
    assert result.changed and result.changes == ("speaks to them as “you”",)
    unchanged = as_sentences("I loved hearing about the mentoring programme.", LEAD, READER)
    assert not unchanged.changed and unchanged.changes == ()


def test_inline_form_for_a_template_that_puts_the_field_inside_its_sentence() -> None:
    assert inline("She described how her team cut costs.", READER).text == "you described how your team cut costs"
    assert inline("your point about pricing", READER).text == "your point about pricing"


def test_empty_and_blank_fields_stay_empty() -> None:
    assert as_sentences("", LEAD).text == "" and as_sentences("   ", LEAD).text == ""
    assert not rewrite("").is_sentence


def test_her_as_object_and_as_possessive() -> None:
    assert rewrite("I gave her a copy of the report", READER).text == "I gave you a copy of the report."
    assert rewrite("I met her manager", READER).text == "I met your manager."
