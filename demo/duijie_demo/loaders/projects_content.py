# ruff: noqa: E501  (demo prose in Chinese reads better unbroken)
"""Demo investors, carrier sites and investment projects (fictional, realistic; pure data).

Place names (长阳创谷, 创智天地, 五角场, 杨浦滨江) are real Yangpu locations; the companies,
operators and figures are invented.
"""

from __future__ import annotations

from dataclasses import dataclass

# (key, name_zh, name_en, country, org_type, sectors, profile, locale)
ORGANISATIONS = (
    (
        "proj-sg-merlion-digital",
        "新加坡鱼尾狮数字科技有限公司",
        "Merlion Digital Technologies Pte Ltd",
        "SG",
        "enterprise",
        ("digital_ai",),
        "Enterprise AI platforms for banks and public agencies across ASEAN.",
        "en",
    ),
    (
        "proj-sg-straits-fintech",
        "海峡金融科技有限公司",
        "Straits Fintech Pte Ltd",
        "SG",
        "enterprise",
        ("fintech",),
        "Cross-border payments and trade-finance software.",
        "en",
    ),
    (
        "proj-sg-tembusu-medtech",
        "天木苏医疗科技有限公司",
        "Tembusu Medtech Pte Ltd",
        "SG",
        "enterprise",
        ("healthcare",),
        "Minimally invasive surgical devices and diagnostics.",
        "en",
    ),
    (
        "proj-sg-harbourfront-green",
        "港湾绿色能源有限公司",
        "Harbourfront Green Energy Pte Ltd",
        "SG",
        "enterprise",
        ("green",),
        "Battery energy storage and building energy management.",
        "en",
    ),
    (
        "proj-sg-orchid-logistics",
        "胡姬智慧物流有限公司",
        "Orchid Smart Logistics Pte Ltd",
        "SG",
        "enterprise",
        ("logistics",),
        "Regional distribution centres with automated warehousing.",
        "en",
    ),
    (
        "proj-sg-jurong-robotics",
        "裕廊机器人有限公司",
        "Jurong Robotics Pte Ltd",
        "SG",
        "enterprise",
        ("manufacturing",),
        "Collaborative robots for electronics assembly.",
        "en",
    ),
    (
        "proj-sg-lion-city-ventures",
        "狮城创投管理有限公司",
        "Lion City Ventures Pte Ltd",
        "SG",
        "investor",
        ("fintech", "digital_ai"),
        "Venture capital for deep-tech start-ups in Singapore and China.",
        "en",
    ),
    (
        "proj-cn-yangpu-parks",
        "上海杨浦科创园区运营有限公司",
        "Shanghai Yangpu Innovation Parks Co., Ltd.",
        "CN",
        "park_operator",
        ("digital_ai", "smart_city"),
        "运营长阳创谷等科创园区，提供空间、孵化和产业服务。",
        "zh-hans",
    ),
    (
        "proj-cn-riverside-property",
        "上海杨浦滨江楼宇资产管理有限公司",
        "Shanghai Yangpu Riverside Property Co., Ltd.",
        "CN",
        "park_operator",
        ("manufacturing", "green"),
        "负责杨浦滨江产业楼宇的招商和运营管理。",
        "zh-hans",
    ),
)


@dataclass(frozen=True)
class DemoSite:
    key: str
    name_zh: str
    name_en: str
    kind: str
    parent: str | None
    district: str
    address_zh: str
    address_en: str
    space_types: tuple[str, ...]
    area: int
    rent: tuple[str, str] | None
    sectors: tuple[str, ...]
    operator: str | None
    contact_unit: str
    description: str


