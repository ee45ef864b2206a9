"""Politics sentences of the third battery: ties stated with an adjective, failings said of someone,
hyphenated titles, appointments to a named office, opening phrases before a subject, lists of three."""

from __future__ import annotations

from functools import lru_cache

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.appointed import appointed_to_office
from kg.extract.brokered import brokered_between, deal_brokered_for
from kg.extract.failings import states_failing
from kg.extract.joined_calls import joined_calls
from kg.extract.owned_acts import owned_act
from kg.extract.stance_adjuncts import stance_in_act
from kg.extract.stated_ties import tie_stated
from kg.extract.thrown_out import thrown_out_of
from kg.extract.titles import title_predicate
from kg.vocabulary import load_vocabulary
from tests.helpers import relations_of, triples_of


@lru_cache(maxsize=1)
def _nlp() -> Language:
    from kg.extract.pipeline import load_pipeline

    return load_pipeline()


def _doc(text: str) -> Doc:
    return _nlp()(text)


def _rule_triples(rule, text: str) -> set[tuple[str, str, str]]:
    vocabulary = load_vocabulary()
    return {(c.subject.text, c.predicate, c.object.text) for token in _doc(text) for c in rule(token, vocabulary)}


# --- ties stated with an adjective ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        ("Tony Blair is married to Cherie Blair.", ("Blair", "marry", "Blair")),
        ("Ed Balls, who is close to Gordon Brown, was elected in 2005.", ("who", "close_to", "Brown")),
        ("Tony Blair remained loyal to George W Bush.", ("Blair", "support", "Bush")),
        ("Plaid Cymru is allied with the SNP at Westminster.", ("Cymru", "ally", "SNP")),
    ],
)
def test_a_tie_stated_by_an_adjective(sentence: str, triple: tuple[str, str, str]) -> None:
    assert triple in _rule_triples(tie_stated, sentence)


def test_a_state_with_no_tie_word_gives_nothing() -> None:
    assert not _rule_triples(tie_stated, "Tony Blair is popular with Labour voters.")


def test_a_tie_to_a_thing_is_dropped_where_the_object_is_resolved() -> None:
    assert not triples_of("Labour is close to a deal with the unions.")


def test_stated_ties_end_to_end() -> None:
    assert ("Tony Blair", "marry", "Cherie Blair") in triples_of("Tony Blair is married to Cherie Blair, a barrister.")
    assert ("Ed Balls", "close_to", "Gordon Brown") in triples_of("Ed Balls, who is close to Gordon Brown, spoke.")


# --- failings said of someone -------------------------------------------------------------------------


def _clause(text: str):
    doc = _doc(text)
    return next(t for t in doc if t.dep_ == "ccomp")


@pytest.mark.parametrize(
    "sentence",
    [
        "George Osborne said Gordon Brown had lost control of public spending.",
        "Alan Milburn said the Tories could not be trusted on the economy.",
        "Charles Clarke said Michael Howard had no credible policy.",
        "Charles Kennedy said the Conservatives had run out of ideas.",
        "Charles Kennedy said the Conservatives were in disarray.",
        "Tony Blair said Michael Howard was out of touch with voters.",
        "Gordon Brown said the Tories had done nothing for pensioners.",
        "Michael Howard said Tony Blair had done nothing to stop the war.",
        "Tony Blair said the Conservatives had nothing to offer.",
        "Michael Howard said Tony Blair had lost his way.",
    ],
)
def test_a_reported_failing(sentence: str) -> None:
    assert states_failing(_clause(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Tony Blair said Gordon Brown had no plans to resign.",
        "Tony Blair said Gordon Brown could not be blamed.",
        "Tony Blair said Gordon Brown had not lost control of spending.",
        "Tony Blair said Britain had no policy of paying ransoms.",
        "Gordon Brown said the economy was in good shape.",
        "Tony Blair said David Blunkett had done nothing wrong.",
    ],
)
def test_no_failing(sentence: str) -> None:
    assert not states_failing(_clause(sentence))


def test_a_failing_said_of_someone_is_an_accusation() -> None:
    found = triples_of("George Osborne said Gordon Brown had lost control of public spending.")
    assert ("George Osborne", "accuse", "Gordon Brown") in found


# --- hyphenated titles --------------------------------------------------------------------------------


def test_a_hyphenated_title_split_by_the_tokenizer() -> None:
    assert title_predicate(["election", "co", "-", "ordinator"]) == "works_for"
    assert title_predicate(["co", "-", "chairman"]) == "chair"
    assert title_predicate(["co", "-", "leader"]) == "lead"
    assert title_predicate(["deputy", "leader"]) == "works_for"


def test_hyphenated_titles_before_a_name() -> None:
    assert ("Liam Fox", "chair", "Conservative Party") in triples_of("Tory co-chairman Liam Fox spoke in London.")
    found = triples_of("Labour's election co-ordinator Alan Milburn spoke in London.")
    assert ("Alan Milburn", "member_of", "Labour Party") in found


# --- appointments to a named office -------------------------------------------------------------------


def test_an_appointment_with_by_on_the_office() -> None:
    found = _rule_triples(appointed_to_office, "Ruth Kelly was appointed education secretary by Tony Blair.")
    assert ("Blair", "employ", "Kelly") in found


def test_an_appointment_with_the_name_parsed_into_the_office() -> None:
    found = _rule_triples(appointed_to_office, "Tony Blair named Ruth Kelly education secretary in December.")
    assert ("Blair", "employ", "Kelly") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Gordon Brown made a speech to the TUC on Monday.",
        "Tony Blair praised BBC chairman Michael Grade in his speech.",
        "Tony Blair named the date of the election.",
    ],
)
def test_no_appointment(sentence: str) -> None:
    assert not _rule_triples(appointed_to_office, sentence)


# --- an opening phrase before the subject -------------------------------------------------------------


def test_a_place_ending_an_opening_phrase_is_not_apposed_to_the_subject() -> None:
    found = triples_of(
        "Conservative leader Michael Howard has accused Tony Blair of lying. "
        "Speaking in Kent, the Tory leader said the plans were wrong."
    )
    assert not any("Kent" in (s, o) for s, _, o in found)
    assert ("Michael Howard", "lead", "Conservative Party") in found


# --- lists of three -----------------------------------------------------------------------------------


def test_every_pair_of_a_list_of_three() -> None:
    found = triples_of("Britain, France and Germany held talks in Paris.")
    pairs = {frozenset((s, o)) for s, p, o in found if p == "talk"}
    assert pairs == {
        frozenset(("United Kingdom", "France")),
        frozenset(("United Kingdom", "Germany")),
        frozenset(("France", "Germany")),
    }


def test_a_list_parsed_with_an_apposition() -> None:
    found = triples_of("Tony Blair, Jacques Chirac and Gerhard Schroeder met in Berlin.")
    assert {("Tony Blair", "meet", "Jacques Chirac"), ("Tony Blair", "meet", "Gerhard Schroeder")} <= found


def test_a_list_does_not_pair_a_third_party() -> None:
    found = triples_of("Britain, France and Germany urged Iran to stop enrichment.")
    assert not {(s, o) for s, _, o in found} & {("United Kingdom", "France"), ("France", "Germany")}


# --- acts named by a noun their doer owns -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        ("Labour's victory over the Conservatives ended Tory rule.", ("Labour", "defeat", "Conservatives")),
        ("The Conservatives' defeat by Labour was the worst since 1906.", ("Labour", "defeat", "Conservatives")),
        ("Gordon Brown's speech to the CBI was welcomed.", ("Brown", "address", "CBI")),
        ("Jack Straw, whose talks with Iran ended on Monday, flew home.", ("Straw", "talk", "Iran")),
        ("Tony Blair's apology to Gerry Conlon was welcomed.", ("Blair", "apologise_to", "Conlon")),
    ],
)
def test_an_owned_act(sentence: str, triple: tuple[str, str, str]) -> None:
    assert triple in _rule_triples(owned_act, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Michael Howard's victory in Folkestone was expected.",
        "Gordon Brown's speech was welcomed by the CBI.",
        "Labour's defeat was the worst since 1906.",
    ],
)
def test_no_owned_act(sentence: str) -> None:
    assert not _rule_triples(owned_act, sentence)


# --- a counterpart ------------------------------------------------------------------------------------


def test_a_counterpart_of_an_office_holder_serves_his_state() -> None:
    found = triples_of("Foreign Secretary Jack Straw met his Israeli counterpart Silvan Shalom.")
    assert ("Silvan Shalom", "works_for", "Israel") in found


