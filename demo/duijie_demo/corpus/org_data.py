"""Hand-written names of the fictional enterprises (eight per sector and country).

Rows under a ``[sector]`` heading: country | slug | English base name | Chinese base name |
focus topic (the topic, from the ``topics_*`` modules, whose offers the company writes).
The builder adds the legal suffix ("Pte. Ltd." / "私人有限公司" for Singapore,
"Shanghai … Co., Ltd." / "上海……有限公司" for Shanghai).  All names are invented; any
resemblance to a real company is unintended.
"""

from __future__ import annotations

_TABLE = """
[digital_ai]
SG | lionmind-ai | LionMind AI | 狮智人工智能 | llm_assistant
SG | kallang-analytics | Kallang Analytics | 加冷数据分析 | predictive_maintenance
SG | linguabridge | LinguaBridge | 语桥科技 | speech_translation
SG | merlion-vision | Merlion Vision Systems | 鱼尾狮视觉系统 | visual_inspection
SG | quantia-data | Quantia Data | 量迪数据 | document_ai
SG | pixelforge | PixelForge Studios | 像素工坊 | digital_human
SG | tembusu-edge | Tembusu Edge Computing | 檀木边缘计算 | edge_ai
SG | sentinel-privacy | Sentinel Privacy Tech | 哨卫隐私科技 | privacy_computing
CN | zhimou-vision | Zhimou Vision Technology | 智眸视觉科技 | visual_inspection
CN | yuxin-intelligence | Yuxin Intelligence | 语芯智能科技 | speech_translation
CN | shenlan-data | Shenlan Data Technology | 深澜数据科技 | predictive_maintenance
CN | hengzhi-ai | Hengzhi AI Technology | 恒智人工智能科技 | llm_assistant
CN | xinghe-compute | Xinghe Computing | 星河算力科技 | edge_ai
CN | miaoyu-digital | Miaoyu Digital Human | 妙语数字人科技 | digital_human
CN | tuzhi-tech | Tuzhi Technology | 图知科技 | knowledge_graph
CN | anshu-privacy | Anshu Privacy Computing | 安数隐私计算科技 | privacy_computing

[smart_city]
SG | citypulse | CityPulse Technologies | 城脉科技 | incident_triage
SG | greenwave-mobility | GreenWave Mobility | 绿波出行 | adaptive_signals
SG | parksense | ParkSense Asia | 泊感亚洲 | smart_parking
SG | silvercare-tech | SilverCare Tech | 银龄关怀科技 | fall_detection
SG | rainwatch | RainWatch Systems | 雨哨系统 | flood_warning
SG | crowdlens | CrowdLens Analytics | 群像分析 | crowd_analytics
SG | lumipost | LumiPost Urban | 明杆城市科技 | smart_lamppost
SG | twinscape | TwinScape Digital | 孪境数字 | city_digital_twin
CN | chengyun-zhikong | Chengyun Smart Control | 城运智控科技 | incident_triage
CN | luzhi-traffic | Luzhi Traffic Technology | 路智交通科技 | adaptive_signals
CN | bohui-parking | Bohui Parking Technology | 泊慧停车科技 | smart_parking
CN | anyang-eldercare | Anyang Eldercare Technology | 安养智慧养老科技 | fall_detection
CN | lvfen-environment | Lvfen Environmental Technology | 绿分环境科技 | waste_sorting
CN | huishui-intelligence | Huishui Intelligence | 汇水智能科技 | flood_warning
CN | jingtu-digital | Jingtu Digital Technology | 镜图数字科技 | city_digital_twin
CN | guangjie-lighting | Guangjie Smart Lighting | 光街智慧照明 | smart_lamppost

[healthcare]
SG | helix-medtech | Helix MedTech | 螺旋医疗科技 | ct_lung_ai
SG | pulseband | PulseBand Health | 脉带健康 | patch_ecg
SG | rehabotics | Rehabotics | 康动机器人 | rehab_exoskeleton
SG | dropdx | DropDx Diagnostics | 滴检诊断 | microfluidic_poct
SG | medirover | MediRover Robotics | 医行机器人 | hospital_delivery_robot
SG | glucowise | GlucoWise Health | 糖智健康 | diabetes_platform
SG | osteonav | OsteoNav Surgical | 骨导外科 | surgical_navigation
SG | sleepwell-sense | SleepWell Sense | 安眠感知 | sleep_apnoea
CN | yingrui-medical | Yingrui Medical Imaging | 影睿医学影像 | ct_lung_ai
CN | xinlu-medical | Xinlu Medical Devices | 心路医疗器械 | patch_ecg
CN | kangbu-robotics | Kangbu Rehabilitation Robotics | 康步康复机器人 | rehab_exoskeleton
CN | weijian-diagnostics | Weijian Diagnostics | 微检诊断技术 | microfluidic_poct
CN | yisong-robotics | Yisong Medical Robotics | 医送医疗机器人 | hospital_delivery_robot
CN | tangban-health | Tangban Health | 糖伴健康科技 | diabetes_platform
CN | jingwei-surgical | Jingwei Surgical | 精位手术科技 | surgical_navigation
CN | meigu-biomaterials | Meigu Biomaterials | 镁骨生物材料 | degradable_implants

[fintech]
SG | straitspay | StraitsPay | 海峡支付 | cross_border_payments
SG | ledgerline | LedgerLine Trade | 链线贸易科技 | trade_finance_chain
SG | veriface-id | VeriFace ID | 真面身份 | ekyc
SG | tanjong-risk | Tanjong Risk Analytics | 丹戎风险分析 | sme_credit
SG | clearflow-compliance | ClearFlow Compliance | 清流合规 | aml_monitoring
SG | greenledger | GreenLedger Finance | 绿账金融科技 | green_credit
SG | coverlink | CoverLink Insurtech | 保联保险科技 | parametric_insurance
SG | nestbuild-advisory | NestBuild Advisory | 筑巢智能投顾 | robo_advisory
CN | lianxin-fintech | Lianxin Fintech | 链信金融科技 | trade_finance_chain
CN | xinheng-credit | Xinheng Credit Technology | 信衡信用科技 | sme_credit
CN | ruishi-identity | Ruishi Identity Technology | 睿识身份科技 | ekyc
CN | huihu-payments | Huihu Payments | 汇沪支付科技 | cross_border_payments
CN | henggui-tech | Henggui Technology | 衡规科技 | regulatory_reporting
CN | tanxin-tech | Tanxin Technology | 碳信科技 | green_credit
CN | baozhi-insurtech | Baozhi Insurtech | 保智保险科技 | parametric_insurance
CN | zhitou-wealth | Zhitou Wealth Technology | 智投财富科技 | robo_advisory

[green]
SG | solarisle | SolarIsle Energy | 光岛能源 | solar_om
SG | voltkeep | VoltKeep Storage | 伏守储能 | storage_bms
SG | coolcore | CoolCore Data Systems | 酷芯液冷 | liquid_cooling
SG | carbonlens | CarbonLens | 碳镜科技 | carbon_footprint
SG | hydrogenix | Hydrogenix Asia | 氢能亚洲 | pem_electrolyser
SG | loopcell | LoopCell Recycling | 环电回收 | battery_recycling
SG | biocycle | BioCycle Solutions | 生循环境 | food_waste_ad
SG | aqualoop | AquaLoop Water | 水循环水务 | membrane_water_reuse
CN | guangyun-energy | Guangyun New Energy | 光运新能源 | solar_om
CN | chuan-storage | Chu'an Energy Storage | 储安储能科技 | storage_bms
CN | lvjian-energy | Lvjian Building Energy | 绿建能源科技 | hvac_optimisation
CN | tanji-tech | Tanji Technology | 碳迹科技 | carbon_footprint
CN | qingyuan-hydrogen | Qingyuan Hydrogen | 氢源氢能科技 | pem_electrolyser
CN | zaili-circular | Zaili Circular Technology | 再锂循环科技 | battery_recycling
CN | wotu-environment | Wotu Environmental | 沃土环境科技 | food_waste_ad
CN | chengmo-water | Chengmo Water Treatment | 澄膜水处理科技 | membrane_water_reuse

[manufacturing]
SG | aurora-robotics | Aurora Robotics | 极光机器人 | cobot_assembly
SG | additiva | Additiva Manufacturing | 增材先锋制造 | metal_additive
SG | foundryos | FoundryOS | 工坊云 | lightweight_mes
SG | waferscope | WaferScope Instruments | 晶镜仪器 | wafer_metrology
SG | femtoline | FemtoLine Lasers | 飞秒线激光 | ultrafast_laser
SG | maibo-automation | Maibo Automation | 迈博自动化 | factory_amr
SG | nanostage | NanoStage Precision | 纳台精密 | linear_motion
SG | carbonweave | CarbonWeave Composites | 碳织复合材料 | composite_layup
CN | xiezhi-robotics | Xiezhi Robotics | 协智机器人 | cobot_assembly
CN | rongfeng-additive | Rongfeng Additive Technology | 熔锋增材科技 | metal_additive
CN | yunjian-software | Yunjian Industrial Software | 云简工业软件 | lightweight_mes
CN | jingce-semicon | Jingce Semiconductor Equipment | 晶测半导体设备 | wafer_metrology
CN | ruiguang-laser | Ruiguang Laser | 锐光激光科技 | ultrafast_laser
CN | yunbang-robotics | Yunbang Robotics | 运邦机器人 | factory_amr
CN | weiyi-motion | Weiyi Motion Control | 微移运动控制 | linear_motion
CN | xiantan-composites | Xiantan Composites | 纤碳复合材料 | composite_layup

[logistics]
SG | coldtrace | ColdTrace Logistics | 冷迹物流科技 | cold_chain_iot
SG | routeyou | RouteYou | 路优科技 | route_optimisation
SG | stackhaus | StackHaus Automation | 叠仓自动化 | four_way_shuttle
SG | portsight | PortSight AI | 港眼智能 | container_ocr
SG | tarifflow | TariffFlow | 关流科技 | customs_classification
SG | corridortrack | CorridorTrack | 廊道追踪 | multimodal_visibility
SG | skyferry | SkyFerry Drones | 天渡无人机 | drone_delivery
SG | loopcrate | LoopCrate | 循箱科技 | returnable_packaging
CN | lenglian-tech | Lenglian Technology | 冷联科技 | cold_chain_iot
CN | lutu-logistics | Lutu Logistics Technology | 路图物流科技 | route_optimisation
CN | cangzhi-automation | Cangzhi Automation | 仓智自动化 | four_way_shuttle
CN | gangshi-intelligence | Gangshi Intelligence | 港视智能科技 | container_ocr
CN | guanyi-tech | Guanyi Technology | 关易科技 | customs_classification
CN | lianyun-scm | Lianyun Supply Chain | 联运供应链管理 | multimodal_visibility
CN | feida-uav | Feida UAV | 飞达无人机 | drone_delivery
CN | huanxiang-packaging | Huanxiang Packaging Technology | 环箱包装科技 | returnable_packaging

[construction]
SG | buildsmart-bim | BuildSmart BIM | 智建信息模型 | bim_code_check
SG | modulink | ModuLink Prefab | 模联预制 | precast_production
SG | safesite | SafeSite AI | 安工智能 | site_safety_ai
SG | facadefly | FacadeFly | 墙飞检测 | facade_inspection
SG | strainwise | StrainWise Monitoring | 知应监测 | structural_health
SG | finishbot | FinishBot Robotics | 精饰机器人 | finishing_robots
SG | ecocrete | EcoCrete Materials | 绿凝建材 | low_carbon_concrete
SG | liftup-retrofit | LiftUp Retrofit | 升宜加梯 | lift_retrofit
CN | zhishen-building | Zhishen Building Technology | 智审建筑科技 | bim_code_check
CN | yuzhi-building | Yuzhi Prefab Building | 预智建筑科技 | precast_production
CN | anzhu-tech | Anzhu Technology | 安筑科技 | site_safety_ai
CN | qiangjian-inspection | Qiangjian Inspection | 墙检科技 | facade_inspection
CN | jiance-structure | Jiance Structural Monitoring | 健测结构监测 | structural_health
CN | tujiang-robotics | Tujiang Construction Robotics | 涂匠建筑机器人 | finishing_robots
CN | tonglv-materials | Tonglv New Materials | 砼绿新材料 | low_carbon_concrete
CN | yijiati-engineering | Yijiati Engineering | 易加梯工程科技 | lift_retrofit
"""


def _rows(text: str) -> list[list[str]]:
    """Table rows prefixed with the sector of the ``[sector]`` heading above them."""
    rows, sector = [], ""
    for line in text.splitlines():
        if line.startswith("["):
            sector = line.strip("[] ")
        elif line.strip():
            rows.append([sector, *(cell.strip() for cell in line.split("|"))])
    return rows


ENTERPRISES = _rows(_TABLE)


def focus_topics() -> dict[str, str]:
    """Organisation key -> code of the topic the company specialises in."""
    return {f"{row[1].lower()}-{row[2]}": row[5] for row in ENTERPRISES}
