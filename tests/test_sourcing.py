"""Figure sourcing: named, anonymous, none, carried and cited figures, with hand-made figures."""

from __future__ import annotations

import pytest

from provlint.analysis import Analysis
from provlint.detect.attribution import detect_attributions
from provlint.detect.quotes import detect_quotes
from provlint.detect.sourcing import assign_sourcing
from provlint.lexicons import default_lexicons
from provlint.model import Figure
from provlint.readers import parse
from provlint.segment import segment


def _sourced(text: str, figure_text: str, fmt: str = "markdown") -> Figure:
    """Analyse ``text`` with one hand-made figure (the first occurrence of ``figure_text``)."""
    lex = default_lexicons()
    doc = parse(text, "t.md", fmt)
    segment(doc, lex)
    start = doc.prose.index(figure_text)
    end = start + len(figure_text)
    sentence = next(s.index for s in doc.sentences if s.start <= start < s.end)
    fig = Figure(start=start, end=end, text=figure_text, kind="count", sentence=sentence)
    analysis = Analysis(document=doc, figures=[fig])
    analysis.quotes = detect_quotes(doc, lex)
    analysis.attributions = detect_attributions(doc, lex, analysis.quotes)
    assign_sourcing(doc, lex, analysis)
    return fig


CASES = [
    # an acronym subject names what the report was about
    (
        "Reuters reported that the UN paid 400,000 euros to politicians. The UN also paid $50,000"
        " for hotels.",
        "$50,000",
        "carried",
    ),
    # a cue that disowns its content is no origin of the figure in it
    ("The ministry did not confirm reports that 12 people died.", "12 people", "none"),
    ("Police could not confirm that 12 people died.", "12 people", "none"),
    ("The army denied that 40 civilians were killed.", "40 civilians", "none"),
    ("The army confirmed that 40 civilians were killed.", "40 civilians", "named"),
    # the listener and the means of telling are no content: the clause before is
    ("Sixty people died at home, Omar Saleh told us.", "Sixty people", "named"),
    ("Fifty people died, a doctor told me by phone.", "Fifty people", "anonymous"),
    # a verb of posting names its platform before "that"
    ("Hengaw posted on X that 14 people were executed.", "14 people", "named"),
    ("The mayor posted on the day that 40 people died a video of the flood.", "40 people", "none"),
    # a negated denial owns the content again
    ("The ministry did not deny that 300 people died.", "300 people", "named"),
    ("The governor never disputed that 45 people were killed.", "45 people", "named"),
    # a link on the document the sentence cites backs the figure
    (
        "Officials said 40 people died, citing [a ministry report](https://example.org/r.pdf).",
        "40 people",
        "cited",
    ),
    (
        "Residents said 12 people drowned, as [video footage](https://example.org/v) shows.",
        "12 people",
        "cited",
    ),
    # a link elsewhere in the sentence cites no figure; "US" is no "us" of the report
    (
        "Unnamed officials said 300 people died in [Rafah](https://en.wikipedia.org/wiki/Rafah).",
        "300 people",
        "anonymous",
    ),
    (
        "A spokesman said the council had given us $4 million. US firms also paid $2 million.",
        "$2 million",
        "none",
    ),
    # "without citing a source" relays no one
    (
        "Bild claimed, without citing a source, that taxpayers face a bill of €40 billion.",
        "€40 billion",
        "named",
    ),
    # a named source that relays someone anonymous backs the figure only anonymously
    ("The Ledger, citing unnamed diplomats, said 40 people died.", "40 people", "anonymous"),
    ("The Ledger quoted two officials as saying 300 troops would go.", "300 troops", "anonymous"),
    ("The Ledger, citing a report by the Water Board, said 40 people died.", "40 people", "named"),
    ("Acme Corp said it would cut 300 jobs, citing weak demand.", "300 jobs", "named"),  # a reason
    ("The Harbor Daily reported that 40 workers were hurt.", "40 workers", "named"),
    ("40 workers were hurt, according to the Water Ministry.", "40 workers", "named"),
    ("“Forty workers were hurt,” said Tom Reyes.", "Forty workers", "named"),
    ("Officials said 40 workers were hurt.", "40 workers", "anonymous"),
    ("One former member said about 1,500 people worked there.", "about 1,500 people", "anonymous"),
    ("The mayor is estimated to have received at least $180,000.", "at least $180,000", "none"),
    ("The flood destroyed 300 homes.", "300 homes", "none"),
    (
        "The Harbor Daily reported the firm paid $20,000 to the mayor. The firm also paid $14,000 to his aide.",
        "$14,000",
        "carried",
    ),
    (
        "The Harbor Daily reported that the firm paid $20,000 to the mayor. The firm's owner"
        " also paid $14,000 to his aide.",
        "$14,000",
        "carried",
    ),
    (
        "The Harbor Daily reported that the firm paid $20,000 to the mayor's aide. The mayor"
        " also received $14,000.",
        "$14,000",
        "carried",
    ),
    (  # a marker opening the sentence: the subject comes after it
        "The Harbor Daily reported the firm paid $20,000 to the mayor. In addition, the firm"
        " paid $14,000 to his aide.",
        "$14,000",
        "carried",
    ),
    (
        "The Harbor Daily reported the firm paid $20,000 to the mayor. In addition, the museum"
        " waived its $14 fee.",
        "$14",
        "none",
    ),
    # "also" about someone the report did not mention is the writer's own narration.
    (
        "The Harbor Daily reported the firm paid $20,000 to the mayor. The museum also waived"
        " its $14 fee.",
        "$14",
        "none",
    ),
    (
        "The Harbor Daily reported the firm paid $20,000 to the mayor. He also paid $14,000 to"
        " his aide.",
        "$14,000",
        "none",
    ),
    # A pronoun subject alone does not continue the report: the writer may be narrating.
    (
        "The Harbor Daily reported the firm paid $20,000 to the mayor. It paid $14,000 to his aide.",
        "$14,000",
        "none",
    ),
    # Only a report (saying, finding, "according to") is carried on, not a belief or an act.
    (
        "The council voted against the plan in May. It also paid $14,000 to a consultant.",
        "$14,000",
        "none",
    ),
    (
        "Mayor Reyes wants a new bridge. The city also paid $14,000 for a survey.",
        "$14,000",
        "none",
    ),
    # A quotation opening the next sentence, or the next paragraph, is the speaker's still.
    (
        "“The dam will hold,” Mayor Reyes said. “We spent $14,000 on sandbags.”",
        "$14,000",
        "named",  # the quotation detector gives the speaker itself
    ),
    (
        "“The dam will hold,” Mayor Reyes said.\n\n“We spent $14,000 on sandbags. It worked.”",
        "$14,000",
        "named",  # a quotation opening the next paragraph goes on in the speaker's voice
    ),
    (
        "“The dam will hold,” Mayor Reyes said.\n\n“It held. And we spent $14,000 on sandbags.”",
        "$14,000",
        "named",
    ),
    (  # not when the next paragraph opens with the writer's words
        "“The dam will hold,” Mayor Reyes said.\n\nThe town spent $14,000 on sandbags.",
        "$14,000",
        "none",
    ),
    (
        "''The dam will hold,'' Mayor Reyes said. ''We spent $14,000 on sandbags.''",
        "$14,000",
        "named",  # the doubled apostrophe is a quotation mark too
    ),
    (
        "Mayor Reyes said the dam would hold.\n\nThe note was short: ''We spent $14,000 on sandbags.''",
        "$14,000",
        "carried",
    ),
    (
        "The river rose in the night. “We spent $14,000 on sandbags,” a sign read.",
        "$14,000",
        "anonymous",
    ),
    (
        "The river rose in the night.\n\n“We spent $14,000 on sandbags.”",
        "$14,000",
        "none",
    ),
    # A colon introducing a quotation says whose words follow, even with no cue before it.
    (
        "The river rose in the night. The transcript follows:\n\n“We spent $14,000 on sandbags.”",
        "$14,000",
        "carried",
    ),
    (
        "“The dam will hold,” Mayor Reyes said.\n\nThe city spent $14,000 on sandbags.",
        "$14,000",
        "none",
    ),
    # A quotation no cue gives a speaker takes the sourced attribution next to it.
    (
        "Mayor Reyes said the dam would hold.\n\nThe note on the door was short: “We spent $14,000 on sandbags.”",
        "$14,000",
        "carried",
    ),
    (
        "The note on the door was short: “We spent $14,000 on sandbags.”\n\nMayor Reyes said the dam would hold.",
        "$14,000",
        "carried",
    ),
    (
        "“Would the $14,000 cover the sandbags?”\n\nThe reporter asked Mayor Reyes, who said it would.",
        "$14,000",
        "carried",
    ),
    (
        "The flood came at night. The note on the door was short. “We spent $14,000 on sandbags.”",
        "$14,000",
        "none",
    ),
    (
        "The door was shut. “We spent $14,000 on sandbags.”\n\nThe river fell."
        "\n\nMayor Reyes said the dam would hold.",
        "$14,000",
        "none",
    ),
    # ... while a colon introducing the quotation names where the words come from.
    (
        "The flood came at night. The note on the door was short: “We spent $14,000 on sandbags.”",
        "$14,000",
        "carried",
    ),
    # A sentence ending in a colon introduces the paragraph that follows.
    (
        "The Harbor Council listed its costs:\n\nThe city spent $14,000 on sandbags.",
        "$14,000",
        "carried",
    ),
    (
        "The Harbor Council listed its costs:\n\nThe dam held. The city spent $14,000 on sandbags.",
        "$14,000",
        "carried",
    ),
    (
        "The Harbor Council listed its costs:\n\nThe dam held.\n\nThe city spent $14,000 on sandbags.",
        "$14,000",
        "none",
    ),
    (
        "The Harbor Council listed its costs.\n\nThe city spent $14,000 on sandbags.",
        "$14,000",
        "none",
    ),
    # a colon introduces the whole list after it, not what follows the list
    (
        "The Harbor Council listed its costs:\n\n- $4m on roads;\n- $2m on sandbags.",
        "$2m",
        "carried",
    ),
    (
        "The Harbor Council listed its costs:\n\n- $4m on roads.\n\nThe city spent $2m more.",
        "$2m",
        "none",
    ),
    ("The flood destroyed [300 homes](https://example.org/report).", "300 homes", "cited"),
    ("The flood destroyed 300 homes.[^1]\n\n[^1]: Harbor Daily, 3 May.", "300 homes", "cited"),
    ("The flood destroyed [300 homes](/files/report.pdf).", "300 homes", "cited"),
    # nouns that look like a clause of evidence, a forecast in another clause, an "at" of place
    ("His average showing in the polls was 4 percent.", "4 percent", "none"),
    ("Despite his bleak outlook, he gave $40 million to charity.", "$40 million", "none"),
    ("The firm's projects at home cost $40 million last year.", "$40 million", "none"),
    # a link says more than a clause of evidence no cue marks
    (
        "A new poll showing Roe at 40 percent came out ([poll](https://ex.org/poll)).",
        "40 percent",
        "cited",
    ),
    # the site's own navigation and in-page anchors cite nothing
    ("The flood in [Elm](/topics/elm) destroyed 300 homes.", "300 homes", "none"),
    ("[Jo Roe](/authors/jo-roe) saw 300 homes flood.", "300 homes", "none"),
    # another site's topic page is a document
    (
        "At least 300 homes flooded ([data](https://stats.ex.org/topics/floods)).",
        "300 homes",
        "cited",
    ),
    # a link opening a sentence cites that sentence, not the one before
    (
        "The storm hit.\n[Twelve homes flooded](https://ex.org/report) at night.",
        "Twelve homes",
        "cited",
    ),
    ("The flood destroyed [300 homes](#map).", "300 homes", "none"),
    # a reference after the full stop cites the sentence before it, not the next one
    (
        "The flood destroyed 300 homes.[^1] Another $2m went on roads.\n\n[^1]: Harbor Daily.",
        "$2m",
        "none",
    ),
    (
        "None of the 1,500 trolls that the Harbor Daily says work there are paid.",
        "1,500 trolls",
        "named",
    ),
    ("None of the 1,500 trolls who work there are paid.", "1,500 trolls", "none"),
    # A joined clause with a source of its own ends the first content: its figure is the
    # second source, not what the first one said.
    (
        "Most residents said the dam was safe, while 9 percent said it would fail.",
        "9 percent",
        "none",
    ),
    ("Most residents said the dam was safe; 9 percent said it would fail.", "9 percent", "none"),
    (
        "Most residents said the dam was safe, while it held 9 percent more water.",
        "9 percent",
        "anonymous",
    ),
    # A report in an opening subordinate clause ends at its comma: the main clause is the writer's.
    ("When Mayor Reyes said the dam would hold, the river rose 2 feet.", "2 feet", "none"),
    ("When the river rose, Mayor Reyes said 2 feet of water hit the dam.", "2 feet", "named"),
    # What a stance verb is aimed at is its object, not a clause the writer adds about it.
    ("Mayor Reyes praised the plan, which would cost 300 jobs.", "300 jobs", "none"),
    ("Mayor Reyes praised the plan to cut 300 jobs.", "300 jobs", "named"),
    # An "according to" set off by commas backs the clause on both of its sides.
    ("Since May, according to the Water Ministry, 40 homes flooded.", "40 homes", "named"),
    ("Homes flooded, according to the Water Ministry, and 40 roads closed.", "40 roads", "named"),
    ("According to the Water Ministry, homes flooded, and 40 roads closed.", "40 roads", "named"),
    ("Homes flooded, according to the Water Ministry. Then 40 roads closed.", "40 roads", "none"),
    # ... and one heading the sentence backs it to the end, past a second reported clause.
    (
        "According to the Acme poll, most voters said Smith should go, while 23 percent said"
        " he should stay.",
        "23 percent",
        "named",
    ),
    # A poll as the setting of its results: the clause it opens or closes is what it found.
    ("In the new Acme poll, 40 percent of voters back Smith.", "40 percent", "named"),
    ("But in a new poll, 40 percent of voters back Smith.", "40 percent", "anonymous"),
    ("Smith leads by 9 points in a Harbor Daily poll released Sunday.", "9 points", "named"),
    ("Smith leads by 9 points in the Acme survey, a record.", "9 points", "named"),
    # ... but not a poll phrase inside a noun phrase, or one the clause goes on after.
    ("His 34% support in an Acme poll released Sunday is a record low.", "34%", "none"),
    ("Just 13% of voters in the Acme survey approved.", "13%", "none"),
    ("Smith gained 9 points in the polls this spring.", "9 points", "none"),
    # A reporting clause set after its content by a comma reports what comes before it ...
    ("The dam held 40 tons of water, Mayor Reyes said, and then it broke.", "40 tons", "named"),
    (
        "The dam held 40 tons of water, officials said in a report on Monday.",
        "40 tons",
        "anonymous",
    ),
    ("The dam held 40 tons of water, Mayor Reyes said.", "40 tons", "named"),
    # ... but not when the clause goes on to its own content, or quotes someone.
    ("For 40 years, Mayor Reyes said the dam was safe.", "40 years", "none"),
    ("For 40 years, Mayor Reyes said, “The dam is safe.”", "40 years", "none"),
    ("For 40 years, Mayor Reyes refused to fix the dam.", "40 years", "none"),
    # An aside the writer adds inside a report (a relative clause, an open dash) is not reported.
    ("Mayor Reyes said the dam, which cost $40 million, was safe.", "$40 million", "none"),
    ("Mayor Reyes said the dam was safe - it held 40 tons of water.", "40 tons", "none"),
    ("Mayor Reyes said the dam held - as it did - 40 tons of water.", "40 tons", "named"),
    ("Mayor Reyes said, “The dam, which cost $40 million, is safe.”", "$40 million", "named"),
    # ... while the main clause that takes up again after the aside's closing comma is reported.
    (
        "Mayor Reyes said the dam, which cost $40 million, has held 40 tons of water.",
        "40 tons",
        "named",
    ),
    (
        "Mayor Reyes said the dam, which cost $40 million, has held 40 tons of water.",
        "$40 million",
        "none",
    ),
    (
        "Mayor Reyes said the dam, which cost $40 million, held well, and 40 tons were stored.",
        "40 tons",
        "none",
    ),
    # A second group's answer after "while" is theirs, but a poll's findings run on through it.
    ("Most residents said the dam was safe, while 9 percent were unsure.", "9 percent", "none"),
    ("Most residents said the dam was safe and 9 percent said it would fail.", "9 percent", "none"),
    (
        "Mayor Reyes said the city thanked donors and 40 volunteers helping at the dam.",
        "40 volunteers",
        "named",
    ),
    (
        "The Acme poll found 40 percent back Smith, while 23 percent back Jones.",
        "23 percent",
        "named",
    ),
    # A report in a relative clause ends with the clause; the main clause is the writer's.
    ("Tom Reyes, who backed the plan, gave the club $500.", "$500", "none"),
    ("Tom Reyes, who said the dam held 40 tons, resigned.", "40 tons", "named"),
    # A document and the verb of what it shows back the figures after the verb, even where no
    # cue is found; the writer's aside after it and a noun "showing" do not.
    (
        "A new Harbor survey of tenants 18 to 35 years old shows a 60 percent majority for caps.",
        "60 percent",
        "named",
    ),
    (
        "The polls that show Reyes above 10 percent have him gaining.",
        "above 10 percent",
        "anonymous",
    ),
    (
        "The mayor faces questions, including bank ledgers showing the firm paid $40,000 to his aide.",
        "$40,000",
        "anonymous",
    ),
    (
        "The poll also showed that 59 percent of tenants oppose the plan, and 74 percent said"
        " rents are too high.",
        "74 percent",
        "named",
    ),
    (
        "Polls show Reyes ahead in the county, which he has run for eight years.",
        "eight years",
        "none",
    ),
    ("The poll, taken in May, was his worst showing in two years.", "two years", "none"),
    # A forecast with an owner backs the figures after it; one without an owner does not.
    (
        "By 2030, the agency's 10-year outlook has the deficit passing $1 trillion.",
        "$1 trillion",
        "named",
    ),
    (
        "It raised its growth forecast for the region by 0.2 percentage points.",
        "0.2 percentage points",
        "named",
    ),
    ("A forecast of 3 inches of rain kept crowds away.", "3 inches", "none"),
    ("The bank's forecast, which cost $2 million to build, was wrong.", "$2 million", "none"),
    # A verb of taking a side reports its object; a margin or span after it is the writer's.
    ("The council voted to pay $5.5 million to the victims.", "$5.5 million", "named"),
    ("Mayor Reyes endorsed eight candidates for the council.", "eight candidates", "named"),
    ("Tenants backed Reyes by a 40-point margin.", "40-point margin", "none"),
    (
        "Only 32 percent of tenants opposed the tax, down from 47 percent in 2009.",
        "47 percent",
        "none",
    ),
    ("Harbor County has voted Democratic in the last six elections.", "six elections", "none"),
    ("Mayor Reyes said the council backed the plan by a 6-3 vote.", "6-3 vote", "named"),
    # An estimate puts a figure "at" a value: its source is whoever stands before the word.
    ("Harbor Weekly put the mayor's wealth at $3 million.", "$3 million", "named"),
    (
        "That kept the agency's estimate of growth steady at 3.1 percent this year.",
        "3.1 percent",
        "named",
    ),
    ("The dam's value is estimated at $4 million.", "$4 million", "none"),
    ("With a net worth estimated at $2 million, he is the poorest senator.", "$2 million", "none"),
    ("The company put its plant at risk by cutting 300 jobs.", "300 jobs", "none"),
    ("Crews placed the barrier at 200 meters from the dam.", "200 meters", "none"),
    # a reporting clause after its content, with a listener and a phrase of means or place
    (
        "At least 14 villagers died in the blast, a health official told reporters by telephone.",
        "At least 14 villagers",
        "anonymous",
    ),
    ("The fund holds $40m, Dana Velez told the Harbor Ledger via email.", "$40m", "named"),
    ("The fund holds $40m, Dana Velez told a news conference in Port Elm.", "$40m", "named"),
    ("Two bridges collapsed, an engineer said by phone from Lisbon.", "Two bridges", "anonymous"),
    # what the verb tells is no listener, and an opening phrase is no reported clause
    (
        "On Friday, the third day of a four-day tour, Roe told jokes by the fire.",
        "four-day",
        "none",
    ),
    ("During the two-hour service, the pastor asked the choir to stand.", "two-hour", "none"),
    ("In two other cases, Roe had asked Velez to send the files.", "two other cases", "none"),
    # a link on the source names the document it describes
    (
        "The bill will exceed $194 million, according to"
        " [minutes of a board meeting](https://port.example.org/minutes.pdf).",
        "$194 million",
        "cited",
    ),
    (
        "The bill will exceed $194 million, according to minutes of a board meeting.",
        "$194 million",
        "anonymous",
    ),
]


