"""Hand-written listings of investors, service agencies, park operators and universities."""

from __future__ import annotations

from .blocks import parse_records

TEXT = """
@ sg-redhill-ventures business_offer digital_ai,fintech investment
T Seed to Series A funding for deep-tech start-ups expanding from Shanghai to Southeast Asia
D We invest S$500,000 to S$3 million per company in AI, fintech and data infrastructure start-ups.
~ Portfolio companies get help with Singapore incorporation, hiring and introductions to
~ regional banks and enterprises. We look for teams with working products and first paying
~ customers in China.
K venture capital, Series A, deep tech, regional expansion

@ sg-redhill-ventures business_offer healthcare investment,joint_venture
T Co-investment in digital health companies with clinical validation
D We are building a digital health portfolio and want to co-invest with Shanghai funds in
~ companies that have completed clinical studies. Typical cheques are S$1 million to S$5 million.
~ We can support regulatory submissions in Singapore and the wider ASEAN region.
K digital health, co-investment, medical devices, clinical validation

@ sg-equator-capital business_offer green,logistics,manufacturing investment,joint_venture
T Growth capital for climate-tech and supply-chain companies entering ASEAN
D Equator Capital provides growth equity of US$5 million to US$20 million to companies with
~ proven revenue in energy storage, recycling, logistics automation and clean manufacturing.
~ We also structure joint ventures with regional industrial partners.
K growth equity, climate tech, supply chain, joint venture

@ sg-equator-capital business_request green joint_venture,investment
T Seeking a Chinese battery recycling technology partner for a regional joint venture
D One of our portfolio companies plans a battery recycling plant serving Singapore, Malaysia
~ and Indonesia. We are looking for a technology partner with hydrometallurgical recovery
~ above 90% and operating plants in China, willing to take an equity stake.
K battery recycling, joint venture, hydrometallurgy, circular economy

@ sg-kampong-angels business_offer smart_city,healthcare,construction investment
T Angel funding and mentoring for first-time founders in smart cities and healthcare
D Our members invest S$50,000 to S$300,000 in pre-seed and seed rounds and mentor founders
~ through their first overseas expansion. Founders from Shanghai universities are welcome to
~ pitch at our monthly sessions, online or in person.
K angel investment, pre-seed, mentoring, start-ups

@ cn-pujiang-innovation-capital business_offer manufacturing,digital_ai,healthcare investment
T 硬科技早期项目股权投资（智能制造、人工智能、医疗器械）
D 我们重点投资种子轮至B轮的硬科技企业，单笔投资金额500万至5000万元。
~ 除资金外，可为被投企业对接杨浦区产业园区、高校实验室与下游客户资源。
~ 欢迎有意在上海设立研发中心的新加坡科技企业联系。
K 股权投资, 硬科技, 早期投资, 智能制造

@ cn-pujiang-innovation-capital business_request healthcare investment,joint_venture
T 寻找新加坡医疗科技项目，联合设立跨境孵化基金
D 我们计划与新加坡投资机构联合设立规模约2亿元的医疗科技孵化基金，
~ 重点关注医学影像、康复器械与数字疗法项目。希望合作方具备东南亚医疗市场资源与投后管理经验。
K 跨境基金, 医疗科技, 联合投资, 孵化

@ cn-wujiaochang-angel business_offer digital_ai,smart_city investment
T 天使轮投资：大学路周边高校师生创业项目
D 我们专注投资高校师生创业团队，单笔投资50万至300万元，并提供创业辅导与办公空间支持。
~ 对有志拓展新加坡市场的项目，可协助对接新加坡孵化器与天使投资网络。
K 天使投资, 高校创业, 大学路, 创业孵化

@ cn-huxin-industrial-fund business_offer green,logistics,construction investment,joint_venture
T 沪新产业合作基金：支持跨境并购与合资建厂
D 基金专注于沪新两地产业合作，支持中国企业在新加坡设立区域总部、合资建厂或并购优质资产。
~ 单个项目投资规模5000万至3亿元，可联合银行提供并购贷款安排。
K 产业基金, 跨境并购, 合资建厂, 区域总部

@ sg-bridgeway-advisory business_offer digital_ai,manufacturing,healthcare tech_cooperation
T Soft-landing package for Chinese technology companies setting up in Singapore
D Our package covers company incorporation, bank accounts, work passes, grant applications
~ and introductions to first customers. Most clients are operational within eight weeks.
~ Mandarin-speaking consultants support teams from Shanghai throughout the process.
K market entry, company set-up, grants, soft landing

@ sg-claritas-ip business_offer digital_ai,healthcare,manufacturing licensing
T Patent filing and licensing support for cross-border technology deals
D We help inventors protect their technology in Singapore and ASEAN and negotiate licence
~ agreements with Chinese partners. Services include freedom-to-operate searches, patent
~ valuation and drafting of licensing and joint development contracts.
K intellectual property, patents, licensing, technology transfer

@ sg-certitude-testing business_offer healthcare,manufacturing,green tech_cooperation
T Product safety and medical-device testing for ASEAN market access
D Our accredited laboratory tests electrical safety, EMC, battery safety and medical-device
~ performance. Test reports are accepted by regulators in Singapore and several ASEAN countries,
~ saving manufacturers repeated testing.
K testing and certification, medical devices, EMC, market access

@ cn-chuanglian-tech-transfer business_offer digital_ai,green,healthcare
~ licensing,tech_cooperation
T 新加坡科技成果在华转化服务：评估、许可谈判与落地对接
D 我们为新加坡高校、科研机构与企业提供技术在中国转化的全流程服务，包括技术价值评估、
~ 潜在受让方筛选、许可谈判与合同起草。已促成跨境技术交易四十余项，
~ 可在长三角地区快速对接制造与应用场景。
K 技术转移, 成果转化, 技术许可, 跨境技术交易

@ cn-zhiqiao-ip-agency business_offer manufacturing,digital_ai,healthcare licensing
T 中国与东盟专利布局及PCT申请代理服务
D 为科技企业提供中国专利申请、PCT国际申请及新加坡、马来西亚等东盟国家专利进入代理服务。
~ 可结合企业出海计划制定知识产权布局方案，降低海外侵权风险。
K 知识产权, 专利申请, PCT, 海外布局

@ cn-tongxin-legal-consulting business_offer fintech,logistics,manufacturing joint_venture
T 企业出海新加坡法律合规一站式服务
D 协助企业完成新加坡公司设立、股权架构设计、合资协议谈判及数据合规审查。
~ 团队熟悉中新两地法律制度，可提供中英文双语服务。
K 法律服务, 出海合规, 公司设立, 合资协议

@ sg-northshore-innovation-park business_offer digital_ai,smart_city tech_cooperation
T Soft-landing space and test-bed access for Shanghai digital companies in Punggol
D Overseas companies can take flexible office space for up to twelve months and join our
~ test-bed programme, which gives access to campus infrastructure and real users. We also
~ organise demo days with local enterprises and government agencies.
K soft landing, test-bed, office space, digital district

@ sg-westgate-industrial-campus business_offer manufacturing,logistics
~ tech_cooperation,joint_venture
T Ready-built factory space and a shared pilot line for advanced manufacturers
D Ready-built units from 500 to 3,000 square metres are available with power and cleanroom
~ options. Tenants can book our shared pilot production line to validate processes before
~ investing in their own equipment.
K factory space, pilot line, advanced manufacturing, industrial park

@ cn-zhihui-innovation-park business_offer digital_ai,fintech tech_cooperation
T 新加坡企业落地杨浦：创智天地周边孵化空间与一站式服务
D 园区为新加坡及海外企业提供最长一年的优惠办公空间，并协助办理工商注册、人才政策与项目申报。
~ 园区定期举办沪新企业对接会，帮助入驻企业快速找到本地客户与合作伙伴。
K 孵化空间, 落地服务, 创智天地, 沪新合作

@ cn-chuanggu-space business_offer manufacturing,healthcare tech_cooperation
T 共享实验室与中试车间开放预约，欢迎海外硬科技团队入驻
D 我们提供理化检测实验室、电子装配线与小批量试产车间，可按小时或按项目预约使用。
~ 海外团队可先远程委托测试，再决定是否在上海设立研发中心。
K 共享实验室, 中试, 硬科技, 创新社区

@ cn-riverside-smart-manufacturing-park business_offer manufacturing,green,logistics joint_venture
T 杨浦滨江智造园标准厂房招租及产业链配套服务
D 园区提供层高8米、承重每平方米1.5吨的标准厂房，配套检测平台与仓储物流服务。
~ 重点欢迎智能装备、新能源与先进材料企业入驻，符合条件的项目可申请租金补贴。
K 标准厂房, 智能制造, 产业园区, 杨浦滨江

@ sg-lion-city-university rnd_request healthcare,smart_city joint_rnd
T Industry partners wanted for a joint lab on ageing and health technologies
D Our university is setting up a joint laboratory on technologies for healthy ageing, from
~ fall prevention to home rehabilitation. We are looking for two or three companies from
~ Shanghai to co-fund projects, provide engineering input and trial products in our community
~ test sites.
K healthy ageing, joint laboratory, eldercare, rehabilitation

@ cn-shenjiang-university rnd_request fintech,digital_ai joint_rnd,tech_cooperation
T 金融科技联合实验室诚邀企业共建
D 我校金融科技研究院拟与企业共建联合实验室，研究方向包括隐私计算、智能风控与跨境支付。
~ 实验室可提供研究生团队与算力资源，企业提供业务场景与数据，成果知识产权按约定共享。
~ 欢迎新加坡金融机构与科技企业参与。
K 金融科技, 联合实验室, 隐私计算, 智能风控
"""

RECORDS = parse_records(TEXT)
