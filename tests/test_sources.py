"""Source noun phrases: boundaries and kinds on invented sentences (provlint.detect.sources)."""

from __future__ import annotations

import pytest

from provlint.detect.sources import source_words
from provlint.lexicons import default_lexicons
from provlint.model import Attribution
from tests.attribution_helpers import attributions as _atts
from tests.attribution_helpers import by_cue


def _source(text: str, cue: str) -> Attribution:
    return by_cue(_atts(text), cue)


# (sentence, cue, the source's exact text, its kind)
BOUNDARIES = [
    # a slash between two glued names joins them
    ("A BBC/Ipsum poll shows the mayor ahead.", "shows", "A BBC/Ipsum poll", "named"),
    (
        "The Herald/Courier survey found that rents rose.",
        "found",
        "The Herald/Courier survey",
        "named",
    ),
    # a party label closed by a state abbreviation keeps its bracket
    (
        "“The levee will hold,” said Sen. Ann Roe (D-Minn.), who chairs the panel.",
        "said",
        "Sen. Ann Roe (D-Minn.), who chairs the panel",
        "named",
    ),
    ("“It holds,” said Rep. Tom Vale (R-Tex.).", "said", "Rep. Tom Vale (R-Tex.)", "named"),
    # an opening bracket with no closing one is not part of the source
    ("(Dr. Mira Osei writes that the dam is old.)", "writes", "Dr. Mira Osei", "named"),
    # shares and the adverbs that hedge them
    ("Six in 10 say the river is dirty.", "say", "Six in 10", "anonymous"),
    (
        "Rents rose, and nearly three in five said they would move.",
        "said",
        "nearly three in five",
        "anonymous",
    ),
    (
        "Of the farmers, more than 4 in 10 said the rains came late.",
        "said",
        "more than 4 in 10",
        "anonymous",
    ),
    ("A mere 9 percent say the bridge is safe.", "say", "A mere 9 percent", "anonymous"),
    (
        "At the meeting, about a third of residents said they were afraid.",
        "said",
        "about a third of residents",
        "anonymous",
    ),
    # roles before a name
    ("Screenwriter Cole Vale said the levee holds.", "said", "Screenwriter Cole Vale", "named"),
    (
        "Former FBI agent Tim Vale said the levee holds.",
        "said",
        "Former FBI agent Tim Vale",
        "named",
    ),
    (
        "In Elm, presumptive Republican nominee Ann Roe said the levee holds.",
        "said",
        "presumptive Republican nominee Ann Roe",
        "named",
    ),
    # an unlisted modifier after a subordinator or "that" opens the phrase
    (
        "Rents rose because social scientists say the levee holds.",
        "say",
        "social scientists",
        "anonymous",
    ),
    ("Rents rose but rural voters say the levee holds.", "say", "rural voters", "anonymous"),
    # a lone quantifier keeps its article, "no one" its "no"
    ("The two said the levee holds.", "said", "The two", "anonymous"),
    ("None of the three said the levee holds.", "said", "None of the three", "anonymous"),
    ("No one said the levee holds.", "said", "No one", "anonymous"),
    ("In the end some said the levee holds.", "said", "some", "anonymous"),
    # partitives: a noun of amount or collection and the phrase after its "of"
    (
        "And a slew of farm leaders agree with the plan.",
        "agree",
        "a slew of farm leaders",
        "anonymous",
    ),
    (
        "Of the mayors, none of his rivals attacked the plan.",
        "attacked",
        "none of his rivals",
        "anonymous",
    ),
    (
        "Back then, a wide array of economists say, the rains failed.",
        "say",
        "a wide array of economists",
        "anonymous",
    ),
    (
        "An average of recent polls by Metro Pulse shows Roe ahead.",
        "shows",
        "An average of recent polls by Metro Pulse",
        "anonymous",
    ),
    # roles and groups from the lexicon before a name or as the head
    (
        "At the forum, Channel 9 moderator Ana Diaz asked the mayor a question.",
        "asked",
        "Channel 9 moderator Ana Diaz",
        "named",
    ),
    (
        "After the vote, the candidates said the dam must be rebuilt.",
        "said",
        "the candidates",
        "anonymous",
    ),
    # coordination with "nor", a pronoun before "and", "like" after a plural head
    (
        "Neither Roe nor Vale acknowledged the leak.",
        "acknowledged",
        "Neither Roe nor Vale",
        "named",
    ),
    (
        "Even so, he and his allies are going after the mayor.",
        "are going after",
        "he and his allies",
        "named",
    ),
    ("But critics like Ana Diaz say the dam is weak.", "say", "critics like Ana Diaz", "anonymous"),
    # a number with a thousands separator
    ("In the county, 34,000 people supported the levy.", "supported", "34,000 people", "anonymous"),
    # a role and whom it serves
    (
        "A senior adviser to Roe said the dam is weak.",
        "said",
        "A senior adviser to Roe",
        "anonymous",
    ),
    (
        "“It is weak,” said a longtime aide to Mayor Roe.",
        "said",
        "a longtime aide to Mayor Roe",
        "anonymous",
    ),
    # after a name: a partitive with its "of", or lowercase nouns up to a listed head
    (
        "Roe leads, according to the Metro Pulse average of recent polls.",
        "according to",
        "the Metro Pulse average of recent polls",
        "named",
    ),
    (
        "The firm paid lobbyists, according to U.S. lobbying records.",
        "according to",
        "U.S. lobbying records",
        "named",
    ),
    # lowercase particles inside names; "overall" and "alike" after the head
    ("Mayor Ana de Souza rejected the plan.", "rejected", "Mayor Ana de Souza", "named"),
    ("Then de Souza tweeted that the dam was fine.", "tweeted", "de Souza", "named"),
    (
        "Nearly eight in 10 voters overall said the rains came late.",
        "said",
        "Nearly eight in 10 voters overall",
        "anonymous",
    ),
    # capitals after an article or before a slash are a name, not a headline
    (
        "Yesterday a CITY TIMES analysis shows the dam is weak.",
        "shows",
        "a CITY TIMES analysis",
        "named",
    ),
    # plural roles head a source
    (
        "Other former army officers said the dam is weak.",
        "said",
        "Other former army officers",
        "anonymous",
    ),
    # a document and its maker after a participle and "by"
    (
        "A report released by the Metro Institute estimated that the dam is weak.",
        "estimated",
        "A report released by the Metro Institute",
        "named",
    ),
    (
        "A survey conducted by an unnamed firm found that the dam is weak.",
        "found",
        "A survey conducted by an unnamed firm",
        "anonymous",
    ),
    (
        "About four out of 10 voters said the dam is weak.",
        "said",
        "About four out of 10 voters",
        "anonymous",
    ),
    (
        "A producer for Metro Studios told reporters the dam is weak.",
        "told",
        "A producer for Metro Studios",
        "anonymous",
    ),
    # a list of names or heads opening the clause
    (
        "Friends, lobbyists and former foes say the plan is good.",
        "say",
        "Friends, lobbyists and former foes",
        "anonymous",
    ),
    (
        "Democrats Ana Roe, Tom Vale, and Jim Lee offered voters a plan.",
        "offered",
        "Democrats Ana Roe, Tom Vale, and Jim Lee",
        "named",
    ),
    (
        "A statement posted on the Acme website said listings are fine.",
        "said",
        "A statement posted on the Acme website",
        "named",
    ),
    # a document's maker after "by", also past a short time phrase: whoever made it is the source
    (
        "According to a report published by the Delta Trust, rents rose.",
        "According to",
        "a report published by the Delta Trust",
        "named",
    ),
    (
        "According to a study released last week by Oxfarm, rents rose.",
        "According to",
        "a study released last week by Oxfarm",
        "named",
    ),
    (
        "According to figures compiled in 2023 by the Delta Trust, rents rose.",
        "According to",
        "figures compiled in 2023 by the Delta Trust",
        "named",
    ),
    (
        "A report published in March by the Delta Trust says rents rose.",
        "says",
        "A report published in March by the Delta Trust",
        "named",
    ),
    (
        "A review released on Monday by Oxfarm found that rents rose.",
        "found",
        "A review released on Monday by Oxfarm",
        "named",
    ),
    # a verb with its subject before it, not a document's participle, keeps its report
    (
        "The minister announced on Monday by decree that 40 people were freed.",
        "announced",
        "The minister",
        "named",
    ),
    ("The teachers’ union said 300 jobs would go.", "said", "The teachers’ union", "named"),
    # a closing single quote mark is no possessive
    ("'We stand with the workers' officials said on Monday.", "said", "officials", "anonymous"),
    # a possessive inside the phrase, a hedged count after "of", a relative clause of saying
    (
        "According to the state auditor's latest review, the bill is $2bn.",
        "According to",
        "the state auditor's latest review",
        "named",
    ),
    (
        "The country's finance minister, Ana Holt, said 12 people were hired.",
        "said",
        "The country's finance minister, Ana Holt",
        "named",
    ),
    (
        "Rents rose, according to a survey of more than 2,000 adults.",
        "according to",
        "a survey of more than 2,000 adults",
        "anonymous",
    ),
    (
        "Ten died, according to the fire agency, which said that 60 homes burned.",
        "according to",
        "the fire agency",
        "named",
    ),
    # an unlisted bare plural after a subordinator or "and" is the subject; a time word is no
    # item of a coordination
    ("He lost, even though commuters said the fare rose.", "said", "commuters", "anonymous"),
    ("The bus was late and commuters said the fare rose.", "said", "commuters", "anonymous"),
    # a document's participle and its time belong to the subject; the weekday names no one
    (
        "A report published Wednesday said the dam is weak.",
        "said",
        "A report published Wednesday",
        "anonymous",
    ),
    (
        "A news report released on Monday said the dam is weak.",
        "said",
        "A news report released on Monday",
        "anonymous",
    ),
    # a contact clause ends in its preposition; a time span before the verb is left out; "I"
    # names no one
    (
        "Several people I spoke with said the dam is weak.",
        "said",
        "Several people I spoke with",
        "anonymous",
    ),
    (
        "Two engineers I met over the last few weeks said the dam is weak.",
        "said",
        "Two engineers I met",
        "anonymous",
    ),
    ("Officials over the past week said the dam is weak.", "said", "Officials", "anonymous"),
    # a present verb after a contact clause, with or without "have"; the noun before the
    # pronoun is the head, so a capital "Experts" or "I" names no one
    (
        "Experts we talked to say the dam could fail.",
        "say",
        "Experts we talked to",
        "anonymous",
    ),
    (
        "Experts I have spoken to say the dam could fail.",
        "say",
        "Experts I have spoken to",
        "anonymous",
    ),
    (
        "The residents we met with say the dam will fail.",
        "say",
        "The residents we met with",
        "anonymous",
    ),
    (
        "Engineers whom I interviewed said the dam is weak.",
        "said",
        "Engineers whom I interviewed",
        "anonymous",
    ),
    # an unlisted role after "its" or "the" and before a name; the comma inside "2,300" opens
    # no apposition and no subject with a clause of its own
    (
        "The clinic treated 2,300 patients in December, its coordinator, Omar Saleh, said.",
        "said",
        "its coordinator, Omar Saleh",
        "named",
    ),
    (
        "The clinic treated 2,300 patients, its coordinator, Omar Saleh, told reporters.",
        "told",
        "its coordinator, Omar Saleh",
        "named",
    ),
    (
        "The clinic treated 2,300 patients, said its coordinator, Omar Saleh.",
        "said",
        "its coordinator, Omar Saleh",
        "named",
    ),
    (
        "Agents seized 40 kilos, said the bureau's director, James B. Comey, on Monday.",
        "said",
        "the bureau's director, James B. Comey",
        "named",
    ),
    ("The clinic is full, said the manager, Monday.", "said", "the manager", "named"),
    # an acronym spelt like a pronoun is a name, not "who" or "us"
    ("About 480,000 children suffer, the WHO said.", "said", "the WHO", "named"),
    ("WHO said that 37 people had died of cholera.", "said", "WHO", "named"),
    ("According to WHO, 37 people had died.", "According to", "WHO", "named"),
    ("WHO officials said 37 people had died.", "said", "WHO officials", "anonymous"),
    ("The head of IT said 40 servers failed.", "said", "The head of IT", "named"),
    # a listed plural head keeps the place after it in the source
    (
        "Small businesses in Soweto say they lost 40% of turnover.",
        "say",
        "Small businesses in Soweto",
        "anonymous",
    ),
    # a verb joined by "and" in a subordinate clause shares that clause's subject
    (
        "The toll is higher, because many families fled and could not testify.",
        "could not testify",
        "many families",
        "anonymous",
    ),
    # ... but a thing or a body after the subordinator leaves the verb to the sentence subject
    (
        "Roe took the job because the pay was good and has promised that 300 jobs would come.",
        "has promised",
        "Roe",
        "named",
    ),
    # an inverted role's apposition stops before another clause
    (
        '"We have had no water for 12 days," said one teacher, Amnesty International reported.',
        "said",
        "one teacher",
        "anonymous",
    ),
    # an all-caps transcript label is a person for a later pronoun; "Yemen" is no plural
    ("Yemen said 40 soldiers were killed in the attack.", "said", "Yemen", "named"),
    ("Carmen told reporters that 12 houses burned down.", "told", "Carmen", "named"),
    # a document filed with or under a named body keeps it; an occasion and its time close a
    # passive's agent
    (
        "According to filings with the US Justice Department, the firm received $2.1 million.",
        "According to",
        "filings with the US Justice Department",
        "named",
    ),
    (
        "The toll was announced by Interior Minister Dario Vensk on state television on 19 November.",
        "was announced",
        "Interior Minister Dario Vensk",
        "named",
    ),
    # a footnote marker inside the source is no boundary
    (
        "The city spent $12 million, according to a report[^1] by the transport committee.",
        "according to",
        "a report[^1] by the transport committee",
        "named",
    ),
    (
        "The city spent $12 million, according to a report[1] by the transport committee.",
        "according to",
        "a report[1] by the transport committee",
        "named",
    ),
    # "whose" opens a relative clause inside the subject as "who" does
    (
        "Jo Roe, whose members voted to hire an auditor, said that 96 percent was recovered.",
        "said",
        "Jo Roe, whose members voted to hire an auditor",
        "named",
    ),
    # a figure after "said the firm lost" is no closing punctuation of an inverted source
    (
        "That person, who spoke on condition of anonymity, said the firm lost $5 million.",
        "said",
        "That person, who spoke on condition of anonymity",
        "anonymous",
    ),
    # an unlisted head: before "that", or a noun of a person after an article and an adjective
    ("The auditor found that 37 contracts were void.", "found", "The auditor", "named"),
    (
        "A forensic accountant testified that the losses rose.",
        "testified",
        "A forensic accountant",
        "anonymous",
    ),
    # "per" cites an office or a document; court papers are documents
    (
        "Losses reached $14 million, per the sheriff's office.",
        "per",
        "the sheriff's office",
        "named",
    ),
    ("Losses reached $14 million, court papers show.", "show", "court papers", "anonymous"),
    # a full name in apposition names the source; a place after a comma does not
    ("One of them, Ana Lopez, confirmed the sale.", "confirmed", "One of them, Ana Lopez", "named"),
    (
        "A lawyer for Acme, Nadia Strom, said the deal was void.",
        "said",
        "A lawyer for Acme, Nadia Strom",
        "named",
    ),
    (
        "Residents of Kyiv, Ukraine, said the dam is weak.",
        "said",
        "Residents of Kyiv, Ukraine",
        "anonymous",
    ),
    # a group led by someone is the subject; a participle aside is left out
    (
        "A team of geologists led by Elm University has found that the shelf is thinning.",
        "has found",
        "A team of geologists led by Elm University",
        "named",
    ),
    (
        "Mayor Ines Roe, reached by phone on Monday, said the dam is weak.",
        "said",
        "Mayor Ines Roe",
        "named",
    ),
    (
        "A spokeswoman for the carrier, Delta Air Lines, said 400 jobs would go.",
        "said",
        "A spokeswoman for the carrier, Delta Air Lines",
        "anonymous",
    ),
    # an unlisted noun between the article and a possessive stays in the source
    (
        "The barn burned, the county sheriff's office said.",
        "said",
        "the county sheriff's office",
        "named",
    ),
    # a time word between an apposed subject and its verb
    (
        "The Minister for Roads, Eleanor Roe, today announced £2.4 billion for repairs.",
        "announced",
        "The Minister for Roads, Eleanor Roe",
        "named",
    ),
    # an owner's reports are named; bare "reports" are not
    (
        "Fees rose, according to the authority's annual reports.",
        "according to",
        "the authority's annual reports",
        "named",
    ),
    ("Fees rose, according to reports.", "according to", "reports", "anonymous"),
    # "-s" verbs before a modal stay verbs in an object relative
    (
        "It builds a plant, which the developer says will employ 1,100 people.",
        "says",
        "the developer",
        "named",
    ),
    # an unlisted noun of a person keeps the place after it
    (
        "A policeman at the scene said two people died.",
        "said",
        "A policeman at the scene",
        "anonymous",
    ),
    # no maker: the document alone, indefinite
    (
        "According to a report published in March, rents rose.",
        "According to",
        "a report",
        "anonymous",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "kind"), BOUNDARIES)
