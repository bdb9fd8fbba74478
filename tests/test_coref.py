"""Pronoun sources and what they stand for (provlint.detect.coref), on invented articles."""

from __future__ import annotations

import pytest

from provlint.detect.coref import Resolver
from provlint.detect.sources import source_words
from provlint.lexicons import default_lexicons
from tests.attribution_helpers import attributions as _atts
from tests.attribution_helpers import by_cue

WORDS = source_words(default_lexicons())


# (article, the cue of the pronoun's attribution, what the pronoun resolves to)
RESOLVED = [
    # an honorific on the surname anywhere in the article gives a full-name source its gender
    (
        "Opposition leader Samir Haddad said 2,400 supporters were detained. Interior Minister"
        " Leila Farouk rejected the figure.\n\nMs Farouk spoke after Mr Haddad. He added that"
        " 340 people had disappeared.",
        "added",
        "Opposition leader Samir Haddad",
    ),
    # an acronym is no person; a role with a name in apposition is one
    (
        "NNPC defends price.\n\nThe spokesperson of the Petroleum Company, Olufemi Soneye,"
        " told journalists the cost rose. He added that the company was owed $2.4 billion.",
        "added",
        "The spokesperson of the Petroleum Company, Olufemi Soneye",
    ),
    # an all-caps transcript label is a person
    (
        "SMITH: We lost 300 jobs at the plant last year.\n\nHe added that the plant would close.",
        "added",
        "SMITH",
    ),
    # a subject after a timestamp's dash; the name without the titles a window found
    (
        "14:32 GMT - Power is out, according to Western Grid.\n\n15:24 GMT - Transport"
        " secretary Dana Whitcombe has spoken to broadcasters. She added that £25m was released.",
        "added",
        "Dana Whitcombe",
    ),
    # an honorific rules a person out for the other pronoun, also on a later bare surname
    (
        "Ms Lopez said the plan was sound. Mr Carter wrote that he agreed. She added that "
        "40 officers would be hired.",
        "added",
        "Ms Lopez",
    ),
    (
        "Ms Ana Lopez said the plan was sound. Lopez wrote that it was cheap. Mr Carter "
        "wrote that he agreed. She added that 40 officers would be hired.",
        "added",
        "Lopez",
    ),
    (
        "Mrs. Vale wrote that the plan was sound. Tom Reyes wrote that it was not. He added "
        "that 40 officers would be hired.",
        "added",
        "Tom Reyes",
    ),
    # a role with no name and no person before it stands for itself
    (
        "The Water Board spent more last year. The prime minister defended the policy on "
        "Wednesday. “We are fixing it,” she said.",
        "said",
        "The prime minister",
    ),
    # a named person before the role tells the reader more than the role
    (
        "Ana Ruiz wrote that the dam was safe. The senator defended the bill. “It is fine,” he said.",
        "said",
        "Ana Ruiz",
    ),
    # a person's name in the text after the role wins over the role
    (
        "The minister defended the bill. Critics pointed to Tom Vale and his record. “It "
        "is fine,” he said.",
        "said",
        "Tom Vale",
    ),
]


