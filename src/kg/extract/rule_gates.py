"""What a token must have for each verb or noun rule to find anything: a child's dependency label, the
lemma in the rule's word list, a part of speech, a word of the rule's in its sentence. Read once per token
shape and sentence, so a rule that cannot fire is not called; each gate only restates a rule's own first
test, so the relations found are the same."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from spacy.attrs import DEP, LEMMA, POS
from spacy.tokens import Doc, Token

from kg.extract import (
    accused_acts,
    amounts,
    appointed,
    arrivals,
    backers,
    board_seats,
    brokered,
    control,
    courts,
    deal_doers,
    defied,
    demands,
    each_other,
    envoys,
    event_nouns,
    favour,
    gapped,
    gerund_events,
    imposed,
    inquiries_abroad,
    invested,
    joined_calls,
    light_verbs,
    listings,
    loans,
    loyalty,
    measures,
    mediators,
    named_from,
    nouns,
    object_prepositions,
    offers,
    owned_acts,
    pairs,
    participants,
    participles,
    partitives,
    passives,
    relied_on,
    rivals,
    rules,
    shared_deals,
    shares,
    sought,
    stance_adjuncts,
    stated_ties,
    strikes,
    succeeded_titles,
    suspended_titles,
    takeover_targets,
    thrown_out,
    ties,
    trade_partners,
    urged_groups,
    voted_down,
    warned,
)
from kg.extract.candidates import Candidate, verb_lemma
from kg.extract.doc_words import COORDINATED_SUBJECT, doc_column, per_doc, sentence_starts, word_hashes, word_index
from kg.vocabulary import Vocabulary

Rule = Callable[[Token, Vocabulary], Iterator[Candidate]]


@dataclass(frozen=True)
class Gate:
    """`deps`: one of these labels among the token's children (any, when empty); `lemmas`: its lemma
    (`verb_lemma` with `particle`) is one of these; `pos` and `dep`: its own part of speech or label;
    `near`: a word of its sentence (its lower-case form, or lemma with `near_lemma`) is one of these, as
    the word the rule looks for among the token's children ("imposed tariffs": a tariff)."""

    deps: frozenset[str]
    lemmas: Collection[str] | None
    particle: bool
    pos: str | None
    dep: str | None
    near: frozenset[str] | None = None
    near_lemma: bool = False


def _g(
    deps: str = "",
    lemmas: Collection[str] | None = None,
    particle: bool = False,
    pos: str | None = None,
    dep: str | None = None,
    near: Collection[str] | None = None,
    near_lemma: bool = False,
) -> Gate:
    """`dep`: a label of the token's own that lets it pass without `deps` ("failed to agree": xcomp)."""
    return Gate(frozenset(deps.split()), lemmas, particle, pos, dep, frozenset(near) if near else None, near_lemma)


