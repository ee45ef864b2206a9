"""Relations a run states from titles and groups, read for `document._Run`: "NATO Chief Mark Rutte" →
Mark Rutte –lead→ NATO (a "former" role has ended), "Labour MPs" → Labour MPs –member_of→ Labour."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc, Token

from kg.extract.description_record import Description
from kg.extract.roles import Role
from kg.model import Article, Evidence, Relation


class _Reading(Protocol):
    """What these relations read of the article's run."""

    doc: Doc
    article: Article

    def _evidence(self, token: Token, rule: str) -> Evidence: ...


class RoleRelations:
    """The relations of the roles and groups an article names (a mixin of `document._Run`)."""

    def _role_relation(self: _Reading, role: Role) -> Relation:
        """ "NATO Chief Mark Rutte" → Mark Rutte –lead→ NATO; "former" roles have ended."""
        return Relation(
            subject=role.person,
            predicate=role.predicate,
            object=role.organization,
            evidence=self._evidence(self.doc[role.start], "title_role"),
            article=self.article.meta,
            confidence=0.8,
            relation_text=_role_words(role),
            subject_text=role.person.name,
            object_text=role.organization.name,
            ended=role.ended,
        )

    def _group_relation(self: _Reading, description: Description) -> Relation:
        """ "Labour MPs" → Labour MPs –member_of→ Labour."""
        organization = description.member_of
        assert organization is not None
        return Relation(
            subject=description.entity,
            predicate=description.role,
            object=organization,
            evidence=self._evidence(self.doc[description.head], "group_of_organization"),
            article=self.article.meta,
            confidence=0.8,
            relation_text="are members of",
            subject_text=description.entity.name,
            object_text=organization.name,
        )


def _role_words(role: Role) -> str:
    """The relation as a reader says it: "is chief executive of", "was leader of", "is member of"."""
    title = " ".join(w for w in role.title.split() if w.lower() not in ("former", "ex", "ex-")) or "member"
    return f"{'was' if role.ended else 'is'} {title.replace(' - ', '-')} of"