def test_source_boundaries(text: str, cue: str, source: str, kind: str) -> None:
    att = _source(text, cue)
    assert att.source is not None
    assert att.source.text == source
    assert att.source_kind == kind


# (sentence, cue, the source's exact text): what the source must leave out
LEFT_OUT = [
    # a slash with spaces around it separates, it does not join
    ("Fees rose for both / Acme officials said it was fair.", "said", "Acme officials"),
    # "in 2016" after a count is a time adjunct, not a share
    ("Voters backed two in 2016, officials said.", "said", "officials"),
    # "just" hedges a number but stays out of the source
    ("Just 30 percent of voters said the levee was safe.", "said", "30 percent of voters"),
    # "of" after an ordinary noun is no partitive
    ("The cost of repairs rose, the engineers said.", "said", "the engineers"),
    # "like" after a singular noun or a name is no part of the source
    ("Roe, like Vale, wants the dam rebuilt.", "wants", "Roe"),
    # "to" after a role joins only a name; a verb after a plain name is no part of it
    ("He spoke to Roe and said the dam was fine.", "said", "He"),
    ("On Monday, Roe punctuated his speech by saying the dam is weak.", "saying", "Roe"),
    # a sentence adverb and its comma before the subject
    ("Regardless, the agency said the dam is weak.", "said", "the agency"),
    ("Significantly, the judge said the fine was fair.", "said", "the judge"),
    # a subordinator or participle opening the sentence is no name
    ("Shortly after the vote, the agency said the dam is weak.", "said", "the agency"),
    # an auxiliary opening a question is no part of the subject
    ("Did the agency refuse to release the report?", "refuse", "the agency"),
    # an introductory phrase before the comma is no list item
    ("In Iowa, officials and aides said the plan is good.", "said", "officials and aides"),
]


