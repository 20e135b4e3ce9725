"""Hand-written innovation challenges (揭榜挂帅 / open innovation calls) with prizes.

``deadline`` is in days from the load date; the prize is free text in local currency.
"""

from __future__ import annotations

from .blocks import parse_records

TEXT = """
@ sg-innovation-partnerships-office challenge digital_ai,logistics tech_cooperation
~ deadline=45 prize=S$200,000
T Open Innovation Challenge: AI document processing for cross-border trade
D Singapore traders handle thousands of bills of lading, invoices and certificates of origin
~ every day, many of them in Chinese. We invite solutions that extract and verify data from
~ mixed Chinese-English trade documents with at least 95% field accuracy. Shortlisted teams
~ receive pilot funding and access to anonymised documents from participating traders.
K document AI, trade documents, OCR, open innovation

@ sg-innovation-partnerships-office challenge healthcare tech_cooperation,joint_rnd
~ deadline=60 prize=S$250,000
T Challenge: remote monitoring for patients recovering at home after surgery
D Hospitals want to discharge patients earlier without raising readmission rates. We are
~ looking for wearable or contactless monitoring solutions that track vital signs and wound
~ recovery at home and alert care teams early. Winning teams will run a six-month pilot with
~ a partner hospital.
K remote monitoring, post-operative care, wearables, telehealth

@ sg-innovation-partnerships-office challenge green,construction tech_cooperation
~ deadline=75 prize=S$300,000
T Cooling Singapore: low-energy cooling for tropical buildings
D Air-conditioning accounts for a large share of electricity use in tropical cities. The
~ challenge seeks technologies that cut cooling energy in existing offices, hospitals or
~ data centres by at least 25% without hurting comfort. Solutions will be tested in occupied
~ buildings for one full year.
K building cooling, energy efficiency, HVAC, tropical climate

@ sg-smart-estates-office challenge smart_city,healthcare tech_cooperation
~ deadline=50 prize=S$150,000
T Smart estates challenge: privacy-first safety monitoring for seniors living alone
D More seniors are living alone in public housing flats. We seek camera-free solutions that
~ detect falls and prolonged inactivity, work in bathrooms and alert family members and
~ community care teams within a minute. Up to 500 homes are available for trials.
K eldercare, fall detection, privacy, smart estates

@ sg-smart-estates-office challenge smart_city,green tech_cooperation
~ deadline=40 prize=S$120,000
T Cutting contamination in recycling bins across public housing estates
D Contaminated recyclables are often sent for incineration. We invite solutions that
~ recognise wrongly sorted items at the bin, nudge residents to sort correctly and measure
~ the improvement. Trials will take place in three housing estates.
K recycling, waste sorting, behaviour change, image recognition

@ sg-northshore-innovation-park challenge digital_ai,fintech tech_cooperation
~ deadline=35 prize=S$100,000
T Campus challenge: trustworthy generative AI for enterprise customer service
D Tenants of our park want to use large language models for customer service without leaking
~ data or giving wrong answers. We seek solutions that ground every answer in company documents,
~ work in English and Chinese, and can be audited. Finalists present at our demo day.
K generative AI, customer service, trustworthy AI, large language models

@ sg-westgate-industrial-campus challenge manufacturing tech_cooperation,supply_distribution
~ deadline=55 prize=S$150,000
T Zero-defect challenge: automated inspection for high-mix electronics production
D Manufacturers on our campus change products several times a day, which makes rule-based
~ inspection hard to maintain. We seek AI inspection systems that learn new products from a
~ handful of samples and keep false rejects below 2%. Winners get a paid pilot on our shared
~ pilot line.
K visual inspection, electronics manufacturing, few-shot learning, quality control

@ id-nusantara-logistics challenge logistics tech_cooperation
~ deadline=30 prize=US$80,000
T Warehouse automation challenge for tropical multi-client warehouses
D Our warehouses serve dozens of clients with very different products and work in high heat
~ and humidity. We are looking for automation that can be deployed without rebuilding the
~ racking, pays back within three years and copes with frequent changes in client mix.
K warehouse automation, robotics, third-party logistics, Indonesia

@ sg-institute-tropical-sustainability challenge green,manufacturing joint_rnd
~ deadline=90 prize=S$200,000
T Water reuse challenge for semiconductor and food manufacturing
D Water is a strategic resource for industry in Singapore. The challenge invites technologies
~ that raise water recovery in semiconductor or food plants above 80% while reducing chemical
~ use and brine volume. Selected teams will test at our pilot facility.
K water reuse, wastewater, semiconductor, membranes

@ sg-straits-institute-of-technology challenge construction,manufacturing joint_rnd
~ deadline=70 prize=S$100,000
T Robotics challenge: autonomous interior finishing for public housing
D Skilled finishing trades are increasingly hard to find. We invite robotics teams to
~ demonstrate autonomous sanding, painting or tiling in a full-size mock-up flat, judged on
~ quality, speed and safety. Winners will be offered a research collaboration and lab space.
K construction robotics, interior finishing, automation, productivity

@ cn-yangpu-intl-cooperation-centre challenge smart_city,digital_ai tech_cooperation
~ deadline=60 prize=¥500,000
T 杨浦城市数字孪生国际创新挑战赛
D 为推进城市数字化转型，现面向海内外征集城市数字孪生创新方案。
~ 参赛方案需基于杨浦滨江真实场景，实现交通、能耗与公共空间运行状态的实时呈现与仿真推演。
~ 优胜团队除获得奖金外，还可获得场景开放与示范项目支持。
K 数字孪生, 城市治理, 国际挑战赛, 场景开放

@ cn-yangpu-intl-cooperation-centre challenge healthcare,digital_ai tech_cooperation
~ deadline=45 prize=¥300,000
T 社区医疗AI应用创新挑战赛
D 面向社区卫生服务中心的实际需求，征集慢病管理、影像辅助诊断与家庭医生服务等方向的AI应用方案。
~ 方案需能在基层医疗机构现有设备条件下部署。入围项目将在区内社区卫生服务中心开展三个月试点。
K 社区医疗, 人工智能, 慢病管理, 基层医疗

@ cn-yangpu-intl-cooperation-centre challenge fintech tech_cooperation
~ deadline=50 prize=¥300,000
T 跨境贸易金融科技创新挑战赛
D 聚焦中小外贸企业融资难、结算慢等问题，征集基于区块链、隐私计算与智能风控的金融科技方案。
~ 鼓励中新团队联合参赛，优胜方案将推荐给合作银行开展试点。
K 金融科技, 跨境贸易, 供应链金融, 区块链

@ cn-shanghai-singapore-liaison-office challenge green,logistics tech_cooperation,joint_rnd
~ deadline=80 prize=¥800,000
T 沪新绿色航运与港口低碳技术揭榜挂帅
D 围绕沪新两地港口与航运减排需求，公开征集岸电、氢能集卡、能效管理与碳排放监测等技术方案。
~ 揭榜团队需具备工程化能力，项目周期不超过十八个月，成果将在两地港口同步示范。
K 绿色航运, 港口减排, 揭榜挂帅, 碳排放监测

@ cn-shanghai-singapore-liaison-office challenge digital_ai tech_cooperation
~ deadline=65 prize=¥600,000
T 沪新多语种智能服务技术揭榜项目
D 为便利两地企业与市民往来，征集支持中文、英文、马来语的智能问答与语音翻译技术。
~ 要求在政务服务与商务洽谈场景中翻译准确率不低于90%，并满足两地数据合规要求。
K 多语种, 机器翻译, 智能问答, 揭榜挂帅

@ cn-yangpu-riverside-renewal-office challenge construction,smart_city tech_cooperation
~ deadline=70 prize=¥1,000,000
T 杨浦滨江工业遗存建筑结构安全监测揭榜挂帅
D 杨浦滨江保留了大量百年工业建筑，在保护性改造中需要长期掌握结构安全状态。
~ 现征集无损检测、结构健康监测与数字孪生评估一体化方案，要求传感设备不破坏历史风貌。
~ 揭榜方将参与示范项目实施。
K 工业遗存, 结构健康监测, 城市更新, 无损检测

@ cn-yangpu-riverside-renewal-office challenge construction,green tech_cooperation
~ deadline=55 prize=¥500,000
T 老旧小区加装电梯与适老化改造技术征集
D 区内大量多层住宅建于上世纪八九十年代，居民加装电梯需求迫切。
~ 现征集施工周期短、对居民干扰小、造价可控的加装电梯与适老化改造技术方案，
~ 优秀方案将纳入推荐目录。
K 加装电梯, 适老化改造, 老旧小区, 城市更新

@ cn-zhihui-innovation-park challenge digital_ai,fintech tech_cooperation
~ deadline=30 prize=¥200,000
T 园区企业服务大模型应用挑战赛
D 园区希望利用大模型技术提升企业服务效率，征集政策智能解读、项目申报辅助与企业画像等应用方案。
~ 方案需支持私有化部署，回答可追溯政策原文。优胜团队可获得免费入驻与算力支持。
K 大模型, 企业服务, 政策解读, 园区运营

@ cn-chuanggu-space challenge manufacturing,healthcare tech_cooperation
~ deadline=40 prize=¥300,000
T 医疗器械精密制造工艺创新挑战赛
D 面向入驻医疗器械企业的共性需求，征集微细加工、精密注塑与洁净装配等工艺创新方案。
~ 参赛团队可免费使用共享中试车间完成样件验证，优胜方案将对接园区企业量产合作。
K 医疗器械, 精密制造, 中试验证, 工艺创新

@ cn-riverside-smart-manufacturing-park challenge logistics,manufacturing tech_cooperation
~ deadline=45 prize=¥400,000
T 园区智能物流与厂内配送机器人应用挑战赛
D 园区内多家制造企业共用仓储与配送资源，现征集跨企业的智能调度与移动机器人配送方案。
~ 要求系统能与不同企业的生产系统对接，并实现园区道路与厂房内的无缝配送。
K 智能物流, 移动机器人, 园区配送, 智能调度
"""

RECORDS = parse_records(TEXT)
