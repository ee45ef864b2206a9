"""Pronouns, possessives and speech: which entity "he", "they", "its" stand for, and who speaks."""

from __future__ import annotations

import pytest

from tests.helpers import triples_of

CASES = [
    pytest.param(
        # a pronoun that continues the topic keeps its antecedent in reach beyond a few sentences
        "Tony Abbott was born in London in 1957. He studied economics in Sydney. His early career was spent"
        " in journalism. His first attempt to enter parliament was blocked by the Labor candidate, Michael Lee."
        " But in 1994, he defeated his rival John Hewson.",
        {("Tony Abbott", "defeat", "John Hewson")},
        {("Michael Lee", "defeat", "John Hewson")},
        id="chained-pronoun",
    ),
    pytest.param(
        # "he added" after a quote is the last speaker, not a name inside the quote
        'Emmanuel Macron met Olaf Scholz in Paris on Monday. "Europe must stand together," he said.'
        ' "On this I think Scholz is right," he added.',
        {("Emmanuel Macron", "praise", "Olaf Scholz")},
        {("Olaf Scholz", "praise", "Olaf Scholz")},
        id="quote-speaker",
    ),
    pytest.param(
        # the subject of a clause under "hold", not under a verb of saying, is not what the text is about
        "The Greens insisted they would hold ministers to account over the scheme. They said they would"
        " also press Labour over its cost.",
        {("Greens", "pressure", "Labour Party")},
        {("ministers", "pressure", "Labour Party")},
        id="reported-clause-subject",
    ),
    pytest.param(
        # "it" in a participle clause is what the main verb acted on, not a subject of the sentence before
        "The European Commission opened an inquiry into smartphone patents last year. Microsoft sued Google"
        " in a London court, accusing it of copying designs.",
        {("Microsoft", "accuse", "Google")},
        {("Microsoft", "accuse", "European Commission")},
        id="it-in-participle-clause",
    ),
    pytest.param(
        # someone else named in the sentence, and no body as the object: "it" is left alone
        "The European Commission opened an inquiry into smartphone patents last year. Microsoft sued the"
        " maker in a court in Texas, accusing it of copying designs.",
        set(),
        {("Microsoft", "accuse", "European Commission")},
        id="it-in-participle-clause-unresolved",
    ),
    pytest.param(
        # plain plural nouns were the subject since the party was named: "they" is the emails
        "Labour spokesman Tom Baldwin said those who selected Mr Kerr knew nothing of his emails. Mr Baldwin"
        " said Mr Kerr's leaked emails had been presented as Labour policy, which they were not. He said they"
        " might have been drafts for a committee, but would not have been matched to Mr Kerr when he was"
        " selected.",
        set(),
        {("Labour Party", "match_to", "Kerr")},
        id="they-after-plural-noun-subject",
    ),
    pytest.param(
        "Germany and France met in Brussels on Monday. They condemned Russia.",
        {("Germany", "criticize", "Russia"), ("France", "criticize", "Russia")},
        set(),
        id="they-coordinated-bodies",
    ),
    pytest.param(
        # "their" in "thanked the police for their work" is the police's; "they" is the police, the subject
        # of the same sentence, and "them" the individuals, not a body named in the sentence before
        "Downing Street praised the Metropolitan Police on Monday. The Home Secretary thanked the police for"
        ' their work and said: "The police want to identify whether there are individuals who are inciting'
        ' hatred - they will crack down on them."',
        {("Downing Street", "praise", "Metropolitan Police")},
        {("Downing Street", "crack_down_on", "police"), ("police", "crack_down_on", "Downing Street")},
        id="they-subject-of-the-same-sentence",
    ),
    pytest.param(
        # each paragraph of a long quote opens with a mark: all are the spokesman's, and in them "him"
        # is not the spokesman
        "The Green Party suspended a councillor on Friday. Its spokesman Tom Price told BBC News:"
        ' "We have looked at the posts carefully. "We have suspended him as a member. "It is a'
        ' distraction from the campaign."',
        {("Tom Price", "say", "BBC News")},
        {("Green Party", "suspend", "Tom Price")},
        id="he-in-a-quote-is-not-the-speaker",
    ),
    pytest.param(
        # a clause reported inside the quote is its reporter's, not the quote's speaker's
        'Labour rejected the plan on Monday. "If we do not act, some countries will ignore their duties,"'
        ' said Yvette Cooper. "The Greens have long argued that Britain should take more refugees."',
        {("Greens", "call", "United Kingdom")},
        {("Yvette Cooper", "call", "United Kingdom")},
        id="reporter-inside-a-quote",
    ),
    pytest.param(
        # a quote that is a paragraph of its own is the speaker's of the sentence before
        "Andy Burnham said the cuts were exactly what he had expected from the Treasury."
        ' "Manchester will not put up with this. I will fight the Treasury."',
        {("Andy Burnham", "fight", "Treasury")},
        set(),
        id="quote-after-reported-speech",
    ),
    pytest.param(
        # "its" is the main clause's body, not one named in a relative clause
        "HSBC, which is advised by Goldman Sachs, said its chief executive, Noel Quinn, would step down.",
        {("Noel Quinn", "lead", "HSBC")},
        {("Noel Quinn", "lead", "Goldman Sachs")},
        id="its-past-a-relative-clause",
    ),
    pytest.param(
        # the speaker of a long quote in the paragraph before
        'Nick Clegg, the party leader, said: "We will not back the plan. It is unfair. It is unworkable.'
        ' It is unaffordable. It is wrong."\n\nHe told Radio Five Live: "I will not support Labour on this."',
        {("Nick Clegg", "say", "Radio Five Live")},
        set(),
        id="speaker-beyond-a-long-quote",
    ),
    pytest.param(
        # someone else was the subject since the last speaker spoke
        'Nick Clegg said: "We will not back the plan." Mr Davey was asked about the vote on Monday.'
        ' He told Radio Five Live: "I will not support Labour on this."',
        {("Davey", "say", "Radio Five Live")},
        {("Nick Clegg", "say", "Radio Five Live")},
        id="speaker-after-a-new-subject",
    ),
    pytest.param(
        # no subject to go on from, and the last body named is sentences away: "they" is left alone
        "Officials from Romania visited London on Monday. The talks lasted for hours. Reporters waited"
        " outside. The weather was poor. They later criticised the European Commission.",
        set(),
        {("Romania", "criticize", "European Commission")},
        id="they-with-no-subject-to-go-on-from",
    ),
    pytest.param(
        # an object pronoun is never the named subject of its own clause
        "Keir Starmer met Emmanuel Macron in Paris on Monday. Mr Starmer urged him to back the plan.",
        {("Keir Starmer", "call", "Emmanuel Macron")},
        set(),
        id="object-pronoun-not-the-subject",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_pronoun_resolution(text: str, present: set, absent: set) -> None:
    found = triples_of(text)
    assert present <= found, sorted(found)
    assert not absent & found, sorted(found)


def test_a_quote_over_paragraphs_has_one_speaker() -> None:
    """'…: "A. "B. "C."' — the second and third parts, opened anew, are the same speaker's."""
    from kg.extract.pipeline import load_pipeline
    from kg.extract.quotes import quotations

    text = (
        'Mr Price told BBC News: "We have looked at the posts. "We have suspended him as a member.'
        ' "It is a distraction."'
    )
    doc = load_pipeline()(text)
    quotes = quotations(doc, text)
    assert [doc[q.start : q.end].text for q in quotes] == [
        "We have looked at the posts.",
        "We have suspended him as a member.",
        "It is a distraction.",
    ]
    assert {q.speaker.text if q.speaker is not None else None for q in quotes} == {"Price"}


def test_a_quote_named_at_its_end_lends_its_speaker_to_its_first_part() -> None:
    from kg.extract.pipeline import load_pipeline
    from kg.extract.quotes import quotations

    text = '"This is a betrayal of Wales. "Labour should change course," said Rhun ap Iorwerth.'
    doc = load_pipeline()(text)
    quotes = quotations(doc, text)
    assert len(quotes) == 2
    assert quotes[0].speaker is not None and quotes[0].speaker.i == quotes[1].speaker.i  # type: ignore[union-attr]


def test_a_quote_after_an_attributed_quote_is_the_same_speakers() -> None:
    from kg.extract.pipeline import load_pipeline
    from kg.extract.quotes import quotations

    text = '"It is a landmark building," he said. "It is the ideal opportunity for the town."'
    doc = load_pipeline()(text)
    quotes = quotations(doc, text)
    assert [q.speaker.text if q.speaker is not None else None for q in quotes] == ["he", "he"]


@pytest.mark.parametrize(
    "text",
    [
        'Mr Jones was quoted in the Western Mail saying: "I feel the party has over-reacted."',
        'Mr Jones was quoted as saying: "I feel the party has over-reacted."',
    ],
)
def test_a_participle_of_saying_takes_the_subject_of_its_clause(text: str) -> None:
    from kg.extract.pipeline import load_pipeline
    from kg.extract.quotes import quotations

    doc = load_pipeline()(text)
    [quote] = quotations(doc, text)
    assert quote.speaker is not None and quote.speaker.text == "Jones"


def test_a_pronoun_left_ambiguous_says_why_in_the_report() -> None:
    from kg.extract.document import ExtractOptions, extract_doc
    from kg.extract.pipeline import load_pipeline
    from kg.model import Article, ArticleMeta
    from kg.vocabulary import load_vocabulary

    text = (
        "Labour spokesman Tom Baldwin said those who selected Mr Kerr knew nothing of his emails. Mr Baldwin"
        " said Mr Kerr's leaked emails had been presented as Labour policy, which they were not. He said they"
        " might have been drafts for a committee, but would not have been matched to Mr Kerr when he was"
        " selected."
    )
    doc = load_pipeline()(text)
    result = extract_doc(doc, Article(ArticleMeta("t"), text), load_vocabulary(), ExtractOptions(report=True))
    reasons = {d.reason for d in result.decisions if d.outcome == "dropped"}
    assert any(r.startswith("pronoun ambiguous: ") for r in reasons), sorted(reasons)


_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Country", "NORP": "Group"}


def _resolved(text: str, word: str, nth: int = 0) -> str | None:
    """What the `nth` occurrence of `word` stands for, by an index over the tagger's own names."""
    from kg.extract.arguments import ArgumentIndex
    from kg.extract.pipeline import load_pipeline
    from kg.model import Entity

    doc = load_pipeline()(text)
    ents = [e for e in doc.ents if e.label_ in _TYPES]
    index = ArgumentIndex(
        doc,
        [(e.start, e.end) for e in ents],
        [Entity(id=e.text.lower(), name=e.text, type=_TYPES[e.label_]) for e in ents],
    )
    token = [t for t in doc if t.lower_ == word][nth]
    found = index.entity(token)
    return found.name if found is not None else None


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # an object "it" is mostly a thing
        ("Microsoft published its plan on Monday. Google attacked it within hours.", "it", None),
        # "it" described by a copula is a thing
        ("Microsoft rejected the claim. It is a serious matter for the company.", "it", None),
        # "for its N" after a verb that does not judge its object: the subject's
        ("Air China has chosen London for its listing.", "its", "Air China"),
        ("The minister praised Microsoft for its ambition.", "its", "Microsoft"),
        # the subject "it" of an ordinary verb still goes on from the subject before
        ("Microsoft reported record profits. It expects growth in 2025.", "it", "Microsoft"),
    ],
)
def test_neuter_pronouns(text: str, word: str, expected: str | None) -> None:
    assert _resolved(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a person who is a subject earlier in the same sentence comes before the subjects of earlier ones
        (
            "Michael Mansfield and Phil Shiner spoke for the families. They said that because Ahmed Ali was in"
            " custody when he died, his case came under British law.",
            "he",
            "Ahmed Ali",
        ),
        (
            "John Houston was suspended. Peter Nielson, who is the party's Scottish chairman, said he had"
            " suspended Mr Houston on Friday.",
            "he",
            "Peter Nielson",
        ),
    ],
)
def test_personal_pronouns(text: str, word: str, expected: str | None) -> None:
    assert _resolved(text, word) == expected


