"""Request categories and the official holiday calendar for 2025 and 2026.

Holidays: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 12 Nov 2024) and
国务院办公厅关于2026年部分节假日安排的通知 (4 Nov 2025). The 2027 schedule had not been
published when this was written; staff add it in the admin (Holiday calendar) once it is.
"""

import datetime

from django.db import migrations

CATEGORIES = [
    (
        "regional_hq",
        "跨国公司地区总部认定",
        "Regional-HQ recognition",
        "地区总部、总部型机构和事业部总部的认定条件与申报材料",
        "Conditions and documents for recognition as a regional HQ, HQ-type institution "
        "or business-unit HQ",
    ),
    (
        "establishment",
        "企业设立",
        "Company establishment",
        "外商投资企业设立登记、经营范围和许可事项",
        "Registering a foreign-invested company, its business scope and licences",
    ),
    (
        "talent_visas",
        "人才与签证",
        "Talent and visas",
        "外籍人才工作许可、居留与签证、人才引进政策",
        "Work permits, residence and visas for foreign staff; talent programmes",
    ),
    (
        "intellectual_property",
        "知识产权",
        "Intellectual property",
        "专利、商标、著作权的申请与保护",
        "Applying for and protecting patents, trademarks and copyright",
    ),
    (
        "site_selection",
        "选址落地",
        "Site selection",
        "办公与产业空间、园区和孵化载体",
        "Office and industrial space, parks and incubators",
    ),
    (
        "funding_incentives",
        "资金与扶持政策",
        "Funding and incentives",
        "财政扶持、专项资金和奖励政策的申报",
        "Government funding, special funds and incentive applications",
    ),
    (
        "market_entry",
        "市场准入与拓展",
        "Market entry",
        "行业准入、进出口和市场拓展",
        "Sector access, import and export, finding customers",
    ),
    ("other", "其他", "Other", "其他营商环境相关问题", "Any other question about doing business here"),
]

# (first day, last day, name_zh, name_en, make-up working days)
HOLIDAYS = [
    ("2025-01-01", "2025-01-01", "元旦", "New Year's Day", []),
    ("2025-01-28", "2025-02-04", "春节", "Spring Festival", ["2025-01-26", "2025-02-08"]),
    ("2025-04-04", "2025-04-06", "清明节", "Qingming Festival", []),
    ("2025-05-01", "2025-05-05", "劳动节", "Labour Day", ["2025-04-27"]),
    ("2025-05-31", "2025-06-02", "端午节", "Dragon Boat Festival", []),
    (
        "2025-10-01",
        "2025-10-08",
        "国庆节、中秋节",
        "National Day and Mid-Autumn Festival",
        ["2025-09-28", "2025-10-11"],
    ),
    ("2026-01-01", "2026-01-03", "元旦", "New Year's Day", ["2026-01-04"]),
    ("2026-02-15", "2026-02-23", "春节", "Spring Festival", ["2026-02-14", "2026-02-28"]),
    ("2026-04-04", "2026-04-06", "清明节", "Qingming Festival", []),
    ("2026-05-01", "2026-05-05", "劳动节", "Labour Day", ["2026-05-09"]),
    ("2026-06-19", "2026-06-21", "端午节", "Dragon Boat Festival", []),
    ("2026-09-25", "2026-09-27", "中秋节", "Mid-Autumn Festival", []),
    ("2026-10-01", "2026-10-07", "国庆节", "National Day", ["2026-09-20", "2026-10-10"]),
]


def _days(first: str, last: str):
    day, end = datetime.date.fromisoformat(first), datetime.date.fromisoformat(last)
    while day <= end:
        yield day
        day += datetime.timedelta(days=1)


def load(apps, schema_editor):
    category_model = apps.get_model("services", "RequestCategory")
    for position, (code, name_zh, name_en, desc_zh, desc_en) in enumerate(CATEGORIES):
        category_model.objects.update_or_create(
            code=code,
            defaults={
                "name_zh": name_zh,
                "name_en": name_en,
                "description_zh": desc_zh,
                "description_en": desc_en,
                "position": position,
            },
        )
    day_model = apps.get_model("services", "CalendarDay")
    for first, last, name_zh, name_en, workdays in HOLIDAYS:
        names = {"name_zh": name_zh, "name_en": name_en}
        for day in _days(first, last):
            day_model.objects.update_or_create(date=day, defaults={"kind": "holiday", **names})
        for text in workdays:
            day_model.objects.update_or_create(
                date=datetime.date.fromisoformat(text),
                defaults={"kind": "workday", "name_zh": f"{name_zh}调休上班", "name_en": f"{name_en} (make-up working day)"},
            )


class Migration(migrations.Migration):
    dependencies = [("services", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
