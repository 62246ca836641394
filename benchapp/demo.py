"""Demo data: a shop with twelve people and about thirty RMAs, played through the real services.

Nothing is inserted behind the services' back: every RMA is received, handed over, screened,
repaired, re-inspected, packed and shipped by the use cases in ``benchapp.services``, so every
rule check, tracking-log line, slip and escalation in the demo is one the app itself produced.

Each RMA is a *story*: a generator that performs a few operations and then yields how long the
shop waits before its next step. A small scheduler runs all stories in one timeline, earliest
step first, with the unit of work's ``backdate`` set to the step's time. Document numbers and
log ids therefore follow the calendar, as they would in a real shop, and the history reaches
back twelve weeks. The content is fixed (seeded); only the dates move with the day of loading.
"""

from __future__ import annotations

import heapq
import random
import zlib
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy.engine import Engine

from benchapp.db.unit_of_work import SqlAlchemyUnitOfWork
from benchapp.demo_photos import defect_photo, receipt_photo
from benchapp.domain.calendar import WorkingCalendar
from benchapp.domain.errors import HandoverRefused
from benchapp.domain.rma import EscalationKind, EscalationStatus, NewRma, PartReplaced, Verdict
from benchapp.domain.roles import Actor, Station
from benchapp.domain.rules import CauseCategory
from benchapp.services import attachments as attachment_service
from benchapp.services import slips as slip_service
from benchapp.services import users as user_service
from benchapp.services import workflow

DEMO_PASSWORD = "demo1234"
# Who takes part in the demo's no-fault-found decisions (step 3a), one user per department.
NFF_PANEL = [("repair", "赵磊"), ("production", "吴刚"), ("tech", "徐明"), ("business", "张伟")]
# The demo shop's CA key passphrase (`benchapp user add` asks for it to issue certificates).
DEMO_CA_PASSPHRASE = "demo-ca-1234"
DEMO_SHOP = "华强精密电子 售后维修部"
DEMO_PIN = "1234"

# (username, display name, roles). The name is the person's alone: the app shows the role
# next to it (a role in the name showed it twice in the status bar). Badges BADGE-0001...
# follow this order; the README lists exactly these accounts, so keep names and order stable.
DEMO_USERS: list[tuple[str, str, list[str]]] = [
    ("admin", "周建国", ["admin"]),
    ("clerk", "张伟", ["business_clerk"]),
    ("packer", "李娜", ["packer"]),
    ("qclead", "王芳", ["qc_lead"]),
    ("tester", "刘洋", ["tester"]),
    ("oqc", "陈静", ["oqc_inspector"]),
    ("qcsup", "杨帆", ["qc_supervisor"]),
    ("repair", "赵磊", ["repair_engineer"]),
    ("prodlead", "黄勇", ["production_lead"]),
    ("prodsup", "吴刚", ["production_supervisor"]),
    ("techsup", "徐明", ["tech_supervisor"]),
    ("manager", "孙丽华", ["manager"]),
]

_SEED = 20160704  # QP-TPZ-002 took effect on 2016-07-04
_CN = timezone(timedelta(hours=8), "CST")  # the shop's wall clock (China has no DST)
_CN_OFFSET = 480

Progress = Callable[[int, int, str], None]


class DemoRefused(Exception):
    """The database already has users: the demo only ever loads into an empty database."""


@dataclass(frozen=True)
class DemoSummary:
    users: int
    rmas: int
    units: int
    handovers: int
    refusals: int
    escalations: int
    shipped_rmas: int
    repair_records: int


# ---------------------------------------------------------------------------------------------
# Products, their fixture tests, customers and carriers


@dataclass(frozen=True)
class _Limit:
    name: str
    unit: str
    low: float | None
    high: float | None
    nominal: float


@dataclass(frozen=True)
class _Model:
    serial_prefix: str
    tests: tuple[_Limit, ...]


_MODELS: dict[str, _Model] = {
    "PCBA-MC200-V3": _Model("MC2V3", (  # servo motor controller
        _Limit("VIN_24V", "V", 23.5, 24.5, 24.02), _Limit("VCC_5V", "V", 4.85, 5.15, 5.01),
        _Limit("VCC_3V3", "V", 3.20, 3.40, 3.30), _Limit("I_STANDBY", "mA", None, 180, 128))),
    "PCBA-PS450-V2": _Model("PS4V2", (  # 450 W power supply
        _Limit("VOUT_12V", "V", 11.76, 12.24, 12.03), _Limit("RIPPLE", "mV", None, 120, 46),
        _Limit("EFFICIENCY", "%", 88.0, None, 91.4))),
    "PCBA-LD80-V1": _Model("LD8V1", (  # 80 W LED driver
        _Limit("IOUT", "mA", 680, 720, 701), _Limit("VOUT", "V", 30.0, 36.0, 33.2),
        _Limit("PF", "", 0.95, None, 0.982))),
    "PCBA-GW10-V4": _Model("GW1V4", (  # IoT gateway
        _Limit("VCC_3V3", "V", 3.20, 3.40, 3.31), _Limit("I_RUN", "mA", None, 350, 212),
        _Limit("RSSI", "dBm", -75, None, -58))),
    "PCBA-BMS16-V2": _Model("BMS2", (  # 16-cell battery management
        _Limit("CELL_V_ERR", "mV", None, 10, 3.2), _Limit("I_SLEEP", "uA", None, 80, 41),
        _Limit("BAL_I", "mA", 45, 60, 52))),
    "PCBA-CHG60-V3": _Model("CH6V3", (  # 60 V / 10 A charger
        _Limit("VOUT", "V", 54.2, 54.8, 54.6), _Limit("IOUT", "A", 9.5, 10.5, 10.0),
        _Limit("T_RISE", "°C", None, 45, 31))),
    "PCBA-HMI7-V1": _Model("HMI7", (  # 7-inch HMI main board
        _Limit("VCC_5V", "V", 4.85, 5.15, 5.02), _Limit("BACKLIGHT", "mA", 140, 180, 161),
        _Limit("BOOT_TIME", "s", None, 8.0, 4.3))),
}

_DINGXIN = "深圳市鼎信智控科技有限公司"
_HENGTONG = "东莞市恒通电子有限公司"
_KERUI = "苏州科瑞自动化设备有限公司"
_MEIKONG = "佛山市美控电器有限公司"
_BOYUAN = "杭州博远物联技术有限公司"
_LANGHUI = "中山市朗辉照明电器有限公司"
_HUINENG = "广州汇能充电设备有限公司"
_LIANCHUANG = "厦门联创新能源科技有限公司"
_HUAQIANG = "深圳市华强工控设备有限公司"

# Each customer's contact for returns (on the service form) and the address parcels go to (on
# the shipping note). Invented, like the companies.
_CONTACTS: dict[str, tuple[str, str, str]] = {
    _DINGXIN: ("刘工（品质）", "0755-2671 3308", "广东省深圳市南山区科技园高新南七道 18 号 3 栋 5 楼"),
    _HENGTONG: ("陈经理", "0769-2288 6512", "广东省东莞市松山湖园区工业西路 6 号 B 栋"),
    _KERUI: ("王工", "0512-6283 9901", "江苏省苏州市工业园区星湖街 328 号 12 幢"),
    _MEIKONG: ("黄小姐（采购）", "0757-2232 4480", "广东省佛山市顺德区北滘镇工业大道 31 号"),
    _BOYUAN: ("周工", "0571-8663 2017", "浙江省杭州市滨江区江南大道 3850 号 7 楼"),
    _LANGHUI: ("梁经理", "0760-2258 7730", "广东省中山市古镇镇同益工业园 2 路 9 号"),
    _HUINENG: ("吴工（售后）", "020-3201 5566", "广东省广州市黄埔区科学大道 112 号 4 楼"),
    _LIANCHUANG: ("林工", "0592-5710 8823", "福建省厦门市集美区杏林湾路 492 号 A 座"),
    _HUAQIANG: ("郑工", "0755-8369 2245", "广东省深圳市福田区华强北路 1019 号 8 楼"),
}

_CARRIERS = (("顺丰速运", "SF", 12), ("德邦快递", "DPK", 12), ("京东物流", "JDX", 12),
             ("跨越速运", "KY", 10))


# ---------------------------------------------------------------------------------------------
# Faults as the repair bench records them (售后维修记录表)


@dataclass(frozen=True)
class _Fault:
    symptom: str
    root_cause: str
    cause: str  # CauseCategory key
    process: str
    department: str
    actions: str
    parts: tuple[tuple[str, str], ...]  # (reference designator, part number)
    minutes: tuple[int, int]
    defect: str = ""  # what the visual check sees; non-empty = screening outcome b (rework)

    def __post_init__(self) -> None:
        # A mistyped cause key would only surface halfway through a load; fail at import.
        CauseCategory(self.cause)