VERB_GATES: dict[Rule, Gate] = {
    light_verbs.light_verb_noun: _g("dobj"),
    passives.passive_agent: _g("agent auxpass"),
    rules.subject_verb_object: _g("dobj conj dative"),
    gapped.gapped_object: _g("dobj", near={"and"}),
    rules.verb_preposition_object: _g("prep"),
    object_prepositions.verb_object_preposition: _g("dobj"),
    shares.share_of_company: _g("dobj", shares.SHARE_VERBS, particle=True),
    warned.warning_about: _g("ccomp", warned.WARNINGS),
    participants.object_of_infinitive: _g("", participants.CONTROL_VERBS),
    participants.event_with_participant: _g("prep advmod prt"),
    participants.indirect_object: _g("dative", participants.GIVING_VERBS),
    participants.sum_given_to: _g("dobj", participants.GIVING_VERBS),
    participants.maker_of_object: _g("agent"),
    pairs.reciprocal_subjects: _g(COORDINATED_SUBJECT, dep="xcomp"),
    participants.received_from: _g("", participants.RECEIVING_VERBS),
    participants.put_out_from: _g("nsubjpass", participants._PUT_OUT, dep="acl"),
    demands.demanded_to_quit: _g("", demands.DEMANDING),
    demands.demanded_of: _g("ccomp", demands.DEMANDING_THAT),
    participants.maker_of_plea: _g("dobj", near=participants._PLEAS, near_lemma=True),
    sought.event_sought: _g("", sought.SEEKING_VERBS, particle=True),
    sought.order_sought: _g("dobj", sought.COURT_SEEKING),
    participles.participle_with_doer: _g("agent"),
    offers.offer_received: _g("dobj", offers._ANSWERING, particle=True),
    offers.funds_raised_from: _g("dobj", {"raise"}),
    offers.money_received_from: _g("", offers.MONEY_VERBS),
    offers.sold_to_buyer: _g("", {"sell"}),
    offers.penalty_received: _g("auxpass", offers.HITTING),
    strikes.attack_in_place: _g("dobj", near=strikes.TARGETS),
    strikes.walkout_against: _g("", {"strike", "walk", "stop", "go"}),
    strikes.strike_called_at: _g("dobj", near=strikes.STOPPAGES | strikes.LOCKOUTS),
    defied.defied_objection: _g("prep", near=defied.OBJECTIONS),
    pairs.pair_in_state: _g("", pairs._BEING),
    amounts.penalty_with_sum: _g("", amounts.PENALTY_VERBS, particle=True),
    measures.measure_on_goods: _g("dobj prep agent", dep="relcl", near=measures.MEASURES | measures.INQUIRIES),
    measures.retaliation_against_goods: _g("prep", near=measures.GOODS),
    measures.trade_limited: _g("dobj", measures.LIMITING, near=measures._TRADE),
    favour.in_favour_of: _g("prep", near=favour.FAVOUR),
    envoys.own_envoy_from: _g("dobj", near=envoys.ENVOYS, near_lemma=True),
    loyalty.stood_by: _g("prep", loyalty.STANDING_BY),
    courts.contested_in_court: _g("dobj prep", courts.CONTESTING, near=courts.COURTS),
    each_other.each_other: _g("dobj prep", near=each_other.RECIPROCALS),
    imposed.measure_put_on: _g("dobj", near=imposed.PENALTIES),
    imposed.measure_put_on_by: _g("nsubjpass agent", near=imposed.PENALTIES),
    mediators.mediated_between: _g("prep", mediators.MEDIATING),
    mediators.brokered_deal: _g("agent", mediators.BROKERING),
    voted_down.voted_down: _g("prep prt", voted_down.DEFEATING),
    accused_acts.accused_of_act_on_owner: _g("dobj", accused_acts.ACCUSING),
    inquiries_abroad.inquiry_in_country: _g(
        "dobj prep", inquiries_abroad.UNDERGOING, near=inquiries_abroad.INQUIRY_WORDS
    ),
    relied_on.relied_on_giver: _g("prep", relied_on.RELYING),
    partitives.partitive_object: _g("dobj", near=partitives.PARTS),
    shared_deals.deal_made_by_pair: _g("", shared_deals.MAKING_TOGETHER, dep="relcl"),
    invested.sum_invested_in: _g("dobj", invested.INVESTING),
    named_from.bought_from_seller: _g("dobj", named_from.BUYING, particle=True),
    named_from.left_to_join: _g("dobj", named_from.JOINING),
    control.control_taken_of: _g("dobj", control.TAKING),
    strikes.strike_against: _g("dobj prep", near=strikes.STOPPAGES),
    listings.listed_on_exchange: _g("prep", listings.LISTING),
    deal_doers.deal_by_doer: _g("dobj", near=deal_doers.DEALS),
    arrivals.arrival_in_place: _g("prep acomp", arrivals.ARRIVING | {"be"}),
    suspended_titles.suspended_as_title: _g("dobj", suspended_titles.SUSPENDING),
    succeeded_titles.succeeded_as_title: _g("dobj", succeeded_titles.SUCCEEDING),
    takeover_targets.takeover_answered: _g("dobj prep", takeover_targets.TARGET_ANSWERS),
    urged_groups.urged_groups_act: _g("dobj", dep="xcomp"),
    board_seats.board_seat: _g("dobj prep prt", board_seats.SEATING),
    stated_ties.tie_stated: _g("acomp prep", stated_ties.STATE_VERBS),
    appointed.appointed_to_office: _g("oprd dobj prep", appointed.APPOINTING),
    stance_adjuncts.stance_in_act: _g("prep", near=stance_adjuncts.STANCES),
    thrown_out.thrown_out_of: _g("prep prt advmod", thrown_out.THROWING_OUT),
    brokered.brokered_between: _g("dobj nsubjpass", brokered.BROKERING),
    brokered.deal_brokered_for: _g("agent", brokered.BROKERING, dep="acl"),
    joined_calls.joined_calls: _g("dobj", joined_calls.JOINING),
}

_HYPHEN = frozenset({"-"})
_JOINERS = frozenset({"-", "/"})  # "the US-China talks", "the Brown/Blair feud"

