"""Fictional Singapore (and other foreign) universities, institutes, agencies and firms.

Every name is invented; no real institution is meant.  Profiles are in English.
"""

from __future__ import annotations

from .blocks import ALL8, Institution

INSTITUTIONS_SG: tuple[Institution, ...] = (
    # ------------------------------------------------------------------ Singapore
    Institution(
        "sg-straits-institute-of-technology",
        "SG",
        "university",
        "Straits Institute of Technology",
        "海峡理工学院",
        "One-North",
        ALL8,
        "large",
        "A research-intensive university of engineering and computing with 14,000 students. "
        "Its technology transfer office licenses more than 60 inventions a year and runs "
        "joint laboratories with industry in AI, robotics and sustainable materials.",
    ),
    Institution(
        "sg-lion-city-university",
        "SG",
        "university",
        "Lion City University",
        "狮城大学",
        "Science Park",
        ("healthcare", "fintech", "green"),
        "large",
        "A comprehensive university with strong schools of medicine, business and environmental "
        "science. Its innovation office helps researchers form spin-offs and partner with "
        "companies across Asia.",
    ),
    Institution(
        "sg-merlion-polytechnic",
        "SG",
        "university",
        "Merlion Polytechnic University",
        "鱼尾狮理工大学",
        "Punggol Digital District",
        ("digital_ai", "smart_city", "logistics", "construction"),
        "medium",
        "An applied-learning university located in the Punggol Digital District. Students "
        "work on industry projects from year one, and its living lab tests smart-estate "
        "and logistics solutions with real users.",
    ),
    Institution(
        "sg-marina-institute-applied-ai",
        "SG",
        "institute",
        "Marina Institute for Applied AI",
        "滨海应用人工智能研究院",
        "One-North",
        ("digital_ai", "fintech", "smart_city"),
        "medium",
        "A non-profit research institute that turns AI research into deployable systems for "
        "language technology, trustworthy AI and privacy-preserving analytics.",
    ),
    Institution(
        "sg-kent-vale-biomedical",
        "SG",
        "institute",
        "Kent Vale Biomedical Research Centre",
        "肯特谷生物医学研究中心",
        "One-North",
        ("healthcare",),
        "medium",
        "A translational research centre developing diagnostics, medical devices and "
        "digital health tools together with hospitals and medtech start-ups.",
    ),
    Institution(
        "sg-institute-tropical-sustainability",
        "SG",
        "institute",
        "Institute for Tropical Sustainability",
        "热带可持续发展研究院",
        "Jurong Innovation District",
        ("green", "construction", "logistics"),
        "medium",
        "Researches energy, water and building technologies suited to hot and humid cities, "
        "with test-beds for cooling, solar and water reuse.",
    ),
    Institution(
        "sg-innovation-partnerships-office",
        "SG",
        "government",
        "Singapore Innovation Partnerships Office",
        "新加坡创新合作办公室",
        "Raffles Place",
        ALL8,
        "medium",
        "A government office that helps companies collaborate across borders on innovation, "
        "runs open innovation challenges and co-funds pilot projects with partner cities.",
    ),
    Institution(
        "sg-smart-estates-office",
        "SG",
        "government",
        "Smart Estates Programme Office",
        "智慧市镇计划办公室",
        "Punggol Digital District",
        ("smart_city", "construction", "green"),
        "small",
        "Coordinates the testing of smart-estate technologies, from eldercare sensors to "
        "energy-efficient lighting, in public housing towns.",
    ),
    Institution(
        "sg-northshore-innovation-park",
        "SG",
        "park_operator",
        "Northshore Innovation Park",
        "北岸创新园",
        "Punggol Digital District",
        ("digital_ai", "smart_city", "fintech"),
        "medium",
        "Operates a business park for digital and cybersecurity companies, with shared labs, "
        "a test-bed programme and soft-landing services for overseas firms.",
    ),
    Institution(
        "sg-westgate-industrial-campus",
        "SG",
        "park_operator",
        "Westgate Industrial Campus",
        "西门工业园",
        "Jurong Innovation District",
        ("manufacturing", "logistics", "green"),
        "medium",
        "Provides ready-built factories, a shared pilot production line and advanced "
        "manufacturing support for companies setting up in western Singapore.",
    ),
    Institution(
        "sg-redhill-ventures",
        "SG",
        "investor",
        "Redhill Ventures",
        "红山创投",
        "Raffles Place",
        ("digital_ai", "fintech", "healthcare"),
        "small",
        "An early-stage venture capital firm investing in deep-tech start-ups from seed to "
        "Series A across Southeast Asia and Greater China.",
    ),
    Institution(
        "sg-equator-capital",
        "SG",
        "investor",
        "Equator Capital Partners",
        "赤道资本",
        "Raffles Place",
        ("green", "logistics", "manufacturing"),
        "medium",
        "A growth-stage fund focused on climate technology, supply-chain and industrial "
        "companies expanding across Asia.",
    ),
    Institution(
        "sg-kampong-angels",
        "SG",
        "investor",
        "Kampong Angels Network",
        "甘榜天使投资网络",
        "One-North",
        ("smart_city", "healthcare", "construction"),
        "micro",
        "A network of 120 angel investors who back first-time founders and mentor them "
        "through their first regional expansion.",
    ),
    Institution(
        "sg-bridgeway-advisory",
        "SG",
        "service_agency",
        "Bridgeway Market Access Advisory",
        "桥道市场准入咨询",
        "Raffles Place",
        ALL8,
        "small",
        "Helps technology companies enter Singapore and Southeast Asia: company set-up, "
        "grants, partner search and regulatory approvals.",
    ),
    Institution(
        "sg-claritas-ip",
        "SG",
        "service_agency",
        "Claritas IP Law",
        "明律知识产权律师事务所",
        "Raffles Place",
        ALL8,
        "small",
        "An intellectual property law practice advising on patents, licensing and "
        "cross-border technology transactions between China and ASEAN.",
    ),
    Institution(
        "sg-certitude-testing",
        "SG",
        "service_agency",
        "Certitude Testing & Certification",
        "信准检测认证",
        "Changi Business Park",
        ("healthcare", "manufacturing", "green", "construction"),
        "medium",
        "An accredited laboratory for product safety, EMC and medical-device testing, "
        "helping manufacturers obtain approvals for Singapore and ASEAN markets.",
    ),
    Institution(
        "my-penang-precision",
        "OTHER",
        "enterprise",
        "Penang Precision Components Sdn. Bhd.",
        "槟城精密部件有限公司",
        "Bayan Lepas",
        ("manufacturing",),
        "medium",
        "A contract manufacturer of precision machined and moulded parts for electronics "
        "and medical-device customers, serving clients in Malaysia and Singapore.",
        city="Penang",
    ),
    Institution(
        "id-nusantara-logistics",
        "OTHER",
        "enterprise",
        "Nusantara Logistics Network",
        "努山塔拉物流网络",
        "Cikarang",
        ("logistics",),
        "large",
        "An Indonesian third-party logistics provider operating warehouses and trucking "
        "across Java and Sumatra, now modernising its operations with automation.",
        city="Jakarta",
    ),
    Institution(
        "de-rheinmain-medtech",
        "OTHER",
        "enterprise",
        "Rhein-Main Medizintechnik GmbH",
        "莱茵美因医疗技术有限公司",
        "Eschborn",
        ("healthcare",),
        "medium",
        "A German maker of rehabilitation and monitoring equipment looking for Asian "
        "technology partners and distributors.",
        city="Frankfurt",
    ),
)
