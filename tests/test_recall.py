"""Attribution recall: cue forms that earlier guards dropped, on invented sentences."""

from __future__ import annotations

import pytest

from provlint.detect.attribution import _loose_apposition, patterns
from provlint.detect.sources import tokenize
from provlint.lexicons import default_lexicons
from tests.attribution_helpers import attributions as _atts

# (sentence, cue text, source text)
SHOULD_FIND = [
    ("Another slide shows 40 percent of budgets going to roads.", "shows", "Another slide"),
    ("Reyes: Dam Will Hold Through Winter", ":", "Reyes"),
    ("Reyes: We will not evacuate the valley.", ":", "Reyes"),
    (
        "The latest Acme poll released Friday shows Reyes leading by 5 points.",
        "shows",
        "The latest Acme poll released Friday",
    ),
    (
        "The new Acme survey conducted last week shows Reyes at 45 percent.",
        "shows",
        "The new Acme survey conducted last week",
    ),
    # a participle after a comma inside a closing quotation mark, or after a dash
    (
        "The mayor called the plan \u201creckless,\u201d adding that the town would sue.",
        "adding",
        "The mayor",
    ),
    ("Reyes praised the levee \u2014 saying it had saved the town.", "saying", "Reyes"),
    # a verb that reports wherever it stands takes the clause before it as its source
    (
        "A person familiar with the dam inspection says the gates held.",
        "says",
        "A person familiar with the dam inspection",
    ),
    (
        "The retired river pilot noted that the current was faster.",
        "noted",
        "The retired river pilot",
    ),
    # verbs of belief, perception and stance
    ("Reyes thought the levee would hold.", "thought", "Reyes"),
    ("Local officials see little risk in the plan.", "see", "Local officials"),
    ("Reyes sounded a warning about the levee.", "sounded", "Reyes"),
    # a relative clause that tells which person is meant does not hide the verb after it
    (
        "Mr. Roe, a farmer who described himself as a moderate, said he would vote.",
        "said",
        "Mr. Roe, a farmer who described himself as a moderate",
    ),
    # a verb of evidence after a noun phrase the noun phrase rules do not know
    ("Exit polling showed that turnout fell.", "showed", "Exit polling"),
    ("County flood records show it rose twice.", "show", "County flood records"),
    ("A state judge ruled that the levee tax was lawful.", "ruled", "A state judge"),
    ("The mayor reaffirmed her support for the levee.", "reaffirmed", "The mayor"),
    # a loose subject after "and" that opens with a quantifier
    ("Officials from both towns met, and both said the levee would hold.", "said", "both"),
    ("Local officials saw the new levee as a waste of money.", "saw", "Local officials"),
    # a verb of belief or stance after a plural noun or a contracted auxiliary
    ("Even some of his neighbors wonder about the levee.", "wonder", "some of his neighbors"),
    ("She\u2019s hoping the levee will hold.", "\u2019s hoping", "She"),
    # a name and an apposition the noun phrase rules cannot parse, between commas
    (
        "\u201cWe will win,\u201d Jo Roe, the group\u2019s campaign manager, said in a statement.",
        "said",
        "Jo Roe, the group\u2019s campaign manager",
    ),
    ("Mayor Reyes Denounces Levee Tax", "Denounces", "Mayor Reyes"),
    # "said" before a noun that is also a verb form is no noun itself
    ("Clinton aides said details of the levee plan would come soon.", "said", "Clinton aides"),
    # a writer who reports what they said or asked
    ("I told the mayor that the levee was weak.", "told", "I"),
    ("We asked our readers which bridge should be rebuilt first.", "asked", "We"),
    # a doubled-apostrophe quotation closed after a space
    ("''The dam will hold, '' said Mr. Reyes.", "said", "Mr. Reyes"),
    # a doubled-apostrophe quotation that ends with a quotation inside it
    ("''They told me, 'Stay home,''' Mr. Reyes said.", "said", "Mr. Reyes"),
    # "documented" has no noun reading: any subject documents
    (
        "Amnesty International has documented 27 cases of abuse.",
        "has documented",
        "Amnesty International",
    ),
    # "per" with a document names it, as with a name
    ("Per the latest census, the town has 41,000 residents.", "Per", "the latest census"),
    # a fronted place with no comma still leaves the subject its verb
    ("In Kyiv officials reported 40 deaths after the strike.", "reported", "Kyiv officials"),
    # after a conjunction the verb has its subject
    ("The firm froze hiring after Acme announced the cuts.", "announced", "Acme"),
    # a question puts its auxiliary before the subject: the base form after it is the verb
    ("Did the ministry report 40 deaths on Monday?", "report", "the ministry"),
    # a relative clause that asks for something reports nothing: the verb after it reports
    (
        "One former clerk, who asked not to be named, said the files were burned.",
        "said",
        "One former clerk, who asked not to be named",
    ),
    (
        "Two farmers, who asked to see the map, said it was secret.",
        "said",
        "Two farmers, who asked to see the map",
    ),
]