# (article, the cue of the pronoun's attribution, what the pronoun resolves to): a person named
# as the subject of one of the two sentences before, and marked as a person by a title or role
# before the name or "who" or an age after it, wins over an older source
SUBJECTS = [
    (
        "Herons owner Ray Dunmore told the council the deal was fair. Council member Ines "
        "Marlowe, who chairs the finance committee, is not convinced. She pointed to a study "
        "that found 20 cents of return.",
        "pointed to",
        "Ines Marlowe",
    ),
    (
        "A poll by Harwell & Kim found most voters opposed. Star forward Dejan Mikulić, asked "
        "about the stadium after the win, smiled. “I just play,” he said.",
        "said",
        "Dejan Mikulić",
    ),
    (
        "Mayor Tom Vale argued the budget was sound. Judge Ana Ruiz, 61, left the court early. "
        "The hearing resumes in May. “It fails,” she said.",
        "said",
        "Judge Ana Ruiz",
    ),
    (  # an initial is no sentence's end
        "Mayor Tom Vale argued the budget was sound. The economist Robert J. Shapiro, who "
        "studies wages, looked at 40 towns. He found that pay rose.",
        "found",
        "Robert J. Shapiro",
    ),
    # not a subject, or not marked as a person: the source before stays
    (
        "Tom Vale argued the plan would work. Critics attacked Senator Ana Ruiz on Monday. "
        "“It is fine,” he said.",
        "said",
        "Tom Vale",
    ),
    (
        "Tom Vale argued the plan would work. A top Ana Ruiz adviser left early. “It is fine,” he said.",
        "said",
        "Tom Vale",
    ),
    (
        "Tom Vale argued the plan would work. Senator Ana Ruiz and Mayor Jo Roe will speak "
        "later. “It is fine,” he said.",
        "said",
        "Tom Vale",
    ),
    (
        "Tom Vale argued the plan would work. Ana Ruiz left early. “It is fine,” he said.",
        "said",
        "Tom Vale",
    ),
    (
        "Tom Vale argued the plan would work. “Senator Ana Ruiz, who wrote it, is wrong. "
        "It fails,” he said.",
        "said",
        "Tom Vale",
    ),
    (  # a source after the subject is nearer
        "Judge Ana Ruiz, 61, left the court early. Tom Vale said the ruling was wrong. He "
        "added that 40 people had appealed.",
        "added",
        "Tom Vale",
    ),
    (  # the subject's honorific rules it out
        "Tom Vale argued the plan would work. Ms Ana Ruiz, who wrote it, left early. “It is "
        "fine,” he said.",
        "said",
        "Tom Vale",
    ),
]


@pytest.mark.parametrize(("text", "cue", "resolved"), SUBJECTS)
def test_pronoun_takes_a_person_named_as_a_recent_subject(
    text: str, cue: str, resolved: str
) -> None:
    att = by_cue(_atts(text), cue)
    assert att.source is not None and att.source.text.lower() in ("he", "she")
    assert (att.resolved, att.source_kind) == (resolved, "named")


def test_a_firm_named_with_an_ampersand_is_no_person() -> None:
    text = (
        "A poll of 800 likely voters conducted by Harwell & Kim for the Courier found 58% "
        "opposed to the plan. Players have mostly stayed out of the fight. “No,” he said."
    )
    assert by_cue(_atts(text), "said").resolved is None
    text = "Ana Ruiz, a partner at Vale & Roe, argued it was late. “No,” she said."
    assert by_cue(_atts(text), "said").resolved == "Ana Ruiz, a partner at Vale & Roe"


@pytest.mark.parametrize(("text", "cue", "resolved"), RESOLVED)
def test_pronoun_resolution(text: str, cue: str, resolved: str) -> None:
    att = by_cue(_atts(text), cue)
    assert att.source is not None and att.source.text.lower() in ("he", "she")
    assert att.resolved == resolved
    assert att.source_kind == "named"


def test_a_full_name_does_not_take_the_gender_of_an_earlier_namesake() -> None:
    text = (
        "Mr. Vale wrote that the plan would work. Senator Jo Roe wrote that it would fail. "
        "Ana Vale wrote that it was popular. She added that it would pass."
    )
    assert by_cue(_atts(text), "added").resolved == "Ana Vale"


def test_a_name_found_in_the_text_keeps_its_honorific() -> None:
    att = by_cue(_atts("Ms Lopez met the press on Monday. “It fails,” he said."), "said")
    assert att.resolved is None  # "Ms Lopez" cannot be "he"
    att = by_cue(_atts("Ms Lopez met the press on Monday. “It fails,” she said."), "said")
    assert att.resolved == "Ms Lopez"


def test_a_plural_role_is_no_antecedent_for_she() -> None:
    att = by_cue(_atts("The ministers defended the bill. “It is fine,” she said."), "said")
    assert att.resolved != "The ministers"


