"""Bodies owned by another, read from a kind noun beside the name: "Germany's financial watchdog
BaFin" → BaFin –watchdog_of→ Germany, "Lufthansa's subsidiaries Eurowings and Lufthansa Cargo" →
subsidiary_of, "Tata-owned Jaguar Land Rover" → Tata –owner_of→ Jaguar Land Rover. Mentions and their
entities in → `Role`s between bodies out."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from kg.extract.doc_words import span_root
from kg.extract.mentions import Mention
from kg.extract.role_holders import Role
from kg.model import Entity

#: Nouns that say what kind of body an organization is within another ("Germany's financial
#: watchdog BaFin", "BBC Radio Scotland's Sunday Live programme", "China's national airline").
BODY_KINDS = frozenset(
    """watchdog regulator airline carrier programme program show unit subsidiary division arm
    branch agency newspaper paper channel station broadcaster bank""".split()
)


#: Nouns of a business another owns, read only beside the owner's name: "Ford's luxury brand Jaguar",
#: "Wal-Mart's British chain Asda", "Malcolm Glazer's company Red Football".
OWNED_KINDS = frozenset("brand chain label vehicle company firm business".split())
#: Words of a tie between two bodies, which then own nothing of each other ("Renault's partner Nissan").
_TIES = frozenset("rival rivals partner partners competitor competitors former customer client supplier ally".split())


def owned_body(doc: Doc, mention: Mention, body: Entity, by_token) -> Iterator[Role]:
    """ "<owner>'s [adjectives] <kind> <name>" or "<owner>'s <name> <kind>": the name is the owner's
    body of that kind ("Germany's financial watchdog BaFin" → BaFin –watchdog_of→ Germany, "United
    Business Media's NOP World market research unit" → unit_of)."""
    i = mention.start - 1
    words: list[Token] = []
    while i >= 0 and i not in by_token and mention.start - i <= 4:
        word = doc[i]
        if not (word.is_lower and word.is_alpha):
            break
        words.insert(0, word)
        i -= 1
    if not words:  # "<owner>'s <name> [adjectives] <kind>": "Radio 4's Today programme"
        k = mention.end
        while k < len(doc) and k not in by_token and k - mention.end < 4:
            word = doc[k]
            if not (word.is_lower and word.is_alpha and word.pos_ in ("NOUN", "ADJ")):  # not "programme that …"
                break
            k += 1
        words = list(doc[mention.end : k])
        if not words or k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN") or words[-1].pos_ != "NOUN":
            return  # the kind must end the noun phrase: not "Radio 4's Today programme schedule"
        i = mention.start - 1
    kind_word = words[-1].lemma_.lower() if words else ""
    owned = kind_word in OWNED_KINDS and words[-1].i < mention.start and body.type == "Organization"
    if kind_word not in BODY_KINDS and (not owned or any(w.lower_ in _TIES for w in words)):
        return  # not "BP's rival company Shell" (a tie), nor "Inbev's European business" (no name follows)
    if i >= 1 and doc[i].text in ("'s", "’s") and i - 1 in by_token:
        owner_mention, owner = by_token[i - 1]
        if kind_word not in BODY_KINDS and owner.type not in ("Organization", "Person"):
            return  # "Brazil's biggest beer firm Ambev": a country's firm is one based there, not owned
        if owner.type == "Person" and kind_word in OWNED_KINDS and owner.id != body.id:
            # "Malcolm Glazer's company Red Football": a person owns a company, holds no unit of it
            yield Role(owner, body, " ".join(t.text for t in words), "owner_of", owner_mention.start, mention.end)
            return
        root = span_root(doc, mention.start, mention.end)
        bodies = [(body, mention.end)]
        if words[-1].tag_ == "NNS":  # "Lufthansa's subsidiaries Eurowings and Lufthansa Cargo"
            bodies += [(by_token[c.i][1], c.i + 1) for c in root.conjuncts if c.i > root.i and c.i in by_token]
        for named, end in bodies:
            if named.id != owner.id:
                kind = f"{words[-1].lemma_.lower()}_of"
                yield Role(named, owner, " ".join(t.text for t in words), kind, owner_mention.start, end)


#: Participles that make the name hyphened before them the owner ("Tata-owned Jaguar Land Rover").
_OWNING = frozenset({"owned", "controlled"})


def owned_by_name(doc: Doc, mention: Mention, body: Entity, by_token) -> Iterator[Role]:
    """ "<owner>-owned <body>": "Tata-owned Jaguar Land Rover" → Tata –owner_of→ Jaguar Land Rover (a
    body or a person owns it; "Chinese-owned" or "state-owned" names no owner)."""
    k = mention.start - 1
    if k < 2 or doc[k].lower_ not in _OWNING or doc[k - 1].text != "-" or k - 2 not in by_token:
        return
    owner_mention, owner = by_token[k - 2]
    if owner.type in ("Organization", "Group", "Person") and owner.id != body.id:
        yield Role(owner, body, f"{doc[k - 2].text}-{doc[k].text}", "owner_of", owner_mention.start, mention.end)