_FAULTS: dict[str, _Fault] = {
    "u12_solder": _Fault(
        "上电后电机不转，RS485 无通讯响应",
        "U12 MCU (LQFP48) 第 23、24 脚虚焊：回流焊峰值温度偏低 (实测 232°C，工艺要求 "
        "240-250°C)，焊点润湿不良，运输振动后开路",
        "production", "SMT贴片", "生产部",
        "拆除 U12，清理焊盘后更换新料重新焊接；X-Ray 确认焊点良好，功能测试通过",
        (("U12", "STM32F103C8T6"),), (45, 75)),
    "mcu_solder": _Fault(
        "上电后指示灯不亮，通讯无响应",
        "主控 U12 (LQFP64) 第 31、32 脚虚焊：回流焊峰值温度偏低 (实测 233°C，工艺要求 "
        "240-250°C)，焊点润湿不良",
        "production", "SMT贴片", "生产部",
        "U12 补焊并清洗，放大镜及 X-Ray 确认焊点良好，功能测试通过",
        (), (30, 50)),
    "q3_mosfet": _Fault(
        "无输出，Q3 位置发烫",
        "Q3 (AO4407A) D-S 击穿；该批次为代理商调货，耐压实测仅 22 V (规格 30 V)，疑似翻新料",
        "material", "来料检验", "品质部",
        "更换 Q3 (原厂渠道新料)；同批库存冻结，采购部向供应商索赔，IQC 增加耐压抽检",
        (("Q3", "AO4407A"), ("R41", "RC0603FR-0710RL")), (35, 55)),
    "c45_esr": _Fault(
        "输出电压纹波大，带载后反复重启",
        "C45 电解电容 (470µF/35V) 顶部轻微鼓起，ESR 实测 0.9 Ω (规格 ≤0.12 Ω)；"
        "同批来料抽检 ESR 超标，IQC 未检验 ESR",
        "material", "来料检验", "品质部",
        "更换 C45 为合格批次；同批库存隔离退供应商，IQC 增加 ESR 抽检项目",
        (("C45", "EEU-FR1V471"),), (20, 35)),
    "j3_cold": _Fault(
        "接线端子 J3 接触不良，带载时输出断续",
        "J3 端子 4 个引脚冷焊、锡量不足：波峰焊锡波高度偏低，助焊剂喷涂不均",
        "production", "波峰焊", "生产部",
        "J3 全部引脚补焊，清洗助焊剂残留，端子拉力测试合格",
        (), (20, 35), defect="J3 引脚焊点灰暗、锡量不足，目视可见冷焊"),
    "u7_bridge": _Fault(
        "上电即熔断保险丝 F1",
        "U7 (TPS54331) 第 2、3 脚间锡桥短路；AOI 程序阈值设置过宽漏判，出货目检未检出",
        "inspection", "AOI检测", "品质部",
        "清除锡桥，更换 F1；AOI 程序重新调试阈值，OQC 增加 U7 引脚放大镜检查",
        (("F1", "0451002.MRL"),), (25, 40), defect="U7 第 2、3 脚间锡桥，放大镜下清晰可见"),
    "c12_reversed": _Fault(
        "上电约 10 分钟后电容鼓包冒烟",
        "C12 电解电容极性插反 (丝印极性标识被元件本体遮挡)，插件后目检漏检",
        "production", "手工插件", "生产部",
        "更换 C12 并按正确极性安装；技术部修改丝印，极性标识移到元件外侧",
        (("C12", "EEU-FR1C102"),), (25, 40), defect="C12 电容负极标识朝向与丝印相反"),
    "r7_derating": _Fault(
        "使用约两个月后 LED 不亮",
        "R7 限流电阻 (0805, 1/8 W) 实际功耗 0.21 W，超出额定功率，长期过热开路；设计降额不足",
        "design", "电路设计", "技术部",
        "R7 改为 1206 1/4 W 规格；技术部已发 ECN-037 修改 BOM 及 PCB 封装",
        (("R7", "RC1206FR-0710RL"),), (30, 45)),
    "watchdog_fw": _Fault(
        "现场偶发死机，需断电重启才能恢复",
        "固件在 Flash 写入期间未喂狗，低温 (-10°C) 下 Flash 擦写变慢，触发复位后进入死循环",
        "design", "固件设计", "技术部",
        "烧录修正固件 V2.3.1；-20°C 低温循环 24 h 验证通过",
        (), (60, 120)),
    "reverse_polarity": _Fault(
        "上电冒烟，无任何输出",
        "客户现场输入电源正负极接反 (输入端子附近有明显烧痕)，D2 TVS 管击穿，F1 熔断",
        "customer", "客户使用", "客户",
        "更换 D2、F1，检查后级电路无损伤，功能测试通过；已提醒客户按丝印标识接线",
        (("D2", "SMBJ24CA"), ("F1", "0451002.MRL")), (30, 45)),
    "water_ingress": _Fault(
        "通讯异常，指示灯乱闪",
        "产品安装于潮湿环境且外壳未按说明密封，板面进水腐蚀，U3 (MAX3485) 周边焊盘氧化",
        "customer", "客户使用", "客户",
        "超声波清洗并烘干，更换 U3，补涂三防漆",
        (("U3", "MAX3485ESA+"),), (50, 80)),
    "c31_crack": _Fault(
        "静态电流偏大 (实测 4.1 mA，规格 ≤0.5 mA)，设备待机耗电异常",
        "C31 (0805 MLCC 100nF) 靠近 V-cut 边缘，分板应力导致陶瓷体裂纹漏电 (漏电流 3.8 mA)",
        "production", "分板", "生产部",
        "更换 C31；生产部改用铣刀式分板机，C31 距板边距离已反馈技术部",
        (("C31", "GRM21BR71H104KA01L"),), (25, 40)),
    "y1_crystal": _Fault(
        "低温下偶发无法开机 (常温复测正常)",
        "Y1 晶振 (16 MHz) 低温起振裕量不足，-20°C 频偏 +48 ppm (规格 ±20 ppm)，同批次一致性差",
        "material", "来料检验", "品质部",
        "更换 Y1 为合格批次；IQC 对该料号增加低温起振抽检",
        (("Y1", "X322516MLB4SI"),), (40, 70)),
    "u5_bga": _Fault(
        "开机卡在启动画面",
        "U5 (BGA) 焊球空洞率 35% (标准 ≤25%)，热循环后焊球开裂；钢网开孔偏小，锡量不足",
        "production", "SMT贴片", "生产部",
        "U5 重新植球焊接，X-Ray 确认空洞率 8%；钢网已重开",
        (), (90, 150)),
    "u12_residue": _Fault(
        "上电后电机间歇性抖动 (本 SN 第二次返修)",
        "上次返修重焊 U12 后 QFN 底部助焊剂残留未清洗干净，吸潮后引脚间漏电",
        "production", "售后返修", "生产部",
        "U12 重新拆焊并超声波清洗；返修作业指导书增加清洗后离子污染测试",
        (("U12", "STM32F103C8T6"),), (60, 90)),
    "not_reproduced": _Fault(
        "客户反馈现场偶发掉线",
        "72 小时高温老化及振动测试均未复现客户所述故障，硬件各项参数正常",
        "nff", "未复现 (无责任工序)", "技术部",
        "升级固件至 V3.2.1 (增加异常日志记录)，随货附日志读取说明，请客户再次出现时回传日志",
        (), (90, 180)),
    # The unit that would not stay fixed (rework limit): each attempt found a different cause.
    "u8_dcdc": _Fault(
        "5 V 电源输出掉电，整板无法工作",
        "U8 DC-DC (MP2307) 损坏，输出对地短路", "material", "来料检验", "品质部",
        "更换 U8，5 V 输出恢复", (("U8", "MP2307DN-LF-Z"),), (40, 60)),
    "l2_crack": _Fault(
        "复测 5 V 输出在 3.1 V 与 5 V 之间跳变",
        "L2 功率电感焊点开裂，接触不良", "production", "SMT贴片", "生产部",
        "更换 L2 并加锡焊接", (("L2", "SWPA6045S100MT"),), (30, 45)),
    "u8_pad_void": _Fault(
        "OQC 带载 30 分钟后 5 V 掉电",
        "U8 底部散热焊盘空洞过大，带载过热保护", "production", "SMT贴片", "生产部",
        "U8 重新焊接，散热焊盘补锡，X-Ray 确认", (("U8", "MP2307DN-LF-Z"),), (45, 70)),
    "via_crack": _Fault(
        "复测 5 V 仍间歇掉电",
        "切片分析发现 VCC 内层过孔孔铜断裂，疑似 PCB 来料电镀厚度不足",
        "material", "来料检验", "品质部",
        "外部飞线跨接断裂过孔作临时修复", (), (60, 90)),
}


# ---------------------------------------------------------------------------------------------
# The shop's defect-code library (issue 17.4): most faults are recorded with a code; a few keep
# their free text only, as before the library, and the administrator maps one of them.

_DEFECT_LIBRARY = """family,symptom_code,symptom,defect_code,defect,cause_code,cause,cause_category
PCBA-,S-COM,通讯无响应,D-SOLDER,焊点虚焊/开路,C-REFLOW,回流焊峰值温度偏低,production
PCBA-,S-COM,通讯无响应,D-CORROSION,板面腐蚀/氧化,C-MOISTURE,使用环境潮湿或进水,customer
PCBA-,S-PWR,无输出/掉电,D-SHORT,器件击穿/短路,C-PART-BAD,来料器件不良 (翻新/超规),material
PCBA-,S-RIPPLE,输出纹波大/反复重启,D-CAP,电容参数超标,C-IQC-ESR,来料电容 ESR 超标,material
PCBA-,S-CONTACT,端子接触不良,D-COLD,焊点冷焊/锡量不足,C-WAVE,波峰焊参数不当,production
PCBA-,S-FUSE,上电熔断保险丝,D-BRIDGE,引脚间锡桥,C-AOI-ESCAPE,AOI 阈值过宽漏判,inspection
PCBA-,S-SMOKE,上电冒烟/烧毁,D-POLARITY,元件极性装反,C-INSERT,手工插件错误,production
PCBA-,S-SMOKE,上电冒烟/烧毁,D-TVS,TVS/保险丝烧毁,C-MISWIRE,客户电源接反,customer
PCBA-,S-IDLE,待机电流偏大,D-CRACK,陶瓷电容裂纹,C-DEPANEL,分板应力,production
PCBA-,S-BOOT,无法启动,D-VOID,焊球/焊盘空洞,C-STENCIL,钢网开孔偏小/锡量不足,production
PCBA-,S-HANG,偶发死机,D-FW,固件缺陷,C-FW-DESIGN,固件设计缺陷,design
*,S-NFF,故障未复现,D-NFF,未发现缺陷,C-NFF,无故障 (NFF),nff
"""
# fault -> (defect code at the visual check, cause code of the repair record)
_FAULT_CODES: dict[str, tuple[str, str]] = {
    "u12_solder": ("", "C-REFLOW"), "mcu_solder": ("", "C-REFLOW"),
    "q3_mosfet": ("", "C-PART-BAD"), "c45_esr": ("", "C-IQC-ESR"),
    "j3_cold": ("D-COLD", "C-WAVE"), "u7_bridge": ("D-BRIDGE", "C-AOI-ESCAPE"),
    "c12_reversed": ("D-POLARITY", "C-INSERT"), "reverse_polarity": ("", "C-MISWIRE"),
    "water_ingress": ("", "C-MOISTURE"), "c31_crack": ("", "C-DEPANEL"),
    "not_reproduced": ("", "C-NFF"),
}
# Free texts recorded without a code that the administrator maps afterwards.
_MAPPED_FAULTS = {"u5_bga": "C-STENCIL"}


