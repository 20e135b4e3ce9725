"""Fictional consulting requests for the demo, in both languages, with their handling steps.

Each step is (kind, days after submission, *arguments). Replies describe procedure in
general terms and quote only the recognition conditions that the rule file itself carries;
they are sample content, not official answers.
"""

from __future__ import annotations

from dataclasses import dataclass

# (category code, department code, working days to reply)
DEMO_ROUTING = [
    ("regional_hq", "sh-commerce", 10),
    ("establishment", "yp-market", 5),
    ("talent_visas", "yp-hr", 5),
    ("intellectual_property", "yp-market", 5),
    ("site_selection", "yp-invest", 5),
    ("funding_incentives", "yp-science", 10),
    ("market_entry", "yp-commerce", 5),
    ("other", "yp-invest", 5),
]

# Staff of every routed department (the first is also a foundation demo user, repeated so
# this loader stands on its own); the first four district users lead their unit.
DEMO_STAFF = [
    ("gov.commerce@duijie.example", "市商务委 张伟", "zh-hans", "sh-commerce"),
    ("gov.hr@duijie.example", "杨浦区人社局 刘洋", "zh-hans", "yp-hr"),
    ("gov.market@duijie.example", "杨浦区市场监管局 周婷", "zh-hans", "yp-market"),
    ("gov.science@duijie.example", "杨浦区科委 孙磊", "zh-hans", "yp-science"),
    ("gov.ypcommerce@duijie.example", "杨浦区商务委 何佳", "zh-hans", "yp-commerce"),
    (
        "gov.invest.en@duijie.example",
        "Sophie Chen (Yangpu Investment Promotion)",
        "en",
        "yp-invest",
    ),
]
DEMO_LEADS = [
    ("gov.commerce@duijie.example", "sh-commerce"),
    ("gov.yangpu@duijie.example", "yp-invest"),
    *((email, department) for email, _name, _language, department in DEMO_STAFF[1:5]),
]


@dataclass(frozen=True)
class DemoRequest:
    key: str
    language: str  # the requester's language, and the language the request is written in
    category: str
    days_ago: int
    subject: str
    description: str
    steps: tuple[tuple, ...] = ()