NOUN_GATES: dict[Rule, Gate] = {
    nouns.owner_event_object: _g("poss", pos="NOUN"),
    nouns.between_pair: _g("prep", pos="NOUN"),
    nouns.joined_pair: _g("compound", pos="NOUN", near=_JOINERS),
    nouns.hyphenated_doer: _g("amod", near=_HYPHEN),
    nouns.stand_toward: _g("prep", nouns._STANDS, pos="NOUN"),
    ties.exchange_with_actor: _g("", ties.EXCHANGES, pos="NOUN"),
    ties.owned_tie: _g("poss", ties.TIES, pos="NOUN"),
    ties.tie_of: _g("prep", ties.TIES, pos="NOUN"),
    ties.rival_pair: _g("amod compound", pos="NOUN", near={"rival"}),
    ties.feeling_with: _g("", pos="PROPN", dep="pobj"),
    ties.included_members: _g("prep"),
    ties.served_under: _g("", ties._LEADERSHIPS),
    event_nouns.event_by_doer: _g("prep", pos="NOUN"),
    event_nouns.pair_of_event: _g("prep", pos="NOUN"),
    event_nouns.sale_to_buyer: _g("prep", pos="NOUN"),
    event_nouns.owner_act_through_thing: _g("poss", pos="NOUN"),
    event_nouns.event_by_doer_with_party: _g("prep", pos="NOUN"),
    event_nouns.left_body: _g("prep", event_nouns.LEAVING | set(event_nouns.PUTTING_OUT), pos="NOUN"),
    event_nouns.target_of_event: _g("prep", pos="NOUN", dep="attr"),
    measures.measure_noun_on_goods: _g("prep", measures.NAMED_MEASURES, pos="NOUN"),
    measures.trade_flow: _g("prep", set(measures.FLOWS), pos="NOUN"),
    event_nouns.event_carried_out: _g("prep", event_nouns.ACTS_ON, pos="NOUN"),
    backers.backer_of: _g("prep", backers.BACKERS, pos="NOUN"),
    trade_partners.partner_of_owner: _g("poss", trade_partners.TRADE_PARTNERS, pos="NOUN"),
    gerund_events.gerund_of_actor: _g("prep", pos="NOUN"),
    loans.loan_between: _g("prep", loans.LOANS, pos="NOUN"),
    rivals.rival_named: _g("amod compound poss prep", near=rivals.RIVAL_WORDS),
    owned_acts.owned_act: _g("poss", pos="NOUN"),
}


@per_doc
def _sentence_gates(doc: Doc) -> dict[int, dict[int, frozenset[Rule]]]:
    return {}


def _absent_rules(doc: Doc, plan: Plan) -> dict[int, frozenset[Rule]]:
    """`plan.absent_by_sentence(doc)`, read once per doc and plan."""
    by_plan = _sentence_gates(doc)
    absent = by_plan.get(id(plan))
    if absent is None:
        absent = by_plan[id(plan)] = plan.absent_by_sentence(doc)
    return absent


