"""Technology topics: digital economy & AI (数字经济与人工智能)."""

from __future__ import annotations

from .blocks import parse_topics

TEXT = """
= visual_inspection trl=7 ip=granted_patent also=manufacturing
T 深度学习视觉缺陷检测系统
  deep-learning visual defect inspection system
N 产品外观缺陷自动检测
  automated visual defect detection
A PCB组装产线 @manufacturing
  PCB assembly lines
A 锂电池极片涂布 @manufacturing
  battery electrode coating lines
A 汽车注塑件 @manufacturing
  automotive injection-moulded parts
A 高端纺织面料 @manufacturing
  technical textile production
D 采用改进的YOLO系列检测网络，漏检率低于0.1%，单张图像推理时间小于50毫秒。
  Uses an improved YOLO-family detector with a miss rate below 0.1% and under 50 ms per image.
D 支持小样本训练，新品导入仅需约50张缺陷样本即可上线。
  Few-shot training means a new product can go live with about 50 labelled defect images.
D 兼容主流工业相机与PLC，可在现有产线上加装，改造周期约两周。
  Works with mainstream industrial cameras and PLCs and can be retrofitted in about two weeks.
R 要求漏检率低于0.5%，误判率低于2%，并能与现有MES系统对接。
  Miss rate must stay below 0.5% with false rejects under 2%, integrated with our MES.
R 检测节拍需匹配产线速度，单件检测时间不超过1秒。
  Inspection must keep pace with the line, at no more than one second per part.
K 机器视觉, 缺陷检测, 深度学习, 质量控制
  machine vision, defect detection, deep learning, quality control

= document_ai trl=7 ip=software_copyright
T 多语种文档智能识别与信息抽取平台
  multilingual document AI and data extraction platform
N 单据自动识别与信息抽取
  automated document capture and data extraction
A 跨境贸易单证 @logistics
  cross-border trade documentation
A 保险理赔材料 @fintech
  insurance claims processing
A 医院病案归档 @healthcare
  hospital medical records
A 企业费用报销
  corporate expense claims
D 支持中、英、马来文及混排文档，版面分析与表格还原准确率超过97%。
  Handles Chinese, English, Malay and mixed-language documents with over 97% layout accuracy.
D 内置发票、提单、装箱单等200余种单据模板，也可通过少量样例自定义字段。
  Ships with 200+ templates such as invoices and bills of lading; new fields need a few samples.
D 支持私有化部署，处理结果可通过API实时回写业务系统。
  Can run on-premise and writes results back to business systems through a REST API.
R 字段抽取准确率需达到95%以上，并支持人工复核流程。
  Field-level accuracy must exceed 95%, with a human review step for low-confidence fields.
R 数据不得出境，需支持本地化部署并通过等保二级测评。
  Data must stay in-country, so on-premise deployment and security certification are required.
K 文档智能, OCR, 信息抽取, 自然语言处理
  document AI, OCR, information extraction, natural language processing

= llm_assistant trl=6 ip=software_copyright
T 私有化部署的大模型知识库问答系统
  on-premise large-language-model knowledge assistant
N 企业知识库智能问答
  knowledge-base question answering
A 制造企业售后服务 @manufacturing
  equipment makers' after-sales service
A 政务服务热线 @gov
  government service hotlines
A 律师事务所 @service
  legal practices
A 高校科研管理 @research
  university research administration
D 基于检索增强生成（RAG）架构，答案均附原文出处，幻觉率控制在3%以内。
  Built on retrieval-augmented generation; every answer cites its sources, hallucination under 3%.
D 可在单台国产GPU服务器上运行70亿参数模型，支持中英文双语问答。
  Runs a 7-billion-parameter model on a single GPU server and answers in Chinese and English.
D 提供权限分级与审计日志，满足企业内部数据安全要求。
  Role-based access control and audit logs keep internal documents properly protected.
R 需支持对接现有OA与工单系统，回答须能追溯到原始文档。
  Must connect to our intranet and ticketing system, with answers traceable to source documents.
R 要求全部本地部署，响应时间不超过3秒。
  Fully on-premise deployment is required, with responses in under three seconds.
K 大语言模型, 检索增强生成, 知识库, 智能客服
  large language model, retrieval-augmented generation, knowledge base, virtual assistant

= edge_ai trl=7 ip=granted_patent
T 低功耗边缘AI推理模组
  low-power edge AI inference module
N 端侧AI推理
  on-device AI inference
A 智能摄像头 @smart_city
  smart cameras
A 植保无人机 @logistics
  agricultural drones
A 可穿戴设备 @healthcare
  wearable devices
A 工业物联网网关 @manufacturing
  industrial IoT gateways
D 自研NPU算力达4 TOPS，典型功耗低于2瓦，支持INT8量化模型。
  Our own NPU delivers 4 TOPS at under 2 W typical power and runs INT8-quantised models.
D 提供模型转换工具链，可直接部署PyTorch与ONNX模型。
  A conversion toolchain deploys PyTorch and ONNX models without manual rewriting.
D 模组尺寸仅30×30毫米，工作温度覆盖零下20至70摄氏度。
  The module measures 30 x 30 mm and operates from -20 to 70 degrees Celsius.
R 功耗需控制在3瓦以内，并支持常见目标检测模型的实时运行。
  Power must stay under 3 W while running common object-detection models in real time.
R 希望提供完整SDK及量产供货能力，年需求量约5万片。
  We need a complete SDK and volume supply of about 50,000 units a year.
K 边缘计算, AI芯片, 模型量化, 物联网
  edge computing, AI chip, model quantisation, IoT

= privacy_computing trl=6 ip=software_copyright also=fintech
T 多方安全计算与联邦学习平台
  privacy-preserving computation platform with federated learning
N 跨机构数据安全融合
  secure cross-organisation data collaboration
A 跨境数据合作
  cross-border data partnerships
A 多家医院联合建模 @healthcare
  multi-hospital model training
A 银行联合风控 @fintech
  inter-bank risk modelling
A 供应链金融 @fintech
  supply-chain finance
D 数据“可用不可见”，原始数据不出本地，仅交换加密后的中间参数。
  Raw data never leaves each party; only encrypted intermediate parameters are exchanged.
D 支持纵向与横向联邦学习，百万级样本联合建模耗时小于30分钟。
  Supports vertical and horizontal federated learning on a million records in under 30 minutes.
D 已通过国家级隐私计算产品评测，符合新加坡PDPA与中国个人信息保护法要求。
  Independently assessed and designed to comply with Singapore's PDPA and China's PIPL.
R 方案需满足中新两地数据合规要求，并提供第三方安全评估报告。
  The solution must meet data rules in both Singapore and China, with a third-party security audit.
R 联合建模效果应不低于集中建模的95%。
  Joint models must reach at least 95% of the accuracy of a centrally trained model.
K 隐私计算, 联邦学习, 多方安全计算, 数据合规
  privacy computing, federated learning, secure multi-party computation, data compliance

= speech_translation trl=8 ip=software_copyright
T 中英及东南亚语种实时语音翻译引擎
  Chinese-English-Malay real-time speech translation engine
N 多语种实时语音翻译
  real-time multilingual speech translation
A 国际会展 @park
  international trade fairs
A 跨境电商客服 @logistics
  cross-border e-commerce customer service
A 酒店前台
  hotel front desks
A 远程问诊 @healthcare
  telemedicine consultations
D 覆盖普通话、粤语、英语、马来语、印尼语和泰语，端到端延迟低于800毫秒。
  Covers Mandarin, Cantonese, English, Malay, Indonesian and Thai with under 800 ms latency.
D 针对新加坡式英语及中英夹杂口语专门优化，识别准确率超过92%。
  Tuned for Singlish and code-switched Chinese-English speech, with over 92% accuracy.
D 支持行业术语表热更新，医疗、物流等专业词汇可即时生效。
  Custom glossaries for fields such as healthcare and logistics take effect immediately.
R 需支持中英马来语互译，并能处理嘈杂环境下的语音输入。
  Must translate between Chinese, English and Malay and cope with noisy environments.
R 希望按调用量计费，并提供私有云部署选项。
  We prefer usage-based pricing with an option for private-cloud deployment.
K 语音识别, 机器翻译, 多语种, 实时翻译
  speech recognition, machine translation, multilingual, real-time translation

= digital_human trl=7 ip=software_copyright
T AI数字人视频生成平台
  AI digital-human video generation platform
N 数字人内容生产
  digital-human content production
A 电商直播
  live-stream commerce
A 银行网点 @fintech
  retail bank branches
A 文旅导览 @gov
  cultural tourism guides
A 企业培训
  corporate training
D 仅需3分钟真人视频即可克隆形象与声音，口型同步误差小于40毫秒。
  Three minutes of footage clones a presenter's look and voice, with lip-sync error under 40 ms.
D 支持中英文脚本一键生成视频，单条1分钟视频渲染时间约2分钟。
  Turns a Chinese or English script into video, rendering one minute of content in about two.
D 内置肖像授权管理与内容水印，防止形象被滥用。
  Built-in likeness consent management and watermarking guard against misuse.
R 需支持中英双语播报，并具备肖像授权与内容审核机制。
  Bilingual Chinese-English presenting is required, with likeness consent and content review.
R 希望能与现有直播平台或自助终端集成。
  It should integrate with our existing streaming platform or self-service kiosks.
K 数字人, 生成式AI, 视频生成, 语音合成
  digital human, generative AI, video generation, speech synthesis

= predictive_maintenance trl=7 ip=granted_patent also=manufacturing
T 工业时序数据异常检测与预测性维护算法
  time-series anomaly detection and predictive maintenance software
N 设备故障预测
  equipment failure prediction
A 数据中心制冷系统 @green
  data-centre cooling plants
A 风电机组 @green
  wind turbines
A 地铁车辆 @smart_city
  metro rolling stock
A 半导体刻蚀机台 @manufacturing
  semiconductor etching tools
D 融合振动、电流与温度多源数据，可提前7至14天预警典型故障。
  Fuses vibration, current and temperature data to flag typical faults 7 to 14 days ahead.
D 采用无监督学习，无需大量故障样本即可建立设备健康基线。
  Unsupervised models build a health baseline without needing large sets of failure data.
D 已接入超过3000台设备，平均减少非计划停机35%。
  Running on more than 3,000 assets, cutting unplanned downtime by 35% on average.
R 需提前至少72小时预警，误报率不高于每月一次。
  Warnings must come at least 72 hours ahead, with no more than one false alarm a month.
R 能够接入现有SCADA系统的历史数据进行模型训练。
  The models must train on historical data from our existing SCADA system.
K 预测性维护, 异常检测, 工业大数据, 时间序列
  predictive maintenance, anomaly detection, industrial data, time series

= knowledge_graph trl=6 ip=software_copyright
T 产业知识图谱与智能推荐引擎
  industry knowledge graph and recommendation engine
N 知识图谱构建
  knowledge-graph construction
A 招商引资 @gov
  investment promotion
A 技术转移 @service
  technology transfer
A 专利分析 @service
  patent analytics
A 供应商寻源 @manufacturing
  supplier sourcing
D 已覆盖2000万家企业、800万件专利，实体关系每日自动更新。
  Covers 20 million companies and 8 million patents, with relationships refreshed daily.
D 跨语言实体对齐技术可将中英文企业与技术名称自动关联。
  Cross-lingual entity alignment links Chinese and English company and technology names.
D 推荐结果提供可解释路径，便于业务人员判断匹配理由。
  Every recommendation shows an explainable path so staff can see why a match was made.
R 需支持中英文数据融合，并提供产业链上下游可视化分析。
  Must merge Chinese and English data and visualise upstream and downstream value chains.
R 希望提供API，可嵌入我方现有服务平台。
  An API is needed so the engine can be embedded in our existing service portal.
K 知识图谱, 推荐系统, 产业链, 实体对齐
  knowledge graph, recommender system, value chain, entity alignment
"""

TOPICS = parse_topics("digital_ai", TEXT)
