"""The grammar the extraction rules share: dependency-label sets, verbs of saying and the
subject finders. Tokens of a parsed doc in → labels, verbs and subject tokens out."""

from __future__ import annotations

#: Nominal subjects, active or passive: "Rutte met Trump", "Trump was met by Rutte".
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: The active subject only: the doer in "Rutte met Trump" (a passive subject is done to).
ACTIVE_SUBJECTS = frozenset({"nsubj"})
#: Every label that fills a clause's subject slot, clausal subjects and "there"/"it" included.
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
#: Nominal objects: direct, of a preposition, and indirect ("gave Ukraine aid").
OBJECTS = frozenset({"dobj", "pobj", "dative"})
#: Dependencies that make a noun an argument of a clause.
ARGUMENTS = SUBJECTS | OBJECTS
#: What completes a verb in an open tuple: objects, attributes and complements
#: ("served as the first Prime Minister", "is willing", "named him chair").
COMPLEMENTS = frozenset({"dobj", "dative", "attr", "acomp", "oprd"})

#: Verbs of saying: what follows them is what was said, and their own objects are rarely
#: actors, so the relation rules do not read them as actions ("he added with a smile").
SAYING_VERBS = frozenset({"say", "add", "tell", "state", "note", "insist", "stress", "argue", "claim", "caution",
                          "explain", "write", "announce", "declare", "reply", "ask"})
#: Verbs that attribute what follows to their subject: they find the speaker of a quotation or
#: of reported speech ("Rutte warned that …"), so they include verbs of belief and report.
ATTRIBUTION_VERBS = frozenset({
    "say", "add", "tell", "state", "note", "insist", "stress", "argue", "claim", "caution", "explain", "write",
    "announce", "declare", "reply", "ask", "warn", "believe", "think", "suggest", "report", "allege", "admit",
    "acknowledge", "confirm", "estimate", "predict", "tweet", "post", "emphasize", "emphasise", "recall",
    "assert", "contend", "remark", "respond", "deny", "refute", "dispute",
})
