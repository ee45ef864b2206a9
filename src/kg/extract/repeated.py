"""Names the tagger missed where the article repeats them: a person's surname, an organization's
first word, a one-word name ("Kinnock", "Shanda", "BNP" in a headline). Mentions in → more
mentions out (one name keeps one sense within an article)."""

from __future__ import annotations

from functools import cache, lru_cache

from spacy.attrs import ENT_TYPE, LOWER, ORTH
from spacy.symbols import IDS
from spacy.tokens import Doc

from kg.extract.doc_words import doc_column, positions_among, tokens_among, word_hashes
from kg.extract.entity_spans import acronym
from kg.extract.mentions import NOT_ACTORS, Mention
from kg.extract.titles import DEPARTMENTS, TITLES
from kg.resolve.aliases import shipped_aliases

#: Entity labels of places and dates: a word they cover is no one's surname.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE"})
#: The same, as the doc's ENT_TYPE column holds them: spaCy's symbol ids for its own labels, the
#: string hash for the others.
_PLACE_LABEL_IDS = frozenset(IDS[label] for label in _PLACE_LABELS if label in IDS) | word_hashes(
    frozenset(label for label in _PLACE_LABELS if label not in IDS)
)


def place_words(doc: Doc) -> set[str]:
    """The words, in lower case, of the doc's places and dates: "Chad" in "troops from Chad"."""
    lower = doc_column(doc, LOWER)
    in_places = positions_among(doc_column(doc, ENT_TYPE), _PLACE_LABEL_IDS)
    return {doc.vocab.strings[h] for h in {lower[i] for i in in_places}}


def repeated_names(doc: Doc, mentions: list[Mention], skip: frozenset[int] = frozenset()) -> list[Mention]:
    """A person's surname, or an organization's first word, where the tagger missed it elsewhere in
    the article: the headline "Kinnock to urge reform in Lords" names the Neil Kinnock of the text,
    "Shanda" the Shanda Interactive Entertainment (one name keeps one sense within an article)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    places = place_words(doc)
    short: dict[str, tuple[str, str]] = {}
    whole: dict[str, tuple[str, str]] = {}  # a one-word name is itself, not a part of a longer one
    for mention in mentions:
        words = mention.name.split()
        if len(words) < 2:
            if _one_word_name(doc, mention):
                whole.setdefault(mention.name, (mention.type, mention.name))
            continue
        if mention.type == "Person":
            candidates = [words[-1]]
        elif mention.type == "Organization":  # "Shanda …", "House of Lords" → "Lords"
            candidates = [words[0], *([words[-1]] if "of" in words[1:-1] else [])]
            if "-" in words[-1]:  # "AP Moller-Maersk" → "Maersk"
                candidates.append(words[-1].rsplit("-", 1)[1])
        else:
            continue
        for word in candidates:
            if (
                len(word) < 3
                or not word[0].isupper()
                or word.lower() in places
                or word.lower() in TITLES
                or word.lower() in DEPARTMENTS
            ):
                continue
            if short.get(word, (mention.type, mention.name))[1] != mention.name:
                short[word] = ("", "")  # two names share the word: it names neither
            else:
                short[word] = (mention.type, mention.name)
    found = _described_names(doc, taken, skip)
    taken.update(i for m in found for i in range(m.start, m.end))
    short.update(whole)
    for word, entry in _aliases_of_named(mentions).items():
        short.setdefault(word, entry)
    wanted = {doc.vocab.strings.add(word): entry for word, entry in short.items() if entry[0]}
    if not wanted:
        return found
    orth = doc_column(doc, ORTH)
    common: set[str] | None = None  # the words the article writes in lower case, read when needed
    for i in positions_among(orth, frozenset(wanted)):
        token = doc[i]
        entry = wanted[orth[i]]
        if i in taken or i in skip or not _used_as_name(token):
            continue
        if token.ent_type_ and not _product_for_actor(token):
            continue
        if token.is_sent_start and token.pos_ != "PROPN" and not acronym(token):
            # "Tories attack …" in a headline: a name only if the article never writes it as a common word
            if common is None:
                common = {t.lower_ for t in doc if t.is_lower}
            if token.lower_ in common:
                continue
        found.append(Mention(i, i + 1, token.text, entry[0], token.text))
    return found


#: Nouns for a body that, in apposition to a name, say the name is an organization's.
_BODY_APPOSITIONS = frozenset(
    """company firm group bank carrier airline miner producer maker manufacturer retailer lender insurer
    operator conglomerate union party regulator watchdog broadcaster newspaper""".split()
)


def _described_names(doc: Doc, taken: set[int], skip: frozenset[int]) -> list[Mention]:
    """A capitalised name the tagger missed that an apposition calls a body: "Vale, the country's largest
    mining company, said …"."""
    found = []
    for token in tokens_among(doc, _BODY_APPOSITIONS):
        if token.dep_ != "appos" or not token.is_lower:
            continue
        name = token.head
        if (
            name.pos_ != "PROPN"
            or not name.is_title
            or name.i in taken
            or name.i in skip
            or name.ent_type_
            or name.lower_ in NOT_ACTORS
            or not any(c.dep_ == "det" or c.dep_ == "poss" for c in token.children)
        ):
            continue
        words = [c for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title] + [name]
        if any(w.i in taken or w.ent_type_ for w in words) or words[0].i != name.i - len(words) + 1:
            continue
        text = doc[words[0].i : name.i + 1].text
        found.append(Mention(words[0].i, name.i + 1, text, "Organization", text))
    return found