# (sentence, a word that must not be a cue)
SHOULD_NOT_FIND = [
    ("He set the table for 12 guests.", "set"),
    ("The average family spends 40 dollars a week.", "spends"),
    ("Revealed: The Valley Towns Most at Risk", ":"),
    ("Bombshell: Dam Inspector Quits", ":"),
    ("The plan is simple: Build the wall higher.", ":"),
    ("The man arrested Friday showed no remorse.", "showed"),
    ("The crates shipped Monday show signs of damage.", "show"),
    ("The town backed the levee; opposing it is now rare.", "opposing"),
    ("The old truck with the broken lights and the two flat tires says a lot.", "says"),
    ("The thought of a flood kept the town awake.", "thought"),
    ("A river pilot named Reyes steered the barge.", "named"),
    ("Farmers in the valley will see higher water bills.", "see"),
    ("I think the levee is weak.", "think"),
    ("The notes written in the margin were faded.", "notes"),
    ("The hints in the report were clear.", "hints"),
    ("Local officials saw the water rise over the road.", "saw"),
    ("The river rose, and then said nothing more about it.", "said"),
    ("Hundreds of farmers showed up at the hearing.", "showed"),
    ("Critics, who say the plan will fail, asked for a vote.", "asked"),
    ("We know the river will rise again.", "know"),
    ("The ministry said in a statement that 12 people died.", "statement"),
    ("Tickets cost $40 per person.", "per"),
    # a participle after a preposition's object has no subject: no report
    ("The minister pointed to a £120m fund announced in January.", "announced"),
    # an opening participle before a name is an inverted report only when a quotation follows
    ("Noted historian Jane Roe, author of “The Long War,” died on Monday.", "Noted"),
    ("The army issued a statement that the road was shut.", "statement"),
]


@pytest.mark.parametrize(("text", "cue", "source"), SHOULD_FIND)
def test_finds_cue(text: str, cue: str, source: str) -> None:
    hits = [a for a in _atts(text) if a.cue.text == cue]
    assert hits, f"no cue {cue!r} in {[a.cue.text for a in _atts(text)]}"
    assert hits[0].source is not None and hits[0].source.text == source


@pytest.mark.parametrize(("text", "word"), SHOULD_NOT_FIND)
def test_no_cue(text: str, word: str) -> None:
    assert all(word not in a.cue.text.split() for a in _atts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Water rose over the road and then, at the hearing, said",  # no short name before
        "Reyes, who shouted \u201cno\u201d loudly, said",  # a quotation inside the commas
        "the farmer, a veteran, said",  # no capital
    ],
)
def test_loose_apposition_needs_a_short_name(text: str) -> None:
    words = patterns(default_lexicons()).words
    toks = tokenize(text, 0)
    assert _loose_apposition(toks, len(toks) - 1, words) is None
