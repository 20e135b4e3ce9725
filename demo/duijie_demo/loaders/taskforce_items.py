# ruff: noqa: E501  (demo prose in Chinese reads better unbroken)
"""The task force's demo work plan and proposals (fictional, realistic; pure data).

Dates are offsets in days from the day the demo is loaded, so the statuses stay varied:
some items done, on track, at risk (late milestone, unit reported at risk), overdue, and
not started yet.
"""

from __future__ import annotations

from dataclasses import dataclass, field

WORKSTREAMS = (
    ("mechanism", "工作机制", "Working mechanism"),
    ("carriers", "载体建设工作组", "Carrier development working group"),
    ("industry", "产业合作", "Industry cooperation"),
    ("platforms", "进博会/工博会平台合作", "Platform cooperation at CIIE and CIIF"),
)

# (email, full name, language, department code, coordinator?)
GOVERNMENT_USERS = (
    ("taskforce.office@duijie.example", "中新合作专班办公室 刘洋", "zh-hans", "sh-commerce", True),
    ("gov.economy@duijie.example", "市经信委 赵磊", "zh-hans", "sh-economy", False),
    ("gov.ndrc@duijie.example", "市发展改革委 孙蕾", "zh-hans", "sh-ndrc", False),
    ("gov.fao@duijie.example", "Zhou Min (Foreign Affairs Office)", "en", "sh-fao", False),
    ("gov.yp-office@duijie.example", "杨浦区政府办 黄海", "zh-hans", "yp-gov", False),
    ("gov.yp-commerce@duijie.example", "杨浦区商务委 吴婷", "zh-hans", "yp-commerce", False),
    ("gov.yp-science@duijie.example", "杨浦区科委 郑浩", "zh-hans", "yp-science", False),
    ("gov.yp-invest@duijie.example", "杨浦区投促办 周洁", "zh-hans", "yp-invest", False),
    ("gov.yp-hr@duijie.example", "杨浦区人社局 何芳", "zh-hans", "yp-hr", False),
    ("gov.yp-market@duijie.example", "杨浦区市场监管局 林涛", "zh-hans", "yp-market", False),
    ("gov.yp-planning@duijie.example", "杨浦区规划资源局 马骏", "zh-hans", "yp-planning", False),
)


@dataclass(frozen=True)
class DemoMilestone:
    title_zh: str
    title_en: str
    due: int
    done: int | None = None


@dataclass(frozen=True)
class DemoReport:
    unit: str
    days_ago: int
    text: str
    locale: str = "zh-hans"
    at_risk: bool = False


@dataclass(frozen=True)
class DemoItem:
    key: str
    stream: str
    title_zh: str
    title_en: str
    description: str
    lead: str
    co: tuple[str, ...]
    start: int
    due: int
    done: int | None = None
    period: int = 30
    milestones: tuple[DemoMilestone, ...] = ()
    reports: tuple[DemoReport, ...] = field(default_factory=tuple)


M, R = DemoMilestone, DemoReport