DEMO_REQUESTS = (
    DemoRequest(
        "req-rhq-recognition",
        "en",
        "regional_hq",
        34,
        "Recognition of our Shanghai subsidiary as a regional headquarters",
        "Our Singapore parent holds 100% of our Shanghai subsidiary, which coordinates the "
        "group's business in Greater China. The parent's total assets were about US$320 "
        "million last year; the subsidiary's registered capital is US$1.5 million. Which "
        "category can we apply for, and what documents does the Commission need?",
        (
            ("assign", 1),
            (
                "note",
                1,
                "Registered capital US$1.5m is below the US$2m regional-HQ threshold; the "
                "HQ-type institution category (US$1m) fits. Check the credit record first.",
            ),
            (
                "reply",
                3,
                "Thank you for your request. With registered capital of US$1.5 million the "
                "regional-headquarters category (at least US$2 million) is not yet open to "
                "you, but the headquarters-type institution category requires US$1 million "
                "and parent assets of at least US$100 million, which you appear to meet. "
                "Please prepare the parent's audited statements, the business licence and a "
                "description of the headquarters functions; we are happy to review a draft "
                "with you before you file.",
            ),
            ("close", 6, "Applicant will file for headquarters-type institution recognition."),
            ("rate", 7, 5, "Clear answer and a helpful pre-check meeting."),
        ),
    ),
    DemoRequest(
        "req-rhq-zh",
        "zh-hans",
        "regional_hq",
        6,
        "事业部总部认定的营业收入口径咨询",
        "我司为新加坡母公司在沪设立的外商独资企业，负责集团医疗器械事业部的亚太业务。请问认定事业部"
        "总部时，上一年度营业收入是否包含合并报表范围内的境内子公司？占母公司事业部收入比例按哪一口径计算？",
        (
            ("assign", 1),
            ("note", 2, "需与市财政局确认合并口径的既往做法，周四前回复企业。"),
        ),
    ),
    DemoRequest(
        "req-bu-hq",
        "en",
        "regional_hq",
        1,
        "Business-unit headquarters: counting years of operation",
        "We moved our business unit's Asia-Pacific office from Singapore to Yangpu eleven "
        "months ago. Does the one-year operating requirement count from our business licence "
        "date or from the start of operations?",
    ),
    DemoRequest(
        "req-visa-en",
        "en",
        "talent_visas",
        9,
        "Work permits for three data engineers from Singapore",
        "We are transferring three data engineers from our Singapore office to our Yangpu "
        "R&D team for two years. What is the process for their work permits and residence "
        "permits, and how long does it usually take?",
        (
            ("assign", 1),
            (
                "reply",
                2,
                "Your engineers apply for a Foreigner's Work Permit online first, then for the "
                "work-type residence permit after arrival. We suggest booking a consultation at "
                "the district service window: bring their degree certificates, employment "
                "contracts and your company documents, and we will check the file with you.",
            ),
        ),
    ),
    DemoRequest(
        "req-establish-zh",
        "zh-hans",
        "establishment",
        25,
        "新设中新合资企业的经营范围表述",
        "我们计划与新加坡合作方在杨浦设立合资企业，从事工业软件研发和技术服务。经营范围应如何规范表述？"
        "是否需要前置审批？",
        (
            ("assign", 1),
            (
                "reply",
                2,
                "经营范围请按市场监管部门发布的经营范围规范表述目录选择条目，工业软件研发和技术服务一般"
                "属于一般项目，无需前置审批。欢迎预约到区政务服务中心窗口进行材料预审。",
            ),
            ("close", 4, "已完成咨询，企业将预约窗口预审。"),
            ("rate", 5, 4, "答复及时，希望能提供更多范例。"),
        ),
    ),
    DemoRequest(
        "req-market-transfer",
        "en",
        "market_entry",
        5,
        "Selling our medical monitoring devices in Shanghai",
        "We make wearable heart-rate monitors in Singapore and want to sell them to hospitals "
        "in Shanghai through a local distributor. Which approvals do the distributor and we "
        "need?",
        (
            (
                "transfer",
                1,
                "yp-market",
                "Medical device distribution licences are handled by the Administration for "
                "Market Regulation.",
            ),
            ("assign", 2),
            (
                "note",
                3,
                "Class II device: product registration is with the medical products "
                "administration; we answer the distribution part.",
            ),
        ),
    ),
    DemoRequest(
        "req-funding-zh",
        "zh-hans",
        "funding_incentives",
        20,
        "地区总部发展资金的申请时间",
        "我司已于今年被认定为跨国公司地区总部，想了解开办资助和奖励的申请时间、所需材料以及区级配套政策。",
    ),
    DemoRequest(
        "req-rd-centre",
        "en",
        "other",
        8,
        "Setting up a foreign-funded R&D centre in Yangpu",
        "We plan to turn our Yangpu lab into a recognised foreign-funded R&D centre. What are "
        "the recognition thresholds, and can the district help us find 1,500 m² of lab space?",
        (
            ("assign", 1),
            (
                "reply",
                3,
                "The municipal provisions on foreign-funded R&D centres set the recognition "
                "conditions; the policy library on this platform summarises them. For lab space "
                "we can introduce you to three science parks near Fudan and Tongji universities.",
            ),
            (
                "follow_up",
                5,
                "Thank you. Could you arrange visits to two of the parks in the next fortnight?",
            ),
        ),
    ),
    DemoRequest(
        "req-site-zh",
        "zh-hans",
        "site_selection",
        4,
        "寻找约2000平方米研发办公空间",
        "我司（新加坡人工智能企业）计划在杨浦设立研发中心，需要约2000平方米办公空间，希望靠近高校，"
        "请问有哪些载体可以推荐？",
        (("assign", 1), ("note", 1, "推荐长阳创谷和创智天地两处载体，下周安排踏勘。")),
    ),
    DemoRequest(
        "req-ip-zh",
        "zh-hans",
        "intellectual_property",
        40,
        "新加坡注册商标在中国的保护",
        "我们的品牌已在新加坡注册商标，进入中国市场前是否需要在中国另行注册？通过马德里体系指定中国是否可行？",
        (
            ("assign", 1),
            (
                "reply",
                2,
                "商标权具有地域性，在新加坡注册不能自动在中国获得保护。可以直接向国家知识产权局申请，"
                "也可以通过马德里体系指定中国。建议尽早提交，并同时检索在先商标。",
            ),
            ("close", 9, ""),
        ),
    ),
    DemoRequest(
        "req-market-en",
        "en",
        "market_entry",
        2,
        "Exhibiting at the China International Import Expo",
        "We would like to exhibit our smart-city sensors at the next China International "
        "Import Expo. Does the district organise a joint pavilion for Singapore companies?",
        (("assign", 1),),
    ),
    DemoRequest(
        "req-talent-zh",
        "zh-hans",
        "talent_visas",
        8,
        "外籍高层次人才认定咨询",
        "我司首席科学家为新加坡籍，具有博士学位和十余年研发经历，请问能否申请外国高端人才（A类）工作许可？",
        (
            ("assign", 1),
            (
                "reply",
                3,
                "外国高端人才（A类）按计分和条件认定，建议先在外国人来华工作管理服务系统中进行评估，"
                "并准备学历学位、工作经历和薪酬证明。如需，我们可安排窗口一对一辅导。",
            ),
        ),
    ),
)