@pytest.mark.parametrize(("text", "figure", "sourcing"), CASES)
def test_sourcing(text: str, figure: str, sourcing: str) -> None:
    assert _sourced(text, figure).sourcing == sourcing


def test_sourced_figure_points_at_its_attribution() -> None:
    fig = _sourced("The Harbor Daily reported that 40 workers were hurt.", "40 workers")
    assert fig.attribution == 0


def test_carried_needs_same_paragraph() -> None:
    text = "The Harbor Daily reported the firm paid $20,000.\n\nThe firm also paid $14,000 to his aide."
    assert _sourced(text, "$14,000").sourcing == "none"


def test_a_speaker_label_carries_its_whole_paragraph() -> None:
    text = "LOPEZ: Why did it stall?\n\nREYES: No. The rule allows it. Growth was 0.2 percent.\n\nGrowth was 0.4 percent."
    assert _sourced(text, "0.2 percent").sourcing == "carried"
    assert _sourced(text, "0.4 percent").sourcing == "none"  # the next paragraph is the writer's


def test_a_clause_after_a_parenthetical_report_is_the_writers() -> None:
    text = (
        "The river rose two metres, officials said, but 12 people drowned because no siren sounded."
    )
    assert _sourced(text, "two metres").sourcing == "anonymous"
    assert _sourced(text, "12 people").sourcing == "none"