WORK_ITEMS = (
    DemoItem(
        "tf-joint-conference", "mechanism",
        "建立沪新合作联席会议制度", "Set up the Shanghai–Singapore joint conference mechanism",
        "由市商务委牵头，会同市政府外办、市发展改革委和杨浦区政府，建立定期会商、议题征集和"
        "督办反馈机制，统筹推进沪新合作重点事项。",
        "sh-commerce", ("sh-fao", "sh-ndrc", "yp-gov"), -240, -60, done=-70,
        milestones=(
            M("起草联席会议制度方案", "Draft the joint conference rules", -200, -205),
            M("召开第一次联席会议", "Hold the first joint conference", -120, -118),
        ),
        reports=(
            R("sh-commerce", -75, "联席会议制度已印发，第一次会议确定年度重点事项12项。"),
            R("sh-fao", -80, "Coordinated the Singapore side's participation; minutes shared.", "en"),
            R("sh-ndrc", -82, "已将沪新合作重点事项纳入年度重大项目协调机制。"),
            R("yp-gov", -78, "杨浦区承接事项已分解到区属部门，明确责任人和时间节点。"),
        ),
    ),
    DemoItem(
        "tf-monthly-meetings", "mechanism",
        "建立专班月度例会和进展报送制度", "Monthly task-force meetings and progress reporting",
        "每月召开专班例会，各成员单位按月报送工作进展，专班办公室汇总形成工作简报。",
        "yp-gov", ("yp-commerce", "yp-invest"), -180, 185,
        milestones=(M("印发进展报送模板", "Issue the progress report template", -150, -152),),
        reports=(
            R("yp-gov", -6, "第六次月度例会召开，研究载体招商和进博会对接两项议题。"),
            R("yp-commerce", -9, "已按月报送商务领域进展，本月新增对接企业5家。"),
            R("yp-invest", -12, "本月报送在谈项目4个，其中2个进入商务谈判阶段。"),
        ),
    ),
    DemoItem(
        "tf-annual-plan", "mechanism",
        "编制年度沪新合作工作要点", "Draw up this year's key tasks of the cooperation",
        "梳理上一年度工作完成情况，提出年度重点任务、责任单位和完成时限，报联席会议审定。",
        "sh-ndrc", ("sh-commerce", "sh-economy"), -20, 40,
        milestones=(M("征集各成员单位重点任务", "Collect key tasks from member units", 10),),
    ),
    DemoItem(
        "tf-carrier-inventory", "carriers",
        "梳理杨浦区可用载体资源清单", "Inventory of available carrier space in Yangpu",
        "按园区、楼宇、闲置楼层逐一摸排可用面积、租金区间、产业定位和运营主体，形成动态清单。",
        "yp-planning", ("yp-invest", "yp-commerce"), -120, -10,
        milestones=(
            M("完成重点园区摸排", "Survey the main parks", -70, -72),
            M("完成闲置楼宇摸排", "Survey idle office buildings", -30),
        ),
        reports=(
            R("yp-planning", -40, "重点园区已摸排完毕，闲置楼宇摸排因产权信息核对进度滞后。", at_risk=True),
            R("yp-invest", -20, "已提供在谈项目空间需求18条，供清单匹配使用。"),
            R("yp-commerce", -25, "已汇总商务楼宇空置率数据。"),
        ),
    ),
    DemoItem(
        "tf-digital-park", "carriers",
        "打造中新数字经济合作园", "Develop the Sino-Singapore digital economy cooperation park",
        "依托长阳创谷和创智天地，规划建设中新数字经济合作园，配套公共技术服务平台和人才公寓。",
        "yp-invest", ("yp-science", "yp-planning", "sh-economy"), -90, 270,
        milestones=(
            M("完成园区规划方案", "Complete the park's master plan", -15),
            M("首批新加坡企业入驻", "First Singapore companies move in", 120),
        ),
        reports=(
            R("yp-invest", -10, "已与3家新加坡企业签订入驻意向书。"),
            R("yp-science", -14, "公共技术服务平台建设方案已完成初稿。"),
            R("yp-planning", -18, "规划方案需补充交通影响评估，预计推迟一个月。"),
            R("sh-economy", -21, "Policy support for the park has been included in the municipal plan.", "en"),
        ),
    ),
    DemoItem(
        "tf-idle-floors", "carriers",
        "盘活闲置楼宇引进新加坡企业", "Fill idle office floors with Singapore companies",
        "针对五角场和大桥地区闲置楼层，联合业主方推出定制化租金优惠，定向推介新加坡科技企业。",
        "yp-commerce", ("yp-invest",), -60, 120,
        reports=(
            R("yp-commerce", -5, "两处楼宇业主对租金优惠方案仍有分歧，签约进度存在风险。", at_risk=True),
            R("yp-invest", -8, "已向12家新加坡企业推介楼宇资源，3家实地踏勘。"),
        ),
    ),
    DemoItem(
        "tf-rhq-service", "industry",
        "新加坡企业地区总部认定服务", "Regional-HQ recognition support for Singapore companies",
        "对照《上海市鼓励跨国公司设立地区总部的规定》，为符合条件的新加坡企业提供政策辅导和认定服务。",
        "sh-commerce", ("yp-commerce", "yp-market"), -100, 150,
        milestones=(M("发布地区总部政策解读（中英文）", "Publish a bilingual guide to the RHQ policy", -40, -45),),
        reports=(
            R("sh-commerce", -12, "已受理2家新加坡企业地区总部认定申请。"),
            R("yp-commerce", -15, "开展政策宣讲会1场，覆盖企业36家。"),
            R("yp-market", -20, "为拟认定企业开通登记注册绿色通道。"),
        ),
    ),
    DemoItem(
        "tf-ai-matchmaking", "industry",
        "数字经济与人工智能双向对接", "Two-way matchmaking in the digital economy and AI",
        "围绕人工智能、金融科技和智慧城市，组织新加坡企业与上海企业开展技术供需对接。",
        "sh-economy", ("yp-science", "sh-fao"), 10, 180,
        milestones=(M("发布首批技术需求清单", "Publish the first list of technology needs", 40),),
    ),
    DemoItem(
        "tf-talent", "industry",
        "人才交流与签证便利", "Talent exchange and visa facilitation",
        "为新加坡来沪人才提供工作许可、居留和子女入学等一站式服务，开展双向人才交流项目。",
        "yp-hr", ("sh-fao",), -80, 100,
        reports=(
            R("yp-hr", -7, "外国人工作许可一站式窗口已开通，平均办理时间缩短至5个工作日。"),
            R("sh-fao", -11, "Visa facilitation for 28 Singapore professionals completed.", "en"),
        ),
    ),
    DemoItem(
        "tf-ciie-session", "platforms",
        "进博会新加坡企业对接专场", "Singapore business matchmaking session at the CIIE",
        "利用进博会溢出效应，举办新加坡企业与杨浦区企业、园区的专场对接会。",
        "sh-commerce", ("yp-commerce", "yp-invest", "sh-fao"), -45, 50,
        milestones=(
            M("确定参展新加坡企业名单", "Confirm the Singapore exhibitors", -5, -7),
            M("发布对接需求并完成预约", "Publish needs and book meetings", 20),
        ),
        reports=(
            R("sh-commerce", -3, "已确定参会新加坡企业42家，场地已落实。"),
            R("yp-commerce", -4, "收集区内企业对接需求65条。"),
            R("yp-invest", -6, "已邀请园区运营方8家参会推介载体。"),
            R("sh-fao", -9, "Invitations sent through the Consulate-General of Singapore.", "en"),
        ),
    ),
    DemoItem(
        "tf-ciif-zone", "platforms",
        "工博会中新智能制造展区合作", "Sino-Singapore smart manufacturing zone at the CIIF",
        "在工博会设立中新智能制造合作展区，组织双方企业联合展示和项目签约。",
        "sh-economy", ("yp-science",), -150, -30, done=-32,
        milestones=(M("展区布展完成", "Exhibition zone built", -40, -41),),
        reports=(
            R("sh-economy", -33, "展区共展出两国企业项目26个，现场签约4项。"),
            R("yp-science", -35, "组织区内智能制造企业9家参展。"),
        ),
    ),
)  # fmt: skip