@pytest.mark.parametrize(("text", "cue", "source"), LEFT_OUT)
def test_source_leaves_out(text: str, cue: str, source: str) -> None:
    att = _source(text, cue)
    assert att.source is not None
    assert att.source.text == source


# (sentence, cue, the source's kind): roles, organisations and sentence-opening plurals
KINDS = [
    # unnamed plurals: a quantifier before a plural, a listed plural opening the sentence, a
    # possessive pronoun capitalised by the sentence, a participle after the head
    ("Several European security services have warned that it is weak.", "have warned", "anonymous"),
    ("Some Western governments say the dam is weak.", "say", "anonymous"),
    ("Six Gannett newspapers said the dam is weak.", "said", "named"),  # looked up
    ("Pals claim she returned the ring.", "claim", "anonymous"),
    ("Insurers estimate that claims could top £400m.", "estimate", "anonymous"),
    ("Her pals say she returned the ring.", "say", "anonymous"),
    ("Humanitarian partners said that 45,000 people were displaced.", "said", "anonymous"),
    ("Shop owners in the township say prices rose 40%.", "say", "anonymous"),
    ("Analysts polled last week had expected a cut.", "had expected", "anonymous"),
    ("Bus drivers said 12 routes were cut.", "said", "anonymous"),
    ("Fishermen said 30 boats sank.", "said", "anonymous"),
    ("The departments said 12 routes were cut.", "said", "named"),  # introduced before
    ("Sanders said 12 routes were cut.", "said", "named"),  # a surname, not a plural
    ("A Pentagon spokesman said the dam is weak.", "said", "anonymous"),
    ("A White House official said the dam is weak.", "said", "anonymous"),
    ("Two Acme officials said the dam is weak.", "said", "anonymous"),
    ("Engineers familiar with the dam say it is weak.", "say", "anonymous"),
    ("One senior Tory MP said the dam is weak.", "said", "anonymous"),  # a count, a role
    ("A Republican senator said the dam is weak.", "said", "anonymous"),
    ("Three Labour MPs said the dam is weak.", "said", "anonymous"),
    ("Studies show the dam is weak.", "show", "anonymous"),  # capitalised by the sentence
    ("Recent polls suggest the dam is weak.", "suggest", "anonymous"),
    ("The studies show the dam is weak.", "show", "named"),  # those mentioned before
    ("Gallup polls suggest the dam is weak.", "suggest", "named"),
    ("Figures published by the office suggest the dam is weak.", "suggest", "named"),
    ("Studies from the university show the dam is weak.", "show", "named"),
    ("A memo seen by the Ledger shows the dam is weak.", "shows", "named"),  # its reader
    ("A letter to the editor by Jane Roe says the dam is weak.", "says", "named"),
    ("The Pentagon spokesman said the dam is weak.", "said", "named"),
    ("A Pentagon spokesman, Jeff Davis, said the dam is weak.", "said", "named"),
    ("Pentagon spokesman Jeff Davis said the dam is weak.", "said", "named"),
    ("Reyes said the dam is weak.", "said", "named"),
    ("Jones says the dam is weak.", "says", "named"),  # a name ending in "s" opens the sentence
    # a group noun capitalised only by the sentence is no name
    ("Shopkeepers said prices rose 3 percent.", "said", "anonymous"),
    ("Prosecutors said the dam is weak.", "said", "anonymous"),
    ("Staff at the hospital said 40 patients waited.", "said", "anonymous"),
    # a common plural names no one, even after "The" (which opens the sentence, no name)
    ("The commuters said the fare rose.", "said", "anonymous"),
    ("The companies said the merger would close.", "said", "named"),  # firms one can look up
    # an institution opening the sentence is named; a document noun there is not a name
    ("Congress said the gap was $40 billion.", "said", "named"),
    ("Police said 12 people were arrested.", "said", "anonymous"),
    ("Testimony from an officer indicated the bank knew.", "indicated", "anonymous"),
    ("The Acme Trust said the dam is weak.", "said", "named"),
    # a common plural's possessive belongs to the subject; a document takes its maker's kind
    ("The teachers' union said 300 jobs would go.", "said", "named"),
    ("A statement from the nurses’ union said 40 beds were shut.", "said", "named"),
    ("A report by some experts says 40 beds were shut.", "says", "anonymous"),
    ("A statement from March said 40 people died.", "said", "anonymous"),  # a time makes nothing
    ("A letter from the front said 40 soldiers died.", "said", "anonymous"),
    # "within" and "inside" join a place to anonymous sources as "in" does
    ("Sources within the Northern Front said the dam is weak.", "said", "anonymous"),
    ("Sources inside the ministry said 300 jobs would go.", "said", "anonymous"),
]