def test_a_company_bosss_counterpart_serves_no_state() -> None:
    found = triples_of("Tesco boss Terry Leahy met his French counterpart Daniel Bernard.")
    assert ("Daniel Bernard", "works_for", "France") not in found


# --- what is sent, received by its addressee ----------------------------------------------------------


def test_a_letter_received_is_written_by_its_sender() -> None:
    found = triples_of("Tony Blair received a letter from Charles Kennedy on Monday.")
    assert ("Charles Kennedy", "write_to", "Tony Blair") in found
    assert not any(s == "Tony Blair" and o == "Charles Kennedy" for s, _, o in found)


# --- a stance an act takes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        ("Labour MPs voted against the bill in defiance of Tony Blair.", ("MPs", "defy", "Blair")),
        ("Unison members walked out in protest at Tony Blair's plans.", ("members", "protest_against", "plans")),
        ("Thousands of miners marched in solidarity with Arthur Scargill.", ("Thousands", "support", "Scargill")),
    ],
)
def test_a_stance_in_an_act(sentence: str, triple: tuple[str, str, str]) -> None:
    assert triple in _rule_triples(stance_in_act, sentence)


def test_an_act_in_protest_with_no_one_named() -> None:
    assert not _rule_triples(stance_in_act, "The talks ended in protest.")


# --- the battery: news sentences and short articles with the relations an annotator would list ------------

#: Relations read as the scorer reads them: the two actors and the direction, whatever the predicate;
#: both directions for relations that hold for both sides.
_SYMMETRIC = frozenset(
    {"meet", "talk", "clash", "sign_with", "row", "agree", "ally", "relationship", "rival", "discuss"}
)

