"""Title words: the words of a role before or around a name ("NATO Chief", "Tory MP",
"home affairs spokesman"), never part of the name, and the relation each names."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

# Words that name a role, not a person: "NATO Chief Mark Rutte", "US President Donald Trump".
TITLES = frozenset(
    """president vice prime minister secretary general chief head leader chairman chairwoman chair
    chancellor premier taoiseach king queen prince princess sen senator rep representative gov governor mayor judge
    ambassador envoy spokesman spokeswoman spokesperson director ceo cfo founder commander general
    gen col colonel lt sergeant admiral mr mrs ms dr prof professor sir lord lady dame pope
    foreign defence defense finance interior deputy acting former speaker treasurer commissioner attorney
    auditor inspector archbishop bishop cardinal ombudsman""".split()
)

#: Plural nouns for groups that act together ("MPs told the minister", "Labour backbenchers").
GROUP_NOUNS = frozenset(
    """mps meps msps peers lords ministers officials backbenchers rebels campaigners protesters
    judges senators congressmen troops regulators detainees prosecutors investigators ministers diplomats
    negotiators militants insurgents rebels lawmakers legislators councillors representatives
    manufacturers whips""".split()
)

#: Words that name a department inside an office's title ("Home Secretary", "Health Minister"): never
#: an organization on their own.
DEPARTMENTS = frozenset(
    """home foreign interior justice health education defence defense finance treasury trade
    transport environment energy culture pensions business industry agriculture communities sport tourism
    commerce economy economic development international constitutional legal communications security
    shadow junior deputy assistant attorney solicitor exchequer state cabinet first vice prime""".split()
)

#: Departments that share a word with a party ("Labour Minister Yolanda Díaz", not a Labour Party
#: minister): a department only before a minister's title.
#: Department words that are bodies of their own ("Former Cabinet minister", "a Treasury official",
#: "Treasury Secretary Scott Bessent").
BODY_DEPARTMENTS = frozenset({"cabinet", "treasury", "exchequer"})
MINISTRY_WORDS = frozenset(
    """labour work employment housing science technology digital immigration equality
    women social welfare justice""".split()
)
MINISTER_TITLES = frozenset({"minister", "secretary", "ministry", "department", "commissioner"})

#: Words that name a kind of body, not one body, when they stand alone as a name ("the Commission").
GENERIC_BODIES = frozenset(
    "office department ministry party government council committee agency commission house court service board".split()
)

#: Words of address before a name: they mark a person and say nothing of a role.
HONORIFICS = frozenset(
    """mr mr. mrs mrs. ms ms. miss dr dr. sir lord lady dame baroness baron prof professor
    rev reverend""".split()
)

#: Military ranks written before a name after the title ("British Commander Colonel Bob Stewart"): a
#: form of address there, not the title whose owner is named before it.
RANKS = frozenset("colonel col brigadier captain capt lieutenant lt sergeant sgt corporal admiral commodore".split())

#: Title words → the relation between the person and the organization the title names.
#: Multi-word titles are looked up before their last word ("chief executive" before "executive").
ROLE_TITLES: dict[str, str] = {
    **dict.fromkeys(
        """president leader chief head chancellor premier king queen ceo boss governor mayor
        commander ruler monarch emperor speaker taoiseach""".split(),
        "lead",
    ),
    **dict.fromkeys(
        map(
            str.strip,
            """prime minister|first minister|chief minister|chief executive|chief executive officer|managing director|
        director general|director-general|secretary general|secretary-general|general secretary|head of state|
        supreme leader|party leader|chief constable""".replace("\n", " ").split("|"),
        ),
        "lead",
    ),
    **dict.fromkeys("chairman chairwoman chair chairperson".split(), "chair"),
    **dict.fromkeys("founder co-founder cofounder".split(), "founder_of"),
    **dict.fromkeys("spokesman spokeswoman spokesperson".split(), "spokesperson_for"),
    **dict.fromkeys("shareholder stakeholder".split(), "shareholder_of"),
    "owner": "owner_of",
    "spin doctor": "works_for",
    **dict.fromkeys(
        """mp mep msp mla member backbencher peer senator congressman congresswoman councillor
        candidate activist campaigner organiser organizer volunteer lawmaker legislator frontbencher
        left-winger right-winger leftwinger rightwinger loyalist""".split(),
        "member_of",
    ),
    **dict.fromkeys(
        """correspondent editor reporter journalist presenter columnist analyst economist
        executive officer official director manager minister secretary adviser advisor aide commissioner
        ambassador envoy negotiator strategist lawyer solicitor barrister counsel employee treasurer coordinator co-ordinator
        researcher scientist professor lecturer trader banker staffer administrator cameraman photographer
        producer cfo coo cto fellow prosecutor judge rapporteur whip constable superintendent inspector
        detective general diplomat representative partner""".split(),
        "works_for",
    ),
}
#: Words before a title that say the role has ended.
ENDED = frozenset(
    {"former", "ex", "ex-", "erstwhile", "onetime", "one-time", "late", "outgoing"}
    | {"ousted", "deposed", "sacked", "fired", "dismissed", "toppled"}  # "the ousted chief executive"
)


def title_predicate(words: Sequence[str]) -> str | None:
    """The role a title's words name, by its longest known ending ("home affairs spokesman" → spokesperson_for).

    >>> title_predicate(["chief", "executive"]), title_predicate(["foreign", "policy", "chief"])
    ('lead', 'works_for')
    """
    return _title_predicate(tuple(words))


@lru_cache(maxsize=1 << 14)  # asked of the same words again and again
def _title_predicate(words: tuple[str, ...]) -> str | None:
    lowered = [w.lower().strip("-") for w in _hyphen_joined(words) if w.strip("-")]
    for n in range(min(len(lowered), 4), 0, -1):
        found = ROLE_TITLES.get(" ".join(lowered[-n:]))
        if found is not None:
            if found in ("lead", "chair") and any(w not in _NEUTRAL for w in lowered[:-n]):
                return "works_for"  # "foreign policy chief", "deputy leader": a part, not the whole
            return found
    return None


def _hyphen_joined(words: tuple[str, ...]) -> list[str]:
    """The words with a hyphen between two of them joined again: "co", "-", "ordinator" → "co-ordinator"
    (the tokenizer splits what the title list holds whole); a prefix of no role is dropped when the word
    after it is a title: "co-chairman" → "co", "chairman"."""
    joined: list[str] = []
    for k, word in enumerate(words):
        if k >= 2 and words[k - 1] == "-" and joined and joined[-1] == "-" and words[k - 2].isalpha():
            whole = f"{words[k - 2]}-{word}"
            if whole.lower() in ROLE_TITLES:
                joined[-2:] = [whole]
                continue
        joined.append(word)
    return joined


def singular(word: str) -> str:
    """The singular of a plural title word ("mps" → "mp", "secretaries" → "secretary", "bosses" → "boss");
    the word itself when it is no plural of a title.

    >>> singular("mps"), singular("secretaries"), singular("bosses"), singular("news")
    ('mp', 'secretary', 'boss', 'news')
    """
    for plural, ending in (("ies", "y"), ("sses", "ss"), ("s", "")):
        if word.endswith(plural) and word[: -len(plural)] + ending in ROLE_TITLES:
            return word[: -len(plural)] + ending
    return word


#: Words before a leader's title that leave it the whole organization's ("the new chairman").
_NEUTRAL = frozenset(
    (
        "new current outgoing incoming long-serving longtime veteran then joint co sole interim acting former ex party "
        "erstwhile late elected national global international group"
    ).split()
)


#: Endings of nationality adjectives ("European", "Scottish", "Japanese").
_NATIONALITY_ENDINGS = ("an", "ish", "ese")
#: Words of a title's rank or level, not its portfolio ("Chief Cabinet Secretary", "Deputy Prime Minister").
_RANK_WORDS = frozenset("cabinet state first vice prime deputy junior assistant shadow".split())


def portfolio_words(words: Sequence[str], following: str) -> bool:
    """True when a name the tagger found is only the portfolio of the title after it: "European Trade" of
    "European Trade Commissioner Peter Mandelson", "Shadow Home" of "Shadow Home Secretary" (no body)."""
    if following.lower() not in TITLES and following.lower() not in MINISTER_TITLES or len(words) < 2:
        return False  # "Labour leader", "Cabinet minister": one word may be a body's name
    *first, last = (w.lower() for w in words)
    ministry = last in MINISTRY_WORDS and following.lower() in MINISTER_TITLES  # not "Scottish Labour leader"
    if last not in DEPARTMENTS and not ministry or last in _RANK_WORDS:
        return False
    rest = [w for w in first if w not in DEPARTMENTS]
    return not rest or len(rest) == 1 and rest[0] == first[0] and rest[0].endswith(_NATIONALITY_ENDINGS)


#: Words that end a portfolio after a department word: "Tory Home Office spokesman", "Foreign Affairs".
_PORTFOLIO_ENDS = frozenset({"office", "affairs"})


def name_before_portfolio(words: Sequence[str]) -> int:
    """How many of a name's words stand before the portfolio of a title that follows it: "Lib Dem
    Treasury" → 2 (Lib Dem), "Tory Home Office" → 1; all of them for a department's own name ("Home
    Office spokesman") or a name with no portfolio."""
    lower = [w.lower() for w in words]
    kept = len(lower)
    while kept > 1 and lower[kept - 1] in _PORTFOLIO_ENDS and lower[kept - 2] in DEPARTMENTS:
        kept -= 1
    while kept > 1 and lower[kept - 1] in DEPARTMENTS:
        kept -= 1
    last = words[kept - 1]
    if kept == len(lower) or lower[kept - 1] in DEPARTMENTS or not last.istitle() and not last.isupper():
        return len(lower)
    return kept
