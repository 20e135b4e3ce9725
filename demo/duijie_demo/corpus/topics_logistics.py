"""Technology topics: logistics & supply chain (现代物流与供应链)."""

from __future__ import annotations

from .blocks import parse_topics

TEXT = """
= cold_chain_iot trl=8 ip=granted_patent also=healthcare
T 冷链物联网温湿度监测系统
  cold-chain IoT monitoring system
N 冷链全程温度监测
  end-to-end cold-chain temperature monitoring
A 医药物流 @healthcare
  pharmaceutical logistics
A 生鲜电商
  fresh-food e-commerce
A 疫苗配送 @healthcare
  vaccine distribution
A 跨境冷链海运
  reefer container shipping
D 一次性与可循环记录仪可选，测温精度±0.3摄氏度，支持4G与蓝牙双模上传。
  Single-use or reusable loggers measure to 0.3 degrees Celsius and upload over 4G or Bluetooth.
D 温度超限实时告警，全程数据不可篡改，满足GSP与GDP审计要求。
  Excursions trigger instant alerts and tamper-proof records satisfy GSP and GDP audits.
D 平台可按批次自动生成温度报告，供收货方在线查验。
  Batch temperature reports are generated automatically for consignees to check online.
R 需满足医药GDP规范，数据需可追溯且不可篡改。
  The system must comply with pharmaceutical GDP, with traceable and tamper-proof data.
R 设备需支持跨境运输全程监测，电池续航不少于60天。
  Devices must cover cross-border journeys with at least 60 days of battery life.
K 冷链物流, 温度监测, 物联网, 医药物流
  cold chain, temperature monitoring, IoT, pharmaceutical logistics

= route_optimisation trl=8 ip=software_copyright also=digital_ai
T 城市配送智能路径规划系统
  urban delivery route optimisation system
N 路径优化
  delivery route optimisation
A 社区团购
  community group buying
A 餐饮供应链
  food-service supply chains
A 快递末端配送
  last-mile parcel delivery
A 建材配送 @construction
  building materials delivery
D 考虑时间窗、车型限行与装载约束，千单规模路径求解时间小于1分钟。
  Handles time windows, access restrictions and loading rules for 1,000 orders in under a minute.
D 客户车辆里程平均下降15%，准时率提升至98%。
  Customers cut fleet mileage by 15% on average and reach 98% on-time delivery.
D 支持司机App实时导航与电子签收。
  A driver app provides live navigation and electronic proof of delivery.
R 需考虑收货时间窗与车辆限行规则，并支持动态插单。
  Delivery windows and vehicle restrictions must be respected, with orders added on the fly.
R 希望与现有订单系统和车载终端对接。
  It should connect to our order system and in-vehicle devices.
K 路径优化, 城市配送, 运筹优化, 车辆调度
  route optimisation, urban delivery, operations research, vehicle scheduling

= four_way_shuttle trl=8 ip=granted_patent
T 四向穿梭车密集存储系统
  four-way shuttle dense-storage system
N 仓储自动化
  warehouse automation
A 电商仓
  e-commerce fulfilment centres
A 冷库
  cold stores
A 医药仓 @healthcare
  pharmaceutical warehouses
A 保税仓
  bonded warehouses
D 存储密度较传统货架提升60%，出入库效率每小时超过1000托。
  Storage density is 60% higher than standard racking, handling over 1,000 pallets an hour.
D 穿梭车可在零下25摄氏度环境稳定运行。
  Shuttles run reliably at minus 25 degrees Celsius.
D 模块化设计，可随业务增长逐步增加车辆。
  The modular design adds shuttles as volumes grow.
R 需在有限仓储面积内提升存储密度，并适用冷库环境。
  We must raise storage density in a limited footprint, including cold rooms.
R 系统需与现有仓储管理系统对接。
  The system must link to our existing warehouse management system.
K 自动化立体库, 四向穿梭车, 仓储物流, 智能仓储
  automated storage and retrieval, four-way shuttle, warehousing, smart warehouse

= container_ocr trl=8 ip=granted_patent
T 集装箱码头智能理货与OCR识别系统
  container terminal AI tally and OCR system
N 集装箱自动识别与理货
  automated container identification and tally
A 自动化码头
  automated container terminals
A 内河港口
  river ports
A 铁路集装箱站
  rail container yards
A 冷藏箱堆场
  reefer yards
D 箱号、箱型与铅封识别准确率超过99.5%，支持夜间与雨天作业。
  Reads container numbers, type codes and seals with 99.5% accuracy, even at night or in rain.
D 自动检测箱体破损，残损记录实时上传。
  Detects damage automatically and uploads damage reports in real time.
D 单个岸桥部署仅需4台相机，改造不影响作业。
  Only four cameras per quay crane, installed without disrupting operations.
R 识别准确率需达到99%以上，并能识别箱体残损。
  Recognition must exceed 99% accuracy and detect container damage.
R 系统需与码头操作系统实时对接。
  Real-time integration with our terminal operating system is required.
K 智慧港口, OCR, 集装箱, 自动理货
  smart port, OCR, containers, automated tally

= customs_classification trl=7 ip=software_copyright also=digital_ai
T 跨境电商智能报关与商品归类系统
  AI customs declaration and HS classification system
N 商品智能归类
  automated HS code classification
A 跨境电商
  cross-border e-commerce
A 保税进口
  bonded imports
A 货运代理
  freight forwarding
A 展会物流 @park
  exhibition logistics
D 基于商品名称与图片自动推荐HS编码，前六位准确率超过93%。
  Suggests HS codes from product descriptions and images with 93% accuracy at six digits.
D 内置中国与东盟各国税率及监管条件库，自动校验申报要素。
  Built-in tariff and regulatory data for China and ASEAN checks declarations automatically.
D 支持中英文商品描述互译，减少报关差错。
  Translates product descriptions between Chinese and English to reduce errors.
R 需覆盖中国与新加坡海关规则，支持批量申报。
  The system must cover Chinese and Singapore customs rules and handle bulk declarations.
R 归类建议需给出依据，便于人工复核。
  Each classification must show its reasoning for review.
K 智能报关, HS编码, 跨境电商, 海关合规
  customs declaration, HS code, cross-border e-commerce, customs compliance

= multimodal_visibility trl=7 ip=software_copyright
T 多式联运供应链可视化平台
  multimodal supply-chain visibility platform
N 货物全程追踪
  end-to-end shipment tracking
A 中新海铁联运
  China-Singapore rail-sea intermodal routes
A 汽车零部件进口 @manufacturing
  automotive parts imports
A 半导体供应链 @manufacturing
  semiconductor supply chains
A 工程项目物资 @construction
  project cargo
D 整合船公司、铁路与卡车数据，货物位置更新频率达到15分钟。
  Combines carrier, rail and trucking data to update shipment positions every 15 minutes.
D 机器学习预测到港时间，误差控制在6小时以内。
  Machine learning predicts arrival times to within six hours.
D 异常事件自动预警，并推荐替代路线。
  Disruptions raise alerts with suggested alternative routes.
R 需覆盖海运、铁路与公路全程，并提供到港时间预测。
  Sea, rail and road legs must all be tracked, with arrival-time predictions.
R 希望提供中英文界面与开放API。
  A bilingual interface and an open API are required.
K 多式联运, 供应链可视化, 货物追踪, 物流数据
  intermodal transport, supply-chain visibility, shipment tracking, logistics data

= drone_delivery trl=7 ip=granted_patent
T 无人机末端配送系统
  drone delivery system
N 无人机物资配送
  drone-based delivery
A 海岛物资补给
  offshore island supply
A 医疗样本转运 @healthcare
  medical sample transport
A 园区即时配送 @park
  campus on-demand delivery
A 船舶岸基补给
  ship-to-shore supply runs
D 载重5千克，航程20公里，支持自动换电与精准降落。
  Carries 5 kg over 20 km with automatic battery swaps and precision landing.
D 具备超视距飞行与自动避障能力，已获得相关运行许可。
  Flies beyond visual line of sight with obstacle avoidance and holds operating approvals.
D 配送时间较地面运输缩短70%。
  Deliveries are 70% faster than by road.
R 需具备超视距飞行能力，并满足当地民航监管要求。
  Beyond-visual-line-of-sight capability and compliance with aviation rules are required.
R 单次配送载重不少于3千克。
  Each flight must carry at least 3 kg.
K 无人机配送, 低空经济, 末端物流, 自主飞行
  drone delivery, low-altitude economy, last-mile logistics, autonomous flight

= returnable_packaging trl=8 ip=granted_patent also=green
T 可循环智能周转箱管理系统
  smart returnable packaging management system
N 循环包装管理
  returnable packaging management
A 汽车零部件入厂物流 @manufacturing
  inbound automotive parts logistics
A 生鲜配送
  fresh produce distribution
A 电子元器件物流 @manufacturing
  electronics component logistics
A 医药流通 @healthcare
  pharmaceutical distribution
D 每个周转箱内置RFID标签，周转次数与位置可全程追踪。
  Each crate carries an RFID tag, so trips and locations are tracked throughout.
D 替代一次性纸箱，单箱可循环使用200次以上。
  Replaces single-use cartons and lasts more than 200 trips.
D 平台自动核算包装碳减排量。
  The platform calculates the carbon saved by reuse.
R 需实现周转箱全程追踪，降低丢失率。
  Crates must be tracked end to end to reduce losses.
R 希望提供租赁模式，减少一次性投入。
  A rental model is preferred to avoid upfront cost.
K 循环包装, RFID, 绿色物流, 周转箱
  returnable packaging, RFID, green logistics, reusable crates

= ev_fleet trl=7 ip=software_copyright also=green
T 新能源物流车队智能调度与充电管理平台
  EV fleet dispatch and charging management platform
N 新能源车辆调度与充电管理
  electric fleet dispatch and charging management
A 城市配送车队
  urban delivery fleets
A 港区集卡
  port haulage trucks
A 冷链车队
  refrigerated truck fleets
A 邮政网络
  postal networks
D 结合电价、电量与订单需求优化充电计划，充电成本降低25%。
  Plans charging around tariffs, battery levels and orders, cutting charging costs by 25%.
D 预测剩余续航，避免车辆途中缺电。
  Predicts remaining range so vehicles never run flat on the road.
D 支持多品牌车辆与充电桩接入。
  Works with vehicles and chargers from multiple brands.
R 需结合峰谷电价优化充电，并支持多品牌车辆。
  Charging must follow peak and off-peak tariffs across several vehicle brands.
R 希望实时监控车辆电量与位置。
  We need live monitoring of battery level and location.
K 电动物流车, 车队管理, 充电管理, 绿色物流
  electric delivery vehicles, fleet management, charging management, green logistics
"""

TOPICS = parse_topics("logistics", TEXT)