@pytest.mark.parametrize(("text", "cue", "kind"), KINDS)
def test_source_kinds(text: str, cue: str, kind: str) -> None:
    att = _source(text, cue)
    assert att.source is not None
    assert att.source_kind == kind


def test_title_plurals_are_heads_unless_listed_as_verbs() -> None:
    words = source_words(default_lexicons())
    assert {"officers", "ministers", "directors"} <= words.heads
    assert not {"hosts", "heads", "chairs"} & words.heads


def test_inverted_source_never_ends_in_a_connector() -> None:
    for att in _atts("The dawn of the new age will begin, the mayor said. One of them said no."):
        if att.source is not None:
            assert att.source.text.split()[-1] not in ("of", "in", "for", "at", "by")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an apposition a digit or a capital opens still belongs to an inverted source
        (
            "“We will win,” said Mary Smith, 45, a teacher from Ohio.",
            "Mary Smith, 45, a teacher from Ohio",
        ),
        ("“No,” said Sen. John Doe, R-Texas.", "Sen. John Doe, R-Texas"),
        ("“Yes,” said Jane Roe, Acme’s chief economist.", "Jane Roe, Acme’s chief economist"),
        ("“Fine,” said Tom Hale, Democrat of Vermont.", "Tom Hale, Democrat of Vermont"),
        # ... but not a time phrase, a larger number, or a party word without "of"
        ("“Fine,” said Tom Hale, Friday.", "Tom Hale"),
        ("“Fine,” said Tom Hale, 10 days later.", "Tom Hale"),
        ("“Fine,” said Tom Hale, 2018 being a hard year.", "Tom Hale"),
        ("“Fine,” said Tom Hale, Democrats agreed.", "Tom Hale"),
    ],
)
def test_inverted_source_apposition_opened_by_a_digit_or_capital(text: str, source: str) -> None:
    att = _source(text, "said")
    assert att.source is not None and att.source.text == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a relative clause that reports on its own stays out of an inverted source ...
        (
            "“It holds,” said Ana Roe, a farmer, who said she trusts the levee.",
            "said",
            "Ana Roe, a farmer",
        ),
        (
            "“It holds,” said an engineer, who spoke on condition of anonymity.",
            "said",
            "an engineer",
        ),
        # ... but one that does not report is part of it
        (
            "“It holds,” said Ana Roe, who farms near the levee.",
            "said",
            "Ana Roe, who farms near the levee",
        ),
    ],
)
def test_inverted_source_leaves_out_a_reporting_relative_clause(
    text: str, cue: str, source: str
) -> None:
    att = _source(text, cue)
    assert att.source is not None and att.source.text == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # the verb after a relative clause of saying keeps the noun before it as its source
        ("Ana Roe, who says the dam is weak, added that repairs are late.", "added", "Ana Roe"),
        # a relative clause that does not report stays in the source
        (
            "Ana Roe, who farms near the dam, said repairs are late.",
            "said",
            "Ana Roe, who farms near the dam",
        ),
    ],
)
def test_relative_clause_of_saying_before_the_verb(text: str, cue: str, source: str) -> None:
    att = _source(text, cue)
    assert att.source is not None and att.source.text == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an adverbial aside between a sentence-opening subject and its verb stays out
        ("The owners of the mill, however, said the dam is weak.", "The owners of the mill"),
        (
            "The engineers on the panel, for instance, said repairs are late.",
            "The engineers on the panel",
        ),
        (
            "The mayor of the town, still smarting over the vote, said repairs are late.",
            "The mayor of the town",
        ),
        # ... but a list, an inclusion or a share is part of the subject
        ("A third of farmers, 33%, said the dam is weak.", "A third of farmers, 33%"),
        (
            "The owners of the mill, including Ana Roe, said the dam is weak.",
            "The owners of the mill, including Ana Roe",
        ),
    ],
)
def test_initial_subject_leaves_out_an_aside(text: str, source: str) -> None:
    att = _source(text, "said")
    assert att.source is not None and att.source.text == source


