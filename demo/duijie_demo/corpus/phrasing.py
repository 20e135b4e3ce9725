"""Sentence patterns that turn topics into listing titles and descriptions.

Patterns are indexed deterministically (by topic and application index), never drawn from
global randomness.  ``{tech}``, ``{need}`` and ``{app}`` are filled from a :class:`Topic`.
"""

from __future__ import annotations

import re

OFFER_TITLE = {
    "zh-hans": ("面向{app}的{tech}", "{app}{tech}", "适用于{app}的{tech}", "{tech}在{app}中的应用"),
    "en": ("{Tech} for {app}", "{Tech} proven in {app}", "{Tech} tailored to {app}",
           "{Tech} for {app}"),
}  # fmt: skip
REQUEST_TITLE = {
    "zh-hans": ("寻求{app}{need}技术", "征集{app}{need}解决方案", "{app}{need}技术合作需求",
                "求购{app}{need}成熟方案"),
    "en": ("Seeking {need} for {app}", "Looking for {need} technology for {app}",
           "{Need} solution wanted for {app}", "Partner sought: {need} for {app}"),
}  # fmt: skip

OFFER_OPENING = {
    "zh-hans": (
        "我们自主研发的{tech}已在{app}完成试点应用，运行稳定。",
        "针对{app}的实际痛点，我们开发了{tech}。",
        "团队深耕行业多年，{tech}可直接部署于{app}。",
    ),
    "en": (
        "Our {tech} has been piloted in {app} and runs reliably in daily operation.",
        "We developed this {tech} to solve the day-to-day problems of {app}.",
        "Built on years of engineering work, our {tech} can be deployed directly in {app}.",
    ),
}
RESEARCH_OFFER_OPENING = {
    "zh-hans": ("本成果由课题组历时多年研发，{tech}已在{app}完成小试验证。",),
    "en": ("Developed by our research group over several years, the {tech} has been "
           "validated at pilot scale in {app}.",),
}  # fmt: skip
REQUEST_OPENING = {
    "zh-hans": (
        "我司正在推进{app}的数字化升级，现寻求{need}方面的成熟技术或合作伙伴。",
        "随着业务规模扩大，我司在{app}环节亟需引入{need}技术。",
        "公司计划在{app}开展{need}试点，诚邀有经验的技术团队参与。",
    ),
    "en": (
        "We are upgrading our operations in {app} and are looking for proven {need} "
        "technology or a partner to co-develop it.",
        "As our business grows, we need to introduce {need} in {app}.",
        "We plan to pilot {need} in {app} and invite experienced technology teams to take part.",
    ),
}

INSTITUTION_REQUEST_OPENING = {  # government, parks, universities, institutes, agencies
    "zh-hans": (
        "我们正在推进{app}的智能化建设，现寻求{need}方面的成熟技术与合作伙伴。",
        "为提升{app}的管理与服务水平，我们计划引入{need}技术，诚邀有经验的团队参与。",
    ),
    "en": (
        "We are modernising how we run {app} and are looking for proven {need} technology "
        "and partners.",
        "To improve service in {app}, we plan to introduce {need} and invite experienced "
        "teams to take part.",
    ),
}

IP_SENTENCE = {
    "zh-hans": {
        "granted_patent": "核心技术已获授权发明专利。",
        "pending_patent": "相关发明专利已提交申请。",
        "software_copyright": "已取得软件著作权登记。",
        "know_how": "核心技术以技术秘密形式保护。",
        "none": "",
    },
    "en": {
        "granted_patent": "The core technology is protected by granted patents.",
        "pending_patent": "Patent applications have been filed.",
        "software_copyright": "The software is registered for copyright.",
        "know_how": "Key know-how is protected as a trade secret.",
        "none": "",
    },
}
PARTNERSHIP_WORDS = {
    "zh-hans": {
        "licensing": "技术许可",
        "tech_cooperation": "技术合作",
        "joint_venture": "合资经营",
        "investment": "股权投资",
        "supply_distribution": "供货与渠道代理",
        "joint_rnd": "联合研发",
    },
    "en": {
        "licensing": "licensing",
        "tech_cooperation": "technical cooperation",
        "joint_venture": "a joint venture",
        "investment": "equity investment",
        "supply_distribution": "supply and distribution",
        "joint_rnd": "joint R&D",
    },
}
PARTNER_REGION = {
    ("zh-hans", "SG"): "新加坡及东南亚地区",
    ("zh-hans", "CN"): "国内",
    ("zh-hans", "ANY"): "海内外",
    ("en", "CN"): "Shanghai and the wider Yangtze River Delta",
    ("en", "SG"): "Singapore and Southeast Asia",
    ("en", "ANY"): "China, Singapore and beyond",
}
OFFER_CLOSING = {
    "zh-hans": "现寻求{region}的{ptypes}伙伴。",
    "en": "We welcome {ptypes} with partners in {region}.",
}
REQUEST_CLOSING = {
    "zh-hans": "预算{budget}，希望{months}个月内完成首期部署，欢迎{region}的团队联系。",
    "en": "Our budget is {budget}; we aim to complete a first deployment within {months} months "
    "and welcome teams from {region}.",
}
REQUEST_CLOSING_NO_BUDGET = {
    "zh-hans": "希望{months}个月内完成首期部署，欢迎{region}的团队联系。",
    "en": "We aim to complete a first deployment within {months} months and welcome teams "
    "from {region}.",
}

