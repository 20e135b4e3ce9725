"""Technology topics: smart city (智慧城市)."""

from __future__ import annotations

from .blocks import parse_topics

TEXT = """
= adaptive_signals trl=7 ip=granted_patent
T 基于强化学习的路口信号自适应控制系统
  reinforcement-learning adaptive traffic signal control system
N 信号灯智能配时
  adaptive traffic signal timing
A 城市主干道 @gov
  urban arterial roads
A 学校周边路段 @gov
  school zones
A 科技园区道路 @park
  business park road networks
A 公交优先走廊
  bus priority corridors
D 基于雷视融合检测实时排队长度，每个周期动态优化绿信比。
  Radar-video fusion measures queue lengths in real time and re-optimises green splits every cycle.
D 在试点区域高峰期平均延误下降18%，停车次数减少22%。
  In pilot areas, peak-hour delay fell by 18% and the number of stops by 22%.
D 兼容主流信号机通信协议，无需更换现有路口硬件。
  Speaks the protocols of mainstream signal controllers, so no junction hardware is replaced.
R 需兼容现有信号机品牌，并在高峰期降低平均延误15%以上。
  Must work with our existing controllers and cut average peak-hour delay by at least 15%.
R 系统应具备故障降级机制，异常时自动切回定时方案。
  The system must fall back to fixed-time plans automatically if anything fails.
K 智能交通, 信号控制, 强化学习, 车路协同
  intelligent transport, signal control, reinforcement learning, connected vehicles

= city_digital_twin trl=6 ip=software_copyright also=construction
T 城市级三维数字孪生底座
  city-scale 3D digital twin platform
N 数字孪生建模与仿真
  digital twin modelling and simulation
A 老旧街区更新 @construction
  historic neighbourhood renewal
A 滨江岸线管理 @gov
  waterfront management
A 科技园区运营 @park
  science park operations
A 地下管网管理 @construction
  underground utility networks
D 融合倾斜摄影、BIM与物联网数据，单平方公里建模精度达到厘米级。
  Combines oblique photography, BIM and IoT feeds into centimetre-accurate models.
D 基于WebGL轻量化渲染，普通浏览器即可流畅浏览百万级构件。
  Lightweight WebGL rendering shows millions of building elements smoothly in a browser.
D 内置日照、风环境与人流仿真模块，支撑规划方案比选。
  Built-in sunlight, wind and pedestrian-flow simulations support planning decisions.
R 需整合现有GIS与BIM数据，并支持多部门共同使用。
  It must integrate our existing GIS and BIM data and serve several departments at once.
R 要求具备开放接口，便于后续接入更多物联网传感器。
  Open interfaces are required so more IoT sensors can be added later.
K 数字孪生, 三维建模, 城市规划, 地理信息系统
  digital twin, 3D modelling, urban planning, GIS

= smart_parking trl=8 ip=granted_patent
T 视频与地磁融合的智慧停车系统
  smart parking system combining video and geomagnetic sensing
N 车位实时感知与引导
  real-time parking occupancy sensing and guidance
A 路内停车
  on-street parking
A 医院停车场 @healthcare
  hospital car parks
A 商业综合体
  shopping malls
A 居民小区
  residential estates
D 视频桩与地磁双重校验，车位状态识别准确率超过99%。
  Video posts cross-checked with magnetometers identify bay status with over 99% accuracy.
D 地磁传感器电池寿命超过5年，采用NB-IoT低功耗通信。
  The magnetometers last more than five years on a battery and report over NB-IoT.
D 支持无感支付与车位预约，车主平均寻位时间缩短40%。
  Ticketless payment and bay booking cut average search time for drivers by 40%.
R 识别准确率需达到98%以上，并支持与现有收费系统对接。
  Detection accuracy must exceed 98% and link to our current payment system.
R 设备需适应户外高温高湿环境，免维护周期不少于3年。
  Devices must cope with outdoor heat and humidity and run maintenance-free for three years.
K 智慧停车, 地磁检测, 视频识别, NB-IoT
  smart parking, geomagnetic sensing, video recognition, NB-IoT

= fall_detection trl=7 ip=granted_patent also=healthcare
T 毫米波雷达无感跌倒监测设备
  contactless mmWave radar fall detector
N 独居老人安全监测
  safety monitoring of seniors living alone
A 社区居家养老 @gov
  home-based eldercare
A 养老院 @healthcare
  nursing homes
A 老年公寓
  senior housing
A 日间照料中心
  senior day-care centres
D 采用60GHz毫米波雷达，不采集图像，充分保护老人隐私。
  A 60 GHz radar senses movement without cameras, so residents' privacy is protected.
D 跌倒识别准确率超过95%，同时监测呼吸与心率等生命体征。
  Detects falls with over 95% accuracy and also tracks breathing and heart rate.
D 告警信息可在10秒内推送至家属手机与社区服务平台。
  Alerts reach family members and community care teams within ten seconds.
R 设备不得使用摄像头，并支持卫生间等潮湿环境安装。
  No cameras are allowed, and devices must work in bathrooms and other damp areas.
R 需对接我方养老服务平台，支持批量设备管理。
  It must connect to our eldercare platform and support fleet-wide device management.
K 智慧养老, 毫米波雷达, 跌倒检测, 生命体征监测
  smart eldercare, mmWave radar, fall detection, vital-sign monitoring

= waste_sorting trl=7 ip=granted_patent also=green
T AI垃圾分类识别与满溢监测终端
  AI waste-sorting recognition and bin-fill monitoring terminal
N 垃圾分类智能监管
  smart supervision of waste sorting
A 居民小区投放点 @gov
  residential collection points
A 高校食堂 @research
  university canteens
A 写字楼
  office towers
A 交通枢纽 @logistics
  transport hubs
D 图像识别可区分湿垃圾、可回收物等四类垃圾，混投识别准确率超过90%。
  Image recognition sorts four waste streams and spots contamination with over 90% accuracy.
D 超声波满溢传感器实时上报，清运车辆按需调度，清运频次减少30%。
  Ultrasonic fill sensors trigger on-demand collection, cutting collection trips by 30%.
D 支持积分激励，居民正确投放可获得电子积分。
  A rewards scheme credits residents who sort their waste correctly.
R 需实时统计各投放点分类准确率，并支持积分激励功能。
  We need live sorting-accuracy statistics per collection point and a rewards function.
R 设备需防水防尘，适应户外长期运行。
  Terminals must be waterproof, dustproof and built for long-term outdoor use.
K 垃圾分类, 图像识别, 环卫物联网, 资源回收
  waste sorting, image recognition, sanitation IoT, recycling

= flood_warning trl=7 ip=granted_patent
T 城市内涝监测预警系统
  urban flash-flood monitoring and early-warning system
N 积水实时监测与预警
  real-time waterlogging monitoring and warning
A 下穿立交 @gov
  road underpasses
A 地铁出入口
  metro station entrances
A 低洼住宅区 @construction
  low-lying housing estates
A 滨江绿地 @gov
  riverside parks
D 雷达水位计测量精度达到±2毫米，数据每分钟上报一次。
  Radar level gauges measure to within 2 mm and report every minute.
D 结合降雨预报与管网模型，可提前30分钟预测积水深度。
  Rainfall forecasts and drainage-network models predict flooding depth 30 minutes ahead.
D 超过阈值时自动联动道路情报板与封路闸机。
  When thresholds are exceeded, roadside message signs and barriers are triggered automatically.
R 预警需提前至少20分钟，并能联动交通管控设施。
  Warnings must arrive at least 20 minutes ahead and link to traffic-control devices.
R 设备需采用太阳能供电，适应台风暴雨天气。
  Solar-powered devices are required that can withstand typhoons and monsoon storms.
K 城市内涝, 水位监测, 预警系统, 排水管网
  urban flooding, water-level monitoring, early warning, drainage network

= crowd_analytics trl=7 ip=software_copyright
T 大客流视频分析与智能疏导系统
  crowd management video analytics system
N 人流密度监测与预警
  crowd density monitoring and alerts
A 地铁换乘站
  metro interchange stations
A 体育场馆
  sports stadiums
A 热门景区
  tourist attractions
A 大型展会 @park
  large exhibitions
D 单路视频可同时统计上千人，密度估计误差低于5%。
  Counts thousands of people per camera with density-estimation error under 5%.
D 采用匿名化处理，不进行人脸识别，符合个人信息保护要求。
  Footage is anonymised and no faces are recognised, in line with privacy law.
D 可结合历史数据预测未来30分钟客流趋势并给出疏导建议。
  Historical data feeds a 30-minute crowd forecast with suggested dispersal actions.
R 需在不识别个人身份的前提下统计人流密度。
  Crowd density must be measured without identifying any individual.
R 要求能利用现有监控摄像头，减少新增硬件投入。
  The system should reuse existing CCTV cameras to keep new hardware to a minimum.
K 客流分析, 视频分析, 公共安全, 人群计数
  crowd analytics, video analytics, public safety, people counting

= smart_lamppost trl=8 ip=granted_patent
T 多功能智慧灯杆综合管理平台
  smart lamp-post management platform
N 多功能灯杆建设与运维
  multi-function lamp-post deployment and operation
A 城市新区道路
  new town roads
A 大学校园 @research
  university campuses
A 产业园区 @park
  industrial parks
A 滨水步道
  waterfront promenades
D 单杆集成照明、5G微站、环境监测、一键求助与信息屏等功能。
  One pole combines lighting, a 5G small cell, environmental sensors, an SOS button and a display.
D 单灯控制按车流人流自动调光，照明能耗降低50%以上。
  Per-lamp dimming follows traffic and footfall, cutting lighting energy by more than half.
D 平台支持多厂商设备接入，统一运维管理。
  The platform manages devices from different vendors in one place.
R 需支持多厂商设备统一接入，并具备按需调光功能。
  It must manage equipment from multiple vendors and offer on-demand dimming.
R 灯杆设计需兼顾景观效果，并满足抗风等级要求。
  Pole design must suit the streetscape and meet wind-load standards.
K 智慧灯杆, 5G, 城市照明, 物联网平台
  smart lamp post, 5G, street lighting, IoT platform

= incident_triage trl=6 ip=software_copyright also=digital_ai
T 城市运行事件智能分拨系统
  AI-powered city incident triage system
N 城市事件智能分拨
  automated incident triage
A 街道网格化管理 @gov
  neighbourhood grid management
A 市民热线工单 @gov
  citizen service hotline cases
A 市容巡查 @gov
  street-scene inspections
A 防汛防台指挥 @gov
  typhoon and flood response
D 利用自然语言处理自动识别事件类别与责任部门，分拨准确率超过90%。
  NLP identifies each case's category and responsible agency with over 90% accuracy.
D 相似事件自动合并，重复工单减少25%。
  Similar reports are merged automatically, reducing duplicate cases by 25%.
D 处置进度全程留痕，支持超时预警与绩效分析。
  Every step is logged, with overdue alerts and performance dashboards.
R 分拨准确率需达到85%以上，并可与现有工单系统对接。
  Routing accuracy must exceed 85% and the system must link to our case management tools.
R 系统需支持中英文工单处理。
  Cases in both Chinese and English must be handled.
K 城市治理, 工单分拨, 自然语言处理, 一网统管
  urban governance, case routing, natural language processing, city operations centre
"""

TOPICS = parse_topics("smart_city", TEXT)
