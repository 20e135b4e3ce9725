"""Fictional people: memorable demo logins first, then one or two contacts per organisation.

E-mail domains are always example.com / example.sg / example.cn; phone numbers use the
fictional "5555" / "555" exchange blocks, e.g. ``+65 6555 0123`` and ``+86 21 5555 0123``.
"""

from __future__ import annotations

import random

from .schema import DemoOrganisation, DemoPerson

# (email, full name, language, organisation key, role) - the demo logins.
DEMO_LOGINS: tuple[tuple[str, str, str, str | None, str], ...] = (
    ("sg.company@example.com", "Rachel Tan", "en", "sg-aurora-robotics", "admin"),
    ("sg.member@example.com", "Arjun Menon", "en", "sg-aurora-robotics", "member"),
    ("cn.company@example.com", "王志强", "zh-hans", "cn-zhimou-vision", "admin"),
    ("cn.member@example.com", "李晓燕", "zh-hans", "cn-zhimou-vision", "member"),
    ("sg.university@example.com", "Nur Aisyah Rahman", "en",
     "sg-straits-institute-of-technology", "admin"),
    ("cn.university@example.com", "陈思远", "zh-hans",
     "cn-pujiang-university-of-technology", "admin"),
    ("sg.investor@example.com", "Daniel Koh", "en", "sg-redhill-ventures", "admin"),
    ("cn.park@example.com", "周雅琴", "zh-hans", "cn-zhihui-innovation-park", "admin"),
    ("sg.agency@example.com", "Priya Nair", "en", "sg-innovation-partnerships-office", "admin"),
    ("cn.agency@example.com", "顾建华", "zh-hans", "cn-yangpu-intl-cooperation-centre", "admin"),
    ("visitor@example.com", "Alex Wong", "en", None, ""),
)  # fmt: skip

CN_SURNAMES = (
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
    ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
    ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"),
    ("郭", "guo"), ("何", "he"), ("林", "lin"), ("罗", "luo"), ("高", "gao"),
    ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"),
    ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"), ("彭", "peng"),
    ("沈", "shen"), ("陆", "lu"), ("顾", "gu"), ("钱", "qian"), ("蒋", "jiang"),
)  # fmt: skip
CN_GIVEN = (
    ("志强", "zhiqiang"), ("晓燕", "xiaoyan"), ("海峰", "haifeng"), ("佳怡", "jiayi"),
    ("俊杰", "junjie"), ("雨萱", "yuxuan"), ("浩然", "haoran"), ("思远", "siyuan"),
    ("文博", "wenbo"), ("欣怡", "xinyi"), ("子涵", "zihan"), ("建华", "jianhua"),
    ("丽华", "lihua"), ("明辉", "minghui"), ("晨曦", "chenxi"), ("嘉豪", "jiahao"),
    ("雅琴", "yaqin"), ("立新", "lixin"), ("婷婷", "tingting"), ("宇航", "yuhang"),
    ("昊天", "haotian"), ("梦瑶", "mengyao"), ("振宇", "zhenyu"), ("慧敏", "huimin"),
    ("国栋", "guodong"), ("一鸣", "yiming"), ("若兰", "ruolan"), ("天佑", "tianyou"),
    ("诗涵", "shihan"), ("家乐", "jiale"), ("静", "jing"), ("磊", "lei"),
)  # fmt: skip
SG_FIRST = (
    "Rachel", "Daniel", "Jasmine", "Marcus", "Cheryl", "Benjamin", "Grace", "Ryan",
    "Michelle", "Jonathan", "Sarah", "Kelvin", "Valerie", "Gabriel", "Joanne", "Edwin",
    "Wei Ming", "Hui Ling", "Jun Hao", "Xin Yi", "Kai Wen", "Shu Fen",
)  # fmt: skip
SG_SURNAMES = (
    "Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Koh", "Teo",
    "Chan", "Yeo", "Low", "Sim", "Ho", "Quek",
)  # fmt: skip
SG_FULL = (  # Malay and Indian names are written whole: (full name, e-mail local part)
    ("Nurul Huda Ismail", "nurul.ismail"), ("Muhammad Hafiz Osman", "hafiz.osman"),
    ("Siti Aminah Yusof", "aminah.yusof"), ("Farid Hassan", "farid.hassan"),
    ("Aisyah Kamal", "aisyah.kamal"), ("Priya Raman", "priya.raman"),
    ("Karthik Subramaniam", "karthik.subramaniam"), ("Anita Pillai", "anita.pillai"),
    ("Ravi Chandran", "ravi.chandran"), ("Deepa Krishnan", "deepa.krishnan"),
)  # fmt: skip
OTHER_NAMES = {
    "my-penang-precision": (("Ahmad Faizal", "ahmad.faizal"), ("Lim Siew Lan", "siewlan.lim")),
    "id-nusantara-logistics": (("Budi Santoso", "budi.santoso"), ("Dewi Lestari", "dewi.lestari")),
    "de-rheinmain-medtech": (("Katrin Vogel", "katrin.vogel"), ("Jonas Weber", "jonas.weber")),
}
OTHER_PHONE = {"my": "+60 4 555 ", "id": "+62 21 555 ", "de": "+49 69 555 "}