# Warranty terms (issue 17.2): the shop's 12 months from the ship date; 科瑞 counts 24 months
# from the boards' date codes; 恒通's PS450 supply is sold with a one-month dead-on-arrival
# term only, so its returns are out of warranty (two are repaired free by a logged
# exception). Returns naming no delivery have no ship date: unknown, the clerk decides.
_WARRANTY_TERMS = (("", "", 12, "ship-date"), (_KERUI, "", 24, "date-code"),
                   (_HENGTONG, "PCBA-PS450-V2", 1, "ship-date"))


def _load_warranty_terms(uow: SqlAlchemyUnitOfWork, admin: Actor) -> None:
    from benchapp.services import warranty

    for customer, model, months, basis in _WARRANTY_TERMS:
        warranty.set_terms(uow, admin, customer=customer, model=model, months=months,
                           basis=basis)


def _load_defect_codes(uow: SqlAlchemyUnitOfWork, admin: Actor) -> None:
    from benchapp.services import defect_codes

    defect_codes.import_library(uow, admin, csv_text=_DEFECT_LIBRARY, source="demo")


def _map_free_texts(uow: SqlAlchemyUnitOfWork, admin: Actor) -> None:
    from benchapp.services import defect_codes

    for fault, code in _MAPPED_FAULTS.items():
        defect_codes.map_text(uow, admin, text=_FAULTS[fault].root_cause, code=code)


# ---------------------------------------------------------------------------------------------
# The bench: shared state of one load, and the scheduler

# A story step: yields how long to wait before the next step, may return a value at the end.
_Steps = Generator[timedelta, None, Any]


class _Bench:
    def __init__(self, uow: SqlAlchemyUnitOfWork, now: datetime) -> None:
        self.uow = uow
        self.now = now
        self.actors: dict[str, Actor] = {}
        self.user_ids: dict[str, int] = {}
        self.used_serials: set[str] = set()
        self.rmas = 0
        self.units = 0
        self.handovers = 0
        self.refusals = 0
        self.repair_records = 0
        self.shipped: set[str] = set()
        self.comes_back = ""  # the serial of the repeat return
        self.deliveries: set[str] = set()  # delivery numbers returns have named so far
        self.port: slip_service.SlipPort | None = None  # set by load_demo (loads pyHanko)
        self.calendar = WorkingCalendar()  # set by load_demo from the seeded calendar

    @property
    def clock(self) -> datetime:
        assert self.uow.backdate is not None
        return self.uow.backdate

    def day(self, days_ago: int, hhmm: str) -> datetime:
        """A wall-clock time in the shop, ``days_ago`` calendar days before today, moved back
        to the working day before when that day is a weekend or a holiday."""
        day = self.now.astimezone(_CN).date() - timedelta(days=days_ago)
        for _ in range(30):
            if self.calendar.is_working_day(day):
                break
            day -= timedelta(days=1)
        hh, mm = (int(x) for x in hhmm.split(":"))
        return datetime.combine(day, time(hh, mm), tzinfo=_CN).astimezone(UTC)

    def run(self, stories: list[tuple[datetime, _Story, _Steps]],
            report: Callable[[str], None]) -> None:
        """Run every story's steps in time order; each step writes at its own time."""
        queue = [(start, i, story, steps) for i, (start, story, steps) in enumerate(stories)]
        heapq.heapify(queue)
        while queue:
            at, i, story, steps = heapq.heappop(queue)
            # People work in working hours on working days: a step that would fall on an
            # evening, a weekend or a holiday waits for the next working moment, so the time
            # limits (counted in working time) see a shop that keeps its hours. Only the last
            # steps of the stories still under way end at the present: a step after the
            # load's start would put "future" rows into the database, which no screen expects.
            at = min(self.calendar.add_working_hours(at, 0, _CN_OFFSET), self.now)
            self.uow.backdate = at
            try:
                wait = next(steps)
            except StopIteration:
                if story.name != "quality_desk":  # progress counts users and RMAs
                    report(f"{story.rma_no} {story.customer}")
                continue
            heapq.heappush(queue, (at + wait, i, story, steps))
        self.uow.backdate = None