BATTERY = [
    (
        "Tory MP Julian Lewis accused the government of misleading Parliament over the cost of the scheme.",
        ("Julian Lewis", "member_of", "Conservative Party"),
    ),
    (
        "Tory MP Julian Lewis accused the government of misleading Parliament over the cost of the scheme.",
        ("Julian Lewis", "accuse", "United Kingdom Government"),
    ),
    (
        "Lib Dem home affairs spokesman Mark Oaten said the plans were unworkable.",
        ("Mark Oaten", "spokesperson_for", "Liberal Democrats"),
    ),
    pytest.param(
        "Leader of the Commons Peter Hain attacked the Conservatives' record on crime.",
        ("Peter Hain", "criticize", "Conservative Party"),
        marks=pytest.mark.xfail(
            strict=True,
            reason="en_core_web_sm makes 'Leader' the subject of 'Leader of the Commons Peter Hain attacked'",
        ),
    ),
    (
        "George Osborne, the shadow chancellor, said Gordon Brown had lost control of public spending.",
        ("George Osborne", "criticize", "Gordon Brown"),
    ),
    (
        "Michael Howard, the Conservative leader, told BBC Radio 4's Today programme that Labour had failed pensioners.",
        ("Michael Howard", "lead", "Conservative Party"),
    ),
    (
        "Michael Howard, the Conservative leader, told BBC Radio 4's Today programme that Labour had failed pensioners.",
        ("Michael Howard", "tell", "Today"),
    ),
    (
        "Michael Howard, the Conservative leader, told BBC Radio 4's Today programme that Labour had failed pensioners.",
        ("Michael Howard", "criticize", "Labour Party"),
    ),
    (
        "Foreign Secretary Jack Straw held talks with Iranian President Mohammad Khatami in Tehran.",
        ("Jack Straw", "talk", "Mohammad Khatami"),
    ),
    (
        "Foreign Secretary Jack Straw held talks with Iranian President Mohammad Khatami in Tehran.",
        ("Mohammad Khatami", "lead", "Iran"),
    ),
    (
        "The Liberal Democrats urged ministers to scrap the council tax.",
        ("Liberal Democrats", "call", "United Kingdom Government"),
    ),
    (
        "Tony Blair faced fresh questions over Iraq. Charles Kennedy wrote to the prime minister demanding an inquiry.",
        ("Charles Kennedy", "write_to", "Tony Blair"),
    ),
    (
        "Conservative leader Michael Howard criticised Mr Blair's plans for identity cards.",
        ("Michael Howard", "lead", "Conservative Party"),
    ),
    (
        "Conservative leader Michael Howard criticised Mr Blair's plans for identity cards.",
        ("Michael Howard", "criticize", "Blair"),
    ),
    (
        "Chancellor Gordon Brown was criticised by the National Audit Office over the figures.",
        ("National Audit Office", "criticize", "Gordon Brown"),
    ),
    (
        "Ruth Kelly was appointed education secretary by Tony Blair in December.",
        ("Tony Blair", "appoint", "Ruth Kelly"),
    ),
    (
        "The row between Gordon Brown and Alan Milburn over the election campaign deepened on Monday.",
        ("Gordon Brown", "row", "Alan Milburn"),
    ),
    (
        "Tony Blair's meeting with President George Bush at Camp David lasted two hours.",
        ("Tony Blair", "meet", "George Bush"),
    ),
    (
        "Tony Blair and Irish Taoiseach Bertie Ahern signed the agreement at Stormont.",
        ("Tony Blair", "sign_with", "Bertie Ahern"),
    ),
    pytest.param(
        "Tony Blair and Irish Taoiseach Bertie Ahern signed the agreement at Stormont.",
        ("Bertie Ahern", "lead", "Ireland"),
        marks=pytest.mark.xfail(
            strict=True, reason="the tagger takes 'Taoiseach' into a name, so no title precedes Bertie Ahern"
        ),
    ),
    (
        "Talks between Britain, France and Germany over Iran's nuclear programme resumed in Paris.",
        ("United Kingdom", "talk", "France"),
    ),
    (
        "Talks between Britain, France and Germany over Iran's nuclear programme resumed in Paris.",
        ("United Kingdom", "talk", "Germany"),
    ),
    (
        "Talks between Britain, France and Germany over Iran's nuclear programme resumed in Paris.",
        ("France", "talk", "Germany"),
    ),
    (
        "Sinn Fein leader Gerry Adams said the Democratic Unionists had refused to meet him.",
        ("Gerry Adams", "lead", "Sinn Féin"),
    ),
    (
        "Sinn Fein leader Gerry Adams said the Democratic Unionists had refused to meet him.",
        ("Democratic Unionists", "meet", "Gerry Adams"),
    ),
    (
        "Unison, the UK's biggest public sector union, warned the government it would strike over pensions.",
        ("Unison", "warn", "United Kingdom Government"),
    ),
    (
        "The Commons public accounts committee criticised the Ministry of Defence for wasting millions on the project.",
        ("Commons public accounts committee", "criticize", "Ministry of Defence"),
    ),
    (
        "Jack Straw, who met US Secretary of State Condoleezza Rice in Washington last week, said Britain would back the plan.",
        ("Jack Straw", "meet", "Condoleezza Rice"),
    ),
    (
        "Jack Straw, who met US Secretary of State Condoleezza Rice in Washington last week, said Britain would back the plan.",
        ("Condoleezza Rice", "works_for", "United States"),
    ),
    (
        "Tony Blair has faced criticism over the war. Downing Street denied that the prime minister had misled the cabinet.",
        ("Tony Blair", "mislead", "cabinet"),
    ),
    (
        "Tony Blair spoke in Brighton. Former Labour minister Frank Dobson accused Mr Blair of betraying the party's supporters.",
        ("Frank Dobson", "member_of", "Labour Party"),
    ),
    (
        "Tony Blair spoke in Brighton. Former Labour minister Frank Dobson accused Mr Blair of betraying the party's supporters.",
        ("Frank Dobson", "accuse", "Tony Blair"),
    ),
    ("The Tories were accused by Labour of planning £35bn of cuts.", ("Labour Party", "accuse", "Conservative Party")),
    (
        "Plaid Cymru leader Ieuan Wyn Jones challenged Welsh First Minister Rhodri Morgan to hold a referendum.",
        ("Ieuan Wyn Jones", "lead", "Plaid Cymru"),
    ),
    (
        "Plaid Cymru leader Ieuan Wyn Jones challenged Welsh First Minister Rhodri Morgan to hold a referendum.",
        ("Ieuan Wyn Jones", "challenge", "Rhodri Morgan"),
    ),
    pytest.param(
        "Plaid Cymru leader Ieuan Wyn Jones challenged Welsh First Minister Rhodri Morgan to hold a referendum.",
        ("Rhodri Morgan", "lead", "Wales"),
        marks=pytest.mark.xfail(
            strict=True, reason="a Welsh First Minister serves a nation within a state; whom he leads is left open"
        ),
    ),
    ("The European Union imposed sanctions on Belarus after the disputed election.", ("EU", "sanction", "Belarus")),
    (
        "UN Secretary General Kofi Annan urged Israel and the Palestinians to return to talks.",
        ("Kofi Annan", "lead", "UN"),
    ),
    (
        "UN Secretary General Kofi Annan urged Israel and the Palestinians to return to talks.",
        ("Kofi Annan", "call", "Israel"),
    ),
    (
        "UN Secretary General Kofi Annan urged Israel and the Palestinians to return to talks.",
        ("Kofi Annan", "call", "Palestine"),
    ),
    (
        "Russian President Vladimir Putin met German Chancellor Gerhard Schroeder in Berlin on Thursday.",
        ("Vladimir Putin", "lead", "Russia"),
    ),
    (
        "Russian President Vladimir Putin met German Chancellor Gerhard Schroeder in Berlin on Thursday.",
        ("Gerhard Schroeder", "lead", "Germany"),
    ),
    (
        "Russian President Vladimir Putin met German Chancellor Gerhard Schroeder in Berlin on Thursday.",
        ("Vladimir Putin", "meet", "Gerhard Schroeder"),
    ),
    (
        "Ukraine's opposition leader Viktor Yushchenko accused the government of rigging the election.",
        ("Viktor Yushchenko", "accuse", "Ukraine Government"),
    ),
    (
        "Deputy Prime Minister John Prescott was interviewed by BBC political editor Andrew Marr.",
        ("Andrew Marr", "works_for", "BBC"),
    ),
    (
        "Deputy Prime Minister John Prescott was interviewed by BBC political editor Andrew Marr.",
        ("Andrew Marr", "interview", "John Prescott"),
    ),
    (
        "Labour's election co-ordinator Alan Milburn said the Tories could not be trusted on the economy.",
        ("Alan Milburn", "works_for", "Labour Party"),
    ),
    (
        "Labour's election co-ordinator Alan Milburn said the Tories could not be trusted on the economy.",
        ("Alan Milburn", "criticize", "Conservative Party"),
    ),
    (
        "Home Secretary Charles Clarke said he would meet the Muslim Council of Britain next week.",
        ("Charles Clarke", "meet", "Muslim Council"),
    ),
    pytest.param(
        "Home Secretary Charles Clarke defended the law. The Muslim Council of Britain has written to Mr Clarke expressing concern.",
        ("Muslim Council of Britain", "write_to", "Charles Clarke"),
        marks=pytest.mark.xfail(
            strict=True, reason="en_core_web_sm hangs 'Mr Clarke' from 'expressing' as a noun phrase, not from 'to'"
        ),
    ),
    (
        "Ukip leader Roger Knapman said his party would not stand against Eurosceptic Tories.",
        ("Roger Knapman", "lead", "Ukip"),
    ),
    (
        "Respect MP George Galloway was thrown out of the Labour Party in 2003.",
        ("George Galloway", "member_of", "Respect"),
    ),
    (
        "Respect MP George Galloway was thrown out of the Labour Party in 2003.",
        ("Labour Party", "expel", "George Galloway"),
    ),
    pytest.param(
        "The government's decision to back the war was condemned by the Stop the War Coalition.",
        ("Stop the War Coalition", "criticize", "United Kingdom Government"),
        marks=pytest.mark.xfail(
            strict=True, reason="'the government' of a sentence with no country named resolves to no government"
        ),
    ),
    (
        "Welsh Secretary Peter Hain said he had not discussed the matter with the Welsh Assembly government.",
        ("Peter Hain", "discuss", "Welsh Assembly"),
    ),
    (
        "Tony Blair launched Labour's campaign on Monday. Charles Kennedy's attack on the prime minister came hours later.",
        ("Charles Kennedy", "attack", "Tony Blair"),
    ),
    (
        "Home Secretary David Blunkett is under pressure. A spokesman for Downing Street said Tony Blair had full confidence in Mr Blunkett.",
        ("Tony Blair", "support", "David Blunkett"),
    ),
    pytest.param(
        "Tony Blair's former spin doctor Alastair Campbell is to return to help Labour's campaign.",
        ("Alastair Campbell", "works_for", "Tony Blair"),
        marks=pytest.mark.xfail(
            strict=True, reason="a person's aide ('Tony Blair's former spin doctor') is no title the role readers know"
        ),
    ),
    (
        "Tony Blair's former spin doctor Alastair Campbell is to return to help Labour's campaign.",
        ("Alastair Campbell", "help", "Labour Party"),
    ),
    (
        "The Electoral Commission ordered the UK Independence Party to hand back donations.",
        ("Electoral Commission", "order", "UKIP"),
    ),
    (
        "The Scottish National Party has called on the Scottish Executive to abandon the plan.",
        ("Scottish National Party", "call", "Executive"),
    ),
    (
        "Northern Ireland Secretary Paul Murphy held separate talks with the DUP and Sinn Fein at Hillsborough.",
        ("Paul Murphy", "talk", "Democratic Unionist Party"),
    ),
    (
        "Northern Ireland Secretary Paul Murphy held separate talks with the DUP and Sinn Fein at Hillsborough.",
        ("Paul Murphy", "talk", "Sinn Féin"),
    ),
    (
        "Ian Paisley, the Democratic Unionist leader, refused to share power with Sinn Fein.",
        ("Ian Paisley", "lead", "Unionist"),
    ),
    (
        "Ian Paisley, the Democratic Unionist leader, refused to share power with Sinn Fein.",
        ("Ian Paisley", "share_power", "Sinn Féin"),
    ),
    (
        "The Conservatives' deputy chairman, Howard Flight, was sacked by Michael Howard after remarks about spending cuts.",
        ("Howard Flight", "works_for", "Conservative Party"),
    ),
    (
        "The Conservatives' deputy chairman, Howard Flight, was sacked by Michael Howard after remarks about spending cuts.",
        ("Michael Howard", "sack", "Howard Flight"),
    ),
    pytest.param(
        "Gordon Brown's ally Ed Balls was selected as Labour candidate for Normanton.",
        ("Ed Balls", "ally", "Gordon Brown"),
        marks=pytest.mark.xfail(
            strict=True, reason="a passive clause after 'Gordon Brown's ally Ed Balls' loses the possessive title"
        ),
    ),
    pytest.param(
        "Gordon Brown's ally Ed Balls was selected as Labour candidate for Normanton.",
        ("Ed Balls", "member_of", "Labour Party"),
        marks=pytest.mark.xfail(
            strict=True, reason="a passive clause after 'Gordon Brown's ally Ed Balls' loses the possessive title"
        ),
    ),
    (
        "The National Union of Teachers voted to boycott the tests, in defiance of Education Secretary Ruth Kelly.",
        ("National Union of Teachers", "defy", "Ruth Kelly"),
    ),
    ("Iraqi Prime Minister Iyad Allawi thanked Britain for its support.", ("Iyad Allawi", "lead", "Iraq")),
    ("Iraqi Prime Minister Iyad Allawi thanked Britain for its support.", ("Iyad Allawi", "thank", "United Kingdom")),
    ("China warned Taiwan against any move towards independence.", ("China", "warn", "Taiwan")),
    (
        "Israeli Prime Minister Ariel Sharon and Palestinian leader Mahmoud Abbas agreed a ceasefire at a summit in Egypt.",
        ("Ariel Sharon", "lead", "Israel"),
    ),
    (
        "Israeli Prime Minister Ariel Sharon and Palestinian leader Mahmoud Abbas agreed a ceasefire at a summit in Egypt.",
        ("Mahmoud Abbas", "lead", "Palestine"),
    ),
    (
        "Israeli Prime Minister Ariel Sharon and Palestinian leader Mahmoud Abbas agreed a ceasefire at a summit in Egypt.",
        ("Ariel Sharon", "agree", "Mahmoud Abbas"),
    ),
    (
        "Tory co-chairman Liam Fox accused Labour of running a dirty campaign.",
        ("Liam Fox", "works_for", "Conservative Party"),
    ),
    ("Tory co-chairman Liam Fox accused Labour of running a dirty campaign.", ("Liam Fox", "accuse", "Labour Party")),
    (
        "Home Secretary Charles Clarke unveiled the bill. Shadow home secretary David Davis said Mr Clarke's proposals were an attack on civil liberties.",
        ("David Davis", "criticize", "Charles Clarke"),
    ),
    (
        "Foreign Office minister Bill Rammell summoned the Zimbabwean ambassador on Tuesday.",
        ("Bill Rammell", "works_for", "Foreign Office"),
    ),
    (
        "The Commons Treasury committee, chaired by Labour MP John McFall, questioned Bank of England governor Mervyn King.",
        ("John McFall", "member_of", "Labour Party"),
    ),
    (
        "The Commons Treasury committee, chaired by Labour MP John McFall, questioned Bank of England governor Mervyn King.",
        ("John McFall", "lead", "Commons Treasury committee"),
    ),
    (
        "The Commons Treasury committee, chaired by Labour MP John McFall, questioned Bank of England governor Mervyn King.",
        ("Commons Treasury committee", "question", "Mervyn King"),
    ),
    (
        "The Commons Treasury committee, chaired by Labour MP John McFall, questioned Bank of England governor Mervyn King.",
        ("Mervyn King", "lead", "Bank of England"),
    ),
    (
        "Robert Kilroy-Silk quit the UK Independence Party to form his own party, Veritas.",
        ("Robert Kilroy-Silk", "leave", "UKIP"),
    ),
    (
        "Robert Kilroy-Silk quit the UK Independence Party to form his own party, Veritas.",
        ("Robert Kilroy-Silk", "found", "Veritas"),
    ),
    (
        "Tory leader Michael Howard spoke in Kent. In an interview with the Financial Times, Mr Howard said taxes would fall.",
        ("Michael Howard", "tell", "Financial Times"),
    ),
    (
        "The French president, Jacques Chirac, and Tony Blair clashed over the EU budget rebate.",
        ("Jacques Chirac", "lead", "France"),
    ),
    (
        "The French president, Jacques Chirac, and Tony Blair clashed over the EU budget rebate.",
        ("Jacques Chirac", "clash", "Tony Blair"),
    ),
    (
        "The Tories' election chief, Lynton Crosby, has run campaigns in Australia.",
        ("Lynton Crosby", "works_for", "Conservative Party"),
    ),
    ("Labour peer Lord Sainsbury has donated £2m to the party.", ("Sainsbury", "member_of", "Labour Party")),
    ("Labour peer Lord Sainsbury has donated £2m to the party.", ("Sainsbury", "fund", "Labour Party")),
    pytest.param(
        "Lord Falconer, the Lord Chancellor, defended the government's plans against criticism from senior judges.",
        ("Lord Falconer", "support", "United Kingdom Government"),
        marks=pytest.mark.xfail(
            strict=True, reason="'the government' of a sentence with no country named resolves to no government"
        ),
    ),
    (
        "Senior Labour backbencher Bob Marshall-Andrews urged the government to think again.",
        ("Bob Marshall-Andrews", "member_of", "Labour Party"),
    ),
    (
        "Senior Labour backbencher Bob Marshall-Andrews urged the government to think again.",
        ("Bob Marshall-Andrews", "call", "United Kingdom Government"),
    ),
    (
        "Liberal Democrat leader Charles Kennedy and Conservative leader Michael Howard both attacked the government's record on pensions.",
        ("Charles Kennedy", "lead", "Liberal Democrats"),
    ),
    (
        "Liberal Democrat leader Charles Kennedy and Conservative leader Michael Howard both attacked the government's record on pensions.",
        ("Michael Howard", "lead", "Conservative Party"),
    ),
    (
        "Liberal Democrat leader Charles Kennedy and Conservative leader Michael Howard both attacked the government's record on pensions.",
        ("Charles Kennedy", "criticize", "United Kingdom Government"),
    ),
    (
        "Liberal Democrat leader Charles Kennedy and Conservative leader Michael Howard both attacked the government's record on pensions.",
        ("Michael Howard", "criticize", "United Kingdom Government"),
    ),
    ("Washington has accused Damascus of allowing militants to cross into Iraq.", ("United States", "accuse", "Syria")),
    (
        "The EU's foreign policy chief, Javier Solana, met Iranian negotiators in Brussels.",
        ("Javier Solana", "works_for", "EU"),
    ),
    (
        "The EU's foreign policy chief, Javier Solana, met Iranian negotiators in Brussels.",
        ("Javier Solana", "meet", "Iranian negotiators"),
    ),
    (
        "German Foreign Minister Joschka Fischer said Europe could not allow Iran to develop nuclear weapons.",
        ("Joschka Fischer", "works_for", "Germany"),
    ),
    (
        "Tory leader Michael Howard toured Essex. Mr Howard told the Daily Telegraph that the Conservatives would cut taxes.",
        ("Michael Howard", "tell", "Daily Telegraph"),
    ),
    (
        "The TUC general secretary, Brendan Barber, warned Gordon Brown against cutting public sector jobs.",
        ("Brendan Barber", "lead", "TUC"),
    ),
    (
        "The TUC general secretary, Brendan Barber, warned Gordon Brown against cutting public sector jobs.",
        ("Brendan Barber", "warn", "Gordon Brown"),
    ),
    (
        "The deal was brokered by Norway between the Sri Lankan government and the Tamil Tigers.",
        ("Norway", "mediate", "Sri Lankan Government"),
    ),
    (
        "The deal was brokered by Norway between the Sri Lankan government and the Tamil Tigers.",
        ("Norway", "mediate", "Tamil Tigers"),
    ),
    (
        "Ex-Tory leader Iain Duncan Smith praised Michael Howard's plans as courageous.",
        ("Iain Duncan Smith", "lead", "Conservative Party"),
    ),
    (
        "Ex-Tory leader Iain Duncan Smith praised Michael Howard's plans as courageous.",
        ("Iain Duncan Smith", "praise", "Michael Howard"),
    ),
    (
        "Home Secretary Charles Clarke held talks with David Davis and Mark Oaten on Tuesday in an attempt to reach a compromise.",
        ("Charles Clarke", "talk", "David Davis"),
    ),
    (
        "Home Secretary Charles Clarke held talks with David Davis and Mark Oaten on Tuesday in an attempt to reach a compromise.",
        ("Charles Clarke", "talk", "Mark Oaten"),
    ),
    pytest.param(
        "The Welsh Assembly government has clashed with Whitehall over funding.",
        ("Welsh Assembly Government", "clash", "United Kingdom Government"),
        marks=pytest.mark.xfail(
            strict=True, reason="'the Welsh Assembly government' resolves to the country's government"
        ),
    ),
    (
        "Labour accused the Conservatives of planning to cut spending on schools and hospitals.",
        ("Labour Party", "accuse", "Conservative Party"),
    ),
    (
        "Tony Blair was in Africa. His official spokesman said the prime minister had not spoken to Gordon Brown about the book.",
        ("Tony Blair", "speak", "Gordon Brown"),
    ),
    (
        "The Conservatives were criticised by the Liberal Democrats for their stance on the war.",
        ("Liberal Democrats", "criticize", "Conservative Party"),
    ),
    (
        "Labour backbenchers have warned Tony Blair that they will vote against the bill.",
        ("Labour backbenchers", "warn", "Tony Blair"),
    ),
    pytest.param(
        "Opposition parties have accused the government of trying to rush the bill through Parliament.",
        ("Opposition parties", "accuse", "United Kingdom Government"),
        marks=pytest.mark.xfail(strict=True, reason="'Opposition parties' is no named group"),
    ),
    ("The prime minister's wife, Cherie Blair, met the Dalai Lama in London.", ("Cherie Blair", "meet", "Dalai Lama")),
    ("Tony Blair is married to Cherie Blair, a leading barrister.", ("Tony Blair", "married", "Cherie Blair")),
    (
        "Culture Secretary Tessa Jowell has come under pressure from Labour MPs over the casino plans.",
        ("Labour MPs", "pressure", "Tessa Jowell"),
    ),
    ("Gordon Brown won the backing of the TUC for his plans on Tuesday.", ("TUC", "support", "Gordon Brown")),
    ("Tony Blair received a letter from Charles Kennedy on Monday.", ("Charles Kennedy", "write_to", "Tony Blair")),
    ("Jack Straw phoned his Israeli counterpart Silvan Shalom on Sunday.", ("Jack Straw", "phone", "Silvan Shalom")),
    ("Jack Straw phoned his Israeli counterpart Silvan Shalom on Sunday.", ("Silvan Shalom", "works_for", "Israel")),
    pytest.param(
        "Michael Howard spoke in Kent. Mr Howard's decision to sack Howard Flight angered Conservative activists.",
        ("Michael Howard", "sack", "Howard Flight"),
        marks=pytest.mark.xfail(
            strict=True, reason="'Mr Howard' is ambiguous between Michael Howard and Howard Flight"
        ),
    ),
    (
        "Michael Howard's criticism of Tony Blair over Iraq was rejected by Labour.",
        ("Michael Howard", "criticize", "Tony Blair"),
    ),
    (
        "Labour's attack on the Liberal Democrats over crime has backfired, party sources said.",
        ("Labour Party", "attack", "Liberal Democrats"),
    ),
    ("Jack Straw's visit to Iran was his fourth since 2001.", ("Jack Straw", "visit", "Iran")),
    (
        "Tony Blair's talks with Ariel Sharon focused on the Middle East peace process.",
        ("Tony Blair", "talk", "Ariel Sharon"),
    ),
    (
        "Prime Minister Tony Blair was backed by Chancellor Gordon Brown, who said the plans were right.",
        ("Gordon Brown", "support", "Tony Blair"),
    ),
    (
        "Mr Blair, speaking after meeting French President Jacques Chirac, said the talks had gone well. Tony Blair flew home.",
        ("Tony Blair", "meet", "Jacques Chirac"),
    ),
    (
        "Mr Blair, speaking after meeting French President Jacques Chirac, said the talks had gone well. Tony Blair flew home.",
        ("Jacques Chirac", "lead", "France"),
    ),
    (
        "The Conservatives, led by Michael Howard, have pledged to cut immigration.",
        ("Michael Howard", "lead", "Conservative Party"),
    ),
    (
        "Alan Milburn, Labour's election chief, met Tony Blair in Downing Street on Monday.",
        ("Alan Milburn", "works_for", "Labour Party"),
    ),
    (
        "Alan Milburn, Labour's election chief, met Tony Blair in Downing Street on Monday.",
        ("Alan Milburn", "meet", "Tony Blair"),
    ),
    (
        "The Liberal Democrats will not form a coalition with Labour, Charles Kennedy said.",
        ("Liberal Democrats", "ally", "Labour Party"),
    ),
    (
        "Mr Brown told the Commons that the government would not raise income tax. Gordon Brown sat down.",
        ("Gordon Brown", "tell", "House of Commons"),
    ),
    pytest.param(
        "Tony Blair apologised to the family of Gerry Conlon, who was wrongly convicted.",
        ("Tony Blair", "apologise", "Gerry Conlon"),
        marks=pytest.mark.xfail(strict=True, reason="'the family of Gerry Conlon' is his family, not Gerry Conlon"),
    ),
    pytest.param(
        "Germany and France opposed the US-led invasion of Iraq.",
        ("Germany", "oppose", "United States"),
        marks=pytest.mark.xfail(
            strict=True, reason="'the US-led invasion' names the US as the invasion's leader, which no rule reads"
        ),
    ),
    pytest.param(
        "Germany and France opposed the US-led invasion of Iraq.",
        ("France", "oppose", "United States"),
        marks=pytest.mark.xfail(
            strict=True, reason="'the US-led invasion' names the US as the invasion's leader, which no rule reads"
        ),
    ),
    (
        "North Korea has pulled out of talks with South Korea, the United States and Japan.",
        ("North Korea", "talk", "South Korea"),
    ),
    (
        "North Korea has pulled out of talks with South Korea, the United States and Japan.",
        ("North Korea", "talk", "United States"),
    ),
    (
        "North Korea has pulled out of talks with South Korea, the United States and Japan.",
        ("North Korea", "talk", "Japan"),
    ),
    (
        "Ireland's foreign minister, Dermot Ahern, said Dublin had been told by London of the move.",
        ("Dermot Ahern", "works_for", "Ireland"),
    ),
    (
        "Mr Straw said Iran had assured the EU it would not resume enrichment. Jack Straw then left.",
        ("Iran", "assure", "EU"),
    ),
    ("Tony Blair said Michael Howard had misled voters over asylum.", ("Tony Blair", "criticize", "Michael Howard")),
    (
        "Labour MP Kate Hoey has joined the Countryside Alliance campaign against the hunting ban.",
        ("Kate Hoey", "member_of", "Labour Party"),
    ),
    pytest.param(
        "Labour MP Kate Hoey has joined the Countryside Alliance campaign against the hunting ban.",
        ("Kate Hoey", "join", "Countryside Alliance"),
        marks=pytest.mark.xfail(
            strict=True, reason="'joined the Countryside Alliance campaign': the campaign, not the alliance, is joined"
        ),
    ),
    pytest.param(
        "The Countryside Alliance said it would challenge the ban in the courts, and accused ministers of prejudice.",
        ("Countryside Alliance", "accuse", "United Kingdom Government"),
        marks=pytest.mark.xfail(
            strict=True, reason="'ministers' of a sentence with no country named resolves to no government"
        ),
    ),
    (
        "Howard attacks Blair over immigration\n\nConservative leader Michael Howard has accused Tony Blair of losing control of Britain's borders. Speaking in Kent, the Tory leader said the prime minister had broken his promises on asylum. Mr Howard also criticised Home Secretary Charles Clarke, saying he had failed to deport failed asylum seekers. Labour hit back, accusing the Conservatives of exploiting fears about immigration. Mr Clarke told BBC News the Tory plans would not work. He said Mr Howard had no credible policy. Liberal Democrat spokesman Mark Oaten said both parties were playing politics with the issue. The Lib Dems' leader, Charles Kennedy, will set out his party's policy next week.",
        ("Michael Howard", "attack", "Tony Blair"),
    ),
    (
        "Howard attacks Blair over immigration\n\nConservative leader Michael Howard has accused Tony Blair of losing control of Britain's borders. Speaking in Kent, the Tory leader said the prime minister had broken his promises on asylum. Mr Howard also criticised Home Secretary Charles Clarke, saying he had failed to deport failed asylum seekers. Labour hit back, accusing the Conservatives of exploiting fears about immigration. Mr Clarke told BBC News the Tory plans would not work. He said Mr Howard had no credible policy. Liberal Democrat spokesman Mark Oaten said both parties were playing politics with the issue. The Lib Dems' leader, Charles Kennedy, will set out his party's policy next week.",
        ("Michael Howard", "lead", "Conservative Party"),
    ),
    (
        "Howard attacks Blair over immigration\n\nConservative leader Michael Howard has accused Tony Blair of losing control of Britain's borders. Speaking in Kent, the Tory leader said the prime minister had broken his promises on asylum. Mr Howard also criticised Home Secretary Charles Clarke, saying he had failed to deport failed asylum seekers. Labour hit back, accusing the Conservatives of exploiting fears about immigration. Mr Clarke told BBC News the Tory plans would not work. He said Mr Howard had no credible policy. Liberal Democrat spokesman Mark Oaten said both parties were playing politics with the issue. The Lib Dems' leader, Charles Kennedy, will set out his party's policy next week.",
        ("Michael Howard", "accuse", "Tony Blair"),
    ),
    (
        "Howard attacks Blair over immigration\n\nConservative leader Michael Howard has accused Tony Blair of losing control of Britain's borders. Speaking in Kent, the Tory leader said the prime minister had broken his promises on asylum. Mr Howard also criticised Home Secretary Charles Clarke, saying he had failed to deport failed asylum seekers. Labour hit back, accusing the Conservatives of exploiting fears about immigration. Mr Clarke told BBC News the Tory plans would not work. He said Mr Howard had no credible policy. Liberal Democrat spokesman Mark Oaten said both parties were playing politics with the issue. The Lib Dems' leader, Charles Kennedy, will set out his party's policy next week.",
        ("Michael Howard", "criticize", "Charles Clarke"),
    ),
    pytest.param(
        "Howard attacks Blair over immigration\n\nConservative leader Michael Howard has accused Tony Blair of losing control of Britain's borders. Speaking in Kent, the Tory leader said the prime minister had broken his promises on asylum. Mr Howard also criticised Home Secretary Charles Clarke, saying he had failed to deport failed asylum seekers. Labour hit back, accusing the Conservatives of exploiting fears about immigration. Mr Clarke told BBC News the Tory plans would not work. He said Mr Howard had no credible policy. Liberal Democrat spokesman Mark Oaten said both parties were playing politics with the issue. The Lib Dems' leader, Charles Kennedy, will set out his party's policy next week.",
        ("Labour Party", "accuse", "Conservative Party"),
        marks=pytest.mark.xfail(
            strict=True, reason="'Labour' opening a clause before 'hit back' is not tagged as a name"
        ),
    ),
    (
        "Howard attacks Blair over immigration\n\nConservative leader Michael Howard has accused Tony Blair of losing control of Britain's borders. Speaking in Kent, the Tory leader said the prime minister had broken his promises on asylum. Mr Howard also criticised Home Secretary Charles Clarke, saying he had failed to deport failed asylum seekers. Labour hit back, accusing the Conservatives of exploiting fears about immigration. Mr Clarke told BBC News the Tory plans would not work. He said Mr Howard had no credible policy. Liberal Democrat spokesman Mark Oaten said both parties were playing politics with the issue. The Lib Dems' leader, Charles Kennedy, will set out his party's policy next week.",
        ("Charles Clarke", "tell", "BBC News"),
    ),
    (
        "Howard attacks Blair over immigration\n\nConservative leader Michael Howard has accused Tony Blair of losing control of Britain's borders. Speaking in Kent, the Tory leader said the prime minister had broken his promises on asylum. Mr Howard also criticised Home Secretary Charles Clarke, saying he had failed to deport failed asylum seekers. Labour hit back, accusing the Conservatives of exploiting fears about immigration. Mr Clarke told BBC News the Tory plans would not work. He said Mr Howard had no credible policy. Liberal Democrat spokesman Mark Oaten said both parties were playing politics with the issue. The Lib Dems' leader, Charles Kennedy, will set out his party's policy next week.",
        ("Charles Clarke", "criticize", "Michael Howard"),
    ),
    (
        "Howard attacks Blair over immigration\n\nConservative leader Michael Howard has accused Tony Blair of losing control of Britain's borders. Speaking in Kent, the Tory leader said the prime minister had broken his promises on asylum. Mr Howard also criticised Home Secretary Charles Clarke, saying he had failed to deport failed asylum seekers. Labour hit back, accusing the Conservatives of exploiting fears about immigration. Mr Clarke told BBC News the Tory plans would not work. He said Mr Howard had no credible policy. Liberal Democrat spokesman Mark Oaten said both parties were playing politics with the issue. The Lib Dems' leader, Charles Kennedy, will set out his party's policy next week.",
        ("Mark Oaten", "spokesperson_for", "Liberal Democrats"),
    ),
    (
        "Howard attacks Blair over immigration\n\nConservative leader Michael Howard has accused Tony Blair of losing control of Britain's borders. Speaking in Kent, the Tory leader said the prime minister had broken his promises on asylum. Mr Howard also criticised Home Secretary Charles Clarke, saying he had failed to deport failed asylum seekers. Labour hit back, accusing the Conservatives of exploiting fears about immigration. Mr Clarke told BBC News the Tory plans would not work. He said Mr Howard had no credible policy. Liberal Democrat spokesman Mark Oaten said both parties were playing politics with the issue. The Lib Dems' leader, Charles Kennedy, will set out his party's policy next week.",
        ("Charles Kennedy", "lead", "Liberal Democrats"),
    ),
    (
        "EU and Iran resume nuclear talks\n\nThe European Union and Iran have resumed talks over Tehran's nuclear programme. Britain, France and Germany, which negotiate on behalf of the EU, met Iranian officials in Geneva on Monday. Iran's chief negotiator, Hassan Rowhani, rejected the demand. The United States has accused Iran of seeking nuclear weapons, a charge Tehran denies. US Secretary of State Condoleezza Rice said Washington backed the European effort. She will meet Foreign Secretary Jack Straw in London next week.",
        ("EU", "talk", "Iran"),
    ),
    (
        "EU and Iran resume nuclear talks\n\nThe European Union and Iran have resumed talks over Tehran's nuclear programme. Britain, France and Germany, which negotiate on behalf of the EU, met Iranian officials in Geneva on Monday. Iran's chief negotiator, Hassan Rowhani, rejected the demand. The United States has accused Iran of seeking nuclear weapons, a charge Tehran denies. US Secretary of State Condoleezza Rice said Washington backed the European effort. She will meet Foreign Secretary Jack Straw in London next week.",
        ("United Kingdom", "meet", "Iranian officials"),
    ),
    (
        "EU and Iran resume nuclear talks\n\nThe European Union and Iran have resumed talks over Tehran's nuclear programme. Britain, France and Germany, which negotiate on behalf of the EU, met Iranian officials in Geneva on Monday. Iran's chief negotiator, Hassan Rowhani, rejected the demand. The United States has accused Iran of seeking nuclear weapons, a charge Tehran denies. US Secretary of State Condoleezza Rice said Washington backed the European effort. She will meet Foreign Secretary Jack Straw in London next week.",
        ("France", "meet", "Iranian officials"),
    ),
    (
        "EU and Iran resume nuclear talks\n\nThe European Union and Iran have resumed talks over Tehran's nuclear programme. Britain, France and Germany, which negotiate on behalf of the EU, met Iranian officials in Geneva on Monday. Iran's chief negotiator, Hassan Rowhani, rejected the demand. The United States has accused Iran of seeking nuclear weapons, a charge Tehran denies. US Secretary of State Condoleezza Rice said Washington backed the European effort. She will meet Foreign Secretary Jack Straw in London next week.",
        ("Germany", "meet", "Iranian officials"),
    ),
    (
        "EU and Iran resume nuclear talks\n\nThe European Union and Iran have resumed talks over Tehran's nuclear programme. Britain, France and Germany, which negotiate on behalf of the EU, met Iranian officials in Geneva on Monday. Iran's chief negotiator, Hassan Rowhani, rejected the demand. The United States has accused Iran of seeking nuclear weapons, a charge Tehran denies. US Secretary of State Condoleezza Rice said Washington backed the European effort. She will meet Foreign Secretary Jack Straw in London next week.",
        ("Hassan Rowhani", "works_for", "Iran"),
    ),
    (
        "EU and Iran resume nuclear talks\n\nThe European Union and Iran have resumed talks over Tehran's nuclear programme. Britain, France and Germany, which negotiate on behalf of the EU, met Iranian officials in Geneva on Monday. Iran's chief negotiator, Hassan Rowhani, rejected the demand. The United States has accused Iran of seeking nuclear weapons, a charge Tehran denies. US Secretary of State Condoleezza Rice said Washington backed the European effort. She will meet Foreign Secretary Jack Straw in London next week.",
        ("United States", "accuse", "Iran"),
    ),
    (
        "EU and Iran resume nuclear talks\n\nThe European Union and Iran have resumed talks over Tehran's nuclear programme. Britain, France and Germany, which negotiate on behalf of the EU, met Iranian officials in Geneva on Monday. Iran's chief negotiator, Hassan Rowhani, rejected the demand. The United States has accused Iran of seeking nuclear weapons, a charge Tehran denies. US Secretary of State Condoleezza Rice said Washington backed the European effort. She will meet Foreign Secretary Jack Straw in London next week.",
        ("Condoleezza Rice", "works_for", "United States"),
    ),
    (
        "EU and Iran resume nuclear talks\n\nThe European Union and Iran have resumed talks over Tehran's nuclear programme. Britain, France and Germany, which negotiate on behalf of the EU, met Iranian officials in Geneva on Monday. Iran's chief negotiator, Hassan Rowhani, rejected the demand. The United States has accused Iran of seeking nuclear weapons, a charge Tehran denies. US Secretary of State Condoleezza Rice said Washington backed the European effort. She will meet Foreign Secretary Jack Straw in London next week.",
        ("Condoleezza Rice", "meet", "Jack Straw"),
    ),
    (
        "Brown and Milburn in election row\n\nChancellor Gordon Brown has been sidelined from Labour's election planning, according to party sources. Alan Milburn, who replaced Mr Brown as the party's election co-ordinator, met Tony Blair at Downing Street on Monday. The two men discussed the campaign with Labour general secretary Matt Carter. But Mr Milburn insisted he had a good working relationship with the chancellor. The prime minister told reporters he had full confidence in Mr Brown. Tory co-chairman Liam Fox said the row showed Labour was divided.",
        ("Gordon Brown", "row", "Alan Milburn"),
    ),
    (
        "Brown and Milburn in election row\n\nChancellor Gordon Brown has been sidelined from Labour's election planning, according to party sources. Alan Milburn, who replaced Mr Brown as the party's election co-ordinator, met Tony Blair at Downing Street on Monday. The two men discussed the campaign with Labour general secretary Matt Carter. But Mr Milburn insisted he had a good working relationship with the chancellor. The prime minister told reporters he had full confidence in Mr Brown. Tory co-chairman Liam Fox said the row showed Labour was divided.",
        ("Alan Milburn", "replace", "Gordon Brown"),
    ),
    (
        "Brown and Milburn in election row\n\nChancellor Gordon Brown has been sidelined from Labour's election planning, according to party sources. Alan Milburn, who replaced Mr Brown as the party's election co-ordinator, met Tony Blair at Downing Street on Monday. The two men discussed the campaign with Labour general secretary Matt Carter. But Mr Milburn insisted he had a good working relationship with the chancellor. The prime minister told reporters he had full confidence in Mr Brown. Tory co-chairman Liam Fox said the row showed Labour was divided.",
        ("Alan Milburn", "meet", "Tony Blair"),
    ),
    pytest.param(
        "Brown and Milburn in election row\n\nChancellor Gordon Brown has been sidelined from Labour's election planning, according to party sources. Alan Milburn, who replaced Mr Brown as the party's election co-ordinator, met Tony Blair at Downing Street on Monday. The two men discussed the campaign with Labour general secretary Matt Carter. But Mr Milburn insisted he had a good working relationship with the chancellor. The prime minister told reporters he had full confidence in Mr Brown. Tory co-chairman Liam Fox said the row showed Labour was divided.",
        ("Alan Milburn", "works_for", "Labour Party"),
        marks=pytest.mark.xfail(
            strict=True,
            reason="in this article 'the party's election co-ordinator' and 'the prime minister' are not resolved in their clauses, and 'the row showed Labour was divided' is no judgement read",
        ),
    ),
    (
        "Brown and Milburn in election row\n\nChancellor Gordon Brown has been sidelined from Labour's election planning, according to party sources. Alan Milburn, who replaced Mr Brown as the party's election co-ordinator, met Tony Blair at Downing Street on Monday. The two men discussed the campaign with Labour general secretary Matt Carter. But Mr Milburn insisted he had a good working relationship with the chancellor. The prime minister told reporters he had full confidence in Mr Brown. Tory co-chairman Liam Fox said the row showed Labour was divided.",
        ("Matt Carter", "lead", "Labour Party"),
    ),
    (
        "Brown and Milburn in election row\n\nChancellor Gordon Brown has been sidelined from Labour's election planning, according to party sources. Alan Milburn, who replaced Mr Brown as the party's election co-ordinator, met Tony Blair at Downing Street on Monday. The two men discussed the campaign with Labour general secretary Matt Carter. But Mr Milburn insisted he had a good working relationship with the chancellor. The prime minister told reporters he had full confidence in Mr Brown. Tory co-chairman Liam Fox said the row showed Labour was divided.",
        ("Alan Milburn", "relationship", "Gordon Brown"),
    ),
    pytest.param(
        "Brown and Milburn in election row\n\nChancellor Gordon Brown has been sidelined from Labour's election planning, according to party sources. Alan Milburn, who replaced Mr Brown as the party's election co-ordinator, met Tony Blair at Downing Street on Monday. The two men discussed the campaign with Labour general secretary Matt Carter. But Mr Milburn insisted he had a good working relationship with the chancellor. The prime minister told reporters he had full confidence in Mr Brown. Tory co-chairman Liam Fox said the row showed Labour was divided.",
        ("Tony Blair", "support", "Gordon Brown"),
        marks=pytest.mark.xfail(
            strict=True,
            reason="in this article 'the party's election co-ordinator' and 'the prime minister' are not resolved in their clauses, and 'the row showed Labour was divided' is no judgement read",
        ),
    ),
    (
        "Brown and Milburn in election row\n\nChancellor Gordon Brown has been sidelined from Labour's election planning, according to party sources. Alan Milburn, who replaced Mr Brown as the party's election co-ordinator, met Tony Blair at Downing Street on Monday. The two men discussed the campaign with Labour general secretary Matt Carter. But Mr Milburn insisted he had a good working relationship with the chancellor. The prime minister told reporters he had full confidence in Mr Brown. Tory co-chairman Liam Fox said the row showed Labour was divided.",
        ("Liam Fox", "works_for", "Conservative Party"),
    ),
    pytest.param(
        "Brown and Milburn in election row\n\nChancellor Gordon Brown has been sidelined from Labour's election planning, according to party sources. Alan Milburn, who replaced Mr Brown as the party's election co-ordinator, met Tony Blair at Downing Street on Monday. The two men discussed the campaign with Labour general secretary Matt Carter. But Mr Milburn insisted he had a good working relationship with the chancellor. The prime minister told reporters he had full confidence in Mr Brown. Tory co-chairman Liam Fox said the row showed Labour was divided.",
        ("Liam Fox", "criticize", "Labour Party"),
        marks=pytest.mark.xfail(
            strict=True,
            reason="in this article 'the party's election co-ordinator' and 'the prime minister' are not resolved in their clauses, and 'the row showed Labour was divided' is no judgement read",
        ),
    ),
    (
        "Kennedy urges Blair to publish Iraq advice\n\nLiberal Democrat leader Charles Kennedy has called on Tony Blair to publish the attorney general's legal advice on the Iraq war. Mr Kennedy said the prime minister had misled Parliament about the legality of the conflict. Downing Street rejected the claim. Conservative MPs have also demanded that the government come clean. Shadow foreign secretary Michael Ancram wrote to Mr Blair last week.",
        ("Charles Kennedy", "call", "Tony Blair"),
    ),
    (
        "Kennedy urges Blair to publish Iraq advice\n\nLiberal Democrat leader Charles Kennedy has called on Tony Blair to publish the attorney general's legal advice on the Iraq war. Mr Kennedy said the prime minister had misled Parliament about the legality of the conflict. Downing Street rejected the claim. Conservative MPs have also demanded that the government come clean. Shadow foreign secretary Michael Ancram wrote to Mr Blair last week.",
        ("Charles Kennedy", "lead", "Liberal Democrats"),
    ),
    pytest.param(
        "Kennedy urges Blair to publish Iraq advice\n\nLiberal Democrat leader Charles Kennedy has called on Tony Blair to publish the attorney general's legal advice on the Iraq war. Mr Kennedy said the prime minister had misled Parliament about the legality of the conflict. Downing Street rejected the claim. Conservative MPs have also demanded that the government come clean. Shadow foreign secretary Michael Ancram wrote to Mr Blair last week.",
        ("Tony Blair", "mislead", "Parliament"),
        marks=pytest.mark.xfail(
            strict=True, reason="'Parliament' after 'misled' in reported speech about 'the prime minister' is not found"
        ),
    ),
    (
        "Kennedy urges Blair to publish Iraq advice\n\nLiberal Democrat leader Charles Kennedy has called on Tony Blair to publish the attorney general's legal advice on the Iraq war. Mr Kennedy said the prime minister had misled Parliament about the legality of the conflict. Downing Street rejected the claim. Conservative MPs have also demanded that the government come clean. Shadow foreign secretary Michael Ancram wrote to Mr Blair last week.",
        ("Conservative MPs", "demand", "United Kingdom Government"),
    ),
    (
        "Kennedy urges Blair to publish Iraq advice\n\nLiberal Democrat leader Charles Kennedy has called on Tony Blair to publish the attorney general's legal advice on the Iraq war. Mr Kennedy said the prime minister had misled Parliament about the legality of the conflict. Downing Street rejected the claim. Conservative MPs have also demanded that the government come clean. Shadow foreign secretary Michael Ancram wrote to Mr Blair last week.",
        ("Michael Ancram", "write_to", "Tony Blair"),
    ),
    (
        "Putin and Schroeder discuss Ukraine crisis\n\nRussian President Vladimir Putin has held talks with German Chancellor Gerhard Schroeder about the disputed election in Ukraine. Mr Putin told the German chancellor that outside interference would only deepen the crisis. He has been criticised by the EU for congratulating Viktor Yanukovych before the official results were announced. Mr Yanukovych's rival, opposition leader Viktor Yushchenko, has accused the authorities of fraud. European Commission President Jose Manuel Barroso warned Moscow not to meddle in Ukraine's affairs.",
        ("Vladimir Putin", "discuss", "Gerhard Schroeder"),
    ),
    (
        "Putin and Schroeder discuss Ukraine crisis\n\nRussian President Vladimir Putin has held talks with German Chancellor Gerhard Schroeder about the disputed election in Ukraine. Mr Putin told the German chancellor that outside interference would only deepen the crisis. He has been criticised by the EU for congratulating Viktor Yanukovych before the official results were announced. Mr Yanukovych's rival, opposition leader Viktor Yushchenko, has accused the authorities of fraud. European Commission President Jose Manuel Barroso warned Moscow not to meddle in Ukraine's affairs.",
        ("Vladimir Putin", "lead", "Russia"),
    ),
    (
        "Putin and Schroeder discuss Ukraine crisis\n\nRussian President Vladimir Putin has held talks with German Chancellor Gerhard Schroeder about the disputed election in Ukraine. Mr Putin told the German chancellor that outside interference would only deepen the crisis. He has been criticised by the EU for congratulating Viktor Yanukovych before the official results were announced. Mr Yanukovych's rival, opposition leader Viktor Yushchenko, has accused the authorities of fraud. European Commission President Jose Manuel Barroso warned Moscow not to meddle in Ukraine's affairs.",
        ("Gerhard Schroeder", "lead", "Germany"),
    ),
    (
        "Putin and Schroeder discuss Ukraine crisis\n\nRussian President Vladimir Putin has held talks with German Chancellor Gerhard Schroeder about the disputed election in Ukraine. Mr Putin told the German chancellor that outside interference would only deepen the crisis. He has been criticised by the EU for congratulating Viktor Yanukovych before the official results were announced. Mr Yanukovych's rival, opposition leader Viktor Yushchenko, has accused the authorities of fraud. European Commission President Jose Manuel Barroso warned Moscow not to meddle in Ukraine's affairs.",
        ("Vladimir Putin", "talk", "Gerhard Schroeder"),
    ),
    (
        "Putin and Schroeder discuss Ukraine crisis\n\nRussian President Vladimir Putin has held talks with German Chancellor Gerhard Schroeder about the disputed election in Ukraine. Mr Putin told the German chancellor that outside interference would only deepen the crisis. He has been criticised by the EU for congratulating Viktor Yanukovych before the official results were announced. Mr Yanukovych's rival, opposition leader Viktor Yushchenko, has accused the authorities of fraud. European Commission President Jose Manuel Barroso warned Moscow not to meddle in Ukraine's affairs.",
        ("Vladimir Putin", "tell", "Gerhard Schroeder"),
    ),
    (
        "Putin and Schroeder discuss Ukraine crisis\n\nRussian President Vladimir Putin has held talks with German Chancellor Gerhard Schroeder about the disputed election in Ukraine. Mr Putin told the German chancellor that outside interference would only deepen the crisis. He has been criticised by the EU for congratulating Viktor Yanukovych before the official results were announced. Mr Yanukovych's rival, opposition leader Viktor Yushchenko, has accused the authorities of fraud. European Commission President Jose Manuel Barroso warned Moscow not to meddle in Ukraine's affairs.",
        ("EU", "criticize", "Vladimir Putin"),
    ),
    pytest.param(
        "Putin and Schroeder discuss Ukraine crisis\n\nRussian President Vladimir Putin has held talks with German Chancellor Gerhard Schroeder about the disputed election in Ukraine. Mr Putin told the German chancellor that outside interference would only deepen the crisis. He has been criticised by the EU for congratulating Viktor Yanukovych before the official results were announced. Mr Yanukovych's rival, opposition leader Viktor Yushchenko, has accused the authorities of fraud. European Commission President Jose Manuel Barroso warned Moscow not to meddle in Ukraine's affairs.",
        ("Vladimir Putin", "congratulate", "Viktor Yanukovych"),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the gerund after 'criticised by the EU for' takes no subject from the passive's patient 'He'",
        ),
    ),
    (
        "Putin and Schroeder discuss Ukraine crisis\n\nRussian President Vladimir Putin has held talks with German Chancellor Gerhard Schroeder about the disputed election in Ukraine. Mr Putin told the German chancellor that outside interference would only deepen the crisis. He has been criticised by the EU for congratulating Viktor Yanukovych before the official results were announced. Mr Yanukovych's rival, opposition leader Viktor Yushchenko, has accused the authorities of fraud. European Commission President Jose Manuel Barroso warned Moscow not to meddle in Ukraine's affairs.",
        ("Viktor Yushchenko", "rival", "Viktor Yanukovych"),
    ),
    (
        "Putin and Schroeder discuss Ukraine crisis\n\nRussian President Vladimir Putin has held talks with German Chancellor Gerhard Schroeder about the disputed election in Ukraine. Mr Putin told the German chancellor that outside interference would only deepen the crisis. He has been criticised by the EU for congratulating Viktor Yanukovych before the official results were announced. Mr Yanukovych's rival, opposition leader Viktor Yushchenko, has accused the authorities of fraud. European Commission President Jose Manuel Barroso warned Moscow not to meddle in Ukraine's affairs.",
        ("Jose Manuel Barroso", "lead", "European Commission"),
    ),
    (
        "Putin and Schroeder discuss Ukraine crisis\n\nRussian President Vladimir Putin has held talks with German Chancellor Gerhard Schroeder about the disputed election in Ukraine. Mr Putin told the German chancellor that outside interference would only deepen the crisis. He has been criticised by the EU for congratulating Viktor Yanukovych before the official results were announced. Mr Yanukovych's rival, opposition leader Viktor Yushchenko, has accused the authorities of fraud. European Commission President Jose Manuel Barroso warned Moscow not to meddle in Ukraine's affairs.",
        ("Jose Manuel Barroso", "warn", "Russia"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), BATTERY)