class _Emails:
    """Hands out unique e-mail addresses by appending a counter to repeated names."""

    def __init__(self, taken: set[str]) -> None:
        self.taken = taken

    def make(self, local: str, domain: str) -> str:
        candidate, n = f"{local}@{domain}", 1
        while candidate in self.taken:
            n += 1
            candidate = f"{local}{n}@{domain}"
        self.taken.add(candidate)
        return candidate


def _phone(country: str, key: str, serial: int) -> str:
    if country == "SG":
        return f"+65 6555 {serial:04d}"
    if country == "CN":
        return f"+86 21 5555 {serial:04d}"
    return OTHER_PHONE[key[:2]] + f"{serial:04d}"


def _name(org: DemoOrganisation, slot: int, rng: random.Random) -> tuple[str, str, str]:
    """(full name, e-mail local part, language) for the organisation's country."""
    if org.country == "CN":
        surname, given = rng.choice(CN_SURNAMES), rng.choice(CN_GIVEN)
        return surname[0] + given[0], f"{given[1]}.{surname[1]}", "zh-hans"
    if org.country == "OTHER":
        full, local = OTHER_NAMES[org.key][slot]
        return full, local, "en"
    if rng.random() < 0.25:
        full, local = rng.choice(SG_FULL)
        return full, local, "en"
    first, last = rng.choice(SG_FIRST), rng.choice(SG_SURNAMES)
    local = f"{first.replace(' ', '').lower()}.{last.lower()}"
    return (f"{last} {first}" if " " in first else f"{first} {last}"), local, "en"


def build_people(orgs: tuple[DemoOrganisation, ...], rng: random.Random) -> tuple[DemoPerson, ...]:
    """Demo logins first; every organisation gets an admin and sometimes a member."""
    by_key = {org.key: org for org in orgs}
    people: list[DemoPerson] = []
    roles: dict[str, list[str]] = {}
    for serial, (email, name, language, org_key, role) in enumerate(DEMO_LOGINS, start=100):
        country = by_key[org_key].country if org_key else "SG"
        people.append(DemoPerson(email, name, language, org_key, role, _phone(country, "", serial)))
        if org_key:
            roles.setdefault(org_key, []).append(role)
    emails = _Emails({p.email for p in people})
    serial = 200
    for org in orgs:
        wanted = ["admin", "member"] if rng.random() < 0.4 else ["admin"]
        for slot, role in enumerate(r for r in wanted if r not in roles.get(org.key, [])):
            full, local, language = _name(org, slot, rng)
            domain = {"SG": "example.sg", "CN": "example.cn"}.get(org.country, "example.com")
            email = emails.make(local, domain)
            serial += 1
            phone = _phone(org.country, org.key, serial)
            people.append(DemoPerson(email, full, language, org.key, role, phone))
    return tuple(people)
