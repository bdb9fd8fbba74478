"""Figure detection: what counts as a figure, its span, kind and value, and what does not."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from provlint.detect.figures import detect_figures
from provlint.lexicons import default_lexicons
from provlint.readers import parse
from provlint.segment import segment


def figures(text: str):
    doc = parse(text, "t.txt", "text")
    segment(doc)
    return detect_figures(doc, default_lexicons())


def only(text: str):
    found = figures(text)
    assert len(found) == 1, [f.text for f in found]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "span", "kind"),
    [
        ("The flood left over 4,300 deaths in the valley.", "over 4,300 deaths", "casualty"),
        (
            "Inspectors recorded the deaths of 27 miners last winter.",
            "the deaths of 27 miners",
            "casualty",
        ),
        (
            "The militia was accused of killing nine local farmers.",
            "nine local farmers",
            "casualty",
        ),
        ("The blast injured up to 80 workers.", "up to 80 workers", "casualty"),
        ("The council hired up to 2,500 seasonal staff.", "up to 2,500 seasonal staff", "count"),
        ("Nearly 700 volunteers joined the cleanup.", "Nearly 700 volunteers", "count"),
        ("The firm paid at least US$45,000 to the mayor.", "at least US$45,000", "money"),
        ("The charity raised $2.5 million in a week.", "$2.5 million", "money"),
        ("The club spent €7bn on players.", "€7bn", "money"),
        ("Backers gave £3m to the campaign.", "£3m", "money"),
        ("Donors sent millions of dollars abroad.", "millions of dollars", "money"),
        ("The state paid 5 billion naira to contractors.", "5 billion naira", "money"),
        ("Workers earn 330 pesos a day.", "330 pesos", "money"),
        ("The fine was 2,000 Swiss francs.", "2,000 Swiss francs", "money"),
        ("The bank lent 3 trillion won last year.", "3 trillion won", "money"),
        ("Rent rose to 9,000 Egyptian pounds.", "9,000 Egyptian pounds", "money"),
        ("The grant was ₦40 million.", "₦40 million", "money"),
        ("The hacker stole 1,200 bitcoin in 2019.", "1,200 bitcoin", "money"),
        ("Turnout fell to 35% this spring.", "35%", "percent"),
        ("She won 61 percent of the vote.", "61 percent", "percent"),
        ("Turnout fell by 12 per cent this spring.", "12 per cent", "percent"),
        ("Turnout fell by 12 percent this spring.", "12 percent", "percent"),
        ("Roughly 3,000-3,200 tickets were sold.", "Roughly 3,000-3,200 tickets", "count"),
        ("The museum holds between 40 and 60 paintings.", "between 40 and 60 paintings", "count"),
        (
            "The league has one and a half thousand referees.",
            "one and a half thousand referees",
            "count",
        ),
        ("Tens of thousands of fans gathered.", "Tens of thousands of fans", "count"),
        ("Hundreds of drones lit the sky.", "Hundreds of drones", "count"),
        ("She baked a dozen loaves.", "a dozen loaves", "count"),
        ("Police detained two Danish tourists.", "two Danish tourists", "count"),
        ("Several thousand bikes were stolen.", "Several thousand bikes", "count"),
        ("The talks lasted for seven hours.", "seven hours", "duration"),
        ("Senate Passes Bill After 39 Hours Of Debate", "39 Hours", "duration"),  # a headline
        ("The bridge took 1500 workers to build.", "1500 workers", "count"),
        ("Two examples show the problem.", "Two examples", "other"),  # the writer's outline
        ("There are three reasons for this.", "three reasons", "other"),
        # a number with nothing counted that still counts the dead or hurt
        ("The blast killed 14 in the market.", "14", "casualty"),
        ("By night the death toll had risen to 87.", "87", "casualty"),
        ("Local radio reported a higher toll of 14.", "14", "casualty"),
        ("Hundreds were killed in the raid.", "Hundreds", "casualty"),
        ("Dozens were injured in the crush.", "Dozens", "casualty"),
        ("At dawn 9 were reported missing.", "9", "casualty"),
        ('"Nine people were killed in the crash," she said.', "Nine people", "casualty"),
        ("23 migrants drowned off the coast.", "23 migrants", "casualty"),
        ("Four miners suffocated in the shaft.", "Four miners", "casualty"),
        ("Nearly half a million people have fled.", "Nearly half a million people", "count"),
        ("The charity spent Rs 40 crore on meals.", "Rs 40 crore", "money"),
        ("Prices rose 40pc last year.", "40pc", "percent"),
        (
            "The cabinet set aside 500 million Swedish crowns.",
            "500 million Swedish crowns",
            "money",
        ),
        (
            "The dentist fitted 2 crowns last week.",
            "2 crowns",
            "count",
        ),  # a crown is no money alone
        ("Staff was cut by a third.", "a third", "percent"),
        ("Half the crew quit.", "Half", "percent"),
        ("Half of the year's grants went unspent.", "Half", "percent"),  # an owner, not a span
        ("The blast injured 5 officers responding to the call.", "5 officers", "casualty"),
        ("The ambush left 9 officers confirmed dead.", "9 officers", "casualty"),
        ("Of those on the ferry, 40 were killed.", "40", "casualty"),
        ("The death toll rose by 12 to 87.", "87", "casualty"),  # a change and the new level
        ("The toll rises to 90 by evening.", "90", "casualty"),
        ("A daily walk cuts the risk by a third.", "a third", "percent"),
        ("Crime fell by half, the mayor's office said.", "half", "percent"),
        ("He called it 'the lowest in four years' and moved on.", "four years", "duration"),
        ("Nearly eight of 10 voters say they will watch.", "10 voters", "count"),  # no source
        ("The council said 300 residents signed.", "300 residents", "count"),  # not a few
        ("Some 3,000 die-hard fans came.", "Some 3,000 die-hard fans", "count"),  # no "die"
        # a participle or an adverb before the counted noun
        ("Clinics logged 300 confirmed cases in May.", "300 confirmed cases", "count"),
        ("The survey reached 800 likely voters.", "800 likely voters", "count"),
        ("About 1,500 displaced families moved.", "About 1,500 displaced families", "count"),
        ("Staff saw 1,240 suspected cases recorded there.", "1,240 suspected cases", "count"),
        ("The firm paid 197 paid interns.", "197 paid interns", "count"),
        (
            "The firm let go more than 20 current and former employees.",
            "more than 20 current and former employees",
            "count",
        ),
        # money written in other ways
        ("The fine was NZ$45,000 in total.", "NZ$45,000", "money"),
        ("Tickets cost HK$300 each.", "HK$300", "money"),
        ("The bill came to S$4m.", "S$4m", "money"),
        ("Shares paid 61 cents a share.", "61 cents", "money"),
        ("The state will borrow Rs 1.2 lakh crore.", "Rs 1.2 lakh crore", "money"),
        ("The deal is worth $3.2-billion.", "$3.2-billion", "money"),
        ("The upgrade will cost $1.5-2 billion.", "$1.5-2 billion", "money"),
        ("Lee's 42.9% was a record.", "42.9%", "percent"),  # an owner, not a name
        # "from X to Y" with no change, "by X to Y" with what Y measures: one range
        ("Sentences range from six to twelve years.", "six to twelve years", "duration"),
        ("Output could fall by 6 to 8 per cent.", "6 to 8 per cent", "percent"),
        ("Each was vetted by 15 to 20 aides.", "15 to 20 aides", "count"),
        ("Seven countries showed gains.", "Seven countries", "count"),  # no verb of speech
        ("Eight of 12 managers said no.", "12 managers", "count"),  # a share of those asked
        # a small count after "said" that a verb follows is what was said, not who said it
        ("Bystanders, talking to the press, said four people drowned.", "four people", "casualty"),
        ("Medics said three guards were injured.", "three guards", "casualty"),
        # a weekday or month before a number is a date, not a name ("Camp Ashraf 3")
        ("The ministry said on Friday 9 people were injured.", "9 people", "casualty"),
        ("In April 70 workers were laid off.", "70 workers", "count"),
        ("Twelve hikers were hurt in the storm.", "Twelve hikers", "casualty"),  # "hurt"
        ("Tariffs hurt 40 firms last year.", "40 firms", "count"),  # hurt, but no one injured
        ("He courted 300 Wall Street donors.", "300 Wall Street donors", "count"),  # no address
        ("The rally drew 300 Union members.", "300 Union members", "count"),
        # a unit written onto the digits is counted as its spelled-out form is
        ("Agents seized 3kg of heroin.", "3kg", "count"),
        ("The storm hit at 120mph on Sunday.", "120mph", "count"),
        # a model is a number of three digits or more; a lowercase head after a street counts
        ("The airline grounded 50 Max jets.", "50 Max jets", "count"),
        (
            "Officials told 300 Downing Street staff to stay home.",
            "300 Downing Street staff",
            "count",
        ),
    ],
)
def test_finds_figure(sentence: str, span: str, kind: str) -> None:
    fig = only(sentence)
    assert fig.text == span
    assert fig.kind == kind
    assert sentence[fig.start : fig.end] == span


@pytest.mark.parametrize(
    "sentence",
    [
        "The law was passed in 1998 after a long debate.",
        "A 2017 report changed the policy.",
        "The vote took place on March 14, 2016 in the capital.",
        "They met on 9 June and again on June 12.",
        "She finished 1st and he came second.",
        "Guards at Camp Ashraf 3 stayed silent.",
        "He gave an interview to Channel 4 yesterday.",
        "The ruling cites Articles 14, 17 and 23 of the charter.",
        "Hospitals filled up during COVID-19 waves.",
        "Platforms invoke Section 230 in court.",
        "The airline grounded its Boeing 737 fleet.",
        "The carrier parked its 787 Dreamliner jets for a week.",  # a model name
        "Bus 9C was late again.",  # a glued letter after a name, no unit
        "A 9mm handgun lay on the seat.",  # a calibre
        "The 2C bus route was cut.",  # a route
        "The startup leased a floor at 41 Larkin St. last year.",  # an address
        "Fans queued outside 200 Harbor Avenue.",
        "Call 555-867-5309 for details.",
        "Call (555) 867-5309 or +1 555 867 5309 now.",
        "The meeting starts at 5 p.m. sharp.",
        "One of the guards left early.",
        "He is the one that can fix it.",
        "Dr. Smith met U.S. officials on Monday.",
        "Turnout dropped in the 2014 elections.",
        "As 2016 comes to an end, prices rise.",
        "The post with id 750123456789012345 vanished.",
        "Memories of 9/11 remain vivid.",
        "She turned 45 last week.",
        "In the first half of 2020 the club won.",  # a period, not a share
        "In the first half the club scored twice.",
        "The hall was half full.",  # no share of anything
        "Half the time, the ferry runs late.",  # a span of time, no share
        "She spent half the day in meetings.",
        "Half of the season was lost to rain.",
        "The bill was killed 52 to 48 in the Senate.",  # a vote tally, not a toll
        "The first attack was followed by a third.",  # "by" names an agent here
        "The movie 13 Hours opens on Friday.",  # a title
        "She told the story on 60 Minutes.",
        "The 7-Eleven chain plans new stores.",  # a name
        "Voters aged 18 to 24 backed the plan.",  # ages
        "A 74-year-old man remains in hospital.",
        "The house is 200 years old.",
        "The firm is owned by a third party.",  # no change "by a third"
        "By a quarter past nine the hall was full.",
        "The talks were over at last.",
        "Call the toll-free line at 800 now.",
        # how many sources the article has: no claim
        "Two security sources said the talks had stalled.",
        "The talks stalled, three officials told reporters.",
        "The talks stalled, according to two officials.",
        "The deal stalled, according to three people familiar with the matter.",
        '"It is over," said two witnesses.',
        '"We ran," said two guards at the gate.',
        '"We ran," said three nurses who saw it.',
        # any counted noun heading the subject of a verb of speech is a source
        "Many learned of the cuts by email, three former managers said.",
        "Two guards told the court the gate was open.",
        "The plan failed, according to four former aides.",
        # a verb after the number: nothing counted
        "The two met in May.",
        "Of the files, 19 contain secrets.",
        "By noon, 40 came back.",
        "Mr. Gray's 2016 rivals were weak.",  # a year, after an owner
    ],
)
def test_not_a_figure(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value", "low", "high", "unit"),
    [
        ("The fund lost $1.5 million overnight.", 1_500_000, None, None, "USD"),
        ("Authorities counted at least 120 arrests.", 120, 120, None, None),
        ("Authorities counted nearly 120 arrests.", 120, None, 120, None),
        ("Organisers expected 1,000-1,500 guests.", None, 1000, 1500, None),
        ("The league has one and a half thousand referees.", 1500, None, None, None),
        ("Hundreds of drones lit the sky.", None, 200, 1000, None),
        ("Fares rose 15% in a year.", 15, None, None, "%"),
        ("The club spent €7bn on players.", 7e9, None, None, "EUR"),
        ("The death toll rose to 1,204 on Friday.", 1204, None, None, None),  # nothing counted
        ("He was fined Rs 50,000 by the court.", 50_000, None, None, "INR"),
        ("Scores of villagers fled.", None, 40, 200, None),
        ("One in five voters stayed home.", 20, None, None, "%"),
        ("Two out of three members agreed.", 66.7, None, None, "%"),
        ("Two-thirds of the budget went unspent.", 66.7, None, None, "%"),
        ("Nearly half a million people have fled.", 500_000, None, 500_000, None),
        ("Donors gave half a billion dollars.", 500_000_000, None, None, "USD"),
        ("The charity spent Rs 40 crore on meals.", 4e8, None, None, "INR"),
        ("The state lent 3 lakh rupees.", 300_000, None, None, "INR"),
        ("Prices rose 40pc last year.", 40, None, None, "%"),
        ("A daily walk cuts the risk by a third.", 33.3, None, None, "%"),
        ("The cabinet set aside 500 million Swedish crowns.", 5e8, None, None, "SEK"),
        ("Hundreds were killed in the raid.", None, 200, 1000, None),
        ("The state will borrow Rs 1.2 lakh crore.", 1.2e12, None, None, "INR"),
        ("The state lent 2.3 lakh rupees.", 230_000, None, None, "INR"),  # no float error
        ("The deal is worth $3.2-billion.", 3.2e9, None, None, "USD"),
        ("The upgrade will cost $1.5-2 billion.", None, 1.5e9, 2e9, "USD"),
        ("The upgrade will cost $1.5 to 2 billion.", None, 1.5e9, 2e9, "USD"),
        ("The fine was NZ$45,000 in total.", 45_000, None, None, "NZD"),
        ("The dividend is 61 cents a share.", 0.61, None, None, "USD"),
        ("Sentences range from six to twelve years.", None, 6, 12, None),
        ("Output could fall by 6 to 8 per cent.", None, 6, 8, "%"),
        # a share's qualifier is a bound, as a percentage's is
        ("Nearly half of voters stayed home.", 50, None, 50, "%"),
        ("More than two-thirds of members agreed.", 66.7, 66.7, None, "%"),
        ("About one in five adults smoke.", 20, None, None, "%"),
        ("Half of voters stayed home.", 50, None, None, "%"),
        # "only" stresses a figure's size and bounds nothing
        ("Buses made up only 14 percent of trips.", 14, None, None, "%"),
        ("Only 40 guests came.", 40, None, None, None),
    ],
)
def test_values(sentence: str, value, low, high, unit) -> None:
    fig = only(sentence)
    assert (fig.value, fig.low, fig.high, fig.unit) == (value, low, high, unit)


@pytest.mark.parametrize(
    ("sentence", "spans"),
    [
        ("The blast killed 14 and wounded 30.", ["14", "30"]),
        ("The toll now stands at 312, with 40 still missing.", ["312", "40"]),
        ("Three people died in the raid, two security sources said.", ["Three people"]),
        ("Five guards were killed, according to two officials.", ["Five guards"]),
        ("Two officials said 14 people died.", ["14 people"]),
        ("Three guards were killed, two former managers said.", ["Three guards"]),
    ],
)
def test_casualty_figures_and_not_their_sources(sentence: str, spans: list[str]) -> None:
    found = figures(sentence)
    assert [f.text for f in found] == spans
    assert all(f.kind == "casualty" for f in found)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a bare part counted out of a whole counts the same thing
        (
            "The league admitted only 11 of the 27 member clubs.",
            [("only 11", "count", "member clubs"), ("27 member clubs", "count", "member clubs")],
        ),
        (
            "At least 9 of the 40 miners died.",
            [("At least 9", "casualty", "miners"), ("40 miners", "casualty", "miners")],
        ),
        # a bare number after "a crowd of" counts people
        ("A crowd of 31,207 saw the derby.", [("31,207", "count", None)]),
        ("The mill kept a workforce of about 900.", [("about 900", "count", None)]),
        ("The score stood at 31,207.", [("31,207", "other", None)]),
        # "over" a span of time after a figure: across that span, no lower bound
        (
            "The scheme will cost $40 billion over ten years.",
            [("$40 billion", "money", None), ("ten years", "duration", "years")],
        ),
        ("He served over ten years in jail.", [("over ten years", "duration", "years")]),
    ],
)
def test_kind_from_the_frame(sentence: str, found: list) -> None:
    assert [(f.text, f.kind, f.noun) for f in figures(sentence)] == found


def test_over_a_span_is_no_bound() -> None:
    span = figures("The scheme will cost $40 billion over ten years.")[-1]
    assert (span.value, span.low, span.qualifier) == (10, None, None)
    served = only("He served over ten years in jail.")
    assert (served.low, served.qualifier) == (10, "over")


def test_a_verb_after_the_number_is_no_counted_noun() -> None:
    fig = only("Aid groups say up to 200,000 remain trapped.")
    assert (fig.text, fig.noun, fig.high) == ("up to 200,000", None, 200_000)


@pytest.mark.parametrize(
    ("sentence", "span", "qualifier"),
    [
        ("Nearly half of voters stayed home.", "Nearly half", "nearly"),
        ("It spent less than half of the grant.", "less than half", "less than"),
        ("About one in five adults smoke.", "About one in five adults", "about"),
        ("Half of voters stayed home.", "Half", None),
        ("Less than half the grant was spent.", "Less than half", "less than"),  # no "of"
        ("Nearly half their members quit.", "Nearly half", "nearly"),
    ],
)
def test_share_keeps_its_qualifier(sentence: str, span: str, qualifier: str | None) -> None:
    fig = only(sentence)
    assert (fig.text, fig.qualifier) == (span, qualifier)


def test_share_wins_over_the_count_inside_it() -> None:
    fig = only("One in five Americans stayed home.")
    assert (fig.text, fig.kind, fig.noun) == ("One in five Americans", "percent", "Americans")


def test_list_marker_is_not_a_figure() -> None:
    assert figures("What to watch.\n\n1. The vote is close.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The poll ranked 8 Rand Paul supporters first.",  # a name, not the South African rand
        "The institute hired two RAND analysts.",
        "There are 3 real problems with the plan.",  # an adjective, not the Brazilian real
        "Police arrested the 4 Dong brothers.",
    ],
)
def test_currency_words_that_are_names_are_not_money(sentence: str) -> None:
    found = figures(sentence)
    assert found and all(f.kind != "money" for f in found)


def test_currency_code_that_is_a_word_starts_no_figure() -> None:
    assert [f.text for f in figures("Prosecutors will try 40 suspects next year.")] == [
        "40 suspects"
    ]


def test_money_before_to_is_not_a_range() -> None:
    found = figures("The group paid at least $2.5 million to four consulting firms.")
    assert found[0].text == "at least $2.5 million"
    assert found[0].high is None


def test_counted_noun_stops_at_verb_and_plural_head() -> None:
    fig = only("About 300 club members marching downtown were cheered.")
    assert fig.noun == "club members"


def test_boilerplate_blocks_are_skipped() -> None:
    assert figures("Copyright © 2020 12 writers. All rights reserved.") == []


def test_no_overlap_and_sentence_index() -> None:
    found = figures("Crews saved 40 dogs. Then they fed 12 cats and 300 birds.")
    assert [f.text for f in found] == ["40 dogs", "12 cats", "300 birds"]
    assert [f.sentence for f in found] == [0, 1, 1]


WORDS = st.sampled_from(
    [
        "the",
        "at least",
        "over",
        "1,200",
        "40%",
        "$3m",
        "2019",
        "two",
        "people",
        "deaths",
        "of",
        "hundreds",
        "Camp",
        "Ashraf",
        "3",
        "killed",
        "nearly",
        "1,000-2,000",
        "in",
        "August",
        "23",
        ".",
        ",",
        "—",
        "“",
        "”",
        "between",
        "and",
        "dollars",
        "one",
        "a",
        "half",
        "thousand",
        "\n\n",
        "’s",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, min_size=1, max_size=40))
@example(["1,200", "two", "in", "40%"])  # a count's noun once ran into a share ("two in 40")
def test_spans_stay_in_sentence_and_do_not_overlap(words: list[str]) -> None:
    text = " ".join(words)
    doc = parse(text, "t.txt", "text")
    segment(doc)
    found = detect_figures(doc, default_lexicons())
    sentences = doc.sentences
    last_end = -1
    for f in found:
        s = sentences[f.sentence]
        assert s.start <= f.start < f.end <= s.end
        assert doc.prose[f.start : f.end] == f.text
        assert f.start >= last_end
        last_end = f.end


def test_a_count_of_things_named_before_is_no_toll() -> None:
    kinds = {f.text: f.kind for f in figures("Of the 12 items, 3 are still missing.")}
    assert kinds.get("3") != "casualty"


@pytest.mark.parametrize(
    ("sentence", "span", "noun"),
    [
        ("About 7 billion comes from savings.", "About 7 billion", None),
        ("Our estimate is that fewer than 40,000 lose anything.", "fewer than 40,000", None),
        ("The count fell to 2,310, down from 2,900 two years earlier.", "2,900", None),
        ("More than 20 current and former staffers quit.", None, "current and former staffers"),
        ("He hired 40 contract workers.", None, "contract workers"),
    ],
)
def test_counted_noun(sentence: str, span: str | None, noun: str | None) -> None:
    found = {f.text: f.noun for f in figures(sentence)}
    if span is not None:
        assert span in found and found[span] == noun, found
    else:
        assert noun in found.values(), found


def test_a_participle_with_no_noun_after_it_is_no_counted_noun() -> None:
    fig = only("Police said 2,000 marching was a record.")
    assert (fig.text, fig.noun) == ("2,000", None)


def test_a_road_toll_is_no_casualty() -> None:
    assert all(f.kind != "casualty" for f in figures("The toll charged to trucks will rise to 12."))


@pytest.mark.parametrize(
    ("sentence", "spans"),
    [
        ("Bookings rose from 430 in 2019 to 1,310 in 2025.", ["430", "1,310"]),  # levels
        ("Support fell from 71 to 55 percent.", ["71", "55 percent"]),  # the unit is shared
        ("Sentences range from six to twelve years.", ["six to twelve years"]),
        ("Membership grew from 40 to 52 people.", ["40", "52 people"]),
    ],
)
def test_from_x_to_y_spans(sentence: str, spans: list[str]) -> None:
    found = figures(sentence)
    assert [f.text for f in found] == spans
    if "percent" in sentence:
        assert all(f.unit == "%" for f in found)


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # both values of a change are figures; the bare new level keeps the first's kind
        ("The flood toll rose from 9 to 31 on Sunday.", [("9", "casualty"), ("31", "casualty")]),
        ("The toll rose from 9 to 31, medics said.", [("9", "casualty"), ("31", "casualty")]),
        ("Reported deaths climbed from 9 to 31.", [("9", "casualty"), ("31", "casualty")]),
        ("Fares rose from $2 to 3 last year.", [("$2", "money"), ("3", "money")]),
        ("Jobless claims fell from 7% to 5%.", [("7%", "percent"), ("5%", "percent")]),
        # a bare new level after "to" counts what the old level counts
        ("Arrests rose from 12 people to 40.", [("12 people", "count"), ("40", "count")]),
        ("Staff handed 40 leaflets to 3,000.", [("40 leaflets", "count"), ("3,000", "other")]),
        # no verb of change: one range
        ("Terms range from 9 to 31 days.", [("9 to 31 days", "duration")]),
    ],
)
def test_bare_second_value_of_a_change(sentence: str, found: list) -> None:
    assert [(f.text, f.kind) for f in figures(sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a bare value compared with the figure before it measures the same thing
        (
            "Unemployment fell to 5.1 percent, down from 5.3 in May.",
            [("5.1 percent", "percent", None), ("5.3", "percent", None)],
        ),
        (
            "The census found 2,310 nurses, down from 2,900.",
            [("2,310 nurses", "count", "nurses"), ("2,900", "count", "nurses")],
        ),
        (
            "Sales hit $4.2 million, up from 3.1 million.",
            [("$4.2 million", "money", None), ("3.1 million", "money", None)],
        ),
        (
            "It rose to 40 percent, compared with 35 a year ago.",
            [("40 percent", "percent", None), ("35", "percent", None)],
        ),
        # a unit word's scale is not carried over; nothing compared, nothing taken
        (
            "Shares rose to 61 cents, up from 55.",
            [("61 cents", "money", None), ("55", "other", None)],
        ),
        (
            "He hired 40 nurses and paid 3,000 more.",
            [("40 nurses", "count", "nurses"), ("3,000", "other", None)],
        ),
    ],
)
def test_compared_level_takes_the_unit(sentence: str, found: list) -> None:
    assert [(f.text, f.kind, f.noun) for f in figures(sentence)] == found


def test_from_x_to_y_after_a_change_is_two_values() -> None:
    found = [(f.text, f.value) for f in figures("Costs rose from $4m to $9m.")]
    assert found == [("$4m", 4e6), ("$9m", 9e6)]
    (estimate,) = figures("It will cost $10m to $20m.")  # with no "from", still a range
    assert (estimate.low, estimate.high) == (1e7, 2e7)