def test_relative_clause_of_saying_after_an_unnamed_head_is_the_report() -> None:
    # an unnamed head is one source, reported once: the verb after the clause is hidden
    cues = [a.cue.text for a in _atts("Critics, who say the dam is weak, asked for repairs.")]
    assert cues == ["say"]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # an auxiliary glued to its negation is part of the verb group
        ("Roe doesn't say what the dam will cost.", "doesn't say", "Roe"),
        ("The agency hasn’t explained why the dam failed.", "hasn’t explained", "The agency"),
        ("The mayor won't say when the levee opens.", "won't say", "The mayor"),
        # an adverb between the subject and its verb stays out of the source
        ("The agency specifically declined to comment.", "specifically declined", "The agency"),
        ("Roe only briefly explained the plan.", "only briefly explained", "Roe"),
        ("The agency separately said the dam is weak.", "separately said", "The agency"),
    ],
)
def test_verb_group_adverbs_and_negations(text: str, cue: str, source: str) -> None:
    att = _source(text, cue)
    assert att.source is not None and att.source.text == source


@pytest.mark.parametrize(
    "text",
    [
        # a negated "be" before a participle is a passive, not a verb of saying with a subject
        "We hope the mistake of the farmers isn’t repeated.",
        # "only" after a possessive is an adjective: "the agency's only hope" is a noun phrase
        "The agency’s only hope was a new levee.",
    ],
)
def test_no_cue_from_negated_passive_or_possessed_only(text: str) -> None:
    assert not [a for a in _atts(text) if a.source is not None]


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        # a quantifier before "of whom" belongs to the relative source and takes its kind
        (
            "The panel heard Ana Roe and Tom Vale, both of whom said the dam is weak.",
            "both of whom",
            "named",
        ),
        (
            "The panel has nine members, two of whom said the dam is weak.",
            "two of whom",
            "anonymous",
        ),
        # a plain relative pronoun stays alone
        ("The panel heard Ana Roe, who said the dam is weak.", "who", "named"),
    ],
)
def test_quantified_relative_source(text: str, source: str, kind: str) -> None:
    att = _source(text, "said")
    assert att.source is not None and att.source.text == source
    assert att.source_kind == kind


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # an apposition between dashes belongs to the source ...
        (
            "Ana Roe — a farmer from the valley — says the dam is weak.",
            "says",
            "Ana Roe — a farmer from the valley —",
        ),
        (
            "Farmers -- and some engineers -- say the dam is weak.",
            "say",
            "Farmers -- and some engineers --",
        ),
        # ... a clause or an adverbial between dashes does not
        ("The judge -- who toured the dam -- said repairs are late.", "said", "The judge"),
        ("Roe — after a long pause — told reporters the dam is weak.", "told", "Roe"),
    ],
)
def test_dash_aside_before_the_verb(text: str, cue: str, source: str) -> None:
    att = _source(text, cue)
    assert att.source is not None and att.source.text == source


