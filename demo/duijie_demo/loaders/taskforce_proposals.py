# ruff: noqa: E501  (demo prose in Chinese reads better unbroken)
"""Demo deputies' proposals, handling steps and replies (fictional, realistic; pure data).

`year` offsets are relative to the year the demo is loaded: replies of last year's session
carry last year's document numbers, as real ones would.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoStep:
    unit: str
    kind: str
    days_after_receipt: int
    note: str


@dataclass(frozen=True)
class DemoReply:
    number_code: str
    serial: int
    result: str
    disclosure: str
    days_after_receipt: int
    contact: str
    phone: str
    cc: tuple[str, ...]
    body: str
    issued: bool = True


@dataclass(frozen=True)
class DemoProposal:
    key: str
    kind: str
    session: str
    number: str
    proposers: tuple[str, ...]
    subject: str
    text: str
    received: tuple[int, int, int] | int  # (years ago, month, day) or days before today
    lead: str | None
    co: tuple[str, ...]
    steps: tuple[DemoStep, ...] = ()
    reply: DemoReply | None = None
    feedback: str = ""


S = DemoStep
CC = ("区人大常委会代表工作委员会", "区政府办公室")

PROPOSALS = (
    DemoProposal(
        "pr-digital-coop", "deputy", "区十七届人大三次会议", "0035", ("王建国", "李敏"),
        "关于深化杨浦与新加坡数字经济合作的建议",
        "新加坡在数字政府、金融科技和人工智能治理方面经验丰富。建议：一是建立区级对接工作机制，"
        "明确牵头部门；二是依托长阳创谷打造中新数字经济合作载体；三是搭建双语对接平台，"
        "常态化发布两地企业技术供需。",
        (1, 1, 12), "yp-gov", ("yp-commerce", "yp-science"),
        steps=(
            S("yp-gov", "contact", 20, "电话联系王建国代表，了解建议背景和具体诉求。"),
            S("yp-commerce", "visit", 45, "上门走访王建国、李敏代表，介绍中新合作专班筹建情况。"),
            S("yp-science", "survey", 70, "陪同代表实地调研长阳创谷，查看拟建合作园区载体。"),
            S("yp-gov", "meeting", 100, "召开建议办理座谈会，主办、会办单位和代表共同研究办理方案。"),
        ),
        reply=DemoReply(
            "杨府", 20, "adopted", "proactive", 155, "陈静", "021-25032000", CC,
            "您提出的《关于深化杨浦与新加坡数字经济合作的建议》收悉。本建议由区政府主办，"
            "区商务委、区科委会办。经认真研究，并与会办单位沟通协商，现答复如下：\n\n"
            "一、建立工作机制。区政府已会同市商务委、市政府外办等部门成立沪新合作工作专班，"
            "实行月度例会和进展报送制度，明确各项任务的主办和会办单位。\n\n"
            "二、建设合作载体。依托长阳创谷和创智天地规划建设中新数字经济合作园，"
            "首批已有3家新加坡企业签订入驻意向书。\n\n"
            "三、搭建对接平台。“对接”双语服务平台已上线，常态化发布两地技术供需，"
            "并在进博会期间举办新加坡企业对接专场。\n\n"
            "感谢您对杨浦区工作的关心和支持，欢迎继续提出宝贵意见和建议。",
        ),
        feedback="satisfied",
    ),
    DemoProposal(
        "pr-talent-services", "deputy", "区十七届人大三次会议", "0087", ("张华",),
        "关于为新加坡来沪人才提供便利化服务的建议",
        "建议在杨浦设立外籍人才一站式服务窗口，简化工作许可和居留办理流程，"
        "并为新加坡人才子女入学提供咨询服务。",
        (1, 1, 14), "yp-hr", ("yp-commerce",),
        steps=(
            S("yp-hr", "contact", 15, "与张华代表电话沟通，听取其对外籍人才服务的具体意见。"),
            S("yp-hr", "meeting", 60, "邀请代表参加外籍人才服务座谈会。"),
        ),
        reply=DemoReply(
            "杨人社", 31, "in_progress", "proactive", 140, "何芳", "021-65012345", CC,
            "您提出的《关于为新加坡来沪人才提供便利化服务的建议》收悉。现答复如下：\n\n"
            "一、外国人工作许可一站式窗口已于今年开通，实现工作许可和居留许可“一窗受理、并联办理”。\n\n"
            "二、子女入学咨询服务已纳入区教育局年度工作计划，预计年底前推出双语服务指南。\n\n"
            "感谢您对杨浦区人才工作的关心和支持。",
        ),
        feedback="basically_satisfied",
    ),
    DemoProposal(
        "pr-idle-buildings", "cppcc", "区政协十五届二次会议", "0112", ("刘伟", "陈红"),
        "关于盘活杨浦闲置楼宇引进新加坡科技企业的提案",
        "五角场、大桥地区部分商务楼宇空置率较高。建议摸清闲置楼宇底数，出台定向招商政策，"
        "吸引新加坡科技企业入驻。",
        (1, 1, 20), "yp-invest", ("yp-planning", "yp-commerce"),
        steps=(S("yp-invest", "visit", 30, "走访刘伟委员，沟通闲置楼宇招商思路。"),),
        reply=DemoReply(
            "杨投促", 8, "reference", "on_request", 120, "陈静", "021-25033000", CC,
            "您提出的《关于盘活杨浦闲置楼宇引进新加坡科技企业的提案》收悉。现答复如下：\n\n"
            "区投资促进办公室已会同区规划资源局开展闲置楼宇摸排，相关招商政策将结合全区"
            "产业布局统筹研究。您的建议我们将在后续工作中认真参考。\n\n感谢您的关心和支持。",
        ),
    ),
    DemoProposal(
        "pr-ciie-support", "deputy", "市十六届人大三次会议", "0456", ("周明",),
        "关于支持中新企业借助进博会开展双向对接的建议",
        "建议发挥进博会溢出效应，组织新加坡参展企业与本市企业开展常态化对接，"
        "并为达成合作意向的项目提供落地服务。",
        60, "sh-commerce", ("yp-commerce",),
        steps=(S("sh-commerce", "contact", 10, "与周明代表沟通，确认建议办理重点。"),),
        reply=DemoReply(
            "沪商外资", 45, "adopted", "proactive", 40, "张伟", "021-23110000", CC,
            "您提出的《关于支持中新企业借助进博会开展双向对接的建议》收悉。现答复如下：\n\n"
            "（草稿）今年进博会期间将举办新加坡企业对接专场……",
            issued=False,
        ),
    ),
    DemoProposal(
        "pr-innovation-centre", "deputy", "区十七届人大四次会议", "0012", ("赵云", "孙丽"),
        "关于在长阳创谷设立新加坡创新中心的建议",
        "建议与新加坡相关机构合作，在长阳创谷设立新加坡创新中心，为两地初创企业提供孵化、"
        "路演和跨境服务。",
        12, None, (),
    ),
)  # fmt: skip