def _counted(text: str, word: str) -> list[str]:
    """Who the word `word` ("leaders", "pair") stands for, by an index over the tagger's own names."""
    from kg.extract.arguments import ArgumentIndex
    from kg.extract.pipeline import load_pipeline
    from kg.model import Entity

    doc = load_pipeline()(text)
    ents = [e for e in doc.ents if e.label_ in _TYPES]
    index = ArgumentIndex(
        doc,
        [(e.start, e.end) for e in ents],
        [Entity(id=e.text.lower(), name=e.text, type=_TYPES[e.label_]) for e in ents],
    )
    token = next(t for t in doc if t.lower_ == word)
    return sorted(e.name for e in index.entities(token))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # the only two people named in the sentence before
        (
            "Angela Merkel met Emmanuel Macron in Berlin. The two leaders condemned Russia.",
            "leaders",
            ["Angela Merkel", "Emmanuel Macron"],
        ),
        (
            "Angela Merkel met Emmanuel Macron in Berlin. The pair condemned Russia.",
            "pair",
            ["Angela Merkel", "Emmanuel Macron"],
        ),
        # the two coordinated bodies
        ("Shell and BP reported profits. Both companies praised Ofgem.", "companies", ["BP", "Shell"]),
        # a third person named: none
        ("Angela Merkel met Emmanuel Macron and Joe Biden. The two leaders condemned Russia.", "leaders", []),
        # people are not companies, and "two" without "the" counts no one named
        ("Angela Merkel met Emmanuel Macron in Berlin. Two leaders condemned Russia.", "leaders", []),
        ("Angela Merkel met Emmanuel Macron in Berlin. Both companies condemned Russia.", "companies", []),
        # the last two named together, a few sentences back
        (
            "Cathy Jamieson praised Celtic and Rangers on Friday. However, the minister said abuse was a"
            " problem. She spoke on the radio ahead of the match. Both clubs welcomed the plan.",
            "clubs",
            ["Celtic", "Rangers"],
        ),
        # a third person named: the two at either end of the latest clause that names two
        (
            "Gordon Brown, who married Sarah Macaulay in 2000, moved to Fife. Their friend Anna Smith visited"
            " them there. The couple praised the hospital.",
            "couple",
            ["Gordon Brown", "Sarah Macaulay"],
        ),
        # "a couple of weeks" is no pair of people
        ("Angela Merkel met Emmanuel Macron. A couple of weeks later Russia left.", "couple", []),
    ],
)
def test_two_actors_counted(text: str, word: str, expected: list[str]) -> None:
    assert _counted(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a name in the title of a broadcaster's programme is no one "he" may stand for
        (
            "Lord Falconer told BBC1's Breakfast With Frost that reform was needed. The Lords must change."
            " The Commons must change too. The reform will take years. He is also head of the judiciary.",
            "he",
            "Falconer",
        ),
        (
            "Ed Davey told the BBC's Sunday with Laura Kuenssberg that he wanted a vote. The vote may come."
            " The party wants it soon. The polls are close. He is also leader of the party.",
            "he",
            "Ed Davey",
        ),
    ],
)
def test_a_name_in_a_programme_title_is_no_antecedent(text: str, word: str, expected: str) -> None:
    assert _resolved(text, word, nth=-1) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # "they" goes on from "them" of its own sentence, where nothing else came between
        (
            'Mark Rutte said it was crucial to maintain pressure on Iran. "We have to maintain the pressure on'
            ' them to make sure that they are willing to engage in talks," he added.',
            "they",
            "Iran",
        ),
    ],
)
def test_they_goes_on_from_them(text: str, word: str, expected: str) -> None:
    assert _resolved(text, word) == expected