def test_battery(text: str, triple: tuple[str, str, str]) -> None:
    subject, relation, obj = triple
    pairs = {(s, o) for s, _, o in triples_of(text)}
    assert (subject, obj) in pairs or relation in _SYMMETRIC and (obj, subject) in pairs


def test_two_speakers_to_an_audience_do_not_talk_to_each_other() -> None:
    assert not triples_of("Gordon Brown and Alan Milburn spoke to reporters.")
    assert ("Tony Blair", "talk", "Bertie Ahern") in triples_of("Tony Blair and Bertie Ahern spoke by telephone.")


# --- thrown out of a body -----------------------------------------------------------------------------


def test_thrown_out_of_a_party() -> None:
    found = _rule_triples(thrown_out_of, "Howard Flight was kicked out of the Conservative Party.")
    assert ("Party", "expel", "Flight") in found


def test_thrown_out_by_someone_is_the_passive_rules() -> None:
    assert not _rule_triples(thrown_out_of, "Howard Flight was thrown out of the party by Michael Howard.")


# --- a plan of the subject's own ----------------------------------------------------------------------


def test_a_decision_of_his_own_the_subject_defends() -> None:
    assert ("Tony Blair", "support", "George W Bush") in triples_of(
        "Tony Blair justified his decision to back George W Bush."
    )
    assert ("Tony Blair", "support", "George W Bush") not in triples_of(
        "Tony Blair criticised his decision to back George W Bush."
    )


