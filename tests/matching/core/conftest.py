"""Shared engine fixtures: the real bundled encoders, loaded once per test session."""

from __future__ import annotations

from datetime import date

import pytest

from duijie.matching.core import ListingDoc, MatchEngine

TODAY = date(2026, 6, 1)

LISTINGS = (
    ListingDoc(
        id=1,
        kind="tech_offer",
        lang="en",
        org_id=10,
        org_type="company",
        country="SG",
        title="Deep-learning visual defect detection for production lines",
        description="Camera inspection finds scratches and dents on metal parts in real time.",
        sectors=("manufacturing", "digital_ai"),
        trl=7,
    ),
    ListingDoc(
        id=2,
        kind="tech_offer",
        lang="zh",
        org_id=20,
        org_type="university",
        country="CN",
        title="冷链物流温度实时监控平台",
        description="基于物联网传感器的冷藏车温湿度监测系统，超温自动报警，适用于疫苗运输。",
        sectors=("logistics",),
        trl=6,
    ),
    ListingDoc(
        id=3,
        kind="business_offer",
        lang="en",
        org_id=30,
        org_type="company",
        country="SG",
        title="Market entry consulting for Southeast Asia",
        description="We help Chinese technology firms set up distribution partners in Singapore.",
        sectors=("digital_ai",),
    ),
    ListingDoc(
        id=4,
        kind="tech_offer",
        lang="zh",
        org_id=40,
        org_type="institute",
        country="CN",
        title="工业机器人视觉引导焊接系统",
        description="三维视觉自动识别焊缝位置并规划机器人焊接路径。",
        sectors=("manufacturing",),
        trl=5,
        expires_on=date(2026, 1, 1),
    ),
    ListingDoc(
        id=5,
        kind="tech_request",
        lang="zh",
        org_id=50,
        org_type="company",
        country="CN",
        title="寻求生产线产品表面缺陷自动检测方案",
        description="汽车零部件工厂依靠人工目检零件表面划痕，希望引入视觉自动检测。",
        sectors=("manufacturing",),
        trl=6,
    ),
    ListingDoc(
        id=6,
        kind="tech_offer",
        lang="zh",
        org_id=50,
        org_type="company",
        country="CN",
        title="零件表面缺陷视觉检测服务",
        description="我们自己的视觉检测团队，为本厂产线提供缺陷检测。",
        sectors=("manufacturing",),
        trl=8,
    ),
)


@pytest.fixture(scope="session")
def engine() -> MatchEngine:
    """One engine with the real encoders; tests must not change its corpus."""
    built = MatchEngine()
    built.add(LISTINGS)
    return built


@pytest.fixture(scope="session")
def need() -> ListingDoc:
    return LISTINGS[4]