def test_group_pronoun_takes_the_nearest_named_source_of_any_kind() -> None:
    resolver = Resolver("")
    resolver.add(0, "Ana Ruiz", True, WORDS)
    resolver.add(10, "The Water Board", False, WORDS)
    assert resolver.resolve("they", 20, WORDS) == ("The Water Board", "named")
    assert resolver.resolve("he", 20, WORDS) == ("Ana Ruiz", "named")
    assert resolver.resolve("they", 5, WORDS) == ("Ana Ruiz", "named")  # only sources before it


def test_pronoun_with_nothing_before_it() -> None:
    resolver = Resolver("“It is fine,” he said.")
    assert resolver.resolve("they", 15, WORDS) == (None, "anonymous")
    assert resolver.resolve("he", 15, WORDS) == (None, "named")
    assert resolver.resolve("we", 15, WORDS)[1] == "named"  # the writer speaks


# (article, its sources in order as (text, head of an anonymous one or None), the pronoun, what
# it takes): a pronoun whose nearest antecedent is an anonymous source stands for no one named
# (attribution detection records anonymous sources with Resolver.add_anonymous)
ANONYMOUS = [
    (
        "Ana Ruiz argued the talks were over. A senior official said they had stalled. He said "
        "40 people had died.",
        [("Ana Ruiz", None), ("A senior official", "official")],
        "He",
        (None, "anonymous"),
    ),
    (
        "Ana Ruiz argued the talks were over. People familiar with them said they had stalled. "
        "They said 40 people had died.",
        [("Ana Ruiz", None), ("People familiar with them", "people")],
        "They",
        (None, "anonymous"),
    ),
    # many people are no "he", one official no "they"
    (
        "Ana Ruiz argued the talks were over. Officials said they had stalled. He said 40 "
        "people had died.",
        [("Ana Ruiz", None), ("Officials", "officials")],
        "He",
        ("Ana Ruiz", "named"),
    ),
    (
        "The Water Board argued the talks were over. A senior official said they had stalled. "
        "They said 40 people had died.",
        [("The Water Board", None), ("A senior official", "official")],
        "They",
        ("The Water Board", "named"),
    ),
    # "the official" may be someone named before; a name after the source is nearer
    (
        "Ana Ruiz argued the talks were over. The official said they had stalled. She said 40 "
        "people had died.",
        [("Ana Ruiz", None), ("The official", "official")],
        "She",
        ("Ana Ruiz", "named"),
    ),
    (
        "A reporter asked Ana Ruiz about the talks. She said 40 people had died.",
        [("A reporter", "reporter")],
        "She",
        ("Ana Ruiz", "named"),
    ),
    # an anonymous source two sentences back is no antecedent
    (
        "Ana Ruiz argued the talks were over. A senior official said they had stalled. The "
        "roads are closed. He said 40 people had died.",
        [("Ana Ruiz", None), ("A senior official", "official")],
        "He",
        ("Ana Ruiz", "named"),
    ),
]


@pytest.mark.parametrize(("text", "sources", "pronoun", "expected"), ANONYMOUS)
def test_pronoun_after_an_anonymous_source(
    text: str,
    sources: list[tuple[str, str | None]],
    pronoun: str,
    expected: tuple[str | None, str],
) -> None:
    resolver = Resolver(text)
    for source, head in sources:
        if head is None:
            resolver.add(text.index(source), source, source == "Ana Ruiz", WORDS)
        else:
            resolver.add_anonymous(text.index(source), source, head, WORDS)
    assert resolver.resolve(pronoun.lower(), text.rindex(pronoun), WORDS) == expected


_OBITUARY = (
    "Tomasz Weller, who kept goal for the national team in 61 matches, died on Saturday. "
    "Weller signed his first contract at 17. He played 412 games for the Rovers. "
)