class Plan:
    """Rules in their order with their gates; which of them a token may fire is kept per token shape
    (part of speech, own label, lemma, children's labels), read once and reused; the rules that need a
    word in the sentence are then kept where it has one."""

    _LIMIT = 50_000

    def __init__(self, rules_: tuple[Rule, ...], gates: dict[Rule, Gate]) -> None:
        self.steps = tuple((rule, gates.get(rule)) for rule in rules_)
        self._seen: dict[tuple, tuple[tuple[Rule, ...], bool]] = {}
        # the rules that need a word in the sentence: by the word's lower-case form (its hash), and
        # those that need a lemma, with their lemmas
        self._worded = frozenset(rule for rule, g in self.steps if g is not None and g.near is not None)
        self._by_word: dict[int, list[Rule]] = {}
        self._lemma_gates: list[tuple[Rule, frozenset[str]]] = []
        for rule, g in self.steps:
            if g is not None and g.near is not None:
                if g.near_lemma:
                    self._lemma_gates.append((rule, g.near))
                else:
                    for word in word_hashes(g.near):
                        self._by_word.setdefault(word, []).append(rule)
        self._words = frozenset(self._by_word)
        self._by_lemma: dict[int, tuple[Rule, ...]] = {}  # a lemma's hash → the rules it lets through
        self._hitting: set[int] = set()  # the lemmas of `_by_lemma` that let some rule through
        # each set of rules a sentence lacks the word of (one object for each set), and the rules of a
        # shape without them
        self._absent: dict[frozenset[Rule], frozenset[Rule]] = {}
        self._without: dict[tuple[int, int], tuple[tuple[Rule, ...], tuple[Rule, ...]]] = {}

    def rules_for(self, token: Token, labels: set[str]) -> tuple[Rule, ...]:
        """The rules that may find something at `token`, whose children's labels are `labels`."""
        return self.rules_at(token.doc, [token], {token.i: labels})[0]

    def rules_at(
        self, doc: Doc, tokens: Iterable[Token], labels: Sequence[set[str]] | Mapping[int, set[str]]
    ) -> list[tuple[Rule, ...]]:
        """`rules_for` each of `tokens` (of `doc`; `labels[i]` are the children's labels of its token
        `i`), with the doc's columns read once for them all."""
        pos, deps, lemmas = doc_column(doc, POS), doc_column(doc, DEP), doc_column(doc, LEMMA)
        starts = sentence_starts(doc)
        seen, worded = self._seen, self._worded
        absent_at: dict[int, frozenset[Rule]] | None = None
        found = []
        for token in tokens:
            i = token.i
            own = labels[i]
            particle = verb_lemma(token) if "prt" in own else None
            key = (pos[i], deps[i], lemmas[i], particle, frozenset(own))  # the shape, as the doc's ids
            shape = seen.get(key)
            if shape is None:
                shape = self._shape(key, token, own, particle)
            rules, needs_words = shape
            if needs_words:
                if absent_at is None:
                    absent_at = _absent_rules(doc, self)
                absent = absent_at.get(starts[i], worded)
                if absent:
                    rules = self._without_absent(rules, absent)
            found.append(rules)
        return found

    def _shape(self, key: tuple, token: Token, labels: set[str], particle: str | None) -> tuple[tuple[Rule, ...], bool]:
        """The rules of a token shape not yet seen, and whether one of them needs a word in the sentence."""
        if len(self._seen) >= self._LIMIT:
            self._seen.clear()
            self._without.clear()
        lemma = token.lemma_.lower()
        rules = tuple(self._open(token.pos_, token.dep_, lemma, particle or lemma, labels))
        shape = self._seen[key] = rules, not self._worded.isdisjoint(rules)
        return shape

    def _without_absent(self, rules: tuple[Rule, ...], absent: frozenset[Rule]) -> tuple[Rule, ...]:
        """`rules` less those whose word the sentence lacks (`absent`), kept for each pair of sets."""
        cached = self._without.get((id(rules), id(absent)))
        if cached is not None and cached[0] is rules:
            return cached[1]
        allowed = tuple(rule for rule in rules if rule not in absent)
        self._without[id(rules), id(absent)] = rules, allowed
        return allowed

    def absent_by_sentence(self, doc: Doc) -> dict[int, frozenset[Rule]]:
        """For each sentence of `doc` with a word of a rule's (by its first token), the rules whose word
        it lacks: read off the doc's sets of lower-case forms and lemmas."""
        starts = sentence_starts(doc)
        present: dict[int, set[Rule]] = {}
        index = word_index(doc)
        for word in self._words.intersection(index):  # a look-up of each of the doc's words
            needing = self._by_word[word]
            for i in index[word]:
                present.setdefault(starts[i], set()).update(needing)
        if self._lemma_gates:
            lemmas = doc_column(doc, LEMMA)
            hits = self._lemma_hits(doc, set(lemmas))
            if hits:
                for i, lemma in enumerate(lemmas):
                    if lemma in hits:
                        present.setdefault(starts[i], set()).update(hits[lemma])
        absent = {}
        for start, found in present.items():
            lacking = self._worded - found
            absent[start] = self._absent.setdefault(lacking, lacking)
        return absent

    def _lemma_hits(self, doc: Doc, lemmas: set[int]) -> dict[int, tuple[Rule, ...]]:
        """The lemmas (by hash) among `lemmas` that some rule needs, with those rules; each lemma is
        looked up once (the same in every vocab)."""
        by_lemma, hitting = self._by_lemma, self._hitting
        # not `lemmas - by_lemma.keys()`, which walks every key: `difference` with the dict itself
        # looks each of the doc's lemmas up in it, as `intersection` below looks them up in `hitting`
        unknown = lemmas.difference(by_lemma)
        if unknown:
            if len(by_lemma) > 1 << 16:
                by_lemma.clear()
                hitting.clear()
                unknown = lemmas
            strings = doc.vocab.strings
            for lemma in unknown:
                lower = strings[lemma].lower()
                rules = by_lemma[lemma] = tuple(rule for rule, near in self._lemma_gates if lower in near)
                if rules:
                    hitting.add(lemma)
        return {lemma: by_lemma[lemma] for lemma in lemmas.intersection(hitting)}

    def _open(self, pos: str, dep: str, lemma: str, full: str, labels: set[str]) -> Iterator[Rule]:
        for rule, gate in self.steps:
            if gate is not None:
                if gate.pos is not None and gate.pos != pos:
                    continue
                if gate.deps and gate.deps.isdisjoint(labels) and dep != gate.dep:
                    continue
                if not gate.deps and gate.dep is not None and dep != gate.dep:
                    continue
                if gate.lemmas is not None and (full if gate.particle else lemma) not in gate.lemmas:
                    continue
            yield rule
