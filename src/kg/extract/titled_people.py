"""People named by a title: the titles written before people's names ("Home Secretary Charles
Clarke"), and the person a definite title stands for ("the prime minister said …"): the one person
the article gives that title, or, for the title of a body's head, the one person it fits.

Named mentions and their entities in → `PersonTitle`s, and for a title noun its person and rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.countries import country_name
from kg.extract.doc_words import span_root
from kg.extract.head_nouns import SOVEREIGNS
from kg.extract.mentions import Mention
from kg.extract.titles import DEPARTMENTS, ENDED, title_predicate
from kg.model import Entity

#: Words before a title that leave the title as it was given: "the outgoing trade commissioner" is
#: "Trade Commissioner Pascal Lamy" (not "new" or "incoming": another may have taken the office).
_STILL_IN_OFFICE = frozenset({"then", "outgoing", "current", "sitting", "serving", "veteran"})
#: Roles with one holder per body: "the prime minister", "the president", "the Conservative leader".
_ONE_HOLDER = frozenset({"lead", "chair"})
#: Words that make a title another office than the title without them: "Shadow home secretary David
#: Davis" is not "the home secretary".
_OTHER_OFFICE = frozenset({"shadow", "deputy", "vice", "assistant", "junior", "under"})
#: Words of a portfolio that a government has many holders of ("a junior minister", "a cabinet
#: minister"); any other portfolio word makes "the home secretary" one office with one holder.
_SHARED_PORTFOLIOS = frozenset({"deputy", "junior", "assistant", "vice", "cabinet", "state"})
#: Heads of a government office named by its portfolio: "the home secretary", "the foreign minister".
_PORTFOLIO_HEADS = frozenset({"minister", "secretary"})


@dataclass(frozen=True, slots=True)
class PersonTitle:
    """A title the article gave a person ("Home Secretary Charles Clarke"): its words, lower-cased."""

    person: Entity
    words: tuple[str, ...]
    organization: Entity | None
    end: int  # token after the name


def person_titles(doc: Doc, mentions: Sequence[Mention], entities: Sequence[Entity]) -> list[PersonTitle]:
    """The titles written before people's names ("Home Secretary Charles Clarke", "the former
    Labour leader Neil Kinnock"), with the organization named in them, if any."""
    owner = {i: e for m, e in zip(mentions, entities) for i in range(m.start, m.end)}
    found = []
    for mention, person in zip(mentions, entities):
        if person.type != "Person":
            continue
        i = mention.start - 1
        words: list[str] = []
        organization = None
        while i >= 0 and mention.start - i <= 6:
            token = doc[i]
            if i in owner and owner[i].type != "Person":
                organization = organization or owner[i]
            elif not (token.is_alpha or token.text in ("'s", "’s", "-")) or token.lower_ in ("the", "a", "an"):
                break
            elif token.pos_ == "ADP" and title_predicate(words) is not None:
                break  # "the junior partner in Prime Minister Luis Montenegro's coalition": the title ends at "in"
            elif token.is_alpha:
                words.insert(0, token.lower_)
            i -= 1
        if words and title_predicate([w for w in words if w not in ENDED]) is not None:
            found.append(PersonTitle(person, tuple(words), organization, mention.end))
        stated = _stated_title(span_root(doc, mention.start, mention.end), owner)
        if stated is not None:
            found.append(PersonTitle(person, *stated))
    return found