# (article, the cue of the pronoun's attribution, what the pronoun resolves to): a person
# quoted once in passing who speaks of another "he" is not the "he" of the story two
# sentences on; the person the article names most before them is
TOPIC = [
    (
        _OBITUARY + "“He didn't dive so much as fly,” said Reg Poulton, a teammate. He ran a "
        "shop after 1981. In the Senate he championed a law that set aside 5% of revenue.",
        "championed",
        "Tomasz Weller",
    ),
    (
        _OBITUARY + "“Tomasz would argue for hours,” recalled Senator Ana Brandt, who served "
        "with him. Not everyone was an admirer. In 2009 he said that 40 votes were lost.",
        "said",
        "Tomasz Weller",
    ),
    # the speaker goes on in the next sentence
    (
        _OBITUARY + "“He didn't dive so much as fly,” recalled Reg Poulton, a teammate. “He "
        "was the best,” he said.",
        "said",
        "Reg Poulton, a teammate",
    ),
    # the speaker is named again, so a later "he" may be theirs
    (
        _OBITUARY + "“He didn't dive so much as fly,” recalled Reg Poulton, a teammate. "
        "Poulton coached later. He ran a shop after 1981. In 2009 he said that 40 votes were lost.",
        "said",
        "Reg Poulton, a teammate",
    ),
    # nothing in the speaker's sentence speaks of another "he"
    (
        _OBITUARY + "“It was a great day,” recalled Reg Poulton, a teammate. The club lost "
        "in 1990. In 2009 he said that 40 votes were lost.",
        "said",
        "Reg Poulton, a teammate",
    ),
]


@pytest.mark.parametrize(("text", "cue", "resolved"), TOPIC)
def test_pronoun_takes_the_topic_over_a_voice_quoted_in_passing(
    text: str, cue: str, resolved: str
) -> None:
    att = by_cue(_atts(text), cue)
    assert att.source is not None and att.source.text.lower() in ("he", "she")
    assert (att.resolved, att.source_kind) == (resolved, "named")


# (article, the cue of the pronoun's attribution, what the pronoun resolves to, its kind): gender
# evidence other than an honorific - an object pronoun after a source, a role noun's ending, a
# pronoun that already took a person in the sentence before
GENDER = [
    # an object pronoun of the pronoun's gender just after a source is someone else
    (
        "Senator Ana Vale spoke to reporters on Monday. A reporter asked her about the cost. "
        "She said the repairs would cost $4 million.",
        "said",
        "Senator Ana Vale",
        "named",
    ),
    (
        "Ana Vale argued the plan was sound. Tom Reyes told him the opposite. He said it "
        "would cost $4 million.",
        "said",
        "Ana Vale",
        "named",
    ),
    # of the other gender, or a possessive before a noun, it rules the source out for no one
    (
        "Senator Ana Vale spoke to reporters on Monday. A reporter asked her about the cost. "
        "He said the repairs would cost $4 million.",
        "said",
        None,
        "anonymous",
    ),
    (
        "Tom Reyes argued the plan would fail. Ana Vale said her plan was sound. She added "
        "that it would cost $4 million.",
        "added",
        "Ana Vale",
        "named",
    ),
    # a role noun ending in "-woman" or "-man" has a gender
    (
        "Mayor Tom Vale toured the site on Monday. A spokeswoman for the agency said the dam "
        "held. He added that 40 people had died.",
        "added",
        "Mayor Tom Vale",
        "named",
    ),
    (
        "Mayor Tom Vale toured the site on Monday. A spokesman for the agency said the dam "
        "held. He added that 40 people had died.",
        "added",
        None,
        "anonymous",
    ),
    # ... also before a name
    (
        "Mayor Tom Vale toured the site on Monday. Spokeswoman Jo Reyes said the dam held. He "
        "added that 40 people had died.",
        "added",
        "Mayor Tom Vale",
        "named",
    ),
    (
        "Mayor Tom Vale toured the site on Monday. Spokesman Jo Reyes said the dam held. He "
        "added that 40 people had died.",
        "added",
        "Spokesman Jo Reyes",
        "named",
    ),
    # a "he" that took a person in the sentence before rules them out for a later "she"
    (
        "Ana Brandt led the union until last spring. Tomás Vidal was her deputy. He says she "
        "doubled the budget. She said she plans to teach.",
        "said",
        "Ana Brandt",
        "named",
    ),
    (
        "Ana Brandt led the union. Vidal thinks the criticism is unfair. He says she doubled "
        "the budget. Brandt is stepping down. She said she plans to teach.",
        "said",
        "Ana Brandt",
        "named",
    ),
    # ... but not a namesake, nor another person named in the source's text, nor a person a
    # pronoun inside a sentence took
    (
        "Vale said the plan failed. He said it cost $4 million. Ana Vale told reporters it "
        "would pass. She said 40 jobs were saved.",
        "said",
        "Ana Vale",
        "named",
    ),
    (
        "Tom Reyes, who beat Ana Vale, said the plan failed. He said it cost $4 million. Ana "
        "Vale wrote that it would pass. She said 40 jobs were saved.",
        "said",
        "Ana Vale",
        "named",
    ),
    (
        "Tom Reyes spoke first. Ana Vale argued the plan would fail, and he said it cost $4 "
        "million. She added that 40 jobs were lost.",
        "added",
        "Ana Vale",
        "named",
    ),
    # a "he said" after a quotation may be anyone's: it rules no one out
    (
        "Tom Reyes spoke first. Ana Vale wrote that the plan failed. “We won,” he said. “It "
        "cost $4 million,” she added.",
        "added",
        "Ana Vale",
        "named",
    ),
    # without that "he", the nearest name stays
    (
        "Ana Brandt led the union until last spring. Tomás Vidal was her deputy. She said "
        "she plans to teach.",
        "said",
        "Tomás Vidal",
        "named",
    ),
    # a name found in the text: letters beyond ASCII, hyphens, and no line break inside
    (
        "Bakery profile\n\nJosé Martínez runs the bakery. He said sales fell 30% last year.",
        "said",
        "José Martínez",
        "named",
    ),
    (
        "Ana Ruiz-Vale runs the bakery. She said sales fell 30% last year.",
        "said",
        "Ana Ruiz-Vale",
        "named",
    ),
    (
        "Water Chief Steps Down\n\nRuth Okafor arrived in 2019. “It was hard,” she said.",
        "said",
        "Ruth Okafor",
        "named",
    ),
]


