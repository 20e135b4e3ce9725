"""Technology topics: fintech (金融科技)."""

from __future__ import annotations

from .blocks import parse_topics

TEXT = """
= trade_finance_chain trl=7 ip=software_copyright also=logistics
T 基于区块链的跨境贸易融资平台
  blockchain-based cross-border trade finance platform
N 贸易单据可信流转
  trusted exchange of trade documents
A 大宗商品贸易
  commodity trading
A 跨境电商 @logistics
  cross-border e-commerce
A 中小出口企业 @manufacturing
  SME exporters
A 港航物流 @logistics
  port and shipping logistics
D 电子提单、发票与报关数据上链存证，防止重复融资。
  E-bills of lading, invoices and customs data are anchored on-chain to stop double financing.
D 支持与新加坡TradeTrust等国际标准互认，单证流转时间由7天缩短至1天。
  Interoperates with international standards such as TradeTrust, cutting document transit to a day.
D 银行可基于真实交易数据快速审批，融资放款时间缩短至24小时。
  Banks approve on verified trade data and disburse within 24 hours.
R 需支持电子提单，并能与中新两地银行系统对接。
  Electronic bills of lading must be supported, with links to banks in China and Singapore.
R 平台需符合两地监管要求，并提供审计追溯能力。
  The platform must satisfy regulators in both countries and provide a full audit trail.
K 区块链, 贸易融资, 电子提单, 供应链金融
  blockchain, trade finance, electronic bill of lading, supply-chain finance

= aml_monitoring trl=8 ip=software_copyright also=digital_ai
T 智能反洗钱交易监测系统
  AI anti-money-laundering transaction monitoring system
N 可疑交易智能识别
  suspicious transaction detection
A 数字银行
  digital banks
A 支付机构
  payment institutions
A 数字资产交易平台
  digital asset exchanges
A 证券公司
  securities brokers
D 采用图神经网络识别团伙交易，可疑交易识别率提升40%。
  Graph neural networks uncover networks of related accounts, finding 40% more suspicious cases.
D 误报率较传统规则引擎下降60%，显著减轻人工复核压力。
  False positives fall 60% compared with rule engines, easing the review workload.
D 模型决策可解释，满足监管机构对模型透明度的要求。
  Explainable decisions meet regulators' expectations on model transparency.
R 需降低规则引擎误报率，并提供可解释的预警理由。
  False alerts from our rule engine must drop and every alert must be explained.
R 系统需支持实时交易监测，每秒处理能力不低于5000笔。
  Real-time monitoring of at least 5,000 transactions per second is required.
K 反洗钱, 交易监测, 图神经网络, 合规科技
  anti-money laundering, transaction monitoring, graph neural networks, regtech

= sme_credit trl=7 ip=software_copyright
T 基于多维数据的中小企业信用评估模型
  alternative-data SME credit scoring model
N 中小企业信用评估
  SME credit assessment
A 科技型中小企业
  technology start-ups
A 供应链上游供应商 @manufacturing
  supply-chain suppliers
A 跨境电商卖家 @logistics
  cross-border e-commerce sellers
A 产业园区企业服务 @park
  business park tenant services
D 融合税务、用电、专利与招聘等替代数据，覆盖缺乏抵押物的轻资产企业。
  Draws on tax, electricity, patent and hiring data to assess asset-light firms without collateral.
D 模型区分度KS值达到0.45，较传统评分卡提升30%。
  The model reaches a KS statistic of 0.45, 30% better than a traditional scorecard.
D 授权后数据实时调取，审批流程可在分钟级完成。
  With consent, data is pulled in real time so approvals take minutes.
R 模型需覆盖无抵押的科技型企业，并具备可解释性。
  The model must cover tech firms without collateral and its decisions must be explainable.
R 数据使用需获得企业授权，符合数据保护法规。
  Data may only be used with the company's consent and in line with data protection law.
K 信用评估, 替代数据, 中小企业融资, 风控模型
  credit scoring, alternative data, SME financing, risk model

= ekyc trl=8 ip=granted_patent
T 远程身份核验与活体检测系统
  remote eKYC system with liveness detection
N 远程开户身份核验
  remote identity verification
A 跨境开户
  cross-border account opening
A 保险线上投保
  online insurance sales
A 证券开户
  brokerage onboarding
A 网约车司机注册 @smart_city
  ride-hailing driver onboarding
D 静默活体检测可抵御照片、视频与三维面具攻击，通过国际权威测评。
  Passive liveness detection resists photo, video and 3D-mask attacks; independently certified.
D 支持中国居民身份证、新加坡身份证及180余国护照的证件识别。
  Reads Chinese and Singaporean identity cards and passports from more than 180 countries.
D 单次核验耗时小于2秒，可部署在手机App或网页端。
  Each check takes under two seconds in a mobile app or web page.
R 需支持多国证件识别，活体检测需通过权威安全认证。
  Documents from many countries must be read and liveness detection must be certified.
R 要求核验流程简洁，用户完成时间不超过1分钟。
  The journey must be simple enough to finish in under a minute.
K 电子身份认证, 活体检测, 人脸识别, 远程开户
  eKYC, liveness detection, face recognition, digital onboarding

= cross_border_payments trl=8 ip=software_copyright
T 跨境多币种支付与结算网关
  multi-currency cross-border payment gateway
N 跨境收付款
  cross-border collections and payouts
A 中新B2B贸易 @manufacturing
  China-Singapore B2B trade
A 留学缴费 @research
  international tuition payments
A 跨境电商平台 @logistics
  cross-border marketplaces
A 海外工程项目 @construction
  overseas engineering projects
D 支持人民币、新加坡元、美元等20种货币，T+0到账。
  Settles 20 currencies including renminbi, Singapore dollars and US dollars on the same day.
D 汇率透明，综合费率较传统电汇降低50%以上。
  Transparent FX pricing cuts total costs by more than half compared with wire transfers.
D 内置制裁名单筛查与交易监控，满足两地反洗钱要求。
  Built-in sanctions screening and monitoring meet AML rules in both countries.
R 需支持人民币与新加坡元直接结算，到账时间不超过1个工作日。
  Direct renminbi-Singapore dollar settlement within one working day is required.
R 服务商需持有相关支付牌照。
  The provider must hold the relevant payment licences.
K 跨境支付, 外汇结算, 多币种, 支付网关
  cross-border payments, FX settlement, multi-currency, payment gateway

= regulatory_reporting trl=7 ip=software_copyright
T 监管报送自动化与合规知识引擎
  automated regulatory reporting and compliance engine
N 监管报送自动化
  regulatory reporting automation
A 城市商业银行
  regional banks
A 基金管理公司
  fund managers
A 保险公司
  insurers
A 金融租赁公司
  finance leasing companies
D 自动解析监管文件，生成报送口径与校验规则，规则更新周期由数周缩短至数天。
  Parses regulatory notices into reporting rules, cutting rule updates from weeks to days.
D 报表数据自动取数与交叉校验，人工工作量减少70%。
  Reports are populated and cross-checked automatically, saving 70% of manual effort.
D 支持中国与新加坡两地监管报表模板。
  Supports reporting templates for regulators in both China and Singapore.
R 需覆盖两地主要监管报表，并支持规则快速更新。
  The system must cover key returns in both markets and update rules quickly.
R 要求与现有数据仓库对接，数据不出行内环境。
  It must connect to our data warehouse and keep data inside our environment.
K 监管科技, 合规报送, 规则引擎, 数据治理
  regtech, regulatory reporting, rule engine, data governance

= parametric_insurance trl=6 ip=know_how also=logistics
T 基于物联网数据的参数化保险定价模型
  IoT-driven parametric insurance pricing model
N 参数化保险产品设计
  parametric insurance product design
A 农业气象风险
  agricultural weather risk
A 航运延误 @logistics
  shipping delays
A 新能源电站 @green
  renewable power plants
A 冷链货损 @logistics
  cold-chain cargo loss
D 以卫星、气象站与物联网传感器数据为触发条件，理赔自动完成。
  Claims pay out automatically when satellite, weather-station or sensor data hit a trigger.
D 理赔周期由数周缩短至48小时以内。
  Settlement time falls from weeks to under 48 hours.
D 精算模型基于十年以上历史数据，基差风险可量化评估。
  Actuarial models use more than ten years of history to quantify basis risk.
R 需具备可信的数据来源，并能自动触发理赔。
  Trusted data sources and automatic claim triggers are required.
R 希望与再保险公司合作，共同分担风险。
  We would like to share the risk with a reinsurance partner.
K 参数化保险, 保险科技, 物联网, 精算模型
  parametric insurance, insurtech, IoT, actuarial model

= green_credit trl=6 ip=software_copyright also=green
T 企业碳账户与绿色信贷评估系统
  green-lending corporate carbon accounting system
N 绿色信贷评估
  green loan assessment
A 制造业中小企业 @manufacturing
  manufacturing SMEs
A 产业园区企业 @park
  industrial park tenants
A 可持续发展挂钩贷款
  sustainability-linked loans
A 绿色债券
  green bonds
D 基于电、水、气计量数据自动核算企业碳排放，误差低于5%。
  Calculates emissions from electricity, water and gas metering with less than 5% error.
D 评估框架对标中国绿色金融标准与新加坡绿色分类目录。
  Assessments align with China's green finance standards and Singapore's green taxonomy.
D 为银行提供碳减排量测算与贷后监测报告。
  Banks receive emission-reduction estimates and post-loan monitoring reports.
R 需对标两地绿色分类标准，并提供贷后持续监测。
  Assessments must follow both countries' taxonomies, with ongoing post-loan monitoring.
R 数据核算方法需经第三方机构认可。
  The calculation method must be endorsed by an independent verifier.
K 绿色金融, 碳核算, 绿色信贷, ESG
  green finance, carbon accounting, green lending, ESG

= robo_advisory trl=7 ip=software_copyright
T 智能投顾与资产配置引擎
  robo-advisory asset allocation engine
N 智能投顾
  robo-advisory
A 家族办公室
  family offices
A 券商财富管理
  brokerage wealth management
A 养老金规划
  retirement planning
A 企业年金
  corporate pension schemes
D 基于风险平价与机器学习模型，支持全球股票、债券与另类资产配置。
  Risk-parity and machine-learning models allocate across global equities, bonds and alternatives.
D 回测显示夏普比率较基准组合提升0.3。
  Back-tests show a Sharpe ratio 0.3 higher than the benchmark portfolio.
D 支持客户风险测评与适当性管理，全流程留痕。
  Risk profiling and suitability checks are built in and fully logged.
R 需满足投资者适当性管理要求，并提供中英文报告。
  Investor suitability rules must be met, with reports in Chinese and English.
R 希望支持多币种资产配置与定期再平衡。
  Multi-currency portfolios with scheduled rebalancing are required.
K 智能投顾, 资产配置, 财富管理, 量化投资
  robo-advisory, asset allocation, wealth management, quantitative investing
"""

TOPICS = parse_topics("fintech", TEXT)