class _Story:
    """One RMA's life. Methods that take time are generators: use them with ``yield from``."""

    def __init__(self, bench: _Bench, name: str, seed: int) -> None:
        self.b = bench
        self.name = name
        self.uow = bench.uow
        # One generator per story: its content does not depend on how stories interleave.
        self.rng = random.Random(seed)
        self.rma_no = ""
        self.customer = ""
        self.serials: list[str] = []
        self.model = ""
        self.worker: dict[str, str] = {}  # serial -> who works on it at the repair station

    # -- time ------------------------------------------------------------------------------

    def minutes(self, lo: float, hi: float) -> timedelta:
        return timedelta(minutes=self.rng.uniform(lo, hi))

    def hours(self, lo: float, hi: float) -> timedelta:
        return timedelta(hours=self.rng.uniform(lo, hi))

    def next_morning(self) -> timedelta:
        """Until 08:30-09:30 the next day in the shop."""
        local = self.b.clock.astimezone(_CN)
        target = datetime.combine(local.date() + timedelta(days=1), time(8, 30), tzinfo=_CN)
        return target - local + self.minutes(0, 60)

    def actor(self, username: str) -> Actor:
        return self.b.actors[username]

    # -- data ----------------------------------------------------------------------------

    def new_serial(self, model: str) -> str:
        made = self.b.clock - timedelta(weeks=self.rng.randint(12, 60))
        while True:
            serial = (f"{_MODELS[model].serial_prefix}-{made:%y%m}-"
                      f"{self.rng.randint(100, 9999):05d}")
            if serial not in self.b.used_serials:
                self.b.used_serials.add(serial)
                return serial

    def made_in_drift_week(self, model: str) -> str:
        """A serial of a board built in the month the reflow oven ran cold (_REFLOW_DRIFT_WEEKS
        before today): its date code is that month's, whatever the model, so the boards that
        come back with cold-soldered MCUs form a date-code cluster (issue 17.1)."""
        made = self.b.now - timedelta(weeks=_REFLOW_DRIFT_WEEKS)
        while True:
            serial = (f"{_MODELS[model].serial_prefix}-{made:%y%m}-"
                      f"{self.rng.randint(100, 9999):05d}")
            if serial not in self.b.used_serials:
                self.b.used_serials.add(serial)
                return serial

    def measurements(self, fail: bool) -> list[dict[str, Any]]:
        """Fixture readings as the fixture driver reports them; FAIL has one out of limits."""
        tests = _MODELS[self.model].tests
        bad = self.rng.randrange(len(tests)) if fail else -1
        out = []
        for i, t in enumerate(tests):
            if i == bad:
                if t.low is not None and t.low > 0:
                    value = t.low * self.rng.uniform(0.0, 0.85)  # no or collapsed output
                elif t.high is not None:
                    value = t.high + abs(t.high) * self.rng.uniform(0.2, 1.5)
                else:
                    assert t.low is not None
                    value = t.low - abs(t.low) * self.rng.uniform(0.1, 0.6)
            else:
                value = t.nominal * (1 + self.rng.uniform(-0.008, 0.008))
                if t.low is not None:
                    value = max(value, t.low)
                if t.high is not None:
                    value = min(value, t.high)
            out.append({"name": t.name, "value": round(value, 3), "unit": t.unit, "low": t.low,
                        "high": t.high, "verdict": Verdict.FAIL if i == bad else Verdict.PASS})
        return out

    def lot_of(self, serial: str) -> tuple[str, str]:
        """(work order, date code) of a board whose serial carries its build month (yymm)."""
        try:
            yymm = serial.split("-")[1]
            made = date(2000 + int(yymm[:2]), int(yymm[2:4]), 15)
        except (IndexError, ValueError):
            return "", ""
        iso = made.isocalendar()
        # A work order a month, numbered by the line; the week the board was made.
        return (f"WO-{yymm}-{_MODELS[self.model].serial_prefix}",
                f"{iso.year % 100:02d}{iso.week:02d}")

    def part(self, ref_des: str, part_no: str) -> PartReplaced:
        made = self.b.clock - timedelta(weeks=self.rng.randint(6, 30))
        iso = made.isocalendar()
        return PartReplaced(ref_des=ref_des, part_no=part_no, qty=1,
                            lot=f"L{made:%y%m%d}-{self.rng.randint(1, 24):02d}",
                            date_code=f"{iso.year % 100:02d}{iso.week:02d}")

    # -- step 1: receive ---------------------------------------------------------------------

    def receive(self, *, customer: str, model: str, qty: int, complaint: str,
                declared: int | None = None, requirement: str = "repair",
                billing: str = "warranty", due_days: int = 10, batch: bool = False,
                labelled: bool = True, serials: Iterable[str] = (),
                billing_reason: str = "") -> list[str]:
        self.model = model
        given = list(serials)
        while labelled and len(given) < qty:
            given.append(self.new_serial(model))
        local_day = self.b.clock.astimezone(_CN).date()
        delivery_no, delivered, weeks = _DELIVERIES.get(self.name, ("", None, 0))
        # The ship date is on the first return's delivery note; later ones refer to it.
        first_of_delivery = delivery_no and delivery_no not in self.b.deliveries
        self.b.deliveries.add(delivery_no)
        # The board's work order and date code, from the label: the month in its serial.
        lot, date_code = self.lot_of(given[0] if given else "")
        trace = {serial: self.lot_of(serial) for serial in given}
        form = NewRma(
            customer=customer, model=model, declared_qty=declared or qty, counted_qty=qty,
            complaint=complaint, requirement=requirement, billing=billing,
            due_date=local_day + timedelta(days=due_days), batch=batch,
            storage_location=f"售后待处理区 {self.rng.choice('ABC')}-{self.rng.randint(1, 12):02d}",
            serials=given, delivery_no=delivery_no, delivered_qty=delivered,
            ship_date=(local_day - timedelta(weeks=weeks)) if first_of_delivery else None,
            # Unlabelled boards: the lot is unknown too.
            production_lot=lot if given else "", date_code=date_code if given else "",
            unit_trace=trace, billing_reason=billing_reason,
            contact=_CONTACTS.get(customer, ("", "", ""))[0],
            contact_phone=_CONTACTS.get(customer, ("", "", ""))[1])
        received = workflow.receive_rma(self.uow, self.actor("clerk"), form)
        self.rma_no, self.serials = received.rma_no, received.serials
        self.customer = customer
        self.b.rmas += 1
        self.b.units += len(received.serials)
        return received.serials

    # -- handovers ---------------------------------------------------------------------------

    def offer(self, frm: Station, to: Station, serials: list[str], giver: str) -> str:
        # A real signed slip, so a new user finds PDFs with both signatures at once.
        slip = slip_service.hand_over(self.uow, self.actor(giver), rma_no=self.rma_no,
                                      from_station=frm, to_station=to, serials=serials,
                                      declared_count=len(serials), password=DEMO_PASSWORD,
                                      port=self.b.port)
        self.b.handovers += 1
        return slip.slip_no

    def accept(self, slip_no: str, to: Station, scanned: list[str], receiver: str) -> None:
        slip_service.receive(self.uow, self.actor(receiver), slip_no=slip_no, station=to,
                             scanned=scanned, password=DEMO_PASSWORD, port=self.b.port)

    def hand_over(self, frm: Station, to: Station, serials: list[str], giver: str,
                  receiver: str, *, left_behind: str | None = None) -> _Steps:
        """Giver signs the slip, receiver scans every unit and countersigns.

        ``left_behind``: the giver forgot that unit; the receiver's count comes up short, the
        slip is refused (5.3.4) and the giver brings everything again on a new slip.
        """
        slip_no = self.offer(frm, to, serials, giver)
        yield self.minutes(5, 30)
        if left_behind is not None:
            try:
                self.accept(slip_no, to, [s for s in serials if s != left_behind], receiver)
            except HandoverRefused:
                self.b.refusals += 1
            else:
                raise AssertionError(f"{slip_no}: a short count was accepted")
            yield self.minutes(20, 50)
            slip_no = self.offer(frm, to, serials, giver)
            yield self.minutes(3, 10)
        self.accept(slip_no, to, list(serials), receiver)
        yield self.minutes(5, 15)

    def intake(self, *, left_behind: str | None = None) -> _Steps:
        """Steps 1-2: business hands the form and the units to the QC packer."""
        yield self.minutes(30, 90)
        yield from self.hand_over(Station.RECEIVING, Station.QC, self.serials, "clerk",
                                  "packer", left_behind=left_behind)

    # -- step 3: first screening -------------------------------------------------------------

    def screen(self, serial: str, fault: str | None, *, visual: bool = True,
               sign: bool = True) -> _Steps:
        """Fixture test by the tester, visual check by the QC lead. No fault = outcome a."""
        f = _FAULTS[fault] if fault else None
        test = Verdict.PASS if f is None else Verdict.FAIL
        workflow.record_screening_test(self.uow, self.actor("tester"), rma_no=self.rma_no,
                                       serial=serial, verdict=test,
                                       measurements=self.measurements(test == Verdict.FAIL))
        yield self.minutes(4, 12)
        if not visual:
            return
        if f is not None and f.defect:
            # Outcome b: the original inspection missed a visible defect; the OQC inspector
            # who passed the lot is the responsible inspector and signs the anomaly form.
            workflow.record_visual_inspection(
                self.uow, self.actor("qclead"), rma_no=self.rma_no, serial=serial,
                verdict=Verdict.FAIL, defect=f.defect,
                responsible_inspector_id=self.b.user_ids["oqc"],
                defect_code=_FAULT_CODES.get(fault or "", ("", ""))[0])
            self.worker[serial] = "prodlead"
            self.photograph(serial, f.defect.split()[0])
            if sign:
                yield self.minutes(20, 90)
                yield from self.sign_anomaly_form(serial)
        else:
            workflow.record_visual_inspection(self.uow, self.actor("qclead"),
                                              rma_no=self.rma_no, serial=serial,
                                              verdict=Verdict.PASS)
            self.worker[serial] = "repair"
        yield self.minutes(3, 10)

    def photograph(self, serial: str, ref: str) -> None:
        """The QC lead's photo of the visible defect, the part ringed (issue 17.3); drawn
        from the serial, not the story's generator, so the rest of the story stays as it was."""
        attachment_service.attach(
            self.uow, self.actor("qclead"), target=serial, file_name=f"{serial}-{ref}.jpg",
            data=defect_photo(zlib.crc32(serial.encode()), model=self.model, serial=serial,
                              ref=ref))

    def sign_anomaly_form(self, serial: str) -> _Steps:
        with self.uow:
            forms = [f.form_no for f in self.uow.rmas.get(self.rma_no).anomaly_forms
                     if f.serial == serial and not f.signed]
        for form_no in forms:
            workflow.sign_anomaly_form(self.uow, self.actor("oqc"), rma_no=self.rma_no,
                                       form_no=form_no, password=DEMO_PASSWORD,
                                       port=self.b.port)
        yield self.minutes(2, 5)

    def screen_all(self, plan: dict[str, str | None]) -> _Steps:
        for serial, fault in plan.items():
            yield from self.screen(serial, fault)

    # -- step 4: repair and rework -------------------------------------------------------

    def to_bench(self, serials: list[str]) -> _Steps:
        """QC lead hands units to the repair station: rework to the line, repair to the
        engineer, on separate slips because a different person receives each."""
        for who in ("prodlead", "repair"):
            mine = [s for s in serials if self.worker.get(s, "repair") == who]
            if mine:
                yield from self.hand_over(Station.QC, Station.REPAIR, mine, "qclead", who)

    def work(self, serial: str, fault: str, *, confirm: bool = True) -> _Steps:
        f = _FAULTS[fault]
        who = self.worker.get(serial, "repair")
        if confirm:
            workflow.confirm_due_date(self.uow, self.actor(who), rma_no=self.rma_no,
                                      serial=serial, can_meet=True)
            yield self.minutes(5, 20)
        minutes = self.rng.randint(*f.minutes)
        yield timedelta(minutes=minutes)
        workflow.record_repair(
            self.uow, self.actor(who), rma_no=self.rma_no, serial=serial, symptom=f.symptom,
            root_cause=f.root_cause, cause_category=f.cause, responsible_process=f.process,
            responsible_department=f.department, actions=f.actions,
            parts=[self.part(ref, pn) for ref, pn in f.parts], repair_minutes=minutes,
            cause_code=_FAULT_CODES.get(fault, ("", ""))[1])
        self.b.repair_records += 1
        yield self.minutes(5, 20)

    def back_to_qc(self, serials: list[str]) -> _Steps:
        """Count and hand the repaired units to the QC test group (one slip per giver)."""
        for who in ("prodlead", "repair"):
            mine = [s for s in serials if self.worker.get(s, "repair") == who]
            if mine:
                yield from self.hand_over(Station.REPAIR, Station.QC, mine, who, "tester")

    def escalation_id(self, kind: EscalationKind, serial: str | None = None) -> int:
        with self.uow:
            found = [e.id for e in self.uow.escalations.list(status=EscalationStatus.OPEN)
                     if e.rma_no == self.rma_no and e.kind is kind
                     and (serial is None or e.serial == serial)]
        assert len(found) == 1 and found[0] is not None, (self.rma_no, kind, serial, found)
        return found[0]

    def decide(self, kind: EscalationKind, serial: str | None, decider: str, decision: str,
               reason: str, **extra: Any) -> None:
        if kind is EscalationKind.NFF:  # step 3a: decided jointly
            extra.setdefault("participants", NFF_PANEL)
        workflow.decide_escalation(self.uow, self.actor(decider),
                                   escalation_id=self.escalation_id(kind, serial),
                                   decision=decision, reason=reason, password=DEMO_PASSWORD,
                                   port=self.b.port, **extra)

    # -- step 5: re-inspection -------------------------------------------------------------

    def reinspect(self, serial: str, *, test: str = Verdict.PASS, oqc: str = Verdict.PASS,
                  note: str = "") -> _Steps:
        workflow.record_reinspection_test(self.uow, self.actor("tester"), rma_no=self.rma_no,
                                          serial=serial, verdict=test,
                                          measurements=self.measurements(test == Verdict.FAIL),
                                          password=DEMO_PASSWORD, port=self.b.port)
        yield self.minutes(5, 15)
        if test == Verdict.FAIL:
            return
        workflow.record_oqc(self.uow, self.actor("oqc"), rma_no=self.rma_no, serial=serial,
                            verdict=oqc, notes=note, password=DEMO_PASSWORD, port=self.b.port)
        yield self.minutes(5, 15)

    def reinspect_all(self, serials: list[str]) -> _Steps:
        for serial in serials:
            yield from self.reinspect(serial)

    def repair_cycle(self, serials: list[str], faults: dict[str, str]) -> _Steps:
        """Screening (outcome c) through repair to a passed re-inspection, the usual day."""
        yield from self.screen_all(faults)
        yield from self.to_bench(serials)
        yield self.next_morning()
        yield from self.repair_all(faults)
        yield from self.back_to_qc(serials)
        yield self.hours(1, 2)
        yield from self.reinspect_all(serials)

    # -- steps 6-7: pack and ship --------------------------------------------------------------

    def to_packing(self, serials: list[str]) -> _Steps:
        yield from self.hand_over(Station.QC, Station.PACKING, serials, "oqc", "packer")

    def pack(self, serials: list[str]) -> _Steps:
        yield self.minutes(20, 60)
        workflow.pack_units(self.uow, self.actor("packer"), rma_no=self.rma_no,
                            serials=serials, counted=len(serials))
        yield self.minutes(10, 40)

    def to_business(self, serials: list[str]) -> _Steps:
        yield from self.hand_over(Station.PACKING, Station.RECEIVING, serials, "packer",
                                  "clerk")

    def ship(self, serials: list[str]) -> _Steps:
        yield self.minutes(30, 120)
        carrier, prefix, digits = self.rng.choice(_CARRIERS)
        tracking = prefix + "".join(str(self.rng.randrange(10)) for _ in range(digits))
        workflow.ship_units(self.uow, self.actor("clerk"), rma_no=self.rma_no,
                            serials=serials, carrier=carrier, tracking_no=tracking,
                            password=DEMO_PASSWORD, port=self.b.port,
                            address=_CONTACTS.get(self.customer, ("", "", ""))[2])
        self.b.shipped.add(self.rma_no)

    def finish(self, serials: list[str]) -> _Steps:
        """OQC notifies the packer; packed, counted, handed to business, shipped."""
        yield from self.to_packing(serials)
        yield from self.pack(serials)
        yield from self.to_business(serials)
        yield from self.ship(serials)

    # -- the usual path ------------------------------------------------------------------

    def standard(self, plan: dict[str, str | None]) -> _Steps:
        """Receive-to-ship for units that each have a fault the bench can find and fix."""
        yield from self.intake()
        yield from self.screen_to_ship(plan)

    def screen_to_ship(self, plan: dict[str, str | None]) -> _Steps:
        """From QC intake on: screening the next morning, repair, re-inspection, shipping."""
        yield self.next_morning()
        yield from self.screen_all(plan)
        yield self.hours(1, 3)
        yield from self.to_bench(list(plan))
        yield self.next_morning()
        yield from self.repair_all(plan)
        yield from self.back_to_qc(list(plan))
        yield self.hours(1, 4)
        yield from self.reinspect_all(list(plan))
        yield self.next_morning()
        yield from self.finish(list(plan))

    def repair_all(self, plan: dict[str, str | None]) -> _Steps:
        for serial, fault in plan.items():
            assert fault is not None
            yield from self.work(serial, fault)