def _stated_title(name: Token, owner: dict[int, Entity]) -> tuple[tuple[str, ...], Entity | None, int] | None:
    """The title a sentence states of a name: "Rachel Reeves is the chancellor", "Ms Reeves, the
    chancellor, said" — its words, the body named in it, and the token after it."""
    if name.dep_ == "nsubj" and name.head.lemma_ == "be":
        title = next((c for c in name.head.children if c.dep_ == "attr"), None)
    else:
        title = next((c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    if title is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in title.children):
        return None  # "is a minister", "a former chancellor": one of many
    if (
        any(c.dep_ in ("prep", "relcl", "acl") for c in title.rights)
        or title.dep_ == "attr"
        and any(c.dep_ == "neg" for c in title.head.children)
    ):
        return None  # "the chancellor of the university", "is not the chancellor"
    words = [c.lower_ for c in title.lefts if c.dep_ in ("compound", "amod") and c.is_alpha and c.i not in owner]
    if title_predicate([w for w in (*words, title.lower_) if w not in ENDED]) is None:
        return None
    organization = next((owner[c.i] for c in title.lefts if c.i in owner and owner[c.i].type != "Person"), None)
    return (*words, title.lower_), organization, title.i + 1


class TitledPeople:
    """The person a definite title stands for, read in document order: each title resolved is
    remembered for the person ("the prime minister" once Tony Blair is "the president" of no one)."""

    def __init__(
        self,
        doc: Doc,
        mentions: Sequence[Mention],
        entities: Sequence[Entity],
        titles: Sequence[PersonTitle],
        titled: frozenset[str] = frozenset(),
    ) -> None:
        self.doc = doc
        self.titles = list(titles)
        # people the article itself gives a title, before the name or in a role's words (`titled`:
        # "the new US Secretary of State Condoleezza Rice" is no untitled candidate for "the president")
        self.given = {t.person.id for t in titles} | titled
        self.inferred: dict[str, list[tuple[frozenset[str], Entity | None]]] = {}
        # the people the article has made the subject of a clause, and where first
        self.people: dict[str, tuple[int, Entity]] = {}
        # every person the article names, and where first (whatever their place in the clause)
        self.named: dict[str, tuple[int, Entity]] = {}
        self.mentioned = {i: e for m, e in zip(mentions, entities) for i in range(m.start, m.end)}
        for m, e in zip(mentions, entities):
            if e.type == "Person" and e.id not in self.people and span_root(doc, m.start, m.end).dep_ == "nsubj":
                self.people[e.id] = (m.start, e)
            if e.type == "Person" and not _plural_acronym(doc[m.start : m.end].text):
                self.named.setdefault(e.id, (m.start, e))  # not "told MPs", a plural the tagger took for a name

    def person_for(self, token: Token, owner: dict[int, Entity]) -> tuple[Entity, str] | None:
        """The person "the <title>" at `token` stands for, with the rule that found it; None unless
        exactly one person fits; none when a name stands beside the title ("Its president, Jordan Bardella")."""
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children):
            return None
        apposed = next((c for c in token.subtree if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > token.i), None)
        if apposed is not None:  # "The prime minister of Iraq's Kurdistan Region, Masrour Barzani, accused …"
            person = self.mentioned.get(apposed.i)
            return (person, "name in apposition") if person is not None and person.type == "Person" else None
        words = [c.lower_ for c in token.lefts if c.dep_ in ("compound", "amod") and c.is_alpha and c.i not in owner]
        organization = next((owner[c.i] for c in token.lefts if c.i in owner), None)
        # "the then prime minister", "the outgoing commissioner": the same title as given
        kept = [w for w in words if w not in ENDED and w not in _STILL_IN_OFFICE]
        wanted = frozenset({*kept, token.lower_})
        # "its president" is a body's, not the one a country's title gave ("French President Emmanuel Macron")
        a_body = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children)
        fitting = [
            title
            for title in self.titles
            if wanted <= set(title.words)
            and title.end != token.i + 1  # the title stated by this very phrase ("Nigel Lawson, the chancellor")
            and not _OTHER_OFFICE.intersection(title.words).difference(wanted)
            and (organization is None or title.organization == organization)
            and not (a_body and title.organization is not None and title.organization.type == "Country")
        ]
        # the person given the title before; else, in a headline or lead that names them later
        # ("the courts minister has told MPs" … "said courts minister Christopher Leslie"), the one given it anywhere
        earlier = [t for t in fitting if t.end <= token.i]
        people = {t.person.id: t.person for t in earlier}
        rule = "title given earlier in the article"
        if people and self._home_holder_beside(token, kept, earlier, wanted, organization, owner):
            return None
        if not people:  # a later title must be the same, not only end alike ("minister", "First Minister")
            # and in a later sentence: "The prime minister praised Italian Prime Minister Silvio Berlusconi"
            # names another holder, not the one the description stands for
            people = {
                t.person.id: t.person
                for t in fitting
                if _same_title(t.words, kept, token.lower_) and t.end > token.sent.end
            }
            rule = "title given later in the article"
        if not people and not words and token.lower_ == "leader" and organization is not None:
            people, rule = _country_leader(earlier_titles(self.titles, token), organization), "leader of a country"
        if not people and _refers_to_one_holder(token, kept):
            people, rule = self._one_that_fits(token, wanted, organization, owner)
        if not people and _owned_in_a_lead(token, owner):
            people, rule = self._named_next(token, wanted, organization), "owned title named in the next sentence"
        if not people and _member_for_a_seat(token):
            people, rule = _subject_before(token, owner), "member for a seat: the subject before"
            if organization is not None and any(  # "Tory leader Michael Howard" is no Labour MP
                t.person.id in people
                and t.organization not in (None, organization)
                and title_predicate(list(t.words)) in ("lead", "member_of")
                for t in self.titles
            ):
                people = {}
        if len(people) != 1:
            return None
        [person] = people.values()
        self.inferred.setdefault(person.id, []).append((wanted, organization))
        self.titles.append(PersonTitle(person, tuple(sorted(wanted)), organization, token.i + 1))
        return person, rule

    def _home_holder_beside(
        self,
        token: Token,
        kept: list[str],
        earlier: list[PersonTitle],
        wanted: frozenset[str],
        organization: Entity | None,
        owner: dict[int, Entity],
    ) -> bool:
        """True when "the prime minister" may be either the one given a country's title ("Italian Prime
        Minister Silvio Berlusconi") or the untitled person the article is about ("Tony Blair has met
        …"), who may hold the same office at home: the description says neither country."""
        if organization is not None or not _refers_to_one_holder(token, kept):
            return False
        if not all(t.organization is not None and t.organization.type == "Country" for t in earlier):
            return False
        other, _ = self._one_that_fits(token, wanted, organization, owner)
        return bool(set(other) - {t.person.id for t in earlier})

    def _one_that_fits(
        self, token: Token, wanted: frozenset[str], organization: Entity | None, owner: dict[int, Entity]
    ) -> tuple[dict[str, Entity], str]:
        """ "Tony Blair has said … The prime minister said …": among the people the article has made
        the subject of a clause so far that no other title rules out, the only one, or else the
        subject of the sentence before ("Police arrested John Smith": no prime minister there)."""
        open_people = {
            e.id: e
            for start, e in self.people.values()
            if start < token.i and e.id not in self.given and not self._other_office(e, wanted, organization)
        }
        # the people named so far, as subjects or not, whom no title rules out: "Tony Blair met Gordon
        # Brown. The chancellor …" may be either, though only Blair was a subject
        untitled = {
            e.id
            for start, e in self.named.values()
            if start < token.i and e.id not in self.given and not self._other_office(e, wanted, organization)
        }
        # "Mr Howard urged the prime minister to …": no one is named and then called by a title in one breath
        sentence = token.sent
        beside = {e.id for i, e in self.mentioned.items() if sentence.start <= i < token.i}
        open_people = {k: e for k, e in open_people.items() if k not in beside}
        untitled -= beside
        words = [w for w in (c.lower_ for c in token.lefts) if w in wanted]
        if title_predicate([*words, token.lower_]) not in _ONE_HOLDER and portfolio_office(token.lower_, words):
            # "the home secretary": one of many offices, so only the one person the article has named
            # so far without a title may hold it ("Reeves met Reynolds. The business secretary …": open)
            return (open_people, "title of the one person it fits") if untitled == set(open_people) else ({}, "")
        if len(open_people) <= 1 and untitled <= set(open_people) and not _national_object(token):
            return open_people, "title of the one person it fits"
        subject = _previous_subject(token, owner) if token.dep_ == "nsubj" else None
        if subject is not None and subject.id in open_people and not _national(token):
            return {subject.id: subject}, "title of the subject before"
        return {}, ""

    def _named_next(self, token: Token, wanted: frozenset[str], owner_body: Entity | None) -> dict[str, Entity]:
        """ "Scotland's justice minister has warned fans … Cathy Jamieson said …": the person the next
        sentence opens with, unless the article gives them another title ("Iranian President …", "Greek
        Finance Minister …") or that sentence describes them ("Yanis Varoufakis, Greece's finance minister")."""
        sentence = token.sent
        if sentence.end >= len(self.doc):
            return {}
        following = self.doc[sentence.end].sent
        subject = next((c for c in following.root.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return {}
        person = self.mentioned.get(subject.i)
        if person is None or person.type != "Person" or any(self.mentioned.get(t.i) == person for t in sentence):
            return {}
        if any(c.dep_ == "appos" for c in subject.children) or subject.dep_ == "appos":
            return {}
        for title in self.titles:
            if title.person.id == person.id and not (
                wanted <= set(title.words) and title.organization in (None, owner_body)
            ):
                return {}
        return {person.id: person}

    def _other_office(self, person: Entity, wanted: frozenset[str], organization: Entity | None) -> bool:
        """True when the person already holds another office of no body ("the prime minister" is
        not "the president"); a party's leader may also be prime minister."""
        return any(
            words != wanted and org is None and organization is None for words, org in self.inferred.get(person.id, ())
        )


def _national(token: Token) -> bool:
    """True for a title a nationality qualifies ("the French president"): it picks one of the people
    just named by a country the article may not have given the subject ("Tony Blair met Jacques Chirac.
    The French president …" is Chirac), so the subject before is no guide."""
    return any(c.dep_ == "amod" and country_name(c.text, demonyms=True) for c in token.lefts)


def _national_object(token: Token) -> bool:
    """True for a national title acted on in a clause of its own ("Sundar Pichai met the Indian prime
    minister"): news brings in a new person so, and the one person named before (a chief executive) is no guide."""
    return token.dep_ not in ("nsubj", "nsubjpass") and _national(token)


def _same_title(given: tuple[str, ...], words: list[str], head: str) -> bool:
    """True when a title written before a name is the description's title, not a longer one:
    "said courts minister" is "the courts minister", "First Minister" is not "the minister"."""
    tail = [*words, head]
    if list(given[-len(tail) :]) != tail:
        return False
    rest = given[: -len(tail)]
    return not rest or rest[-1] not in DEPARTMENTS and title_predicate([rest[-1]]) is None


def _refers_to_one_holder(token: Token, words: list[str]) -> bool:
    """ "the prime minister said", "the then prime minister", "the Conservative leader's role", "the
    former UN commissioner … and Irish president": a definite title of a body's head that refers; not
    "he is the prime minister", "as prime minister", "the president of the club"."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or token.lower_ in SOVEREIGNS:
        return False  # "the Queen" is the sovereign herself
    if token.dep_ in ("attr", "appos", "npadvmod", "compound") or token.head.lower_ == "as":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False
    heads = [token, *(c for c in token.children if c.dep_ == "conj")]
    return (
        title_predicate([*words, token.lower_]) in _ONE_HOLDER
        or any(title_predicate([head.lower_]) in _ONE_HOLDER for head in heads[1:])
        or portfolio_office(token.lower_, words)
    )


def _plural_acronym(text: str) -> bool:
    """ "MPs", "MEPs": members counted, not a person's name."""
    return len(text) > 2 and text.endswith("s") and text[:-1].isupper()


def portfolio_office(head: str, words: list[str]) -> bool:
    """ "the home secretary", "the foreign minister": an office of a government named by its
    portfolio, which one person holds; not "the minister", "a junior minister", "the cabinet secretary".

    >>> portfolio_office("secretary", ["home"]), portfolio_office("minister", []), portfolio_office("minister", ["junior"])
    (True, False, False)
    """
    return (
        head in _PORTFOLIO_HEADS
        and bool(words)
        and all(w in DEPARTMENTS for w in words)
        and not _SHARED_PORTFOLIOS.intersection(words)
    )


def owned_title(token: Token, owner: dict[int, Entity]) -> bool:
    """ "Scotland's justice minister", "Lufthansa's chief executive": a title a named country or body owns."""
    if any(c.dep_ == "det" for c in token.children):
        return False
    return any(
        c.dep_ == "poss" and c.i in owner and owner[c.i].type in ("Country", "Location", "Organization")
        for c in token.children
    )


def _owned_in_a_lead(token: Token, owner: dict[int, Entity]) -> bool:
    """ "Scotland's justice minister has warned …": an owned title, the subject of a sentence that
    names no person."""
    if token.dep_ != "nsubj" or token.head.dep_ != "ROOT" or not owned_title(token, owner):
        return False
    return not any(owner[t.i].type == "Person" for t in token.sent if t.i in owner)


def _member_for_a_seat(token: Token) -> bool:
    """ "But the Tory MP for Sleaford admitted …": a member for a named seat, who is one person, as the
    subject that opens its sentence; not "the MP for Sleaford is …", "a Labour MP"."""
    if title_predicate([token.lower_]) != "member_of" or token.dep_ != "nsubj":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    seat = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    opening = all(t.dep_ in ("cc", "det", "amod", "compound", "punct") for t in token.doc[token.sent.start : token.i])
    return bool(seat) and seat[0].pos_ == "PROPN" and opening


def _subject_before(token: Token, owner: dict[int, Entity]) -> dict[str, Entity]:
    subject = _previous_subject(token, owner)
    return {} if subject is None else {subject.id: subject}


def _previous_subject(token: Token, owner: dict[int, Entity]) -> Entity | None:
    """The person who is the subject of the main clause of the sentence before `token`'s."""
    start = token.sent.start
    if start == 0:
        return None
    root = token.doc[start - 1].sent.root
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            found = owner.get(child.i)
            return found if found is not None and found.type == "Person" else None
    return None


#: The titles of who leads a country: "Russian President Vladimir Putin" is "the Russian leader".
_HEADS_OF_COUNTRY = frozenset({"president", "premier", "prime"})


def earlier_titles(titles: Sequence[PersonTitle], token: Token) -> list[PersonTitle]:
    """The titles stated before `token`."""
    return [t for t in titles if t.end <= token.i]


def _country_leader(titles: Sequence[PersonTitle], country: Entity) -> dict[str, Entity]:
    """ "the Russian leader", "the Israeli leader": the one person given a title that heads that country
    ("Russian President Vladimir Putin"); nobody when the article titles two (a president and a premier)."""
    if country.type != "Country":
        return {}
    return {
        t.person.id: t.person
        for t in titles
        if t.organization == country and _HEADS_OF_COUNTRY.intersection(t.words) and not ENDED.intersection(t.words)
    }
