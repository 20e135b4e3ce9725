"""Searching the policy library in both languages.

Chinese has no spaces, so Chinese runs of the query are cut into words with jieba (search
mode, which also yields the shorter words inside long ones); other text is split into
words. A policy matches when any term appears in any of its Chinese or English fields, and
policies matching more terms rank first. The matching engine's bilingual search may take
this function's place later; callers only rely on its signature.
"""

from __future__ import annotations

import re

from django.db.models import Case, Exists, IntegerField, OuterRef, Q, QuerySet, Value, When

from duijie.policies.models import Policy, PolicyArticle

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
TITLE_WEIGHT = 3  # a term in the title says more about a policy than one in its text
CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
WORD = re.compile(r"[0-9A-Za-z\u00c0-\u024f]+(?:[-'][0-9A-Za-z]+)*")
# Words so common that matching them says nothing about a policy.
STOP_WORDS = frozenset(
    {"a", "an", "and", "for", "in", "of", "on", "or", "the", "to", "with", "by", "is"}
    | {"的", "和", "与", "及", "在", "对", "关于", "有关", "是", "了", "或"}
)
POLICY_FIELDS = (
    "title_zh",
    "title_en",
    "summary_zh",
    "summary_en",
    "full_text_zh",
    "full_text_en",
    "issuer_zh",
    "issuer_en",
    "document_number",
    "document_number_en",
    "tags__name_zh",
    "tags__name_en",
    "tags__code",
)
ARTICLE_FIELDS = ("heading_zh", "heading_en", "text_zh", "summary_en")


def search_terms(query: str) -> list[str]:
    """The distinct search terms of a query, Chinese words and other words alike."""
    text = (query or "").strip()[:MAX_QUERY_LENGTH]
    terms = [word.lower() for word in WORD.findall(CJK_RUN.sub(" ", text))]
    for run in CJK_RUN.findall(text):
        terms.extend(_chinese_terms(run))
    useful = [term for term in dict.fromkeys(terms) if term not in STOP_WORDS]
    return useful[:MAX_TERMS]


def _chinese_terms(run: str) -> list[str]:
    import jieba  # loaded on first search only: its dictionary takes a moment

    words = [word for word in jieba.cut_for_search(run) if word.strip()]
    # Single characters match nearly everything, unless that is all the user typed.
    longer = [word for word in words if len(word) > 1]
    return longer or [run]


def _term_condition(term: str) -> Q:
    condition = Q()
    for field in POLICY_FIELDS:
        condition |= Q(**{f"{field}__icontains": term})
    article = Q()
    for field in ARTICLE_FIELDS:
        article |= Q(**{f"{field}__icontains": term})
    in_articles = PolicyArticle.objects.filter(article, policy=OuterRef("pk"))
    return condition | Q(Exists(in_articles))


def _term_hit(term: str) -> Exists:
    """1 when the policy contains the term, as a subquery so joins cannot double-count."""
    return Exists(Policy.objects.filter(_term_condition(term), pk=OuterRef("pk")))


def _title_hit(term: str) -> Q:
    return Q(title_zh__icontains=term) | Q(title_en__icontains=term)


def search_policies(
    query: str, *, limit: int, within: QuerySet[Policy] | None = None
) -> list[Policy]:
    """Policies matching the query, best first; an empty query lists the newest ones."""
    queryset = within if within is not None else Policy.objects.filter(is_published=True)
    terms = search_terms(query)
    if not terms:
        return list(queryset.order_by("-valid_from", "slug")[:limit])
    score = Value(0, output_field=IntegerField())
    for term in terms:
        score = score + Case(
            When(_title_hit(term), then=Value(TITLE_WEIGHT)),
            When(_term_hit(term), then=Value(1)),
            default=Value(0),
            output_field=IntegerField(),
        )
    ranked = queryset.annotate(score=score).filter(score__gt=0)
    return list(ranked.order_by("-score", "-valid_from", "slug")[:limit])