# --- the doer of a purpose after a place or body left or visited ----------------------------------------


def test_a_place_left_does_not_do_the_purpose() -> None:
    found = triples_of("Tony Blair left Downing Street to meet the Queen.")
    assert ("Tony Blair", "meet", "The Queen") in found
    assert ("Downing Street", "meet", "The Queen") not in found


def test_the_object_of_urging_still_does_the_infinitive() -> None:
    assert ("Gordon Brown", "meet", "Tony Blair") in triples_of("Labour MPs urged Gordon Brown to meet Tony Blair.")


# --- a deal brokered between two sides ----------------------------------------------------------------


def test_a_deal_brokered_between_two_sides() -> None:
    found = _rule_triples(brokered_between, "Egypt brokered a ceasefire between Israel and the Palestinians.")
    assert ("Egypt", "mediate", "Israel") in found


def test_a_deal_brokered_in_the_passive() -> None:
    found = _rule_triples(brokered_between, "The deal was brokered by Norway between the government and the rebels.")
    assert ("Norway", "mediate", "government") in found


def test_a_deal_brokered_after_a_preposition() -> None:
    found = _rule_triples(deal_brokered_for, "Israel and the Palestinians agreed to a ceasefire brokered by Egypt.")
    assert ("Egypt", "mediate", "Israel") in found