# ---------------------------------------------------------------------------------------------
# The customers' deliveries the returns refer to (step 8 counts against their quantity): a
# shop ships hundreds to thousands of boards per delivery, so a few returned boards are well
# under 0.5 % and only a few deliveries raise a complaint notice. Story name -> (delivery no.,
# delivered quantity or None when the customer's paperwork does not say, weeks between that
# delivery and the return). A story not listed names no delivery (the customer did not say).
_DELIVERIES: dict[str, tuple[str, int | None, int]] = {
    # 3 of 500 (0.6 %): notice; the board that comes back later joins it (s_repeat_return).
    "s_first_mc200": ("DX-SO-2607-0412", 500, 5),
    "s_repeat_return": ("DX-SO-2607-0412", None, 14),
    "s_rework_limit": ("DX-SO-2608-0530", 2400, 4),
    "p_at_repair": ("DX-SO-2609-0611", 3000, 6),
    "p_ready_to_pack": ("DX-SO-2609-0611", None, 7),
    "s_refused_intake": ("HT-DN-260712", 1500, 6),
    "s_returned_as_is": ("HT-DN-260712", 1500, 9),
    "p_reinspection": ("HT-DN-260903", 2000, 5),
    # A batch problem: 6 of 800 (0.75 %), a notice.
    "s_batch_shipped": ("KR-PO-2607-118", 800, 3),
    "s_mlcc_crack": ("KR-PO-2609-140", 1200, 6),
    "p_cannot_find": ("KR-PO-2609-140", None, 8),
    "p_ready_to_ship": ("KR-PO-2609-140", None, 8),
    "s_paid_customer_damage": ("MK-2607-031", 3000, 4),
    "s_cannot_find_returned": ("MK-2607-031", None, 12),
    "p_returning": ("MK-2609-044", 2500, 6),
    "p_batch_rework": ("MK-2609-052", 400, 3),
    "s_nff_returned": ("BY-DN-0726", 1000, 6),
    "s_not_reproduced": ("BY-DN-0726", None, 13),
    "p_screening": ("BY-DN-0911", 1800, 5),
    "p_packed": ("BY-DN-0911", None, 5),
    # 4 of 600 (0.67 %): a notice.
    "s_visible_defects": ("LH-260729-07", 600, 8),
    "p_at_packing": ("LH-260905-02", 3600, 4),
    "s_rework_loop": ("HN-SO-8841", 2000, 6),
    "p_to_rework": ("HN-SO-9017", 1500, 3),
    # 3 of 500 (0.6 %): a notice (a small pilot delivery).
    "s_nff_to_repair": ("HQ-2608-77", 500, 6),
    # The customer's delivery note gives no quantity: the rule cannot be evaluated (and says so).
    "s_due_date": ("LC-DN-5521", None, 5),
    "p_due_date": ("LC-DN-5603", None, 3),
}


# The reflow oven ran cold for a while (the mcu_solder root cause: peak 233 °C): boards of
# three models built that month come back within days of each other from three customers with
# cold-soldered MCUs. Same cause (C-REFLOW), one date code, >= 3 units in 30 days: the
# Supervisor's Clusters tab and `benchapp trace clusters` show it.
_REFLOW_DRIFT_WEEKS = 20


# ---------------------------------------------------------------------------------------------
# The stories. Shipped ones first (oldest first), then the work in progress on the benches.

_StoryFn = Callable[[_Story], _Steps]


def _s_first_mc200(s: _Story) -> _Steps:
    u = s.receive(customer=_DINGXIN, model="PCBA-MC200-V3", qty=3,
                  complaint="客户产线装机测试时发现 3 块伺服控制板上电后电机不转，RS485 "
                            "无通讯响应，要求尽快维修返回。")
    s.b.comes_back = u[0]  # this board returns weeks later (_s_repeat_return)
    yield from s.standard({u[0]: "u12_solder", u[1]: "u12_solder", u[2]: "q3_mosfet"})


def _s_refused_intake(s: _Story) -> _Steps:
    u = s.receive(customer=_HENGTONG, model="PCBA-PS450-V2", qty=2,
                  complaint="电源板输出电压纹波大，整机带载运行约半小时后反复重启。",
                  billing_reason="超出到货一个月保修期；业务部经理同意按保修处理（长期客户）")
    yield from s.intake(left_behind=u[1])
    # 5.3.4: the refusal went to the QC supervisor, who closes the dispute the same day.
    yield s.hours(1, 2)
    s.decide(EscalationKind.DISPUTED_HANDOVER, None, "qcsup", "acknowledge",
             "业务员清点时漏放 1 块在周转箱内，已补齐并重新开交接单；提醒交接前按序列号逐一核对")
    yield from s.screen_to_ship({u[0]: "c45_esr", u[1]: "c45_esr"})


def _s_batch_shipped(s: _Story) -> _Steps:
    # 5.3.2: a batch problem skips screening; the line reworks the whole lot, then 100 % OQC.
    u = s.receive(customer=_KERUI, model="PCBA-BMS16-V2", qty=6, batch=True, due_days=7,
                  complaint="同批次 (D/C 2421) BMS 板在客户端批量出现均衡端子接触不良，"
                            "均衡电流时有时无，客户要求整批返修。")
    for serial in u:
        s.worker[serial] = "prodlead"
    yield from s.intake()
    yield s.hours(1, 2)
    yield from s.to_bench(u)
    yield s.next_morning()
    for serial in u:
        yield from s.work(serial, "j3_cold")
    yield from s.back_to_qc(u)
    yield s.hours(1, 2)
    yield from s.reinspect_all(u)
    yield s.next_morning()
    yield from s.finish(u)


def _s_paid_customer_damage(s: _Story) -> _Steps:
    u = s.receive(customer=_MEIKONG, model="PCBA-CHG60-V3", qty=2, billing="paid",
                  complaint="客户安装时充电机上电冒烟，无输出。客户同意付费维修。",
                  billing_reason="客户安装时电源反接，人为损坏不在保修范围，客户同意付费")
    # The clerk photographs the burnt boards as they came (issue 17.3): the customer's damage.
    attachment_service.attach(s.uow, s.actor("clerk"), target=s.rma_no,
                              file_name="as-received.jpg",
                              data=receipt_photo(zlib.crc32(s.rma_no.encode()), model=s.model,
                                                 count=len(u), note="burnt, as received"))
    yield from s.standard({u[0]: "reverse_polarity", u[1]: "reverse_polarity"})


def _s_nff_returned(s: _Story) -> _Steps:
    u = s.receive(customer=_BOYUAN, model="PCBA-GW10-V4", qty=2, requirement="analysis",
                  complaint="网关现场频繁死机掉线，客户要求分析原因并出具报告。")
    good, bad = u
    yield from s.intake()
    yield s.next_morning()
    yield from s.screen(good, None)
    yield from s.screen(bad, "watchdog_fw")
    yield s.hours(1, 2)
    yield from s.to_bench([bad])
    yield s.next_morning()
    yield from s.work(bad, "watchdog_fw")
    # Step 3a: the QC supervisor decides together with repair, tech and business.
    s.decide(EscalationKind.NFF, good, "qcsup", "return_to_customer",
             "品质主管组织维修、技术、业务联合评审：功能及 48 h 老化测试均正常；客户现场波特率"
             "误设为 9600 (系统要求 115200)，业务已向客户说明并提供配置指导，原样退回")
    yield from s.back_to_qc([bad])
    yield s.hours(1, 3)
    yield from s.reinspect(bad)
    yield s.next_morning()
    yield from s.finish(u)


def _s_visible_defects(s: _Story) -> _Steps:
    u = s.receive(customer=_LANGHUI, model="PCBA-LD80-V1", qty=4,
                  complaint="LED 驱动板 2 块上电即烧保险，2 块使用两个月后灯不亮。")
    yield from s.standard({u[0]: "u7_bridge", u[1]: "c12_reversed", u[2]: "r7_derating",
                           u[3]: "r7_derating"})


