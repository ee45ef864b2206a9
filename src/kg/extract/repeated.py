"""Names the tagger missed where the article repeats them: a person's surname, an organization's
first word, a one-word name ("Kinnock", "Shanda", "BNP" in a headline). Mentions in → more
mentions out (one name keeps one sense within an article)."""

from __future__ import annotations

from spacy.attrs import ENT_TYPE, LOWER, ORTH
from spacy.tokens import Doc

from kg.extract.doc_words import positions_among, word_hashes
from kg.extract.mentions import _NOT_ACTORS, Mention, _acronym
from kg.extract.titles import DEPARTMENTS, TITLES

#: Entity labels of places and dates: a word they cover is no one's surname.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE"})


def repeated_names(doc: Doc, mentions: list[Mention], skip: frozenset[int] = frozenset()) -> list[Mention]:
    """A person's surname, or an organization's first word, where the tagger missed it elsewhere in
    the article: the headline "Kinnock to urge reform in Lords" names the Neil Kinnock of the text,
    "Shanda" the Shanda Interactive Entertainment (one name keeps one sense within an article)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    lower = doc.to_array(LOWER).tolist()
    in_places = positions_among(doc.to_array(ENT_TYPE).tolist(), word_hashes(_PLACE_LABELS))
    places = {doc.vocab.strings[h] for h in {lower[i] for i in in_places}}
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
    short.update(whole)
    wanted = {doc.vocab.strings.add(word): entry for word, entry in short.items() if entry[0]}
    if not wanted:
        return []
    orth = doc.to_array(ORTH).tolist()
    found = []
    common: set[str] | None = None  # the words the article writes in lower case, read when needed
    for i in positions_among(orth, frozenset(wanted)):
        token = doc[i]
        entry = wanted[orth[i]]
        if i in taken or i in skip or not _used_as_name(token):
            continue
        if token.ent_type_ and not _product_for_actor(token):
            continue
        if token.is_sent_start and token.pos_ != "PROPN" and not _acronym(token):
            # "Tories attack …" in a headline: a name only if the article never writes it as a common word
            if common is None:
                common = {t.lower_ for t in doc if t.is_lower}
            if token.lower_ in common:
                continue
        found.append(Mention(i, i + 1, token.text, entry[0], token.text))
    return found


def _one_word_name(doc: Doc, mention: Mention) -> bool:
    """A one-word name written as it is named ("Ambev", "BNP", "Tories"), of an actor that keeps its
    name wherever the article repeats it: the tagger misses some of them, often in the headline."""
    word = doc[mention.start]
    return (
        mention.end == mention.start + 1
        and word.text == mention.name
        and mention.type in ("Organization", "Group", "Person")
        and (_acronym(word) or word.is_title and len(word) >= 3)
        and not word.is_sent_start
        and word.lower_ not in _NOT_ACTORS
    )


def _used_as_name(token) -> bool:
    """A repeated name where it stands as a name: a noun, not the first word of a longer name the
    tagger missed ("Celtic Park")."""
    if token.pos_ not in ("PROPN", "NOUN"):
        return False
    return not (token.dep_ == "compound" and token.head.pos_ == "PROPN" and token.head.is_title)


def _product_for_actor(token) -> bool:
    """ "when it bought Ambev": a name the tagger took for a product here and for an organization
    elsewhere names the organization, unless it stands for one thing ("bought a Tesla")."""
    return token.ent_type_ == "PRODUCT" and not any(c.dep_ == "det" for c in token.children)