def test_dash_aside_needs_a_subject_before_it() -> None:
    # a clause before the dashes is no subject
    for text in (
        "The dam is weak — very weak — said the engineer.",
        "It broke - twice - said Roe.",
    ):
        for att in _atts(text):
            assert (
                att.source is None or "weak" not in att.source.text and "It" not in att.source.text
            )


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a collective noun stands alone as a subject
        ("A man was hurt near the dam, police said.", "said", "police"),
        # a noun that a quantifier made look like a verb is part of the later verb's subject
        ("Some protest leaders said the dam is weak.", "said", "Some protest leaders"),
        ("Some advocates for farmers said the dam is weak.", "said", "Some advocates for farmers"),
    ],
)
def test_collective_and_quantified_subjects(text: str, cue: str, source: str) -> None:
    att = _source(text, cue)
    assert att.source is not None and att.source.text == source
    assert [a.cue.text for a in _atts(text)] == [cue]


def test_lone_singular_noun_is_still_no_subject() -> None:
    # other lone singular nouns still open no source ("general consensus among")
    assert not [a for a in _atts("The plan drew general consensus among them.") if a.source]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # after the source's comma the sentence goes on: no apposition to grow over
        (
            "Since May, according to the Acme Institute, farmers have lost 400 acres.",
            "according to",
            "the Acme Institute",
        ),
        (
            "The plan, according to a town official, is to raise the levee.",
            "according to",
            "a town official",
        ),
        (
            "Rents rose, according to the survey, where most towns are small.",
            "according to",
            "the survey",
        ),
        # ... but an apposition with a determiner or a role still grows
        (
            "“It holds,” said Ana Roe, the engineer at the time the dam was built.",
            "said",
            "Ana Roe, the engineer at the time the dam was built",
        ),
    ],
)
def test_inverted_source_stops_before_a_clause(text: str, cue: str, source: str) -> None:
    att = _source(text, cue)
    assert att.source is not None and att.source.text == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a reflexive after the source belongs to it
        ("Roe herself said the dam is weak.", "said", "Roe herself"),
        ("The farmers themselves say the dam is weak.", "say", "The farmers themselves"),
        # a common noun's possessive after its determiner joins the phrase
        ("The town's new mayor rejected the plan.", "rejected", "The town's new mayor"),
    ],
)
def test_reflexives_and_common_possessives(text: str, cue: str, source: str) -> None:
    att = _source(text, cue)
    assert att.source is not None and att.source.text == source


def test_pronoun_contraction_is_no_possessive() -> None:
    # "that's" is no possessive: it opens no source phrase
    for att in _atts("The fee that's new said nothing about the dam."):
        assert att.source is None or "that's" not in att.source.text


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a participle of saying takes the sentence's subject when it can speak ...
        ("The mayor spoke for an hour on Monday, urging calm.", "urging", "The mayor"),
        ("The agency filed the plan last week, saying it was fair.", "saying", "The agency"),
    ],
)
def test_participle_takes_a_speaking_sentence_subject(text: str, cue: str, source: str) -> None:
    att = _source(text, cue)
    assert att.source is not None and att.source.text == source