def _s_rework_loop(s: _Story) -> _Steps:
    u = s.receive(customer=_HUINENG, model="PCBA-CHG60-V3", qty=3,
                  complaint="充电桩模块充电过程中输出电流不稳，偶发过温保护。")
    plan: dict[str, str | None] = {u[0]: "c31_crack", u[1]: "mcu_solder", u[2]: "c45_esr"}
    yield from s.intake()
    yield s.next_morning()
    yield from s.screen_all(plan)
    yield from s.to_bench(u)
    yield s.next_morning()
    yield from s.repair_all(plan)
    yield from s.back_to_qc(u)
    yield s.hours(1, 3)
    yield from s.reinspect(u[0])
    yield from s.reinspect(u[1])
    # Step 5: OQC's load test fails the third unit; it loops back to repair (a KPI count).
    yield from s.reinspect(u[2], oqc=Verdict.FAIL, note="满载 10 A 运行 20 分钟后输出电流跌落至 7.8 A")
    yield s.hours(1, 2)
    yield from s.to_bench([u[2]])
    yield s.next_morning()
    yield from s.work(u[2], "c31_crack")
    yield from s.back_to_qc([u[2]])
    yield s.hours(1, 2)
    yield from s.reinspect(u[2])
    yield s.next_morning()
    yield from s.finish(u)


def _s_rework_limit(s: _Story) -> _Steps:
    u = s.receive(customer=_DINGXIN, model="PCBA-MC200-V3", qty=2, requirement="replace",
                  due_days=14, complaint="伺服控制板上电后无任何指示，整机无法启动。")
    stubborn, normal = u
    yield from s.intake()
    yield s.next_morning()
    yield from s.screen_all({stubborn: "u8_dcdc", normal: "u12_solder"})
    yield from s.to_bench(u)
    yield s.next_morning()
    yield from s.work(normal, "u12_solder")
    attempts = [("u8_dcdc", "test"), ("l2_crack", "oqc"), ("u8_pad_void", "test"),
                ("via_crack", "test")]
    for n, (fault, fails_at) in enumerate(attempts):
        yield from s.work(stubborn, fault)
        yield from s.back_to_qc([stubborn] if n else u)
        yield s.hours(1, 3)
        if n == 0:
            yield from s.reinspect(normal)
        if fails_at == "oqc":
            yield from s.reinspect(stubborn, oqc=Verdict.FAIL, note="带载 30 分钟后 5 V 掉电")
        else:
            yield from s.reinspect(stubborn, test=Verdict.FAIL)
        if n < len(attempts) - 1:
            yield s.hours(1, 3)
            yield from s.to_bench([stubborn])
            yield s.next_morning()
    # Fourth failure: past the shop's limit, locked to the production supervisor.
    yield s.next_morning()
    replacement = s.new_serial("PCBA-MC200-V3")
    s.decide(EscalationKind.REWORK_LIMIT, stubborn, "prodsup", "scrap_replace",
             "返修 4 次仍不合格；切片确认 VCC 内层过孔断裂，PCB 无法可靠修复。报废并以新板替换，"
             "同批 PCB 已要求供应商提供电镀厚度报告",
             replacement_serial=replacement)
    yield s.hours(1, 3)
    yield from s.finish([normal])


def _s_due_date(s: _Story) -> _Steps:
    u = s.receive(customer=_LIANCHUANG, model="PCBA-PS450-V2", qty=2, due_days=5,
                  complaint="储能柜辅助电源板无输出，客户项目验收在即，要求 5 天内返回。")
    late, ok = u
    yield from s.intake()
    yield s.next_morning()
    yield from s.screen_all({late: "q3_mosfet", ok: "c45_esr"})
    yield from s.to_bench(u)
    yield s.next_morning()
    # Step 4: the repairer first confirms the due date; a missing part makes that impossible.
    workflow.confirm_due_date(s.uow, s.actor("repair"), rma_no=s.rma_no, serial=late,
                              can_meet=False,
                              note="Q3 (AO4407A) 原厂渠道缺货，采购交期 10 天，无法按期完成")
    yield s.minutes(10, 30)
    yield from s.work(ok, "c45_esr")
    yield s.hours(2, 5)
    with s.uow:
        due = s.uow.rmas.get(s.rma_no).due_date
    assert due is not None
    s.decide(EscalationKind.DUE_DATE, late, "prodsup", "resume",
             "采购已加急从原厂调货，业务与客户协商交期顺延 7 天", new_due_date=due + timedelta(days=7))
    yield timedelta(days=4)
    yield from s.work(late, "q3_mosfet", confirm=False)
    yield from s.back_to_qc(u)
    yield s.hours(1, 3)
    yield from s.reinspect_all(u)
    yield s.next_morning()
    yield from s.finish(u)


def _s_nff_to_repair(s: _Story) -> _Steps:
    u = s.receive(customer=_HUAQIANG, model="PCBA-HMI7-V1", qty=3,
                  complaint="触摸屏主板冬季现场偶发开机卡在启动画面，部分无法开机。")
    cold, a, b = u
    yield from s.intake()
    yield s.next_morning()
    yield from s.screen(cold, None)
    yield from s.screen_all({a: "u5_bga", b: "u5_bga"})
    yield from s.to_bench([a, b])
    yield s.hours(3, 5)
    s.decide(EscalationKind.NFF, cold, "qcsup", "repair",
             "联合评审后安排 -20°C 低温复测，出现偶发无法启动，判定为间歇性故障，转维修工程师处理")
    yield s.minutes(20, 40)
    yield from s.to_bench([cold])
    yield s.next_morning()
    yield from s.repair_all({a: "u5_bga", b: "u5_bga", cold: "y1_crystal"})
    yield from s.back_to_qc(u)
    yield s.hours(1, 3)
    yield from s.reinspect_all(u)
    yield s.next_morning()
    yield from s.finish(u)


def _s_returned_as_is(s: _Story) -> _Steps:
    u = s.receive(customer=_HENGTONG, model="PCBA-PS450-V2", qty=2, billing="paid",
                  complaint="设备安装在户外机柜，雨季后通讯异常。已超保修期，客户要求先报价。")
    declined, repaired = u
    yield from s.intake()
    yield s.next_morning()
    yield from s.screen_all({declined: "water_ingress", repaired: "water_ingress"})
    yield s.hours(2, 4)
    # 5.3.1: customer-caused, so quoted; the customer declines one unit and takes it back as-is.
    workflow.return_as_is(s.uow, s.actor("clerk"), rma_no=s.rma_no, serial=declined,
                          reason="客户确认报价后放弃维修该块 (腐蚀严重，维修费高于新板)，要求原样退回")
    yield s.minutes(10, 30)
    yield from s.to_bench([repaired])
    yield s.next_morning()
    yield from s.work(repaired, "water_ingress")
    yield from s.back_to_qc([repaired])
    yield s.hours(1, 3)
    yield from s.reinspect(repaired)
    yield s.next_morning()
    yield from s.finish(u)


def _s_cannot_find_returned(s: _Story) -> _Steps:
    u = s.receive(customer=_MEIKONG, model="PCBA-CHG60-V3", qty=2,
                  complaint="充电机充电中途停止，面板报 E07 故障码。")
    fixed, ghost = u
    yield from s.intake()
    yield s.next_morning()
    yield from s.screen_all({fixed: "c31_crack", ghost: "mcu_solder"})
    yield from s.to_bench(u)
    yield s.next_morning()
    yield from s.work(fixed, "c31_crack")
    workflow.confirm_due_date(s.uow, s.actor("repair"), rma_no=s.rma_no, serial=ghost,
                              can_meet=True)
    yield s.hours(2, 4)
    workflow.cannot_find_fault(s.uow, s.actor("repair"), rma_no=s.rma_no, serial=ghost,
                               note="筛查时测试 NG 一次，维修台连续 8 h 带载及高低温测试均未复现 E07")
    yield s.next_morning()
    s.decide(EscalationKind.CANNOT_FIND_FAULT, ghost, "prodsup", "return_to_customer",
             "生产主管协同品质、技术复测 24 h 未复现；业务与客户确认原样返回并附测试报告，"
             "客户现场加装电流记录仪跟踪")
    yield s.minutes(20, 60)
    yield from s.back_to_qc(u)
    yield s.hours(1, 3)
    yield from s.reinspect(fixed)
    yield s.next_morning()
    yield from s.finish(u)


def _s_repeat_return(s: _Story) -> _Steps:
    # The same board as in the first story: the receipt flags "2nd return in 90 days".
    u = s.receive(customer=_DINGXIN, model="PCBA-MC200-V3", qty=1, serials=[s.b.comes_back],
                  complaint="该板上次返修后使用约两个月，电机再次出现间歇性抖动。")
    yield from s.standard({u[0]: "u12_residue"})


def _s_mlcc_crack(s: _Story) -> _Steps:
    u = s.receive(customer=_KERUI, model="PCBA-BMS16-V2", qty=2, declared=3,
                  complaint="客户称退回 3 块 BMS 板待机耗电大，实收 2 块 (已与客户确认第 3 块未寄出)。")
    yield from s.standard({u[0]: "c31_crack", u[1]: "c31_crack"})


def _s_not_reproduced(s: _Story) -> _Steps:
    u = s.receive(customer=_BOYUAN, model="PCBA-GW10-V4", qty=1, requirement="analysis",
                  complaint="网关在客户现场每周掉线 1-2 次，客户要求分析。")
    yield from s.standard({u[0]: "not_reproduced"})


def _s_recent_shipped(s: _Story) -> _Steps:
    u = s.receive(customer=_HUINENG, model="PCBA-CHG60-V3", qty=2, due_days=5,
                  serials=[s.made_in_drift_week("PCBA-CHG60-V3")],
                  complaint="充电模块通讯中断，后台显示离线。")
    yield from s.standard({u[0]: "mcu_solder", u[1]: "c31_crack"})


# -- work in progress ---------------------------------------------------------------------------


def _p_received(s: _Story) -> _Steps:
    # The customer's labels were missing: the app generated serials and printed labels.
    s.receive(customer=_HUAQIANG, model="PCBA-HMI7-V1", qty=2, labelled=False,
              complaint="触摸无反应，屏幕花屏。客户未贴序列号标签。")
    yield s.minutes(1, 2)


def _p_refused_waiting(s: _Story) -> _Steps:
    u = s.receive(customer=_LANGHUI, model="PCBA-LD80-V1", qty=3,
                  complaint="LED 驱动板输出电流偏低，灯具亮度不足。")
    yield from s.intake(left_behind=u[2])