def test_a_colon_carries_the_table_after_it() -> None:
    text = "The Ravens lost the ball, according to Opta:\n\n| Stat | Ravens |\n|---|---|\n| Possession | 39% |\n"
    assert _sourced(text, "39%").sourcing == "carried"
    text = "The Ravens lost the ball.\n\n| Stat | Ravens |\n|---|---|\n| Possession | 39% |\n"
    assert _sourced(text, "39%").sourcing == "none"


def test_carried_needs_a_continuation_cue() -> None:
    text = "The Harbor Daily reported the firm paid $20,000. The bridge cost $14,000 to build."
    fig = _sourced(text, "$14,000")
    assert fig.sourcing == "none" and fig.attribution is None


def test_named_attribution_wins_over_link() -> None:
    text = "The Water Board said [40 workers](https://example.org) were hurt."
    assert _sourced(text, "40 workers").sourcing == "named"


@pytest.mark.parametrize(
    "text",
    [
        # a link or footnote backs a figure more than an anonymous report does, so adding
        # "officials said" to a cited figure never lowers its sourcing
        "Officials said [40 workers](https://example.org) were hurt.",
        "The council paid $3 million to Brask, [officials said](https://example.org/a).",
        "Officials said 40 workers were hurt.[^1]\n\n[^1]: Harbor Council minutes, 2024.",
    ],
)
def test_link_or_footnote_wins_over_an_anonymous_report(text: str) -> None:
    figure = "40 workers" if "40 workers" in text else "$3 million"
    assert _sourced(text, figure).sourcing == "cited"