def test_participle_takes_no_unlisted_thing_as_subject() -> None:
    # ... but not an event or a thing the lexicon does not list as a source
    for att in _atts("The fracas was over two months later, vowing to go on."):
        assert att.source is None or "fracas" not in att.source.text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a plural organisation noun after a word capitalised only by the sentence is unnamed
        ("Labor unions said the dam is weak.", "anonymous"),
        ("But Trade groups said the dam is weak.", "anonymous"),
        # a name inside the phrase, or a determiner before it, still names it
        ("The Acme unions said the dam is weak.", "named"),
        ("Rents rose, Acme unions said.", "named"),
    ],
)
def test_opening_capital_before_a_plural_organisation(text: str, kind: str) -> None:
    att = _source(text, "said")
    assert att.source is not None and att.source_kind == kind


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a short quoted title inside an apposition is part of it, not a quotation
        (
            "Ana Roe, host of the channel’s “Morning Show,” said the dam is weak.",
            "said",
            "Ana Roe, host of the channel’s “Morning Show",
        ),
        (
            "Tom Vale, a host of ''The Hour,'' refused to go along.",
            "refused",
            "Tom Vale, a host of ''The Hour",
        ),
    ],
)
def test_quoted_title_in_apposition(text: str, cue: str, source: str) -> None:
    att = _source(text, cue)
    assert att.source is not None and att.source.text == source


def test_quotation_opening_the_sentence_is_no_title() -> None:
    att = _source("“The dam is weak,” Roe said.", "said")
    assert att.source is not None and att.source.text == "Roe"
    assert att.content is not None and "weak" in att.content.text


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a coordinated verb of saying with its own auxiliary shares the sentence's subject
        ("Roe often takes credit for the levee and has said it will hold.", "has said", "Roe"),
        (
            "The agency reviewed the dam but did not say when it would reopen.",
            "did not say",
            "The agency",
        ),
    ],
)
def test_coordinated_verb_group_shares_the_subject(text: str, cue: str, source: str) -> None:
    att = _source(text, cue)
    assert att.source is not None and att.source.text == source


def test_coordinated_non_speech_verb_takes_no_subject() -> None:
    # only verbs of saying: "and has firmly rejected" gets no subject from this rule
    for att in _atts("The agency reviewed the dam and has firmly rejected the plan."):
        assert att.source is None or att.source.text != "The agency"


def test_walking_a_long_list_of_names_stays_linear(monkeypatch) -> None:
    # Each list item is walked without growing lists again: a walk that recursed into every
    # item's own list took exponential time ("A and B, C and D, ... said").
    from provlint.detect import sources

    calls = 0
    real = sources.walk_left

    def counting(*args, **kwargs):
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(sources, "walk_left", counting)
    names = ["Smith", "Kim", "Jones", "Patel", "Garcia", "Lee", "Brown", "Nguyen"]
    counts = {}
    for n in (8, 16):
        calls = 0
        items = ", ".join(f"{names[i % 8]} and {names[(i + 3) % 8]}" for i in range(n))
        att = _source(f"{items} said the dam would hold.", "said")
        assert att.source is not None and att.source.text.startswith("Smith and Patel, Kim")
        counts[n] = calls
    assert counts[16] <= 3 * counts[8]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a participle clause after a comma tells what the source was doing: left out
        (
            "Mayor Ann Roe, standing on the bank, said the levee must rise.",
            "said",
            "Mayor Ann Roe",
        ),
        (
            "“The river is high,” said Tom Vale, a farmer near Elm, wearing a red hat.",
            "said",
            "Tom Vale, a farmer near Elm",
        ),
        # a finite verb after a comma is the sentence's own predicate, after a cue set inside it
        (
            "The trouble, say experts like Tom Vale, a farm economist, is the soil itself.",
            "say",
            "experts like Tom Vale, a farm economist",
        ),
        (
            "Tom Vale, who has farmed here for years, said the levee holds.",
            "said",
            "Tom Vale, who has farmed here for years",
        ),
        # ... but a participle that lists members, or one that modifies a role or plural noun, stays
        (
            "Several towns, including Elm, said the levee must rise.",
            "said",
            "Several towns, including Elm",
        ),
        (
            "Tom Vale, managing partner of Vale Farms, said the levee holds.",
            "said",
            "Tom Vale, managing partner of Vale Farms",
        ),
    ],
)
def test_participle_clause_is_no_part_of_the_source(text: str, cue: str, source: str) -> None:
    att = _source(text, cue)
    assert att.source is not None and att.source.text == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a name, then an apposition that holds a comma of its own
        (
            "Tom Vale, chief executive of Acme, a farm company, said the levee holds.",
            "said",
            "Tom Vale, chief executive of Acme, a farm company",
        ),
        (
            "Ann Roe, an official at the Elm Housing Board, which runs the dam, said it holds.",
            "said",
            "Ann Roe, an official at the Elm Housing Board, which runs the dam",
        ),
        # a role, then the name that fills it
        (
            "Acme’s chief executive, Ann Roe, said the levee holds.",
            "said",
            "Acme’s chief executive, Ann Roe",
        ),
        # ... but a phrase that does not open the clause, or a preposition, stays out
        ("In Ohio, a farm official said the levee holds.", "said", "a farm official"),
        ("Through a spokeswoman, Ann Roe said the levee holds.", "said", "Ann Roe"),
        ("Like his father, Tom Vale said the levee holds.", "said", "Tom Vale"),
    ],
)
def test_name_and_apposition_before_the_verb(text: str, cue: str, source: str) -> None:
    att = _source(text, cue)
    assert att.source is not None and att.source.text == source


