"""Technology topics: smart construction & urban renewal (智能建造与城市更新)."""

from __future__ import annotations

from .blocks import parse_topics

TEXT = """
= bim_code_check trl=7 ip=software_copyright also=digital_ai
T 基于BIM的智能审图与规范合规检查系统
  BIM-based automated design review and code compliance checker
N BIM模型合规审查
  BIM code-compliance checking
A 住宅项目
  residential projects
A 医院建筑
  hospital buildings
A 地铁车站
  metro stations
A 工业厂房
  industrial buildings
D 将消防、无障碍与节能规范转化为可计算规则，自动检查率超过80%。
  Turns fire, accessibility and energy codes into machine-checkable rules, automating 80% of checks.
D 单个项目审查时间由两周缩短至两天。
  Review of a typical project drops from two weeks to two days.
D 支持IFC格式，问题可直接定位到模型构件。
  Reads IFC models and pins every issue to the exact building element.
R 需支持IFC标准，并覆盖消防与无障碍等主要规范。
  IFC support is required, covering fire safety, accessibility and other key codes.
R 检查结果需可追溯到具体条文。
  Every finding must reference the specific clause of the code.
K BIM, 智能审图, 规范检查, 数字化交付
  BIM, automated design review, code compliance, digital delivery

= precast_production trl=8 ip=granted_patent
T 装配式建筑预制构件智能生产线
  smart precast component production line
N 预制构件数字化生产
  digital precast production
A 保障性住房 @gov
  public housing
A 学校建筑
  school buildings
A 模块化酒店
  modular hotels
A 应急医疗设施
  emergency healthcare facilities
D 从BIM模型直接生成生产数据，自动布模与钢筋加工，人工减少40%。
  Production data flows straight from BIM to automated shuttering and rebar, saving 40% of labour.
D 构件内置RFID芯片，生产、运输与安装全程追溯。
  RFID chips trace each component through production, transport and installation.
D 适用于PPVC等模块化建造体系。
  Suited to PPVC and other modular construction systems.
R 需实现BIM到生产的数据贯通，并支持构件全生命周期追溯。
  Data must flow from BIM to production with full life-cycle traceability.
R 希望提升构件生产效率30%以上。
  We aim to raise precast productivity by at least 30%.
K 装配式建筑, 预制构件, 模块化建造, DfMA
  prefabrication, precast components, modular construction, DfMA

= site_safety_ai trl=8 ip=granted_patent
T 工地AI安全帽与危险行为识别系统
  AI site-safety monitoring system
N 现场安全监测
  construction-site safety monitoring
A 超高层建筑
  high-rise construction
A 地铁隧道施工
  tunnelling works
A 旧区改造工地
  urban renewal sites
A 桥梁施工
  bridge construction
D 识别未戴安全帽、未系安全带、闯入危险区域等15类违规行为，准确率超过95%。
  Detects 15 unsafe behaviours such as missing helmets or harnesses with over 95% accuracy.
D 边缘盒子本地分析，网络中断时仍可告警。
  Edge boxes analyse video on site and keep alerting even if the network drops.
D 违规记录自动生成整改单并推送至安全员。
  Violations become corrective-action tickets sent straight to safety officers.
R 需识别高处作业等高风险行为，并实时推送告警。
  Work at height and other high-risk activities must be detected with instant alerts.
R 系统需适应工地粉尘与强光等复杂环境。
  It must cope with dust, glare and other harsh site conditions.
K 智慧工地, 安全监测, 视频分析, 人工智能
  smart construction site, safety monitoring, video analytics, artificial intelligence

= facade_inspection trl=7 ip=granted_patent
T 无人机建筑外墙检测与空鼓识别技术
  drone-based facade inspection technology
N 外墙安全检测
  facade safety inspection
A 老旧住宅 @gov
  ageing residential blocks
A 商业楼宇
  commercial towers
A 历史保护建筑 @gov
  heritage buildings
A 学校校舍 @research
  school buildings
D 红外热成像结合可见光识别空鼓、裂缝与渗水，检测效率提升10倍。
  Thermal and visual imaging find delamination, cracks and leaks ten times faster.
D 自动生成带坐标的缺陷清单与立面正射图。
  Produces geo-referenced defect lists and orthophotos of each elevation.
D 无需搭设吊篮，降低高空作业风险。
  No gondolas are needed, reducing the risk of working at height.
R 需识别外墙空鼓与脱落隐患，并生成可追溯检测报告。
  We need detection of debonding and falling-hazard risks with traceable reports.
R 检测方案需满足当地外墙定期检查规定。
  Inspections must comply with local periodic facade inspection rules.
K 外墙检测, 无人机, 红外热成像, 建筑安全
  facade inspection, drones, thermal imaging, building safety

= structural_health trl=7 ip=granted_patent also=smart_city
T 桥梁隧道结构健康监测系统
  bridge and tunnel structural health monitoring system
N 结构健康监测
  structural health monitoring
A 城市桥梁 @gov
  urban bridges
A 地铁隧道
  metro tunnels
A 高架道路
  elevated expressways
A 深基坑
  deep excavations
D 光纤光栅与无线传感器结合，应变测量精度达到1微应变。
  Fibre Bragg gratings and wireless sensors measure strain to one microstrain.
D 基于数字孪生模型评估结构安全状态，异常自动预警。
  A digital twin assesses structural condition and raises alerts on anomalies.
D 传感器采用低功耗设计，电池寿命超过5年。
  Low-power sensors run for more than five years on a battery.
R 需长期稳定监测变形与应变，并提供安全评估报告。
  Deformation and strain must be monitored reliably over years, with safety assessments.
R 设备需适应隧道潮湿环境。
  Devices must withstand damp tunnel conditions.
K 结构健康监测, 光纤传感, 桥梁, 隧道
  structural health monitoring, fibre-optic sensing, bridges, tunnels

= finishing_robots trl=7 ip=granted_patent also=manufacturing
T 墙面打磨与喷涂建筑机器人
  wall sanding and painting robot
N 室内装修自动化
  automated interior finishing
A 住宅精装修
  residential fit-out
A 公共建筑
  public buildings
A 工业厂房
  factory buildings
A 地下车库
  basement car parks
D 激光扫描自动规划作业路径，平整度误差小于2毫米。
  Laser scanning plans each path automatically, with flatness within 2 mm.
D 单台机器人效率相当于3至4名熟练工人。
  One robot does the work of three to four skilled workers.
D 粉尘回收率超过90%，改善作业环境。
  More than 90% of dust is captured, improving working conditions.
R 需适应住宅户型复杂空间，施工质量达到人工水平。
  Robots must handle complex apartment layouts at the quality of skilled trades.
R 希望以租赁或按面积计费方式合作。
  We prefer rental or pay-per-square-metre pricing.
K 建筑机器人, 自动化施工, 装修, 劳动力替代
  construction robotics, automated construction, interior finishing, labour productivity

= low_carbon_concrete trl=7 ip=granted_patent also=green
T 低碳混凝土与建筑固废再生骨料技术
  low-carbon concrete with recycled construction aggregates
N 低碳建材应用
  low-carbon building materials
A 市政道路 @gov
  municipal roads
A 预制构件
  precast elements
A 景观工程
  landscape works
A 海绵城市项目 @gov
  sponge-city projects
D 以工业固废替代40%水泥，每立方米混凝土减碳超过100千克。
  Industrial by-products replace 40% of the cement, saving over 100 kg of CO2 per cubic metre.
D 再生骨料取代率可达50%，强度满足C30至C50要求。
  Recycled aggregate replaces up to 50% of virgin stone while meeting C30 to C50 strength.
D 已在多个市政项目中规模化应用。
  Already used at scale on several municipal projects.
R 需满足结构强度要求，并提供碳减排量核算。
  Materials must meet structural strength requirements and come with carbon accounting.
R 希望使用本地建筑垃圾作为原料。
  Local demolition waste should be used as feedstock.
K 低碳建材, 再生骨料, 固废利用, 绿色建筑
  low-carbon materials, recycled aggregates, waste recycling, green buildings

= lift_retrofit trl=8 ip=granted_patent
T 既有建筑加装电梯一体化解决方案
  integrated lift retrofit solution
N 加装电梯
  lift retrofitting
A 老旧小区 @gov
  older walk-up housing estates
A 学校教学楼
  school blocks
A 医院门诊楼 @healthcare
  outpatient buildings
A 历史风貌区 @gov
  historic districts
D 钢结构井道工厂预制，现场施工周期缩短至30天。
  Factory-built steel shafts cut on-site work to 30 days.
D 采用小基坑设计，减少对地下管线的影响。
  A shallow pit design minimises disruption to underground utilities.
D 提供设计、审批、施工与维保一站式服务。
  One contract covers design, approvals, installation and maintenance.
R 需缩短现场施工周期，降低对居民生活影响。
  On-site work must be short to limit disruption to residents.
R 方案需兼顾建筑风貌保护要求。
  The design must respect heritage and streetscape guidelines.
K 加装电梯, 城市更新, 老旧小区改造, 适老化
  lift retrofit, urban renewal, estate upgrading, ageing-friendly design

= smart_site_platform trl=8 ip=software_copyright
T 智慧工地综合管理平台
  smart construction-site management platform
N 项目数字化管理
  digital construction project management
A 总承包工程
  main-contractor projects
A 基础设施工程
  infrastructure projects
A 产业园区建设 @park
  industrial park development
A 学校改扩建工程 @research
  school expansion projects
D 整合人员实名制、塔吊监测、扬尘监测与进度管理等模块。
  Brings worker registration, crane monitoring, dust sensing and scheduling into one system.
D 基于BIM的4D进度模拟，可提前发现工序冲突。
  BIM-based 4D scheduling exposes clashes between trades before they happen.
D 移动端质量巡检，整改闭环率提升至98%。
  Mobile quality inspections raise the close-out rate of defects to 98%.
R 需整合现有监测设备数据，并支持多项目集中管理。
  Data from existing site devices must be integrated and several projects managed together.
R 希望支持中英文界面，方便外籍管理人员使用。
  Bilingual screens are needed for international project managers.
K 智慧工地, 项目管理, BIM, 物联网
  smart construction site, project management, BIM, IoT
"""

TOPICS = parse_topics("construction", TEXT)
