"""Technology topics: healthcare & medical devices (医疗健康与医疗器械)."""

from __future__ import annotations

from .blocks import parse_topics

TEXT = """
= ct_lung_ai trl=8 ip=granted_patent also=digital_ai
T 肺结节CT影像AI辅助诊断软件
  AI-assisted CT lung nodule detection software
N 医学影像AI辅助诊断
  AI-assisted diagnostic imaging
A 三甲医院放射科 @research
  hospital radiology departments
A 体检中心
  health screening centres
A 社区卫生服务中心
  community health clinics
A 远程影像诊断中心
  teleradiology hubs
D 对3毫米以上结节的检出敏感度达到97%，每例CT阅片时间缩短至20秒。
  Detects nodules above 3 mm with 97% sensitivity and reads each CT scan in 20 seconds.
D 已取得国家药监局三类医疗器械注册证，并在多家三甲医院部署。
  Holds a Class III device registration in China and runs in several tertiary hospitals.
D 自动生成结构化报告，并支持随访结节体积变化对比。
  Generates structured reports and compares nodule volume across follow-up scans.
R 产品需具备医疗器械注册资质，并能接入PACS系统。
  The product must hold medical-device registration and plug into our PACS.
R 敏感度不低于95%，每例假阳性不超过1个。
  Sensitivity must be at least 95% with no more than one false positive per scan.
K 医学影像, 人工智能, 肺结节, 辅助诊断
  medical imaging, artificial intelligence, lung nodules, computer-aided diagnosis

= patch_ecg trl=7 ip=granted_patent
T 柔性贴片式动态心电监测设备
  flexible patch ECG monitor
N 长程心电监测
  long-term ECG monitoring
A 心内科门诊 @research
  cardiology clinics
A 术后居家随访
  post-operative home follow-up
A 运动员健康管理
  athlete health programmes
A 养老机构 @smart_city
  aged-care homes
D 单导联贴片重量仅12克，可连续佩戴14天，支持洗澡防水。
  The 12 g single-lead patch is worn for 14 days straight and is shower-proof.
D AI算法自动识别房颤、早搏等20余种心律失常，准确率超过96%。
  AI flags more than 20 arrhythmias, including atrial fibrillation, with over 96% accuracy.
D 数据经蓝牙上传云端，医生可远程查看报告。
  Data uploads over Bluetooth so doctors can review reports remotely.
R 设备需可连续佩戴7天以上，并能自动识别房颤。
  Devices must be wearable for at least seven days and detect atrial fibrillation automatically.
R 需取得相应医疗器械注册证，并支持数据本地存储。
  Medical-device approval is required and data must be stored locally.
K 可穿戴设备, 心电监测, 房颤筛查, 远程医疗
  wearables, ECG monitoring, atrial fibrillation screening, telehealth

= rehab_exoskeleton trl=6 ip=granted_patent
T 上肢康复外骨骼机器人
  upper-limb rehabilitation exoskeleton robot
N 智能康复训练
  robot-assisted rehabilitation
A 康复医院 @research
  rehabilitation hospitals
A 社区康复站
  community rehab centres
A 居家康复
  home rehabilitation
A 运动损伤门诊
  sports injury clinics
D 6自由度设计，支持被动、助力与抗阻三种训练模式。
  Six degrees of freedom support passive, assisted and resistance training modes.
D 基于肌电信号识别患者运动意图，提升主动参与度。
  EMG signals reveal the patient's intended movement to encourage active participation.
D 训练数据自动生成评估报告，治疗师可远程调整方案。
  Sessions produce assessment reports and therapists can adjust plans remotely.
R 设备需适合脑卒中患者使用，并可量化评估康复进展。
  The device must suit stroke patients and quantify their progress.
R 希望设备轻量化，便于在社区和家庭场景推广。
  A lightweight design is needed so it can be used in community and home settings.
K 康复机器人, 外骨骼, 脑卒中康复, 肌电信号
  rehabilitation robotics, exoskeleton, stroke rehabilitation, EMG

= microfluidic_poct trl=6 ip=granted_patent
T 微流控即时检测（POCT）平台
  microfluidic point-of-care testing platform
N 快速即时检测
  rapid point-of-care testing
A 急诊科 @research
  emergency departments
A 基层诊所
  primary care clinics
A 口岸检疫 @gov
  border health screening
A 家庭自测
  home self-testing
D 一张芯片同时完成多项指标检测，15分钟出结果。
  One chip runs a multi-marker panel and returns results in 15 minutes.
D 检测灵敏度与大型生化分析仪相当，样本仅需一滴指尖血。
  Sensitivity matches large laboratory analysers from a single finger-prick of blood.
D 仪器重量不足1千克，可电池供电，适合移动场景。
  The reader weighs under 1 kg and runs on batteries for mobile use.
R 检测时间需控制在20分钟以内，并可同时检测多项指标。
  Results are needed within 20 minutes for several markers at once.
R 希望产品已完成临床验证，具备注册条件。
  Clinical validation should be complete so the product can be registered.
K 即时检测, 微流控, 体外诊断, 快速检测
  point-of-care testing, microfluidics, in-vitro diagnostics, rapid testing

= hospital_delivery_robot trl=8 ip=granted_patent also=logistics
T 医院智能物流配送机器人
  autonomous hospital delivery robot
N 院内物资自动配送
  automated in-hospital delivery
A 住院病区 @research
  inpatient wards
A 静脉用药配置中心
  pharmacy compounding units
A 检验标本转运
  laboratory specimen transport
A 手术室耗材管理
  operating theatre supplies
D 激光SLAM导航，可自主乘坐电梯、通过门禁，定位精度±2厘米。
  Laser SLAM navigation rides lifts and opens doors on its own, with 2 cm positioning accuracy.
D 多仓位指纹加密，确保药品与标本交接可追溯。
  Locked compartments open by fingerprint, so every hand-over of drugs and samples is traceable.
D 单台机器人每天可替代约120次人工配送。
  Each robot takes over about 120 manual delivery runs a day.
R 需支持自主乘梯与门禁联动，并对接医院信息系统。
  The robot must use lifts and doors autonomously and connect to the hospital information system.
R 要求配送过程全程可追溯，药品仓位需加锁。
  Every delivery must be traceable and drug compartments must lock.
K 医疗机器人, 院内物流, 自主导航, 智慧医院
  medical robotics, hospital logistics, autonomous navigation, smart hospital

= diabetes_platform trl=7 ip=software_copyright
T 糖尿病数字化管理平台
  digital diabetes management platform
N 慢病数字化管理
  digital chronic disease management
A 社区慢病管理
  community chronic care
A 内分泌专科
  endocrinology clinics
A 企业员工健康管理
  employee wellness programmes
A 商业健康保险 @fintech
  health insurance schemes
D 连接动态血糖仪与智能血压计，数据自动汇总形成个人健康档案。
  Links continuous glucose monitors and blood-pressure cuffs into one personal health record.
D AI根据饮食与运动数据给出个性化建议，患者糖化血红蛋白平均下降0.8%。
  AI coaching on diet and exercise lowered patients' HbA1c by 0.8 percentage points on average.
D 支持医生批量管理患者，异常数据自动提醒。
  Doctors manage patient panels at scale with automatic alerts on abnormal readings.
R 平台需支持主流血糖设备接入，并符合个人健康数据保护要求。
  The platform must accept data from mainstream glucose devices and protect health data.
R 希望提供中英文双语界面，便于多元文化用户使用。
  A bilingual Chinese-English interface is needed for a multicultural patient base.
K 慢病管理, 糖尿病, 数字疗法, 远程监测
  chronic disease management, diabetes, digital therapeutics, remote monitoring

= surgical_navigation trl=7 ip=granted_patent
T 骨科手术导航与机器人定位系统
  orthopaedic surgical navigation and robotic positioning system
N 手术精准定位
  precise intra-operative positioning
A 脊柱外科
  spine surgery
A 关节置换
  joint replacement
A 创伤骨科
  orthopaedic trauma
A 口腔种植
  dental implantology
D 光学追踪精度达到0.3毫米，术中透视次数减少60%。
  Optical tracking is accurate to 0.3 mm and cuts intra-operative X-ray shots by 60%.
D 支持术前CT规划与术中自动配准，配准时间小于3分钟。
  Pre-operative CT planning registers automatically in theatre in under three minutes.
D 已完成多中心临床试验，置钉优良率超过98%。
  Multi-centre trials showed more than 98% of screws placed in the optimal position.
R 定位精度需优于1毫米，并可减少术中辐射暴露。
  Positioning must be accurate to better than 1 mm and reduce radiation exposure.
R 希望设备占地小，适配现有手术室布局。
  Equipment should have a small footprint and fit existing operating theatres.
K 手术导航, 手术机器人, 骨科, 精准医疗
  surgical navigation, surgical robotics, orthopaedics, precision medicine

= degradable_implants trl=5 ip=granted_patent also=manufacturing
T 可降解镁合金骨科植入材料
  biodegradable magnesium-alloy orthopaedic implant technology
N 可降解植入材料
  biodegradable implant materials
A 骨折内固定
  fracture fixation
A 运动医学
  sports medicine
A 颌面外科
  maxillofacial surgery
A 儿童骨科
  paediatric orthopaedics
D 通过合金成分与表面涂层调控，降解周期可控制在12至24个月。
  Alloy composition and surface coating tune the degradation period to 12 to 24 months.
D 植入后无需二次手术取出，降低患者痛苦与医疗费用。
  No second operation is needed to remove the implant, saving pain and cost.
D 已完成大动物实验，生物相容性符合相关标准。
  Large-animal studies are complete and biocompatibility meets the relevant standards.
R 材料需具备可控降解速率，力学强度满足承重部位要求。
  Degradation must be controllable and strength must suit load-bearing sites.
R 希望合作方具备医疗器械注册与量产经验。
  Partners should have experience with device registration and volume production.
K 生物材料, 可降解植入物, 镁合金, 骨科器械
  biomaterials, biodegradable implants, magnesium alloy, orthopaedic devices

= sleep_apnoea trl=7 ip=granted_patent
T 非接触式睡眠呼吸暂停筛查设备
  contactless sleep apnoea screening device
N 睡眠呼吸暂停筛查
  sleep apnoea screening
A 睡眠医学中心
  sleep medicine centres
A 居家筛查
  home screening
A 职业司机健康管理 @logistics
  commercial driver health programmes
A 呼吸科门诊
  respiratory clinics
D 床旁雷达监测呼吸与体动，无需佩戴任何传感器。
  A bedside radar tracks breathing and movement without any wearable sensors.
D 与多导睡眠监测对比，呼吸暂停低通气指数相关系数达到0.93。
  Its apnoea-hypopnoea index correlates at 0.93 with full polysomnography.
D 筛查报告自动生成，可直接用于转诊。
  Screening reports are generated automatically and can be used for referrals.
R 筛查结果需与多导睡眠监测高度一致，且操作简便。
  Results must agree closely with polysomnography and the device must be easy to use.
R 设备需适合居家使用，患者无需专业人员协助。
  It must work at home without help from technicians.
K 睡眠监测, 呼吸暂停, 非接触传感, 健康筛查
  sleep monitoring, sleep apnoea, contactless sensing, health screening
"""

TOPICS = parse_topics("healthcare", TEXT)