def _p_screening(s: _Story) -> _Steps:
    u = s.receive(customer=_BOYUAN, model="PCBA-GW10-V4", qty=3,
                  complaint="网关 4G 模块无法联网，信号指示灯不亮。")
    yield from s.intake()
    yield s.next_morning()
    yield from s.screen(u[0], None)  # NFF: waits for the QC supervisor
    yield from s.screen(u[1], "watchdog_fw")
    yield from s.screen(u[2], "mcu_solder", visual=False)  # tested, visual check pending


def _p_to_rework(s: _Story) -> _Steps:
    u = s.receive(customer=_HUINENG, model="PCBA-CHG60-V3", qty=2,
                  complaint="充电模块上电即跳闸。")
    yield from s.intake()
    yield s.hours(1, 2)
    yield from s.screen(u[0], "u7_bridge")
    yield from s.screen(u[1], "c12_reversed", sign=False)  # the inspector has not signed yet


def _p_at_repair(s: _Story) -> _Steps:
    u = s.receive(customer=_DINGXIN, model="PCBA-MC200-V3", qty=3,
                  complaint="伺服控制板报过流故障，电机无法使能。")
    working, done, offered = u
    yield from s.intake()
    yield s.next_morning()
    yield from s.screen_all({working: "q3_mosfet", done: "q3_mosfet", offered: "u12_solder"})
    yield from s.to_bench(u)
    yield s.next_morning()
    yield from s.work(offered, "u12_solder")
    # Signed over to QC, not yet received there: an open slip.
    s.offer(Station.REPAIR, Station.QC, [offered], "repair")
    yield s.minutes(10, 20)
    yield from s.work(done, "q3_mosfet")
    workflow.confirm_due_date(s.uow, s.actor("repair"), rma_no=s.rma_no, serial=working,
                              can_meet=True)
    yield s.minutes(1, 2)


def _p_cannot_find(s: _Story) -> _Steps:
    u = s.receive(customer=_KERUI, model="PCBA-BMS16-V2", qty=1,
                  complaint="BMS 板 CAN 通讯偶发中断，整车报电池通讯故障。")
    yield from s.intake()
    yield s.next_morning()
    yield from s.screen(u[0], "mcu_solder")
    yield from s.to_bench(u)
    yield s.next_morning()
    workflow.confirm_due_date(s.uow, s.actor("repair"), rma_no=s.rma_no, serial=u[0],
                              can_meet=True)
    yield s.hours(4, 6)
    workflow.cannot_find_fault(s.uow, s.actor("repair"), rma_no=s.rma_no, serial=u[0],
                               note="常温及高低温循环测试均正常，CAN 通讯中断无法复现，申请协同技术部分析")


def _p_due_date(s: _Story) -> _Steps:
    u = s.receive(customer=_LIANCHUANG, model="PCBA-PS450-V2", qty=2, due_days=4,
                  complaint="辅助电源板无 12 V 输出，客户要求 4 天内返回。")
    waiting, ok = u
    yield from s.intake()
    yield s.hours(1, 2)
    yield from s.screen_all({waiting: "q3_mosfet", ok: "c45_esr"})
    yield from s.to_bench(u)
    yield s.next_morning()
    workflow.confirm_due_date(s.uow, s.actor("repair"), rma_no=s.rma_no, serial=waiting,
                              can_meet=False,
                              note="Q3 (AO4407A) 库存为零，采购交期 14 天，无法在客户要求交期内完成")
    yield s.minutes(10, 30)
    yield from s.work(ok, "c45_esr")
    yield from s.back_to_qc([ok])


def _p_returning(s: _Story) -> _Steps:
    u = s.receive(customer=_MEIKONG, model="PCBA-CHG60-V3", qty=1,
                  complaint="充电机偶发报 E03 (输出过压)，客户要求检测。")
    yield from s.intake()
    yield s.next_morning()
    yield from s.screen(u[0], "mcu_solder")
    yield from s.to_bench(u)
    yield s.next_morning()
    workflow.confirm_due_date(s.uow, s.actor("repair"), rma_no=s.rma_no, serial=u[0],
                              can_meet=True)
    yield s.hours(3, 5)
    workflow.cannot_find_fault(s.uow, s.actor("repair"), rma_no=s.rma_no, serial=u[0],
                               note="输出过压保护点及稳压精度均在规格内，E03 无法复现")
    yield s.next_morning()
    s.decide(EscalationKind.CANNOT_FIND_FAULT, u[0], "prodsup", "return_to_customer",
             "协同技术部复测 24 h 未复现；业务已与客户确认原样退回并附测试报告")


def _p_reinspection(s: _Story) -> _Steps:
    u = s.receive(customer=_HENGTONG, model="PCBA-PS450-V2", qty=3,
                  complaint="电源板带载后输出电压跌落。",
                  billing_reason="超出到货一个月保修期；同批次已知问题，按保修处理")
    looped, oqc_next, waiting = u
    plan: dict[str, str | None] = {looped: "c45_esr", oqc_next: "c45_esr", waiting: "q3_mosfet"}
    yield from s.intake()
    yield s.next_morning()
    yield from s.screen_all(plan)
    yield from s.to_bench(u)
    yield s.next_morning()
    yield from s.repair_all(plan)
    yield from s.back_to_qc(u)
    yield s.hours(1, 2)
    yield from s.reinspect(looped, test=Verdict.FAIL)  # back to repair: loop 1
    workflow.record_reinspection_test(s.uow, s.actor("tester"), rma_no=s.rma_no,
                                      serial=oqc_next, verdict=Verdict.PASS,
                                      measurements=s.measurements(False),
                                      password=DEMO_PASSWORD, port=s.b.port)
    yield s.hours(1, 2)
    yield from s.to_bench([looped])
    yield s.minutes(10, 20)
    workflow.confirm_due_date(s.uow, s.actor("repair"), rma_no=s.rma_no, serial=looped,
                              can_meet=True)


def _p_ready_to_pack(s: _Story) -> _Steps:
    u = s.receive(customer=_DINGXIN, model="PCBA-MC200-V3", qty=2,
                  complaint="伺服控制板编码器信号异常，电机定位不准。")
    yield from s.intake()
    yield s.next_morning()
    yield from s.repair_cycle(u, {u[0]: "u12_solder", u[1]: "q3_mosfet"})


def _p_at_packing(s: _Story) -> _Steps:
    u = s.receive(customer=_LANGHUI, model="PCBA-LD80-V1", qty=4,
                  complaint="LED 驱动板批量灯闪，客户已停线等待。")
    plan: dict[str, str | None] = {u[0]: "r7_derating", u[1]: "r7_derating",
                                   u[2]: "u7_bridge", u[3]: "r7_derating"}
    yield from s.intake()
    yield s.next_morning()
    yield from s.screen_all(plan)
    yield from s.to_bench(u)
    yield s.next_morning()
    yield from s.repair_all(plan)
    yield from s.back_to_qc(u)
    yield s.hours(1, 2)
    yield from s.reinspect_all(u)
    yield s.next_morning()
    yield from s.to_packing(u)


def _p_packed(s: _Story) -> _Steps:
    u = s.receive(customer=_BOYUAN, model="PCBA-GW10-V4", qty=2,
                  serials=[s.made_in_drift_week("PCBA-GW10-V4")],
                  complaint="网关以太网口无法连接。")
    yield from s.intake()
    yield s.next_morning()
    yield from s.repair_cycle(u, {u[0]: "mcu_solder", u[1]: "c31_crack"})
    yield s.next_morning()
    yield from s.to_packing(u)
    yield from s.pack(u)


def _p_ready_to_ship(s: _Story) -> _Steps:
    u = s.receive(customer=_KERUI, model="PCBA-BMS16-V2", qty=2,
                  serials=[s.made_in_drift_week("PCBA-BMS16-V2")],
                  complaint="BMS 板单体电压采样偏差大 (>30 mV)。")
    yield from s.intake()
    yield s.next_morning()
    yield from s.repair_cycle(u, {u[0]: "mcu_solder", u[1]: "y1_crystal"})
    yield s.next_morning()
    yield from s.to_packing(u)
    yield from s.pack(u)
    yield from s.to_business(u)


def _p_batch_rework(s: _Story) -> _Steps:
    u = s.receive(customer=_MEIKONG, model="PCBA-CHG60-V3", qty=5, batch=True, due_days=6,
                  complaint="同批次 (D/C 2437) 充电机在客户端批量出现输出端子发热，客户要求整批返修。")
    for serial in u:
        s.worker[serial] = "prodlead"
    yield from s.intake()
    yield s.hours(1, 2)
    yield from s.to_bench(u)
    yield s.next_morning()
    for serial in u[:3]:
        yield from s.work(serial, "j3_cold")
    for serial in u[3:]:
        workflow.confirm_due_date(s.uow, s.actor("prodlead"), rma_no=s.rma_no, serial=serial,
                                  can_meet=True)
        yield s.minutes(2, 5)


# -- the quality loop (steps 8-10, seed 002 5.2.3), worked beside the benches -------------------


def _report_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF standing in for the scanned report the QC engineer attaches."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=1)
    page.setFont("Helvetica-Bold", 14)
    page.drawString(72, 770, title)
    page.setFont("Helvetica", 11)
    for i, line in enumerate(lines):
        page.drawString(72, 740 - 18 * i, line)
    page.showPage()
    page.save()
    return out.getvalue()


# What the desk does with the k-th notice raised (1-based), so that the demo holds notices and
# corrective actions in every state: closed (major, 8D, action verified), reported (action
# implemented), in progress (action open), open (nobody took it yet: really late); the rest
# are worked to closure as general complaints.
_NOTICE_PLANS = {1: "closed_major", 2: "reported", 3: "in_progress", 4: "open"}
# (hours after the notice, step): each done at the desk's first round after it.
_NOTICE_STEPS = ((0.5, "assign"), (1, "contact"), (20, "report"), (24, "capa"),
                 (40, "8d"), (60, "implemented"), (70, "close"), (120, "verify"))
_PLAN_STEPS = {
    "closed_major": {"assign", "contact", "report", "capa", "8d", "implemented", "close",
                     "verify"},
    "reported": {"assign", "contact", "report", "capa", "implemented"},
    "in_progress": {"assign", "contact", "capa"},
    "open": set(),
    "closed": {"assign", "contact", "report", "close"},
}