SITES = (
    DemoSite("site-changyang-park", "长阳创谷中新数字经济合作园", "Changyang Valley Sino-Singapore Digital Economy Park", "park", None, "yangpu", "杨浦区长阳路1687号", "1687 Changyang Road, Yangpu", ("office", "lab"), 12000, ("4.00", "5.50"), ("digital_ai", "fintech", "smart_city"), "proj-cn-yangpu-parks", "yp-invest", "由老厂房改造的科创园区，配套公共技术服务平台、人才公寓和路演中心，重点引进数字经济和人工智能企业。"),
    DemoSite("site-changyang-b2-5f", "长阳创谷B2栋5层", "Changyang Valley, Building B2, 5th floor", "idle_floor", "site-changyang-park", "yangpu", "杨浦区长阳路1687号B2栋5层", "5F, Building B2, 1687 Changyang Road", ("office",), 1800, ("4.20", "4.80"), ("digital_ai",), "proj-cn-yangpu-parks", "yp-invest", "整层精装办公，可拆分为两个单元，可即时入驻。"),
    DemoSite("site-kic", "创智天地科技园", "KIC Innovation Park", "park", None, "yangpu", "杨浦区淞沪路", "Songhu Road, Yangpu", ("office", "lab"), 6500, ("5.50", "7.50"), ("digital_ai", "healthcare"), None, "yp-science", "毗邻复旦大学和同济大学，适合研发中心和创新实验室。"),
    DemoSite("site-wujiaochang-18f", "五角场商务楼宇18层", "Wujiaochang office tower, 18th floor", "idle_floor", None, "yangpu", "杨浦区五角场", "Wujiaochang, Yangpu", ("office",), 1500, ("6.00", "7.00"), ("fintech", "digital_ai"), None, "yp-commerce", "城市副中心甲级写字楼闲置楼层，业主可提供首年租金优惠。"),
    DemoSite("site-riverside-manufacturing", "杨浦滨江智能制造中心", "Yangpu Riverside Smart Manufacturing Centre", "building", None, "yangpu", "杨浦区杨树浦路", "Yangshupu Road, Yangpu", ("industrial", "lab"), 8000, ("2.00", "3.00"), ("manufacturing", "green", "logistics"), "proj-cn-riverside-property", "yp-invest", "层高8米，承重每平方米1.5吨，适合智能制造中试和储能设备装配。"),
    DemoSite("site-daqiao-building", "大桥科技楼宇", "Daqiao Technology Building", "building", None, "yangpu", "杨浦区大桥街道", "Daqiao Subdistrict, Yangpu", ("office",), 3000, ("3.50", "4.50"), (), None, "yp-commerce", "不限产业方向，适合初创企业和区域办事处。"),
    DemoSite("site-fudan-life-science", "复旦科技园生命科学楼", "Fudan Science Park Life Science Building", "building", None, "yangpu", "杨浦区国定路", "Guoding Road, Yangpu", ("lab",), 2500, ("6.00", "8.00"), ("healthcare",), None, "yp-science", "配备P2实验室和洁净室，适合医疗器械和生物医药研发。"),
    DemoSite("site-jiading-plant", "嘉定工业区标准厂房", "Jiading Industrial Zone standard plant", "building", None, "jiading", "嘉定区嘉定工业区", "Jiading Industrial Zone", ("industrial",), 15000, ("1.20", "1.80"), ("manufacturing", "logistics"), None, "sh-economy", "单层标准厂房，临近高速公路，适合物流分拨和装配制造。"),
)  # fmt: skip


@dataclass(frozen=True)
class DemoProject:
    key: str
    name_zh: str
    name_en: str
    investor: str
    sectors: tuple[str, ...]
    amount: str
    currency: str
    jobs: int
    area: int
    space_type: str
    budget: str
    unit: str
    stage: str
    description: str
    dropped_reason: str = ""


PROJECTS = (
    DemoProject("pj-merlion-rnd", "鱼尾狮数字亚太研发中心", "Merlion Digital Asia-Pacific R&D centre", "proj-sg-merlion-digital", ("digital_ai",), "50000000", "USD", 200, 2500, "office", "5.00", "yp-invest", "negotiating", "Planned R&D centre for large language models in Chinese and English, serving banks in Greater China.", ),
    DemoProject("pj-straits-hq", "海峡金融科技中国总部", "Straits Fintech China headquarters", "proj-sg-straits-fintech", ("fintech",), "30000000", "SGD", 80, 1200, "office", "7.00", "yp-commerce", "signed", "China headquarters for cross-border payment services; applying for regional-HQ recognition."),
    DemoProject("pj-tembusu-lab", "天木苏医疗器械研发实验室", "Tembusu Medtech R&D laboratory", "proj-sg-tembusu-medtech", ("healthcare",), "80000000", "CNY", 60, 2000, "lab", "7.50", "yp-science", "contacted", "Laboratory for surgical device development with clinical partners in Shanghai."),
    DemoProject("pj-harbourfront-storage", "港湾绿色能源储能项目", "Harbourfront energy storage project", "proj-sg-harbourfront-green", ("green",), "150000000", "CNY", 120, 6000, "industrial", "2.50", "yp-invest", "registered", "Assembly and testing of battery storage systems for commercial buildings."),
    DemoProject("pj-orchid-distribution", "胡姬智慧物流区域分拨中心", "Orchid Smart Logistics regional distribution centre", "proj-sg-orchid-logistics", ("logistics",), "12000000", "USD", 90, 10000, "industrial", "1.50", "sh-economy", "lead", "Automated distribution centre for cross-border e-commerce in East China."),
    DemoProject("pj-jurong-base", "裕廊机器人中国制造基地", "Jurong Robotics China manufacturing base", "proj-sg-jurong-robotics", ("manufacturing",), "25000000", "USD", 150, 7000, "industrial", "2.80", "yp-invest", "dropped", "Manufacturing base for collaborative robots.", "投资方综合比较土地成本后选择落户苏州，保持联系，后续研发中心项目可再对接。"),
    DemoProject("pj-lion-city-fund", "狮城创投杨浦基金", "Lion City Ventures Yangpu fund", "proj-sg-lion-city-ventures", ("fintech", "digital_ai"), "500000000", "CNY", 15, 400, "office", "8.00", "yp-commerce", "operating", "RMB fund investing in deep-tech start-ups of the Yangpu innovation district."),
)  # fmt: skip