EXTRA_TITLE = {
    ("business_offer", "zh-hans"): "{tech}诚招新加坡及东南亚代理商",
    ("business_offer", "en"): "{Tech}: OEM supply and distribution in China",
    ("business_request", "zh-hans"): "{tech}项目寻求新加坡合资合作伙伴",
    ("business_request", "en"): "Seeking a Chinese manufacturing partner for {tech}",
    ("rnd_request", "zh-hans"): "{app}{need}关键技术联合研发",
    ("rnd_request", "en"): "Joint R&D: next-generation {need} for {app}",
}
EXTRA_BODY = {
    ("business_offer", "zh-hans"): (
        "我司{tech}已在国内{app}、{app2}等场景批量应用，产品成熟稳定。{detail}"
        "现诚招新加坡及东南亚地区的代理商与系统集成商，可提供培训、技术支持与本地化定制，"
        "合作方式包括区域代理、OEM及合资经营。"
    ),
    ("business_offer", "en"): (
        "Our {tech} is deployed in {app} and {app2} across Singapore and Malaysia. {detail} "
        "We offer OEM supply, white-label and distribution arrangements to partners in "
        "Shanghai and the Yangtze River Delta, backed by our own engineering support."
    ),
    ("business_request", "zh-hans"): (
        "我司专注于{tech}，产品已在{app}等场景落地。为拓展东南亚市场，现寻求在新加坡拥有"
        "渠道资源与项目经验的合作伙伴，合作方式可以是合资设立区域公司、联合投标或渠道代理。"
        "{detail}希望合作方熟悉当地{sector}行业的法规与客户需求。"
    ),
    ("business_request", "en"): (
        "We design {tech} for customers in {app} and {app2} across Southeast Asia. To scale "
        "up, we are looking for a manufacturing or supply partner in Shanghai or the Yangtze "
        "River Delta with the relevant certifications. {req} We are open to a long-term supply "
        "agreement or a joint venture."
    ),
    ("rnd_request", "zh-hans"): (
        "我司拟联合高校或科研院所，围绕{app}{need}开展关键技术攻关。{req}{req2}"
        "项目周期约{months}个月，研发经费{budget}，知识产权归属可协商，"
        "欢迎新加坡高校与研究机构共同申报合作项目。"
    ),
    ("rnd_request", "en"): (
        "We are seeking a university or research institute to develop next-generation {need} "
        "for {app}. {req} {req2} The project would run for about {months} months with a "
        "budget of {budget}; IP ownership is negotiable and we welcome joint grant "
        "applications with Shanghai institutions."
    ),
}


def cap(text: str) -> str:
    """Upper-case the first character only (keeps acronyms such as 'IoT' intact)."""
    return text[:1].upper() + text[1:]


def fill(pattern: str, **values: str) -> str:
    """Format ``pattern``; ``{Tech}``/``{Need}`` are capitalised forms of tech/need."""
    extra = {k.capitalize(): cap(v) for k, v in values.items() if k in ("tech", "need")}
    return pattern.format(**values, **extra)


def pick_title(patterns: tuple[str, ...], start: int, **values: str) -> str:
    """First pattern from ``start`` whose text has no doubled word such as '企业企业'."""
    for step in range(len(patterns)):
        title = fill(patterns[(start + step) % len(patterns)], **values)
        if not _DOUBLED.search(title):
            return title
    return fill(patterns[start % len(patterns)], **values)


_DOUBLED = re.compile(r"([\u4e00-\u9fff]{2,})\1")


def budget_text(locale: str, low: int, high: int, currency: str) -> str:
    """Human-readable budget range, e.g. '50万至80万元' or 'S$80,000 to S$120,000'."""
    if currency == "CNY":
        if locale == "zh-hans":
            return f"约{low // 10_000}万至{high // 10_000}万元"
        return f"CNY {low:,} to {high:,}"
    symbol = {"SGD": "S$", "USD": "US$"}[currency]
    if locale == "zh-hans":
        return f"约{symbol}{low:,}至{symbol}{high:,}"
    return f"{symbol}{low:,} to {symbol}{high:,}"


def join_words(locale: str, words: list[str]) -> str:
    """Join partnership words: '技术合作、技术许可' / 'licensing and joint R&D'."""
    if locale == "zh-hans":
        return "、".join(words)
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + " and " + words[-1]
