"""Attribution detection: cues, sources, contents and source kinds on invented sentences."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provlint.detect.attribution import detect_attributions
from provlint.lexicons import default_lexicons
from provlint.model import Quote
from tests.attribution_helpers import attributions as _atts
from tests.attribution_helpers import by_cue as _by_cue
from tests.attribution_helpers import cues as _cues
from tests.attribution_helpers import segmented as _doc

# (sentence, cue, source text or None, source kind, a phrase the content must contain)
SHOULD_FIND = [
    (
        "Maria Lopez said the dam would burst within days.",
        "said",
        "Maria Lopez",
        "named",
        "dam would burst",
    ),
    ("“The dam will burst,” said Maria Lopez.", "said", "Maria Lopez", "named", "dam will burst"),
    (
        "The engineer Tom Reyes has also stated that the dam is weak.",
        "has also stated",
        "The engineer Tom Reyes",
        "named",
        "dam is weak",
    ),
    (
        "Tom Reyes told the Daily Planet that 40 workers were hurt.",
        "told",
        "Tom Reyes",
        "named",
        "40 workers",
    ),
    (
        "The Daily Planet wrote on 23 August that the dam had cracked.",
        "wrote",
        "The Daily Planet",
        "named",
        "dam had cracked",
    ),
    (
        "According to the Water Ministry, 300 homes were flooded.",
        "According to",
        "the Water Ministry",
        "named",
        "300 homes",
    ),
    (
        "300 homes were flooded, according to Tom Reyes of the Water Ministry.",
        "according to",
        "Tom Reyes of the Water Ministry",
        "named",
        "300 homes",
    ),
    (
        "Sources in the capital tell the paper that the minister resigned.",
        "tell",
        "Sources in the capital",
        "anonymous",
        "minister resigned",
    ),
    (
        "Some experts are concerned the river could rise again.",
        "are concerned",
        "Some experts",
        "anonymous",
        "river could rise",
    ),
    (
        "Critics claimed the report was rushed.",
        "claimed",
        "Critics",
        "anonymous",
        "report was rushed",
    ),
    (
        "One former member described how the camp was run.",
        "described",
        "One former member",
        "anonymous",
        "camp was run",
    ),
    (
        "Informed observers believe the talks will fail.",
        "believe",
        "Informed observers",
        "anonymous",
        "talks will fail",
    ),
    (
        "A 2019 inquiry by the Water Ministry found that the dam was unsafe.",
        "found",
        "A 2019 inquiry by the Water Ministry",
        "named",
        "dam was unsafe",
    ),
    (
        "Anna Berg, a hydrologist at Delta University, said the levels were rising.",
        "said",
        "Anna Berg, a hydrologist at Delta University",
        "named",
        "levels were rising",
    ),
    (
        "The mayor is estimated to have spent $2 million on the bridge.",
        "is estimated",
        None,
        "none",
        "$2 million",
    ),
    (
        "It is believed that the fire started in the kitchen.",
        "It is believed",
        None,
        "none",
        "fire started",
    ),
    ("The minister reportedly resigned on Monday.", "reportedly", None, "none", "resigned"),
    # a document's verb of evidence before a time closes the clause; "projects that" reports
    (
        "Factory orders fell 2.1 percent in January, official data showed on Thursday.",
        "showed",
        "official data",
        "anonymous",
        "2.1 percent",
    ),
    (
        "The IEA projects that emissions will fall to 150 million tonnes by 2035.",
        "projects",
        "The IEA",
        "named",
        "150 million tonnes",
    ),
    # an occasion after the verb is no content: the clause before the source is
    (
        "Claims could top £400m, the ABI said in a statement on Tuesday.",
        "said",
        "the ABI",
        "named",
        "Claims could top £400m",
    ),
    # Nigerian press: "it was gathered that" reports with no one named
    (
        "It was gathered that the Senate will debate the budget.",
        "It was gathered",
        None,
        "none",
        "Senate",
    ),
    # "said anonymously" still reports; hearsay over a verb of evidence keeps its subject
    (
        "A senior official said anonymously that 300 people had been detained.",
        "said",
        "A senior official",
        "anonymous",
        "300 people",
    ),
    (
        "Police reportedly found 40 bodies near the river.",
        "reportedly found",
        "Police",
        "anonymous",
        "40 bodies",
    ),
    # a plea for anonymity is part of the source, not a report of its own
    (
        "A senior official, who pleaded anonymity because he was not authorised to speak, said"
        " 4,000 stations had shut.",
        "said",
        "A senior official, who pleaded anonymity because he was not authorised to speak",
        "anonymous",
        "4,000 stations",
    ),
    # "not yet" belongs to the verb group, not to the source
    (
        "Officials have not yet confirmed the 12 deaths.",
        "have not yet confirmed",
        "Officials",
        "anonymous",
        "12 deaths",
    ),
    # a stance or belief verb after "reportedly" is what others report, not the subject's view
    (
        "Mayor Ivo Brandt reportedly opposed the plan to close 12 schools.",
        "reportedly",
        None,
        "none",
        "opposed",
    ),
    (
        "The mayor reportedly said the plan was dead.",
        "reportedly said",
        "The mayor",
        "named",
        "plan",
    ),
    (
        "The state-run Harbor Daily argued on Friday that prices must fall.",
        "argued",
        "The state-run Harbor Daily",
        "named",
        "prices must fall",
    ),
    (
        "Tom Reyes on Saturday warned that the levee would fail.",
        "warned",
        "Tom Reyes",
        "named",
        "levee would fail",
    ),
    ("Reyes: “We have no more sandbags.”", ":", "Reyes", "named", "sandbags"),
    ("A news report said the talks had failed.", "said", "A news report", "anonymous", "talks"),
    (
        "The Harbor Daily report said the dam leaked.",
        "said",
        "The Harbor Daily report",
        "named",
        "dam",
    ),
    (
        "Few details are known, but some informed observers believe the mayor knew.",
        "believe",
        "some informed observers",
        "anonymous",
        "the mayor knew",
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "kind", "content"), SHOULD_FIND)
def test_should_find(text: str, cue: str, source: str | None, kind: str, content: str) -> None:
    att = _by_cue(_atts(text), cue)
    assert (att.source.text if att.source else None) == source
    assert att.source_kind == kind
    assert att.content is not None and content in att.content.text


SHOULD_NOT_FIND = [
    "The dam was built in 1962 and holds 40 million cubic metres of water.",
    "The United States sent 200 engineers to the region.",
    "Her support for the plan surprised the council.",
    "The report is due next week.",  # a noun, not a verb of saying
    "“I think we will win,” she said.",  # only the outer attribution counts
    "It continued to be their main shelter until 2016.",
    "Few details have trickled out about the deal.",
    "The order came during major protests in November.",  # "protests": a noun after an adjective
    # a verb of adding or recalling with an amount as its object; protesting at a place
    "Toyota recalled about 320,000 vehicles in Japan over a faulty pump.",
    "Wind added a further 17GW last year.",
    "About 40 workers protested outside the town hall.",
    "Most have sought shelter in schools and mosques.",
]


@pytest.mark.parametrize("text", SHOULD_NOT_FIND[:4] + SHOULD_NOT_FIND[5:])
def test_should_not_find(text: str) -> None:
    assert _atts(text) == []


def test_quoted_first_person_is_not_a_source() -> None:
    atts = _atts(SHOULD_NOT_FIND[4])
    assert [a.cue.text for a in atts] == ["said"]
    assert atts[0].source is not None and atts[0].source.text == "she"


def test_pronoun_resolves_to_nearest_named_person() -> None:
    text = (
        "Water engineer Tom Reyes inspected the dam on Monday. The Harbor Daily covered the visit. "
        "“It will not hold,” he said. He added that 40 homes were at risk."
    )
    atts = _atts(text)
    said = _by_cue(atts, "said")
    assert said.source is not None and said.source.text == "he"
    assert said.resolved == "Water engineer Tom Reyes" or said.resolved == "Tom Reyes"
    assert said.source_kind == "named"
    added = _by_cue(atts, "added")
    assert added.resolved == said.resolved


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        (  # a role named in apposition is a person; "The Harbor Gazette" is not
            "The state's water commissioner, Ana Ruiz, said the dam was sound. The Lantern "
            "reported the visit. He added that it would hold.",
            "Ana Ruiz",
        ),
        (  # a title after "The" is a person
            "The Lantern reported the visit. The Duke of Elm said the dam was sound. He added "
            "that it would hold.",
            "The Duke of Elm",
        ),
        (  # "The" before a possessive opens a person's description
            "The Gazette's Tom Reyes said the dam was sound. He added that it would hold.",
            "Tom Reyes",
        ),
    ],
)
def test_pronoun_skips_institutions_named_with_the(text: str, resolved: str) -> None:
    atts = _atts(text)
    found = _by_cue(atts, "added").resolved
    assert found is not None and found.endswith(resolved)


def test_pronoun_resolves_to_earlier_named_source() -> None:
    atts = _atts("Anna Berg said the levels were rising. She added that the river had peaked.")
    assert _by_cue(atts, "added").resolved == "Anna Berg"


def test_relative_pronoun_takes_antecedent_kind() -> None:
    atts = _atts("The rescue was led by Anna Berg, who said the water was still rising.")
    att = _by_cue(atts, "said")
    assert att.source is not None and att.source.text == "who"
    assert att.resolved == "Anna Berg"
    assert att.source_kind == "named"


def test_quote_speaker_is_set() -> None:
    text = "“The dam will burst,” said Maria Lopez."
    doc = _doc(text)
    q = Quote(start=0, end=text.index("”") + 1, text=text[: text.index("”") + 1], sentence=0)
    atts = detect_attributions(doc, default_lexicons(), [q])
    assert q.speaker is not None and atts[q.speaker].source is not None
    assert atts[q.speaker].source.text == "Maria Lopez"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Intro line here.\n\n“About 4,500 homes flooded.”\n\n- Oliver Grant.", "Oliver Grant"),
        (
            "Intro line here.\n\n“About 4,500 homes flooded,” he wrote. Then he left.\n\n- Oliver Grant.",
            None,
        ),
    ],
)
def test_sign_off_paragraph_speaks_the_quotation_above(text: str, speaker: str | None) -> None:
    got = _quote_speaker(text, "4,500")
    assert got != "Oliver Grant" if speaker is None else got == speaker


def _quote_speaker(text: str, needle: str) -> str | None:
    """The source text of the speaker of the quotation holding ``needle`` in a plain-text
    article, analysed whole."""
    from provlint.analysis import analyze
    from provlint.readers import parse

    a = analyze(parse(text, "t.txt", "text"))
    q = next(q for q in a.quotes if needle in q.text)
    return a.attributions[q.speaker].source.text if q.speaker is not None else None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a quotation left open at a paragraph's end runs on; its last part names the speaker
        (
            'Fuel queues return\n\n"We have enough stock for 30 days. There is no need for panic'
            ' buying.\n\n"Our depots hold 450 million litres," the spokesperson, Olufemi'
            " Soneye, said.",
            "the spokesperson, Olufemi Soneye",
        ),
        # a closed quotation with no cue near it stays unspoken
        (
            'Fuel queues return\n\n"We have enough stock for 30 days."\n\nThe depots, the'
            " spokesperson, Olufemi Soneye, said, hold 450 million litres.",
            None,
        ),
    ],
)
def test_quotation_run_on_takes_its_last_part_s_speaker(text: str, speaker: str | None) -> None:
    assert _quote_speaker(text, "30 days") == speaker


def test_boilerplate_blocks_are_skipped() -> None:
    doc = _doc("Tom Reyes said the dam is weak.\n\nAnna Berg said it is strong.")
    doc.blocks[1].boilerplate = "byline"
    atts = detect_attributions(doc, default_lexicons(), [])
    assert [a.source.text for a in atts if a.source] == ["Tom Reyes"]


WORDS = [
    "said",
    "told",
    "according",
    "to",
    "Reyes",
    "Anna",
    "Berg",
    "the",
    "officials",
    "he",
    "she",
    "that",
    "reportedly",
    "is",
    "estimated",
    ",",
    "“",
    "”",
    "experts",
    "believe",
    "The",
    "Daily",
    "wrote",
    "who",
    "40",
    "%",
    "Sources",
    "in",
    "Paris",
    "also",
    "claimed",
    "report",
    "found",
    ":",
    ".",
    "backing",
    "as",
    "put",
    "it",
    "I",
    "We",
    "think",
    "-",
    "citing",
    "''",
]
# Mostly spaces; "." and "&" glue two words into one token ("Acme.backing"), which once gave
# cues that started inside a token and ended before they began.
JOINERS = st.sampled_from([" ", " ", " ", " ", ".", "&", "\n\n"])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(WORDS), JOINERS), min_size=1, max_size=40))
def test_spans_stay_inside_and_do_not_overlap(pairs: list[tuple[str, str]]) -> None:
    text = "".join(word + joiner for word, joiner in pairs).strip()
    doc = _doc(text)
    for att in detect_attributions(doc, default_lexicons(), []):
        spans = [s for s in (att.cue, att.source, att.content) if s is not None]
        for s in spans:
            assert 0 <= s.start < s.end <= len(doc.prose)
            assert doc.prose[s.start : s.end] == s.text
        for i, a in enumerate(spans):
            for b in spans[i + 1 :]:
                assert not (a.start < b.end and b.start < a.end), (text, a, b)
        assert att.source_kind in ("named", "anonymous", "none")
        assert (att.source is None) == (att.source_kind == "none")


def test_relative_pronoun_with_anonymous_antecedent_is_not_resolved() -> None:
    att = _by_cue(_atts("The plan was attacked by critics, who said it was rushed."), "said")
    assert att.source_kind == "anonymous"
    assert att.resolved is None


def test_inverted_source_needs_the_clause_to_end() -> None:
    """After a comma, "urged X last year ..." has an object, not an inverted source."""
    atts = _atts("Anna Berg, now head of the agency, urged Reyes last year not to close the dam.")
    assert all(a.source is None or a.source.text != "Reyes" for a in atts)


def test_inverted_source_with_role_before_name() -> None:
    att = _by_cue(
        _atts("“The levee is a yellow light,” said election lawyer Joe Birkenstock."), "said"
    )
    assert att.source is not None and att.source.text == "election lawyer Joe Birkenstock"
    assert att.source_kind == "named"


def test_bare_plural_subject_after_clause() -> None:
    att = _by_cue(_atts("If rain does not stop, forecasters say the river will rise."), "say")
    assert att.source is not None and att.source.text == "forecasters"
    assert att.source_kind == "anonymous"


def test_title_case_headline_verb() -> None:
    att = _by_cue(_atts("Mayor Reyes Says Dam Will Hold"), "Says")
    assert att.source is not None and att.source.text == "Mayor Reyes"


def test_copula_with_document_subject() -> None:
    att = _by_cue(_atts("The official account is that 40 people died."), "is that")
    assert att.source is not None and att.source.text == "The official account"
    assert att.content is not None and "40 people" in att.content.text


# One test per detector rule; each fails without the rule it names.


def test_more_verbs_of_saying() -> None:
    att = _by_cue(_atts("Maria Lopez expressed doubt that the dam would hold."), "expressed")
    assert att.source is not None and att.source.text == "Maria Lopez"
    assert _by_cue(_atts("The crowd chanted his name as he left."), "chanted").source is not None


def test_seems_and_appears_to_are_agentless_cues() -> None:
    att = _by_cue(_atts("The dam seems to be cracking along its base."), "seems")
    assert att.source is None and att.cue_type == "agentless"
    assert att.content is not None and "cracking" in att.content.text
    assert _by_cue(_atts("The levee appeared to hold."), "appeared").source is None
    assert _atts("The mayor appeared on television on Monday.") == []  # "appear" + "to" only
    # a stance adjective after "seemed" keeps its subject as the source
    att = _by_cue(_atts("Anna Berg seemed unconvinced by the plan."), "seemed unconvinced")
    assert att.source is not None and att.source.text == "Anna Berg"


def test_subject_with_a_clause_of_its_own() -> None:
    att = _by_cue(
        _atts("The head of the water agency, whose term ends in May, said the dam would hold."),
        "said",
    )
    assert att.source is not None
    assert att.source.text == "The head of the water agency, whose term ends in May"
    assert att.content is not None and att.content.text == "the dam would hold"
    # an inverted speaker at the end of the sentence still wins over the opening clauses
    att = _by_cue(_atts("The river rose, the levee broke, said Reyes."), "said")
    assert att.source is not None and att.source.text == "Reyes"
    # a clause is no subject: "The levee had failed, ..." has a finite verb before its comma
    atts = _atts("The levee had failed, the town was flooded, confirmed the engineer's fears.")
    assert all(a.source is None or not a.source.text.startswith("The levee") for a in atts)


def test_long_adverbial_apposition_is_left_out() -> None:
    att = _by_cue(
        _atts(
            "Tom Reyes, in a long interview with the local radio station, said the dam was safe."
        ),
        "said",
    )
    assert att.source is not None and att.source.text == "Tom Reyes"
    assert att.content is not None and att.content.text == "the dam was safe"


def test_phrasal_participle_takes_the_sentence_subject() -> None:
    att = _by_cue(
        _atts("The mayor spoke for an hour, referring to the flood as a disaster."), "referring to"
    )
    assert att.source is not None and att.source.text == "The mayor"


def test_participle_of_saying_without_a_subject_is_kept() -> None:
    text = "Standing on the levee and saying the water would rise, the mayor announced a curfew."
    atts = _atts(text)
    assert _by_cue(atts, "saying").source is None
    assert _by_cue(atts, "announced").source is not None
    # a participle aside after the subject shares it: "recalling" is Biden's, as is "described"
    atts = _atts("Mr. Biden, recalling the floods, described the dam as weak.")
    assert [(a.cue.text, a.source.text if a.source else None) for a in atts] == [
        ("recalling", "Mr. Biden"),
        ("described", "Mr. Biden"),
    ]


def test_passive_without_agent() -> None:
    att = _by_cue(_atts("Reyes was asked about the dam on Monday."), "was asked about")
    assert att.source is None and att.cue_type == "agentless"
    att = _by_cue(_atts("It was announced that the dam would close."), "was announced")
    assert att.source is None
    assert att.content is not None and "dam would close" in att.content.text
    assert _by_cue(_atts("Berg is seen as a likely successor."), "is seen as").source is None
    # a clause that ends at the participle reports nothing, and "known as" a name names
    assert _atts("The result was announced, and the crowd cheered.") == []
    assert _atts("The camp came to be known as Camp Ashraf.") == []


def test_posting_verbs_without_a_complement() -> None:
    att = _by_cue(_atts("“The dam will hold,” Reyes tweeted."), "tweeted")
    assert att.source is not None and att.source.text == "Reyes"
    assert _by_cue(_atts("“We are ready,” Reyes continued."), "continued").source is not None
    assert _by_cue(_atts("Reyes emailed on Monday."), "emailed").source is not None
    assert _atts("Reyes posted the photo on the website.") == []
    assert _atts("Reyes continued the work.") == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Reyes posted.", "posted"),
        ("Reyes continued, “We are ready.”", "continued"),
        ("“We are ready,” she said. “The dam will hold,” she continued.", "continued"),
    ],
)
def test_going_on_reports_after_a_quotation(text: str, cue: str) -> None:
    assert _by_cue(_atts(text), cue).source is not None


@pytest.mark.parametrize(
    "text",
    [
        "The fighting continued.",
        "The shelling continues, with rebels holding the bridge.",
        "Officials said the payments continued.",
    ],
)
def test_going_on_without_a_quotation_is_no_cue(text: str) -> None:
    assert "continued" not in _cues(text) and "continues" not in _cues(text)


def test_speaker_label_opening_a_paragraph() -> None:
    att = _by_cue(_atts("Tom Reyes: The dam will hold"), ":")
    assert att.source is not None and att.source.text == "Tom Reyes"
    att = _by_cue(_atts("Reyes: ‘We have no more sandbags.’"), ":")
    assert att.source is not None and att.source.text == "Reyes"
    assert _atts("Editor's Note: The dam story was updated.") == []
    assert _atts("The Latest: Dam Holds After Storm") == []


def test_lone_capitals_label_opening_the_article_is_a_dateline() -> None:
    assert ":" not in _cues("NEW DELHI: At least 23 people died in the floods.\n\nRain fell.")
    assert _cues("Transcript: Reyes speaks\n\nREYES: No.\n\nLOPEZ: The dam will hold.") == [
        ":",
        ":",
    ]
    assert _cues("SANDERS: We're spending $80 billion a year on jails and nobody cares.") == [":"]


def test_opening_asked_is_a_cue_without_source() -> None:
    atts = _atts("Asked about the flood, Reyes said the dam would hold.")
    asked = _by_cue(atts, "Asked")
    assert asked.source is None
    assert asked.content is not None and asked.content.text == "about the flood"
    assert _by_cue(atts, "said").source is not None


def test_participle_after_a_document_takes_its_author() -> None:
    att = _by_cue(_atts("The ministry issued a statement saying the dam was safe."), "saying")
    assert att.source is not None and att.source.text == "The ministry"
    att = _by_cue(_atts("His office put out a statement saying the dam was safe."), "saying")
    assert att.source is not None and att.source.text == "His office"


def test_according_to_an_unparsed_source() -> None:
    att = _by_cue(
        _atts("Water levels rose 40 percent, according to figures released by the agency."),
        "according to",
    )
    assert att.source is not None
    assert att.source.text == "figures released by the agency"


def test_more_title_case_headline_verbs() -> None:
    att = _by_cue(_atts("Mayor Reyes Endorses Dam Plan"), "Endorses")
    assert att.source is not None and att.source.text == "Mayor Reyes"


def test_belief_inside_reported_speech_is_not_a_second_attribution() -> None:
    assert _cues("Reyes said he believed the dam would hold.") == ["said"]
    assert _cues("Reyes believed the dam would hold.") == ["believed"]


def test_content_stops_before_a_compared_figure() -> None:
    att = _by_cue(
        _atts("Reyes said 40 percent of homes flooded, compared with 10 percent."), "said"
    )
    assert att.content is not None and att.content.text == "40 percent of homes flooded"


def test_counted_noun_is_not_a_verb() -> None:
    assert _atts("He made two remarks about the dam.") == []
    assert _cues("The two admit that the dam is weak.") == ["admit"]
    assert _cues("A 95-page report on the dam was leaked.") == []
    assert _cues("“Why not?” the 43-year-old asked in the video.") == ["asked"]
    # a participle between a number and its plural noun modifies the noun
    assert _cues("The party has 312 pledged delegates in Elm.") == []
    assert _cues("The two pledged that the dam would hold.") == ["pledged"]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # an "-s" form after a plural quantifier and its modifiers is a noun
        ("He campaigned in several Midwest and Western states, drawing crowds.", []),
        ("Both claims were false.", []),
        ("Those reports were wrong.", []),
        # ... but a base form after one is a verb, and a singular subject takes "-s"
        ("Several Western governors say the dam is weak.", ["say"]),
        ("The Elm County board states that the dam is weak.", ["states"]),
        ("In many ways Roe says the plan failed.", ["says"]),
        ("Other research shows that rents rose.", ["shows"]),
        ("Few doubt that Roe says the truth.", ["doubt", "says"]),
        ("He won several key states easily.", []),
    ],
)
def test_s_form_after_a_plural_quantifier_is_a_noun(text: str, cues: list[str]) -> None:
    assert _cues(text) == cues


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # a base form after a singular noun and a determiner a few words back is a compound noun
        ("Roe sang on his radio show yesterday.", []),
        (
            "Roe hosts an Elm County area radio show, and was asked about the dam.",
            ["was asked about"],
        ),
        ("The news came after a conference call in the afternoon.", []),
        ("She walked them through a slide show after lunch.", []),
        # ... but not after a plural, a collective noun, a coordinator, or a plural's phrase
        ("The polls show Roe ahead in Elm.", ["show"]),
        ("The people say the dam is weak.", ["say"]),
        ("Members of the board say the dam is weak.", ["say"]),
        ("It is easy to doubt the plan and call Roe naive.", ["call"]),
        # a clause after it leaves the noun to the nominal cues
        ("Doubts grew over the city’s earlier claim that the dam is weak.", ["claim"]),
    ],
)
def test_base_form_after_a_singular_noun_is_a_compound_noun(text: str, cues: list[str]) -> None:
    assert _cues(text) == cues


def test_order_reports_only_with_a_clause_or_quotation() -> None:
    att = _by_cue(_atts("A judge ordered that the video be released."), "ordered")
    assert att.source is not None and att.source.text == "A judge"
    assert _atts("The general who ordered the crews to work all night was praised.") == []


def test_adjunct_inside_the_verb_group() -> None:
    att = _by_cue(_atts("Reyes has on several occasions warned that the dam is weak."), "warned")
    assert att.source is not None and att.source.text == "Reyes"


@pytest.mark.parametrize(
    ("text", "cue", "source", "kind"),
    [
        (
            "Diplomats familiar with the survey said the dam was cracked.",
            "said",
            "Diplomats familiar with the survey",
            "anonymous",
        ),
        (
            "The dam was cracked, said two inspectors close to the ministry.",
            "said",
            "two inspectors close to the ministry",
            "anonymous",
        ),
        (
            "Officials briefed on the inquiry said it would end soon.",
            "said",
            "Officials briefed on the inquiry",
            "anonymous",
        ),
    ],
)
def test_postmodifier_phrase_keeps_its_head(text: str, cue: str, source: str, kind: str) -> None:
    att = _by_cue(_atts(text), cue)
    assert att.source is not None and att.source.text == source
    assert att.source_kind == kind


def test_reduced_passive_is_agentless() -> None:
    text = "Over 80 pages and groups believed to be linked to the cartel were removed."
    att = _by_cue(_atts(text), "believed")
    assert att.source is None
    assert att.source_kind == "none"


def test_active_said_to_keeps_its_subject() -> None:
    att = _by_cue(_atts("The mayor said to reporters that the dam was safe."), "said")
    assert att.source is not None and att.source.text == "The mayor"


def test_then_is_not_part_of_the_source() -> None:
    att = _by_cue(_atts("The council met, and then the mayor said the dam was safe."), "said")
    assert att.source is not None and att.source.text == "the mayor"


def test_capitalised_determiner_takes_an_unlisted_noun() -> None:
    att = _by_cue(_atts("The nurse later sued, claiming the ward was unsafe."), "claiming")
    assert att.source is not None and att.source.text == "The nurse"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "According to law enforcement officials, the dam was sabotaged.",
            "law enforcement officials",
        ),
        ("The dam held, according to F.A.A. records.", "F.A.A. records"),
        (
            "Only 52 percent of registered voters said the dam was safe.",
            "52 percent of registered voters",
        ),
    ],
)
def test_unlisted_noun_modifiers_stay_in_the_source(text: str, source: str) -> None:
    atts = _atts(text)
    assert source in [a.source.text for a in atts if a.source is not None]


def test_relative_pronoun_is_trimmed_from_a_left_source() -> None:
    atts = _atts("The levy was a tax which critics said would fail.")
    assert [a.source.text for a in atts if a.source is not None] == ["critics"]


def test_participle_clause_is_not_an_apposition() -> None:
    text = "“The dam will hold,” said Jane Roe, pointing to the survey."
    att = _by_cue(_atts(text), "said")
    assert att.source is not None and att.source.text == "Jane Roe"


def test_report_documents_is_a_cue() -> None:
    text = "The report, published by the Water Ministry in 2019, documents 251 breaches."
    att = _by_cue(_atts(text), "documents")
    assert att.source is not None and att.source.text.startswith("The report")
    assert att.source_kind == "named"


def test_documents_as_a_noun_is_no_cue() -> None:
    atts = _atts("Court documents say the firm paid the mayor.")
    assert [a.cue.text for a in atts] == ["say"]
    assert atts[0].source is not None and atts[0].source.text == "Court documents"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The mayor made it clear that the dam would stay open.", "made it clear", "The mayor"),
        ("Maria Lopez shot back that the survey was wrong.", "shot back", "Maria Lopez"),
        ("Officials have sought to reassure the town.", "have sought", "Officials"),
        ("Tom Reyes assailed the council over the repairs.", "assailed", "Tom Reyes"),
        ("The union took issue with the new schedule.", "took issue with", "The union"),
        ("The council doubled down on its plan for the dam.", "doubled down", "The council"),
        ("Maria Lopez expressed concern about the dam.", "expressed concern", "Maria Lopez"),
        ("Tom Reyes made no secret of his plans.", "made no secret", "Tom Reyes"),
        ("The mayor cast doubt on the survey.", "cast doubt", "The mayor"),
    ],
)
def test_more_verb_phrases_of_saying_and_stance(text: str, cue: str, source: str) -> None:
    att = _by_cue(_atts(text), cue)
    assert att.source is not None and att.source.text == source


@pytest.mark.parametrize(
    "text",
    [
        "The seeking of shelter took the town two days.",  # a noun after "the"
        "He put it on the table before the vote.",  # "put it" with a place, no quotation
        "Her backing was never in doubt.",  # a noun after a possessive
    ],
)
def test_new_verb_forms_keep_their_noun_guards(text: str) -> None:
    cues = [a.cue.text for a in _atts(text)]
    assert not {"seeking", "backing"} & set(cues)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The council plans to close the dam in May.", "plans", "The council"),
        ("Maria Lopez sees the repairs as a waste of money.", "sees", "Maria Lopez"),
        ("The council published a plan to repair the dam.", "published", "The council"),
        ("Tom Reyes voted to close the dam.", "voted", "Tom Reyes"),
        ("The mayor quoted the engineers' warning to the council.", "quoted", "The mayor"),
    ],
)
def test_plans_and_views_are_cues(text: str, cue: str, source: str) -> None:
    att = _by_cue(_atts(text), cue)
    assert att.source is not None and att.source.text == source


def test_colon_after_a_hearer_or_medium_names_no_speaker() -> None:
    atts = _atts("Maria Lopez told the Daily Planet: “The dam will hold.”")
    assert [a.cue.text for a in atts] == ["told"]
    att = _by_cue(_atts("Maria Lopez: “The dam will hold.”"), ":")
    assert att.source is not None and att.source.text == "Maria Lopez"


def test_reduced_passive_with_by_takes_the_agent() -> None:
    text = "There are testimonies presented by former workers of the dam."
    srcs = [a.source.text for a in _atts(text) if a.source is not None]
    assert "testimonies" not in srcs and any("former workers" in s for s in srcs)
    att = _by_cue(_atts("Maria Lopez responded by calling the dam safe."), "responded")
    assert att.source is not None and att.source.text == "Maria Lopez"


def test_unparsed_speaker_after_a_quotation() -> None:
    att = _by_cue(_atts("“The dam will hold,” said one owner of a shop that sells boots."), "said")
    assert att.source is not None and att.source.text == "one owner of a shop"
    assert att.source_kind == "anonymous"
    # a lowercase word that is no determiner, or a run past the phrase limit, names no speaker
    assert _atts("“It will hold,” said nothing about the dam.") == []
    long_run = "“It will hold,” said the second official to reporters gathered near the dam on the river bank."
    assert _atts(long_run) == []


def test_cue_in_a_relative_clause_of_the_source_keeps_both() -> None:
    atts = _atts("Maria Lopez, who has endorsed Roe, said the dam would hold.")
    said = _by_cue(atts, "said")
    assert said.source is not None and said.source.text.startswith("Maria Lopez")
    endorsed = _by_cue(atts, "has endorsed")
    assert endorsed.content is not None and endorsed.content.text == "Roe"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Maria Lopez has been very vocal about the repairs.",
            "has been very vocal",
            "Maria Lopez",
        ),
        ("Tom Reyes was quick to blame the council.", "was quick", "Tom Reyes"),
        ("The mayor tweeted a photo of the dam.", "tweeted", "The mayor"),
    ],
)
def test_more_stance_adjectives_and_acts(text: str, cue: str, source: str) -> None:
    att = _by_cue(_atts(text), cue)
    assert att.source is not None and att.source.text == source


def test_adjective_without_a_copula_is_no_cue() -> None:
    assert _atts("A quick repair kept the dam open.") == []


def test_said_with_an_unparsed_subject_keeps_the_clause_as_source() -> None:
    text = "A man who did not want to be named said the vote was rigged."
    att = _by_cue(_atts(text), "said")
    assert att.source is not None and att.source.text == "A man who did not want to be named"
    # a verb that does not always report needs a parsed subject
    assert "thinks" not in [a.cue.text for a in _atts(text.replace(" said ", " thinks "))]


def test_noun_in_ly_is_no_adverb_of_the_verb_group() -> None:
    att = _by_cue(_atts("Veterans at the rally said the vote was rigged."), "said")
    assert att.source is not None and att.source.text == "Veterans at the rally"


def test_mixed_quotation_marks_do_not_hide_the_speaker() -> None:
    att = _by_cue(_atts('“The dam will hold," Roe said. "It was built to last.”'), "said")
    assert att.source is not None and att.source.text == "Roe"
    # a straight quotation closed by a curly mark ends there, not at a later straight mark
    text = '"The dam will hold,” Roe said. “It was built to last," Doe said, "and it will."'
    att = _by_cue(_atts(text), "said")
    assert att.source is not None and att.source.text == "Roe"
    # ... but may hold a paired curly quotation of its own
    nested = 'He said: "They wrote “the dam will hold,” Doe said in May."'
    assert "Doe" not in [a.source.text for a in _atts(nested) if a.source is not None]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Mayor Jon R. Roe Jr. said the dam leaks.", "Mayor Jon R. Roe Jr."),
        ("His son Jon Jr. warned that the dam leaks.", "His son Jon Jr."),
    ],
)
def test_name_suffix_with_a_period_before_the_verb(text: str, source: str) -> None:
    att = _atts(text)[0]
    assert att.source is not None and att.source.text == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a verb of saying before its speaker and a quotation
        ('Said Roe, "The dam will hold."', "Roe"),
        ("Continued Jane Roe: “So I think the dam is weak.”", "Jane Roe"),
        # ... not a capitalised name, nor a participle clause
        ("Added Value, a firm, bought the dam.", None),
        ("Said to be weak, the dam was closed.", None),
    ],
)
def test_verb_of_saying_opening_the_sentence(text: str, source: str | None) -> None:
    sources = [a.source.text for a in _atts(text) if a.source is not None]
    assert sources == ([source] if source else [])


def test_negated_agentless_passive() -> None:
    att = _by_cue(_atts("The dam is not expected to reopen before May."), "is not expected")
    assert att.source is None and att.cue_type == "agentless"
    assert _atts("The dam is not open to visitors.") == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Maria Lopez has continued to deny that the dam leaked.",
            "has continued to deny",
            "Maria Lopez",
        ),
        ("The mayor went on to call the dam a disaster.", "went on to call", "The mayor"),
    ],
)
def test_catenative_phrase_joins_the_verb_group(text: str, cue: str, source: str) -> None:
    att = _by_cue(_atts(text), cue)
    assert att.source is not None and att.source.text == source


def test_to_before_a_verb_form_is_otherwise_no_verb_group() -> None:
    assert _atts("The road to report cards was long.") == []


def test_based_on_is_no_attribution() -> None:
    assert _atts("Based on Census figures, the town has grown.") == []
    att = _by_cue(_atts("According to Census figures, the town has grown."), "According to")
    assert att.source is not None and att.source.text == "Census figures"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor apologized for his recent comments on the dam.",  # a noun after its modifier
        "The jobs report was delayed by a week.",
        "The town paid a company called Acme to fix the dam.",  # a name given
        "A new civic group called Elm First ran ads.",  # ... after modifiers too
        "Roe worked at a small Elm County firm called Acme.",
    ],
)
def test_noun_readings_and_names_are_no_cues(text: str) -> None:
    assert not {"comments", "report", "called"} & {a.cue.text for a in _atts(text)}


def test_noun_form_with_a_clause_still_reports() -> None:
    att = _by_cue(_atts("The agency's office states that the dam is safe."), "states")
    assert att.source is not None
    assert _by_cue(_atts("The mayor called the dam a disaster."), "called").source is not None
    att = _by_cue(_atts("Reyes, a former mayor, called the dam a disaster."), "called")
    assert att.source is not None and att.source.text.startswith("Reyes")


def test_a_number_after_the_verb_is_no_time_adjunct() -> None:
    att = _by_cue(_atts("The agency has said 2,093 of the 3,000 claims were paid."), "has said")
    assert att.content is not None and att.content.text.startswith("2,093 of the 3,000")
    att = _by_cue(_atts("Reyes said on Thursday that 40 homes flooded."), "said")
    assert att.content is not None and att.content.text == "40 homes flooded"


def test_a_speaker_right_after_a_quotation_said_the_quotation() -> None:
    att = _by_cue(_atts("“The plan will cost 300 jobs,” Reyes said of the proposal."), "said")
    assert att.source is not None and att.source.text == "Reyes"
    assert att.content is not None and "300 jobs" in att.content.text
    # A participle of saying after it keeps its own clause.
    atts = _atts("“The plan is dead,” Reyes said, noting that 300 jobs were lost.")
    assert "dead" in _by_cue(atts, "said").content.text
    assert _by_cue(atts, "noting").content.text == "300 jobs were lost"


@pytest.mark.parametrize(
    "text",
    [
        "The board put it on hold until May.",
        "The mayor named a new chief of staff.",
        "The council titled its plan Safe Harbor.",
    ],
)
def test_naming_and_put_it_report_nothing(text: str) -> None:
    assert _atts(text) == []


def test_no_cue_starts_inside_a_glued_token() -> None:
    # "4.think" and "Acme.backing" are single tokens: no cue may start in their middle
    assert _cues("We 4.think so.") == []
    for att in _atts("The group Acme.backing Smith ran 40 ads. Jo.said it was 40."):
        assert att.cue.start < att.cue.end


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (  # after "but" and the source's comma: the clause after is what the report says
            "The city pledged $5 million, but according to a charity report, less than 10% of "
            "that has arrived.",
            "a charity report",
            "less than 10% of that has arrived",
        ),
        (
            "Turnout was high, yet according to Roe, most voters had left by noon.",
            "Roe",
            "most voters had left by noon",
        ),
        (  # a clause with a verb that has no "-ed" ending
            "Prices rose, but according to the Ledger, wages fell by 3 percent.",
            "the Ledger",
            "wages fell by 3 percent",
        ),
        (  # no conjunction: the reported words are the clause the cue is set into
            "Prices rose, according to the bank, by 4%.",
            "the bank",
            "Prices rose",
        ),
    ],
)
def test_according_to_after_a_conjunction_reports_the_clause_after(
    text: str, source: str, content: str
) -> None:
    att = _by_cue(_atts(text), "according to")
    assert att.source is not None and att.source.text == source
    assert att.content is not None and att.content.text == content


def test_document_opening_the_sentence_before_a_reduced_passive_is_the_source() -> None:
    atts = _atts("Figures published by the statistics office suggest the toll is higher.")
    assert [a.cue.text for a in atts] == ["suggest"]
    assert atts[0].source is not None
    assert atts[0].source.text == "Figures published by the statistics office"


def test_quotation_opened_by_a_closing_mark_after_a_comma_holds_no_cue() -> None:
    atts = _atts("One worker said,”Our managers would tell us what to post.”")
    assert [a.cue.text for a in atts] == ["said"]


@pytest.mark.parametrize(
    ("text", "said_content", "agentless"),
    [
        (  # a joined clause reported by nobody is not part of what Smith said
            "Smith said the plan failed, and it is believed that 40 people died.",
            "the plan failed",
            "it is believed",
        ),
        (
            "The minister said the dam held, but 40 people reportedly died.",
            "the dam held",
            "reportedly",
        ),
        (  # inside a quotation the whole is the speaker's
            "Roe said, “The dam held, and it is believed that nobody died.”",
            "“The dam held, and it is believed that nobody died.”",
            None,
        ),
        (  # words joined by "and" are no clause of their own
            "Roe said rents and allegedly fees rose.",
            "rents and allegedly fees rose",
            None,
        ),
    ],
)
def test_agentless_report_in_a_joined_clause_ends_the_content(
    text: str, said_content: str, agentless: str | None
) -> None:
    atts = _atts(text)
    said = _by_cue(atts, "said")
    assert said.content is not None and said.content.text == said_content
    if agentless is not None:
        assert _by_cue(atts, agentless).source is None


@pytest.mark.parametrize(
    ("text", "fmt", "carried"),
    [
        ("“The dam will hold,” Mayor Reyes said.\n\n“It held for 3 days.”", "text", True),
        (  # a heading is no paragraph of speech
            "“The dam will hold,” Mayor Reyes said.\n\n## “Why we left”\n\nThe town emptied.",
            "markdown",
            False,
        ),
        (  # a partial quotation inside the writer's sentence goes on nowhere
            "Reyes, who said “we will win” on Monday, lost.\n\n“The vote was rigged.”",
            "text",
            False,
        ),
    ],
)
def test_quotation_opening_the_next_paragraph_keeps_the_speaker(
    text: str, fmt: str, carried: bool
) -> None:
    from provlint.analysis import analyze
    from provlint.readers import parse

    quotes = analyze(parse(text, "t.md" if fmt == "markdown" else "t.txt", fmt)).quotes
    assert quotes[0].speaker is not None
    assert (quotes[-1].speaker == quotes[0].speaker) == carried


@pytest.mark.parametrize(
    ("text", "fmt", "speaker"),
    [
        ("Speaking on Monday, Mayor Ana Reyes said:\n\n“The dam will hold.”", "text", "said"),
        ("Ana Reyes spoke to reporters. She said:\n\n> “The dam will hold.”", "markdown", "said"),
        # no colon: the quotation is not handed to the last speaker of the paragraph before
        ("Ana Reyes spoke on Monday, she said.\n\n“The dam will hold.”", "text", None),
    ],
)
def test_quotation_after_a_colon_is_the_speakers(text: str, fmt: str, speaker: str | None) -> None:
    from provlint.analysis import analyze
    from provlint.readers import parse

    a = analyze(parse(text, "t.md" if fmt == "markdown" else "t.txt", fmt))
    q = a.quotes[-1]
    found = a.attributions[q.speaker].cue.text if q.speaker is not None else None
    assert found == speaker


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Exiled group accused of running troll farm", []),  # a headline's passive
        ("Officials accused of corruption resigned on Monday.", []),
        ("Roe accused Doe of lying.", ["accused"]),  # the object comes before "of"
    ],
)
def test_participle_right_before_of_is_a_passive(text: str, cues: list[str]) -> None:
    assert [a.cue.text for a in _atts(text)] == cues


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Why the migrant numbers don't add up", []),  # a particle that says nothing
        ("The sums added up, she added.", ["added"]),
        # a reflexive or "ways" after "find" is a situation, not a finding
        ("The mayor found himself in a bind over the dam.", []),
        ("Roe has found ways to fund the dam.", []),
        ("The audit found that the dam leaks.", ["found"]),
        # a byline's "reported from" a place reports nothing of its own
        ("Jane Roe reported from Elm City.", []),
        ("Roe reported that the dam leaks.", ["reported"]),
    ],
)
def test_phrasal_verb_that_reports_nothing(text: str, cues: list[str]) -> None:
    assert [a.cue.text for a in _atts(text)] == cues


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The ferry carried 4,300 people, about 12% more than projected.", "projected"),
        ("With all precincts reporting, Ruiz had 56.8% of the vote.", "reporting"),
        ("Neither promise was kept.", "promise"),
        ("Since 2019 the city has added about 4,800 units.", "has added"),
        ("Roughly 70 percent of the studies published since 2010 used small samples.", "published"),
        ("The emotionally resonant remarks by Roe moved the crowd.", "remarks"),
        ("Residents were told to evacuate before the river peaked.", "were told"),
        ("The levy is $2 million per bank.", "per"),
        ("Who opposes the dam?", "opposes"),
        ("The agency added 40 inspectors last year, officials said.", "added"),
    ],
)
def test_words_that_report_nothing_here(text: str, cue: str) -> None:
    assert cue not in _cues(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("He added 40 people had died.", "added"),
        ("Roe added about the plan: “It will fail.”", "added"),
        ("Roe thanked the crowd, saying, “We will win.”", "saying"),
        ("Neither wanted to give a name.", "wanted"),
        ("Either claims the contract is worth $40 million.", "claims"),
        ("The study reported 40 deaths among the 300 patients.", "reported"),
        ("Her campaign account posted: “We will win.”", "posted"),
    ],
)
def test_the_same_words_still_report(text: str, cue: str) -> None:
    assert cue in _cues(text)


def test_pronoun_after_an_anonymous_source_is_anonymous() -> None:
    atts = _atts("A senior official said the talks had stalled. He said 40 people had died.")
    assert [a.source_kind for a in atts] == ["anonymous", "anonymous"]
    atts = _atts("Ana Ruiz said the talks had stalled. She said 40 people had died.")
    assert [a.source_kind for a in atts] == ["named", "named"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It has been suggested that the mine will close.", "It has been suggested"),
        ("The mine will close, it is learnt.", "it is learnt"),
        ("The jury was told that the vessels cost $104 million.", "was told"),
        ("Residents were told 14 homes would be demolished.", "were told"),
        ("The court heard that the firm lost $5 million.", "heard"),
        ("The jury heard how the driver fled.", "heard"),
    ],
)
def test_agentless_reports(text: str, cue: str) -> None:
    att = _by_cue(_atts(text), cue)
    assert att.source is None and att.source_kind == "none"


def test_a_relative_aside_of_saying_ends_at_its_comma() -> None:
    text = "The factory, which the developer says will employ 1,100 people, opened on Monday."
    att = _by_cue(_atts(text), "says")
    assert att.content is not None and att.content.text == "will employ 1,100 people"