def _q_quality_desk(s: _Story) -> _Steps:
    """Business calls each customer within the hour and follows shipments up after two
    working days; QC works each complaint notice (owner, severity, contact, report, 8D,
    closure) and production carries its corrective action, each at its own time."""
    from benchapp.services import supervision as sv

    done: dict[str, set[str]] = {}
    order: dict[str, int] = {}
    while s.b.clock < s.b.now - timedelta(minutes=30):
        now = s.b.clock
        settings = sv.supervision_settings(s.uow)
        with s.uow:
            contacts = s.uow.supervision.contacts_due(None)
            follow_ups = s.uow.supervision.follow_ups_due(None)
            # Closed lately too: a verification follows the closure.
            cases = s.uow.supervision.complaint_cases(open_only=True,
                                                      closed_since=now - timedelta(days=10))
        for c in contacts:
            if now - c.received_at >= timedelta(minutes=40):
                sv.record_customer_contact(s.uow, s.actor("clerk"), rma_no=c.rma_no,
                                           kind="initial", note="电话告知已收到退货，处理进度将及时通知。")
        for f in follow_ups:
            if s.b.calendar.deadline(f.shipped_at, 2, settings.utc_offset_minutes) <= now:
                sv.record_customer_contact(s.uow, s.actor("clerk"), rma_no=f.rma_no,
                                           kind="follow_up", note="客户确认已收货，使用正常。",
                                           received=True, satisfied=True)
        for case in sorted(cases, key=lambda c: c.notice_no):
            k = order.setdefault(case.notice_no, len(order) + 1)
            steps = _PLAN_STEPS[_NOTICE_PLANS.get(k, "closed")]
            mine = done.setdefault(case.notice_no, set())
            for hours, step in _NOTICE_STEPS:
                if step in steps and step not in mine and \
                        now - case.raised_at >= timedelta(hours=hours):
                    _notice_step(s, case, step, major=k == 1)
                    mine.add(step)
                    break  # one step per notice per round: each at its own time
        yield timedelta(minutes=30)


def _notice_step(s: _Story, case: Any, step: str, *, major: bool) -> None:
    from benchapp.services import supervision as sv

    no = case.notice_no
    if step == "assign":
        sv.assign_complaint_notice(s.uow, s.actor("qclead"), notice_no=no,
                                   owner_username="tester")
        if major:
            sv.classify_complaint_notice(s.uow, s.actor("qcsup"), notice_no=no,
                                         severity="major")
    elif step == "contact":
        sv.record_notice_contact(s.uow, s.actor("tester"), notice_no=no, channel="phone",
                                 person=f"{case.customer} 品质经理",
                                 note="说明不良分析进度与改善计划，客户同意按计划闭环。")
    elif step in ("report", "8d"):
        kind = "report" if step == "report" else "8d"
        title = f"{'8D report' if kind == '8d' else 'Improvement report'} {no}"
        content = _report_pdf(title, [f"RMA {case.rma_no}, model {case.model}",
                                      f"Non-customer units: {case.non_customer_units}",
                                      "D4 root cause, D5-D7 actions: see corrective action."])
        sv.attach_complaint_file(s.uow, s.actor("tester"), notice_no=no, kind=kind,
                                 file_name=f"{no}-{kind}.pdf", content=content)
    elif step == "capa":
        due = (case.raised_at.astimezone(_CN) + timedelta(days=21)).date()
        if not major:  # the actions still under way are not due yet at the load's end
            due = max(due, (s.b.now.astimezone(_CN) + timedelta(days=5)).date())
        sv.open_corrective_action(s.uow, s.actor("prodsup"), source=no,
                                  owner_username="prodsup", responsible_process="SMT 回流焊",
                                  root_cause="回流焊炉温曲线漂移，峰值温度偏低",
                                  preventive_measure="每班首件测炉温曲线并记录，AOI 增加该位号检查",
                                  due_date=due, kpi_consequence="班组当月质量绩效扣 3 分")
    elif step == "implemented":
        for action in _actions_of(s, no):
            sv.record_action_implemented(s.uow, s.actor("prodsup"), ca_no=action.ca_no,
                                         note="炉温点检表已上线，AOI 程序已更新。")
    elif step == "close":
        sv.close_complaint_notice(s.uow, s.actor("qcsup"), notice_no=no,
                                  note="报告审核通过，已回复客户。", password=DEMO_PASSWORD,
                                  port=s.b.port)
    elif step == "verify":
        for action in _actions_of(s, no):
            sv.verify_corrective_action(s.uow, s.actor("qcsup"), ca_no=action.ca_no,
                                        effective=True, note="此后两周周报无同类不良。",
                                        password=DEMO_PASSWORD, port=s.b.port)


def _actions_of(s: _Story, notice_no: str) -> list[Any]:
    with s.uow:
        return s.uow.supervision.corrective_actions_of(notice_no)


# (days before today, wall-clock start, story). Every story ends before today begins.
_STORIES: list[tuple[int, str, _StoryFn]] = [
    (82, "09:20", _s_first_mc200),
    (77, "10:05", _s_refused_intake),
    (72, "08:50", _s_batch_shipped),
    (66, "14:10", _s_paid_customer_damage),
    (61, "09:40", _s_nff_returned),
    (56, "10:30", _s_visible_defects),
    (50, "13:15", _s_rework_loop),
    (47, "09:05", _s_rework_limit),
    (39, "15:20", _s_due_date),
    (33, "09:45", _s_nff_to_repair),
    (28, "10:50", _s_returned_as_is),
    (22, "14:30", _s_cannot_find_returned),
    (17, "09:10", _s_repeat_return),
    (12, "11:00", _s_mlcc_crack),
    (9, "08:40", _s_not_reproduced),
    (6, "09:30", _s_recent_shipped),
    (10, "10:20", _p_ready_to_ship),
    (9, "13:40", _p_packed),
    (8, "09:15", _p_at_packing),
    (7, "10:00", _p_ready_to_pack),
    (7, "14:20", _p_returning),
    (6, "13:00", _p_reinspection),
    (5, "10:00", _p_cannot_find),
    (4, "09:30", _p_at_repair),
    (4, "14:00", _p_due_date),
    (3, "08:30", _p_batch_rework),
    (2, "09:00", _p_screening),
    (2, "13:30", _p_to_rework),
    (1, "10:10", _p_refused_waiting),
    (1, "15:40", _p_received),
]


# ---------------------------------------------------------------------------------------------


def load_demo(engine: Engine, *, progress: Progress | None = None) -> DemoSummary:
    """Load the demo shop into an empty database; raise DemoRefused if it has users.

    ``progress(done, total, text)`` is called after each user and each finished RMA. The load
    is not one transaction: every use case commits on its own, exactly as at the benches, so a
    load that dies halfway (database gone) leaves what it wrote; start again on an empty
    database.
    """
    uow = SqlAlchemyUnitOfWork(engine)
    with uow:
        if uow.users.list():
            raise DemoRefused("the database already has users; the demo loads only into an "
                              "empty database")
        now = uow.now()
    bench = _Bench(uow, now)
    # The shop's calendar, as a first start seeds it: the history's years and the next.
    from benchapp.services import public_holidays

    # Seeded just before the people join, so that the log reads in calendar order.
    joined = bench.day(91, "07:30")
    uow.backdate = joined - timedelta(minutes=30)
    first_year = joined.astimezone(_CN).year
    public_holidays.seed(uow, years=list(range(first_year, now.astimezone(_CN).year + 2)))
    uow.backdate = None
    with uow:
        bench.calendar = uow.supervision.calendar()
    total = len(DEMO_USERS) + len(_STORIES)  # the quality desk is no RMA: not counted
    done = 0

    def step(text: str) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total, text)

    # The people joined before the twelve weeks of history begin; the shop CA came first.
    uow.backdate = joined
    from benchapp.slips.port import PdfSlips

    bench.port = PdfSlips()
    slip_service.init_ca(uow, None, shop_name=DEMO_SHOP, passphrase=DEMO_CA_PASSPHRASE,
                         port=bench.port)
    uow.backdate = joined + timedelta(minutes=30)
    admin: Actor | None = None
    for i, (username, display_name, roles) in enumerate(DEMO_USERS, start=1):
        user = user_service.add_user(uow, admin, username=username, display_name=display_name,
                                     roles=roles, password=DEMO_PASSWORD, badge=f"BADGE-{i:04d}",
                                     pin=DEMO_PIN)
        assert user.id is not None
        bench.actors[username] = user.actor()
        bench.user_ids[username] = user.id
        if admin is None:
            admin = user.actor()  # the first account bootstraps; it adds the others
        slip_service.issue_credential(uow, admin, username=username, password=DEMO_PASSWORD,
                                      ca_passphrase=DEMO_CA_PASSPHRASE, port=bench.port)
        uow.backdate += timedelta(minutes=3)
        step(f"{username} {display_name}")

    assert admin is not None
    # Before the first repair, so that records can name codes; a text the shop already knew
    # from its free-text records is mapped at once.
    _load_defect_codes(uow, admin)
    _map_free_texts(uow, admin)
    _load_warranty_terms(uow, admin)
    stories = []
    for i, (days_ago, hhmm, fn) in enumerate(_STORIES):
        story = _Story(bench, fn.__name__.lstrip("_"), _SEED + i)
        stories.append((bench.day(days_ago, hhmm), story, fn(story)))
    desk = _Story(bench, "quality_desk", _SEED + len(_STORIES))
    stories.append((bench.day(85, "08:30"), desk, _q_quality_desk(desk)))
    bench.run(stories, step)

    with uow:
        escalations = len(uow.escalations.list(status=None))
    return DemoSummary(users=len(DEMO_USERS), rmas=bench.rmas, units=bench.units,
                       handovers=bench.handovers, refusals=bench.refusals,
                       escalations=escalations, shipped_rmas=len(bench.shipped),
                       repair_records=bench.repair_records)


__all__ = ["DEMO_CA_PASSPHRASE", "DEMO_PASSWORD", "DEMO_PIN", "DEMO_USERS", "DemoRefused", "DemoSummary", "load_demo"]
