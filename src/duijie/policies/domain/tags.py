"""Bilingual labels of the library's tags; the seed file names tags by identifier only."""

from __future__ import annotations

TAG_LABELS: dict[str, tuple[str, str]] = {
    "regional-headquarters": ("跨国公司地区总部", "Regional headquarters"),
    "multinationals": ("跨国公司", "Multinationals"),
    "foreign-investment": ("外商投资", "Foreign investment"),
    "shanghai": ("上海市", "Shanghai"),
    "eligibility-check": ("可在线自测", "Eligibility check available"),
    "rd-centres": ("外资研发中心", "R&D centres"),
    "innovation": ("科技创新", "Innovation"),
    "incentives": ("奖励扶持", "Incentives"),
    "funding": ("资金支持", "Funding"),
}


def tag_label(code: str) -> tuple[str, str]:
    """(Chinese, English) label of a tag; an unlisted tag shows its readable identifier."""
    fallback = code.replace("-", " ").replace("_", " ")
    return TAG_LABELS.get(code, (fallback, fallback.capitalize()))
