"""Technology topics: green & low-carbon (绿色低碳)."""

from __future__ import annotations

from .blocks import parse_topics

TEXT = """
= solar_om trl=8 ip=granted_patent
T 分布式光伏智能运维平台
  distributed solar intelligent O&M platform
N 光伏电站智能运维
  solar plant operations and maintenance
A 工业厂房屋顶 @manufacturing
  factory rooftops
A 物流仓库 @logistics
  logistics warehouses
A 公共建筑 @gov
  public buildings
A 水面漂浮电站
  floating solar farms
D 结合无人机红外巡检与组串级数据分析，自动定位热斑与故障组件。
  Drone thermal imaging and string-level analytics pinpoint hot spots and faulty modules.
D 清洗机器人按发电损失智能排程，年发电量提升5%至8%。
  Cleaning robots are scheduled by yield loss, raising annual output by 5% to 8%.
D 平台已管理超过500兆瓦分布式电站。
  The platform already manages more than 500 MW of distributed solar capacity.
R 需实现故障自动诊断，并提供发电量损失分析。
  Faults must be diagnosed automatically, with an analysis of lost generation.
R 方案需适应热带高温高湿与频繁降雨环境。
  The solution must cope with tropical heat, humidity and frequent rain.
K 光伏运维, 分布式能源, 无人机巡检, 清洁能源
  solar O&M, distributed energy, drone inspection, clean energy

= storage_bms trl=7 ip=granted_patent
T 储能电池管理系统与热失控预警技术
  energy-storage BMS with thermal-runaway early warning
N 储能系统安全预警
  energy storage safety monitoring
A 工商业储能
  commercial and industrial storage
A 数据中心备用电源 @digital_ai
  data-centre backup power
A 电动汽车充电站
  EV charging stations
A 海岛微电网
  island microgrids
D 融合电压、温度与气体传感数据，可提前30分钟预警热失控。
  Combines voltage, temperature and gas sensing to warn of thermal runaway 30 minutes ahead.
D 主动均衡技术使电池组可用容量提升6%，循环寿命延长20%。
  Active balancing adds 6% usable capacity and extends cycle life by 20%.
D 已通过UL 9540A与GB/T 36276相关测试。
  Tested to UL 9540A and the equivalent Chinese national standard.
R 需具备热失控早期预警能力，并通过国际安全认证。
  Early thermal-runaway warning and international safety certification are required.
R 系统需支持远程监控与云端运维。
  Remote monitoring and cloud-based maintenance must be supported.
K 储能, 电池管理系统, 热失控, 电池安全
  energy storage, battery management system, thermal runaway, battery safety

= hvac_optimisation trl=8 ip=software_copyright also=construction
T AI建筑暖通空调节能优化系统
  AI-driven building HVAC optimisation system
N 建筑节能改造
  building energy retrofit
A 商业写字楼 @construction
  commercial office buildings
A 医院 @healthcare
  hospitals
A 酒店
  hotels
A 高校校园 @research
  university campuses
D 基于强化学习动态调节冷机、水泵与风机，空调系统节能20%至30%。
  Reinforcement learning tunes chillers, pumps and fans, saving 20% to 30% of HVAC energy.
D 无需更换设备，通过楼宇自控系统接口即可部署。
  No equipment is replaced; the system deploys through the building management system.
D 采用节能效益分享模式，业主零前期投入。
  Offered under a shared-savings model with no upfront cost to the owner.
R 需在不更换主机的前提下实现节能15%以上。
  We need at least 15% energy savings without replacing chillers.
R 希望采用合同能源管理模式合作。
  We prefer an energy performance contract.
K 建筑节能, 暖通空调, 人工智能, 合同能源管理
  building energy efficiency, HVAC, artificial intelligence, energy performance contracting

= carbon_footprint trl=7 ip=software_copyright
T 产品碳足迹核算与碳管理SaaS
  product carbon footprint and carbon management SaaS
N 产品碳足迹核算
  product carbon footprinting
A 出口电子产品 @manufacturing
  exported electronics
A 纺织服装 @manufacturing
  textiles and apparel
A 食品包装
  food packaging
A 汽车零部件 @manufacturing
  automotive components
D 内置符合ISO 14067的核算方法与本地化排放因子库。
  Built-in ISO 14067 methods with localised emission-factor databases.
D 供应商数据在线收集，一个产品的碳足迹核算周期由数月缩短至两周。
  Collects supplier data online and cuts a product footprint from months to two weeks.
D 可生成符合欧盟碳边境调节机制要求的报告。
  Produces reports that meet the EU Carbon Border Adjustment Mechanism requirements.
R 需支持供应链数据协同，并出具国际认可的核算报告。
  Supplier data collection and internationally recognised reports are required.
R 要求覆盖欧盟电池法与碳边境调节机制相关要求。
  The EU Battery Regulation and CBAM requirements must be covered.
K 碳足迹, 生命周期评价, 碳管理, 供应链减排
  carbon footprint, life-cycle assessment, carbon management, supply-chain decarbonisation

= pem_electrolyser trl=6 ip=granted_patent
T 质子交换膜电解水制氢装备
  green hydrogen PEM electrolyser
N 绿氢制备
  green hydrogen production
A 化工园区 @park
  chemical parks
A 港口重型卡车 @logistics
  port heavy-duty trucks
A 钢铁冶炼
  steelmaking
A 离网储能
  off-grid energy storage
D 单槽产氢量达到200标方每小时，直流电耗低于4.3千瓦时每标方。
  A single stack produces 200 Nm3/h of hydrogen at under 4.3 kWh/Nm3 DC power.
D 采用低铱催化剂，贵金属用量较行业平均降低60%。
  A low-iridium catalyst uses 60% less precious metal than the industry average.
D 可快速响应风光发电波动，负荷调节范围10%至120%。
  Responds quickly to wind and solar fluctuation over a 10% to 120% load range.
R 电解槽需适配波动性可再生能源，并具备长期稳定运行数据。
  Electrolysers must follow variable renewable power and have long-term operating data.
R 希望提供整体解决方案，包括储氢与加氢环节。
  We want a complete solution including hydrogen storage and refuelling.
K 氢能, 电解水制氢, 质子交换膜, 可再生能源
  hydrogen, water electrolysis, PEM, renewable energy

= battery_recycling trl=7 ip=granted_patent
T 退役动力电池梯次利用与再生技术
  EV battery second-life and recycling technology
N 退役电池回收利用
  end-of-life battery recycling
A 电动汽车
  electric vehicles
A 电动两轮车
  e-bikes and e-scooters
A 通信基站储能
  telecom tower backup storage
A 电网侧储能电站
  grid-scale storage sites
D 基于大数据快速分选，单个电池包健康状态评估仅需10分钟。
  Data-driven sorting assesses a battery pack's state of health in ten minutes.
D 湿法回收锂、钴、镍综合回收率超过95%。
  Hydrometallurgical recycling recovers more than 95% of lithium, cobalt and nickel.
D 梯次利用产品可用于储能与低速车，寿命3至5年。
  Second-life packs serve storage and low-speed vehicles for three to five years.
R 需提供电池健康状态快速检测与安全拆解方案。
  Rapid state-of-health testing and safe dismantling are required.
R 回收工艺需符合环保要求，金属回收率不低于90%。
  The process must meet environmental rules and recover at least 90% of the metals.
K 电池回收, 梯次利用, 循环经济, 锂电池
  battery recycling, second-life batteries, circular economy, lithium-ion

= food_waste_ad trl=8 ip=granted_patent
T 餐厨垃圾厌氧消化资源化技术
  food-waste anaerobic digestion technology
N 有机废弃物资源化
  organic waste valorisation
A 城市餐厨垃圾 @gov
  municipal food waste
A 食品加工厂
  food processing plants
A 农贸市场 @gov
  wet markets
A 酒店餐饮
  hotel kitchens
D 高固含量厌氧工艺，每吨餐厨垃圾产沼气超过110立方米。
  A high-solids process yields more than 110 cubic metres of biogas per tonne of food waste.
D 模块化集装箱设计，日处理规模5至50吨可灵活扩展。
  Containerised modules scale from 5 to 50 tonnes a day.
D 沼渣制成有机肥，实现全量资源化。
  Digestate becomes organic fertiliser, so nothing is landfilled.
R 需采用小型化模块设备，适合就地处理。
  Compact modular equipment is needed for on-site treatment.
R 处理过程需控制异味，符合城市环境要求。
  Odours must be controlled to meet urban environmental standards.
K 厌氧消化, 餐厨垃圾, 沼气, 资源化利用
  anaerobic digestion, food waste, biogas, resource recovery

= membrane_water_reuse trl=8 ip=granted_patent
T 膜法污水深度处理与回用技术
  membrane-based wastewater treatment and reuse technology
N 污水深度处理回用
  wastewater treatment and reuse
A 半导体工厂 @manufacturing
  semiconductor fabs
A 印染园区
  textile dyeing parks
A 食品饮料厂
  food and beverage plants
A 市政污水厂 @gov
  municipal treatment plants
D 采用抗污染反渗透膜与高级氧化组合工艺，回用率达到75%以上。
  Fouling-resistant reverse osmosis combined with advanced oxidation recovers over 75% of water.
D 膜清洗周期延长一倍，运行成本降低25%。
  Membrane cleaning intervals double and operating costs fall by 25%.
D 出水水质满足工业循环冷却水与工艺用水标准。
  Treated water meets standards for cooling towers and process use.
R 回用率需达到70%以上，并降低膜污染与运维成本。
  Recovery must exceed 70% with less membrane fouling and lower running costs.
R 希望以建设—运营模式合作。
  We prefer a build-operate arrangement.
K 膜技术, 水回用, 污水处理, 反渗透
  membrane technology, water reuse, wastewater treatment, reverse osmosis

= liquid_cooling trl=7 ip=granted_patent also=digital_ai
T 数据中心液冷散热解决方案
  data-centre liquid cooling solution
N 节能散热
  energy-efficient data-centre cooling
A 热带地区数据中心 @digital_ai
  tropical data centres
A 边缘计算机房
  edge server rooms
A 超算中心 @research
  high-performance computing centres
A 5G基站 @digital_ai
  5G base stations
D 冷板式液冷支持单机柜功率50千瓦以上，PUE可降至1.15。
  Cold-plate cooling supports racks above 50 kW and brings PUE down to 1.15.
D 采用环保型冷却液，无泄漏风险设计。
  Uses environmentally friendly coolant in a leak-safe design.
D 余热可回收用于楼宇供暖或生活热水。
  Waste heat can be recovered for space heating or hot water.
R 需将PUE降至1.3以下，并适应高温高湿气候。
  PUE must fall below 1.3 in a hot and humid climate.
R 方案需兼容现有风冷机房的渐进式改造。
  The design must allow step-by-step retrofits of existing air-cooled halls.
K 液冷, 数据中心, PUE, 节能
  liquid cooling, data centre, PUE, energy efficiency
"""

TOPICS = parse_topics("green", TEXT)
