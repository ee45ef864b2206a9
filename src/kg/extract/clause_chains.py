"""The chain of verbs a clause hangs from ("have to maintain" → maintain, have), and the modality each link
of it gives the clause; read by negation and modality (`qualifiers`) and by reported plans."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.clause_subjects import gerund_host
from kg.extract.doc_words import per_token

#: Verbs a clause hangs from through "to", with the modality they give it ("wants to buy": intent).
CHAIN_VERBS = {
    "have": "obligation",
    "need": "obligation",
    "want": "intent",
    "plan": "intent",
    "intend": "intent",
    "hope": "intent",
    "aim": "intent",
    "seek": "intent",
    "try": "intent",
    "expect": "future",
    "risk": "hedged",  # "the bloc risked losing Europe": a danger named, not a loss
    "going": "future",
    "willing": "intent",
    "ready": "intent",
    "determined": "intent",
    "eager": "intent",
    "prepared": "intent",
    "agree": "intent",  # "agreed to buy": a deal to do it, not done yet
    "decide": "intent",
    "promise": "intent",
    "pledge": "intent",
    "vow": "intent",
    "offer": "intent",
    "threaten": "intent",
    "prepare": "intent",
    "attempt": "intent",
    # "is considering sending tanks", "weighed imposing sanctions": an option, not yet done
    "consider": "intent",
    "weigh": "intent",
    "mull": "intent",
    "contemplate": "intent",
    # "moved to block the merger", "is looking to sell", "raced to buy": an attempt, not yet done
    "move": "intent",
    "look": "intent",
    "race": "intent",
    "scramble": "intent",
    "struggle": "intent",
    "bid": "intent",
    "campaign": "intent",
    "fight": "intent",
    "battle": "intent",
    "keen": "intent",
    "interested": "intent",
    "insist": "intent",
    "bent": "intent",
    "intent": "intent",
    "anxious": "intent",
    "due": "future",  # "is due to meet"
    "set": "future",  # "is set to buy"
    "poised": "future",
    "schedule": "future",  # "are scheduled to meet"
    "slate": "future",
    "likely": "hedged",
    "unlikely": "hedged",
    # "is said to have met", "is thought to be": what others say or think, not what happened
    "say": "hedged",
    "report": "hedged",
    "believe": "hedged",
    "think": "hedged",
    "understand": "hedged",
    "rumour": "hedged",
    "rumor": "hedged",
    "allege": "hedged",
    # "urged Congress to act", "asked Harold Wilson to form a government": asked for, not done
    "urge": "intent",
    "ask": "intent",
    "call": "intent",
    "press": "intent",
    "pressure": "intent",
    "push": "intent",
    "encourage": "intent",
    "invite": "intent",
    "tell": "intent",
    # "a court ordered Turkey to pay Iraq", "instructed officials to …": a duty laid on them, not their plan
    "order": "obligation",
    "instruct": "obligation",
    "direct": "obligation",
    "require": "obligation",
    "command": "obligation",
    "prompt": "intent",
    "beg": "intent",
    "implore": "intent",
    "plead": "intent",  # "pleaded with Mr Trump not to abandon Ukraine"
    "appeal": "intent",
    "advise": "intent",
    "challenge": "intent",  # "challenged Mr Blair to sack Mr Prescott"
    "dare": "intent",
    "persuade": "intent",  # "tried to persuade Mr Bush to sign": asked, not done
    "lobby": "intent",
}


@per_token  # negation and modality both walk it, from the verb and from its frames
def verb_chain(verb: Token) -> tuple[Token, ...]:
    """The verb and the verbs it hangs from through xcomp ("have to maintain" → maintain, have)."""
    chain = [verb]
    while True:
        link = chain[-1]
        if link.dep_ in ("xcomp", "acomp") and link.head is not link:
            chain.append(link.head)
        elif (host := gerund_host(link)) is not None:
            chain.append(host)  # "is interested in buying": buying, interested, is
        elif link.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in link.children):
            # "wants the freedom to sign a deal" (read as the noun's clause, or as a clause of "wants"
            # whose subject is the noun): sign, wants
            host = link.head.head if link.dep_ == "acl" and link.head.dep_ == "dobj" else link.head
            if link.dep_ not in ("acl", "ccomp") or host is link or host.lemma_.lower() not in CHAIN_VERBS:
                return tuple(chain)
            chain.append(host)
        else:
            return tuple(chain)