@pytest.mark.parametrize(
    ("text", "cue", "source", "kind"),
    [
        # a phrase found inside a relative clause on the subject: the subject and its clause
        (
            "Senior farm advisers who have run the numbers say the levee holds.",
            "say",
            "Senior farm advisers who have run the numbers",
            "anonymous",
        ),
        (
            "In Elm, voters who backed the mayor said the levee holds.",
            "said",
            "voters who backed the mayor",
            "anonymous",
        ),
        # ... but not over a subordinate clause, a pronoun subject or a relative pronoun
        ("A farmer who left when they said it was safe.", "said", "they", "anonymous"),
    ],
)
def test_subject_with_a_relative_clause(text: str, cue: str, source: str, kind: str) -> None:
    att = _source(text, cue)
    assert att.source is not None and att.source.text == source
    assert att.source_kind == kind


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a phrase found after the subject's head: the subject and its phrases
        (
            "Officials with the Elm Farm Bureau said the levee holds.",
            "said",
            "Officials with the Elm Farm Bureau",
        ),
        (
            "Some delegates at the convention in Elm said the levee holds.",
            "said",
            "Some delegates at the convention in Elm",
        ),
        ("Exit polls taken in Ohio show the levee holds.", "show", "Exit polls taken in Ohio"),
        # ... but not a phrase that does not open the clause, or a relative pronoun
        ("He met with officials in Ohio who said the levee holds.", "said", "who"),
        ("After the vote in Elm, the mayor said the levee holds.", "said", "the mayor"),
    ],
)
def test_subject_with_a_prepositional_phrase(text: str, cue: str, source: str) -> None:
    att = _source(text, cue)
    assert att.source is not None and att.source.text == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # what "and" joins to the source: two modifiers of one head, or a phrase opening the clause
        (
            "Domestic and international critics said the levee holds.",
            "said",
            "Domestic and international critics",
        ),
        (
            "Five past and current employees said the levee holds.",
            "said",
            "Five past and current employees",
        ),
        (
            "Many farm groups and climate experts say the levee holds.",
            "say",
            "Many farm groups and climate experts",
        ),
        # ... but not a phrase after a verb, or a pronoun
        (
            "The mayor praised Ann Roe and farm leaders said the levee holds.",
            "said",
            "farm leaders",
        ),
        ("He and his allies said the levee holds.", "said", "He and his allies"),
    ],
)
def test_coordinated_subject(text: str, cue: str, source: str) -> None:
    att = _source(text, cue)
    assert att.source is not None and att.source.text == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # an apposition the walks leave out: a role held then or now, a hyphenated role, a role
        # whose participle looks like a clause, the name that fills a role
        (
            "Tom Vale, now a partner at Acme, said the levee holds.",
            "said",
            "Tom Vale, now a partner at Acme",
        ),
        ("“It holds,” said Tom Vale, then 38.", "said", "Tom Vale, then 38"),
        (
            "“It holds,” said Tom Vale, co-director of the Elm Center.",
            "said",
            "Tom Vale, co-director of the Elm Center",
        ),
        (
            "“It holds,” said Tom Vale, managing director at Acme.",
            "said",
            "Tom Vale, managing director at Acme",
        ),
        (
            "“It holds,” said the bureau’s director, Jane Roe.",
            "said",
            "the bureau’s director, Jane Roe",
        ),
        (
            "“It holds,” said several critics, including Jane Roe.",
            "said",
            "several critics, including Jane Roe",
        ),
        # ... but not an adverb alone, a clause, or names after a plural
        ("Tom Vale, now, said the levee holds.", "said", "Tom Vale"),
        (
            "“It holds,” said their friends and advisers, Ann Roe and Tom Vale.",
            "said",
            "their friends and advisers",
        ),
    ],
)
def test_apposition_after_the_source(text: str, cue: str, source: str) -> None:
    att = _source(text, cue)
    assert att.source is not None and att.source.text == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a closing phrase that says when or where the source spoke, after a name or a comma
        ("“It holds,” said Jane Roe in a statement.", "said", "Jane Roe"),
        (
            "“It holds,” said Jane Roe, the chair of the panel, in a statement.",
            "said",
            "Jane Roe, the chair of the panel",
        ),
        # a noun that a clause without a relative pronoun modifies is no part of the source
        ("That was the moment Jane Roe said the levee holds.", "said", "Jane Roe"),
        ("It is the reason Tom Vale says the levee holds.", "says", "Tom Vale"),
        # a cue set into the sentence between commas: the speaker before it, not the subject
        ("Ann Roe, a top aide said, is confident the levee holds.", "said", "a top aide"),
        ("Ann Roe, officials said, is confident.", "said", "officials"),
        # an opening adverb or participle phrase before the comma is no part of the subject
        ("Privately, some farm officials say the levee holds.", "say", "some farm officials"),
        # "whose" opens the source it determines
        ("The firm, whose lawyers said the levee holds, won.", "said", "whose lawyers"),
        # ... but not after a common noun, nor a phrase whose head is a name
        ("“It holds,” said a source on the call.", "said", "a source on the call"),
        ("“It holds,” said Jane Roe at the Elm Review.", "said", "Jane Roe at the Elm Review"),
    ],
)
def test_occasion_is_no_part_of_the_source(text: str, cue: str, source: str) -> None:
    att = _source(text, cue)
    assert att.source is not None and att.source.text == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # "polling" is a document that shows things, like "a poll"
        ("Exit polling showed the levee holds.", "showed", "Exit polling"),
        ("Early polling in Elm shows a tight race.", "shows", "Early polling in Elm"),
    ],
)
def test_polling_is_a_document_subject(text: str, cue: str, source: str) -> None:
    att = _source(text, cue)
    assert att.source is not None and att.source.text == source
    assert att.source_kind == "named"


def test_a_clause_after_now_is_no_apposition() -> None:
    att = _source("“The plan is dead,” said Roe, now the state must pay $40 million.", "said")
    assert att.source is not None and att.source.text == "Roe"