def test_a_deal_made_with_one_side_is_no_mediation() -> None:
    assert not _rule_triples(brokered_between, "Tony Blair negotiated a deal with the unions.")


# --- calls joined ---------------------------------------------------------------------------------------


def test_calls_backed_are_the_subjects_calls() -> None:
    found = _rule_triples(joined_calls, "Labour MPs backed calls for David Blunkett to resign.")
    assert ("MPs", "call", "Blunkett") in found


def test_calls_rejected_are_not() -> None:
    assert not _rule_triples(joined_calls, "Tony Blair rejected calls for David Blunkett to resign.")


# --- headlines that put an actor in an act --------------------------------------------------------------


def test_a_headline_act_aimed_at_another() -> None:
    found = relations_of("Howard in fresh attack on Blair\n\nTory leader Michael Howard criticised Tony Blair.")
    headline = [r for r in found if r.evidence.sentence == "Howard in fresh attack on Blair"]
    assert [(r.subject.name, r.predicate, r.object.name) for r in headline] == [
        ("Michael Howard", "criticize", "Tony Blair")
    ]


def test_a_headline_in_a_place_is_no_act() -> None:
    found = relations_of("Air China in $1bn London listing\n\nChina's national airline is to list in London.")
    assert not [r for r in found if r.evidence.sentence.startswith("Air China in")]


# --- a second deed in an accusation ------------------------------------------------------------------


def test_a_second_gerund_of_an_accusation_is_the_accuseds() -> None:
    found = triples_of("Michael Howard accused Tony Blair of betraying pensioners and misleading Parliament.")
    assert ("Tony Blair", "mislead", "Parliament") in found
    assert ("Michael Howard", "mislead", "Parliament") not in found
