"""Technology topics: advanced manufacturing (先进制造)."""

from __future__ import annotations

from .blocks import parse_topics

TEXT = """
= cobot_assembly trl=8 ip=granted_patent
T 协作机器人柔性装配工作站
  collaborative-robot flexible assembly cell
N 柔性自动化装配
  flexible automated assembly
A 3C电子产品
  consumer electronics assembly
A 医疗器械组装 @healthcare
  medical device assembly
A 小家电
  small home appliances
A 汽车线束
  automotive wire harnesses
D 力控协作机器人配合视觉引导，装配精度达到±0.02毫米。
  Force-controlled cobots with vision guidance assemble to within 0.02 mm.
D 图形化编程，换型时间由半天缩短至30分钟。
  Graphical programming cuts changeover time from half a day to 30 minutes.
D 无需安全围栏，可与工人在同一工位协同作业。
  No safety fencing is needed, so robots and operators share the same workstation.
R 需支持多品种小批量快速换线，装配节拍不低于现有人工水平。
  Quick changeovers for high-mix, low-volume work are required at no slower than manual pace.
R 投资回收期希望控制在2年以内。
  We expect a payback period of under two years.
K 协作机器人, 柔性制造, 自动化装配, 机器视觉
  collaborative robots, flexible manufacturing, automated assembly, machine vision

= metal_additive trl=7 ip=granted_patent
T 金属增材制造（3D打印）工艺与装备
  metal additive manufacturing system
N 复杂金属零件快速制造
  rapid manufacturing of complex metal parts
A 航空发动机零部件
  aero-engine components
A 随形冷却模具
  conformally cooled moulds
A 骨科植入物 @healthcare
  orthopaedic implants
A 海洋工程备件
  offshore spare parts
D 多激光选区熔化设备成形尺寸达到500毫米，致密度超过99.9%。
  Multi-laser powder-bed fusion builds parts up to 500 mm with over 99.9% density.
D 已开发钛合金、高温合金与铝合金等20余种工艺参数包。
  More than 20 validated parameter sets cover titanium, nickel superalloys and aluminium.
D 随形冷却模具可使注塑周期缩短30%。
  Conformally cooled moulds shorten injection cycles by 30%.
R 零件需满足航空或医疗行业质量体系要求，并提供材料性能报告。
  Parts must meet aerospace or medical quality systems, with full material test reports.
R 希望缩短备件交付周期至2周以内。
  We want spare-part lead times under two weeks.
K 增材制造, 3D打印, 选区激光熔化, 金属粉末
  additive manufacturing, 3D printing, laser powder-bed fusion, metal powder

= lightweight_mes trl=8 ip=software_copyright also=digital_ai
T 面向离散制造的轻量化MES系统
  lightweight discrete-manufacturing MES
N 生产过程数字化管理
  shop-floor digitalisation
A 精密机加工
  precision machining
A 注塑车间
  injection-moulding shops
A 电子组装
  electronics assembly
A 食品包装生产线
  food packaging lines
D 云端SaaS部署，中小工厂两周即可上线。
  Delivered as cloud SaaS, so a small factory can go live in two weeks.
D 设备联网采集OEE数据，支持扫码报工与质量追溯。
  Connects machines to track OEE and supports barcode job reporting and quality traceability.
D 客户平均设备综合效率提升12%，在制品库存下降20%。
  Customers raised OEE by 12% and cut work-in-progress inventory by 20% on average.
R 需支持主流数控设备联网，实施周期不超过1个月。
  It must connect to common CNC machines and be implemented within a month.
R 希望提供中英文界面，适应多国籍员工。
  Bilingual Chinese-English screens are needed for a multinational workforce.
K 制造执行系统, 工业互联网, 设备联网, 数字化工厂
  MES, industrial internet, machine connectivity, digital factory

= wafer_metrology trl=6 ip=granted_patent
T 晶圆级先进封装缺陷检测与量测设备
  wafer-level metrology and defect inspection system
N 晶圆缺陷检测与量测
  wafer defect inspection and metrology
A 先进封装
  advanced packaging
A 功率半导体
  power semiconductors
A MEMS传感器
  MEMS sensors
A 化合物半导体
  compound semiconductors
D 白光干涉与深度学习结合，凸点高度量测重复性优于0.1微米。
  White-light interferometry with deep learning measures bump height with 0.1 micron repeatability.
D 每小时检测晶圆超过60片，满足量产需求。
  Inspects more than 60 wafers an hour for volume production.
D 关键部件国产化，维护响应时间小于24小时。
  Key components are sourced locally and service response is under 24 hours.
R 设备需兼容12英寸晶圆，量测精度满足先进封装工艺要求。
  Tools must handle 300 mm wafers with precision suited to advanced packaging.
R 希望供应商能在新加坡提供本地技术支持。
  The supplier should offer local technical support in Singapore.
K 半导体设备, 先进封装, 缺陷检测, 量测
  semiconductor equipment, advanced packaging, defect inspection, metrology

= ultrafast_laser trl=7 ip=granted_patent
T 超快激光精密微加工技术
  ultrafast laser micromachining technology
N 精密微孔与切割加工
  precision micro-drilling and cutting
A 柔性电路板
  flexible printed circuits
A 玻璃面板
  glass panels
A 医用导管 @healthcare
  medical catheters
A 燃料电池双极板 @green
  fuel-cell bipolar plates
D 飞秒激光加工热影响区小于1微米，最小孔径可达10微米。
  Femtosecond processing keeps the heat-affected zone under 1 micron with holes down to 10 microns.
D 振镜与五轴联动，可加工复杂曲面结构。
  Galvo scanning with five-axis motion handles complex curved surfaces.
D 加工良率超过99%，已在多家消费电子企业量产应用。
  Yields exceed 99% in volume production for several electronics makers.
R 孔径需小于30微米，边缘无毛刺与微裂纹。
  Holes must be below 30 microns with no burrs or micro-cracks.
R 希望先进行打样验证，再决定设备采购。
  We would like sample runs before deciding on an equipment purchase.
K 超快激光, 微加工, 飞秒激光, 精密制造
  ultrafast laser, micromachining, femtosecond laser, precision manufacturing

= factory_amr trl=8 ip=granted_patent also=logistics
T 工厂自主移动机器人物流系统
  autonomous mobile robot intralogistics system
N 厂内物流自动化
  intralogistics automation
A 半导体车间
  semiconductor cleanrooms
A 汽车总装车间
  car assembly plants
A 制药工厂 @healthcare
  pharmaceutical plants
A 纺织车间
  textile mills
D 激光与视觉融合导航，无需改造地面，部署周期一周。
  Laser-vision navigation needs no floor markers and deploys in a week.
D 调度系统可同时管理200台机器人，并与MES、WMS打通。
  The fleet manager runs 200 robots at once and links to MES and WMS.
D 载重范围50至1500千克，满足物料与成品转运需求。
  Payloads from 50 kg to 1,500 kg cover materials and finished goods.
R 需与现有MES系统对接，实现物料自动呼叫与配送。
  Robots must connect to our MES so materials are requested and delivered automatically.
R 设备需满足洁净车间要求。
  Equipment must be suitable for cleanrooms.
K 移动机器人, 厂内物流, 智能调度, 智能工厂
  autonomous mobile robots, intralogistics, fleet scheduling, smart factory

= linear_motion trl=7 ip=granted_patent
T 高精度直线电机与运动控制平台
  high-precision linear-motor motion stage
N 纳米级运动控制
  nanometre-level motion control
A 光刻与检测设备
  lithography and inspection tools
A 激光加工设备
  laser processing machines
A 生物显微成像 @research
  bio-imaging microscopes
A 精密点胶
  precision dispensing
D 采用气浮导轨与光栅闭环，定位精度达到±50纳米。
  Air bearings with closed-loop encoders position to within 50 nanometres.
D 自研控制算法将整定时间缩短至20毫秒。
  Our own control algorithms cut settling time to 20 ms.
D 可按客户行程与负载定制，交付周期6周。
  Stroke and load are customised with six-week delivery.
R 定位精度需优于100纳米，并提供长期稳定性数据。
  Positioning must be better than 100 nm with long-term stability data.
R 希望实现关键部件国产替代，降低采购成本。
  We want locally made alternatives for key components to reduce cost.
K 直线电机, 运动控制, 精密定位, 气浮平台
  linear motor, motion control, precision positioning, air-bearing stage

= composite_layup trl=6 ip=granted_patent
T 碳纤维复合材料自动铺放技术
  automated carbon-fibre composite layup technology
N 复合材料轻量化制造
  lightweight composite manufacturing
A 无人机机身 @logistics
  drone airframes
A 新能源汽车电池壳体 @green
  EV battery enclosures
A 轨道交通内饰
  rail vehicle interiors
A 体育器材
  sporting goods
D 机器人自动铺丝，材料利用率超过90%，较手工铺层效率提升5倍。
  Robotic fibre placement uses more than 90% of material and is five times faster than hand layup.
D 采用快速固化树脂体系，成型周期小于10分钟。
  Fast-curing resins bring cycle times under ten minutes.
D 产品减重40%，同时满足阻燃与结构强度要求。
  Parts are 40% lighter while meeting fire and structural requirements.
R 需实现批量化生产，单件成型周期不超过15分钟。
  We need volume production with cycle times of no more than 15 minutes per part.
R 材料需满足阻燃标准。
  Materials must meet fire-safety standards.
K 复合材料, 碳纤维, 自动铺放, 轻量化
  composites, carbon fibre, automated fibre placement, lightweighting

= industrial_ct trl=7 ip=granted_patent
T 工业CT无损检测系统
  industrial CT non-destructive testing system
N 内部缺陷无损检测
  non-destructive internal inspection
A 铝合金压铸件
  aluminium die castings
A 动力电池模组 @green
  battery modules
A 航空复合材料构件
  aerospace composite parts
A 电子元器件
  electronic components
D 微焦点射线源分辨率达到3微米，可检测气孔、裂纹与夹杂。
  A micro-focus source resolves 3 microns, revealing pores, cracks and inclusions.
D AI自动识别缺陷并生成三维报告，单件检测时间小于3分钟。
  AI flags defects and builds a 3D report in under three minutes per part.
D 支持在线检测，可集成到自动化产线。
  In-line versions integrate directly with automated production lines.
R 需实现在线全检，单件检测时间不超过2分钟。
  We need 100% in-line inspection at no more than two minutes per part.
R 缺陷识别需自动完成，减少人工判读。
  Defect classification must be automatic to reduce manual review.
K 工业CT, 无损检测, X射线, 质量检测
  industrial CT, non-destructive testing, X-ray, quality inspection
"""

TOPICS = parse_topics("manufacturing", TEXT)