def test_carried_from_an_anonymous_report_stays_anonymous() -> None:
    text = "Officials said the council paid $3 million to Brask. The council also paid $2 million."
    fig = _sourced(text, "$2 million")
    assert fig.sourcing == "anonymous" and fig.attribution is not None


def test_a_scare_quote_takes_no_speaker_from_the_next_paragraph() -> None:
    text = "The storm did “£4 million” of damage.\n\nResidents reported 300 homes lost."
    assert _sourced(text, "£4 million").sourcing == "none"


def test_a_quotation_after_a_colon_still_takes_the_report_before_it() -> None:
    text = (
        "The report says the rules are weak.\n\n"
        "Consider this finding: “27 companies hid subsidiaries.”"
    )
    assert _sourced(text, "27 companies").sourcing == "carried"


def test_sourced_cover_beats_an_earlier_sourceless_one() -> None:
    text = (
        "The grant was announced on Monday, and the ministry paid $29,715 to the builder, "
        "according to Harbor Council records."
    )
    assert _sourced(text, "$29,715").sourcing == "named"


def test_poll_finding_backs_the_share_after_its_content() -> None:
    """A poll's cue backs the second share its content stops short of, with its named maker."""
    from provlint.analysis import analyze

    a = analyze(
        parse(
            "A poll of 800 voters conducted by Marsh & Tobin found 58% opposed the levy, while 34%"
            " supported it.",
            "t.txt",
            "text",
        )
    )
    fig = next(f for f in a.figures if f.text == "34%")
    assert fig.sourcing == "named"
    assert fig.attribution is not None and a.attributions[fig.attribution].cue.text == "found"


def test_poll_with_no_cue_keeps_the_document_kind() -> None:
    """With no cue on the verb, the document noun still gives the kind ("a new poll showing")."""
    fig = _sourced("A new poll showing Roe at 40 percent was out.", "40 percent")
    assert fig.sourcing == "anonymous" and fig.attribution is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The institute puts the cost at 26 billion krona, or about 1.1% of GDP.",
            ["named", "named"],
        ),
        ("The fund lost $40 million (about 3 percent of its assets).", ["none", "none"]),
        ("The institute puts the cost at 26 billion krona, and 1.1% is a lot.", ["named", "none"]),
    ],
)
def test_a_restated_figure_is_backed_as_the_first(text: str, expected: list[str]) -> None:
    from provlint.analysis import analyze

    a = analyze(parse(text, "t.txt", "text"))
    assert [f.sourcing for f in a.figures] == expected