@pytest.mark.parametrize(("text", "cue", "resolved", "kind"), GENDER)
def test_pronoun_gender_evidence(text: str, cue: str, resolved: str | None, kind: str) -> None:
    att = [a for a in _atts(text) if a.cue.text == cue][-1]  # the pronoun's is the last
    assert att.source is not None and att.source.text.lower() in ("he", "she")
    assert (att.resolved, att.source_kind) == (resolved, kind)


def test_the_interviewee_is_found_once_per_article(monkeypatch) -> None:
    calls = []
    original = Resolver._most_named

    def counting(self, offset, words):
        calls.append(offset)
        return original(self, offset, words)

    monkeypatch.setattr(Resolver, "_most_named", counting)
    answers = "".join(f"Q: Question {k}?\n\nA: We found {k} graves.\n\n" for k in range(2, 9))
    atts = _atts("Lara Voss led the inquiry. Voss spoke to us.\n\n" + answers)
    assert [a.resolved for a in atts if a.cue.text == ":"] == ["Lara Voss"] * 7
    assert len(calls) == 1


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        # "It" after a sentence that opens with an institution is that institution
        (
            "The embassy did not respond to a request for comment.\n\nThe Free Varnia Coalition"
            " is an alliance of groups founded in 2019. It claims the support of 2 million people.",
            "The Free Varnia Coalition",
        ),
        # ... not a role opening it ("The Prime Minister"), nor a person, nor across a paragraph
        (
            "The embassy declined to comment.\n\nThe Prime Minister visited the camp on Monday."
            " It claims the support of 2 million people.",
            "The embassy",
        ),
        (
            "The embassy declined to comment.\n\nAna Ruiz is a lawyer in the capital. It claims"
            " the support of 2 million people.",
            "The embassy",
        ),
    ],
)
def test_it_takes_the_institution_opening_the_sentence_before(text: str, resolved: str) -> None:
    att = by_cue(_atts(text), "claims")
    assert att.resolved == resolved