def _aliases_of_named(mentions: list[Mention]) -> dict[str, tuple[str, str]]:
    """The one-word aliases, as the alias table writes them, of the organizations the article names:
    the headline's "Tories" where the text says "Tory spokesman"."""
    named = {_canonical(mention.name) for mention in mentions}
    aliases = _one_word_aliases()
    return {alias: ("Organization", alias) for canonical in named for alias in aliases.get(canonical, ())}


@lru_cache(maxsize=1 << 14)  # the same names, article after article
def _canonical(name: str) -> str:
    row = shipped_aliases().lookup(name)
    return row.canonical if row is not None else name


@cache
def _one_word_aliases() -> dict[str, list[str]]:
    """The shipped table's one-word aliases of organizations ("Tories", "Nato"), by canonical name."""
    found: dict[str, list[str]] = {}
    for row in shipped_aliases().rows():
        if " " not in row.alias and row.type == "Organization" and row.alias[:1].isupper():
            found.setdefault(row.canonical, []).append(row.alias)
    return found


def _one_word_name(doc: Doc, mention: Mention) -> bool:
    """A one-word name written as it is named ("Ambev", "BNP", "Tories"), of an actor that keeps its
    name wherever the article repeats it: the tagger misses some of them, often in the headline."""
    if mention.end != mention.start + 1 or mention.type not in ("Organization", "Group", "Person"):
        return False
    word = doc[mention.start]
    return (
        word.text == mention.name
        and (acronym(word) or word.is_title and len(word) >= 3)
        and not word.is_sent_start
        and word.lower_ not in NOT_ACTORS
    )


def _used_as_name(token) -> bool:
    """A repeated name where it stands as a name: a noun, not the first word of a longer name the
    tagger missed ("Celtic Park"), though it may be the body before a person's title ("Maersk chief
    executive Vincent Clerc")."""
    if token.pos_ not in ("PROPN", "NOUN"):
        return False
    if token.dep_ != "compound" or token.head.pos_ != "PROPN" or not token.head.is_title:
        return True
    # "Maersk chief executive Vincent Clerc": a title in lower case follows, so no longer name does
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return following is not None and following.is_lower and following.lower_ in TITLES


def _product_for_actor(token) -> bool:
    """ "when it bought Ambev": a name the tagger took for a product here and for an organization
    elsewhere names the organization, unless it stands for one thing ("bought a Tesla")."""
    return token.ent_type_ == "PRODUCT" and not any(c.dep_ == "det" for c in token.children)
