import pytest

from duijie.matching.domain.index import reset_engine, store_vectors
from tests.factories import ListingFactory, MembershipFactory, OrganisationFactory


@pytest.fixture(autouse=True)
def _fresh_engine():
    """Each test starts from its own database's vectors (the encoders stay loaded)."""
    reset_engine()
    yield
    reset_engine()


@pytest.fixture
def cross_lingual(db, sectors):
    """A Chinese need, an English offer that answers it, and an unrelated English offer."""
    cn = OrganisationFactory(country="CN", name_zh="杨浦精密电子", name_en="", uen="")
    sg = OrganisationFactory(country="SG", name_en="Merlion Vision Pte Ltd", name_zh="")
    other = OrganisationFactory(country="SG", name_en="Orchid Foods Pte Ltd", name_zh="")
    need = ListingFactory(
        organisation=cn,
        kind="tech_request",
        content_locale="zh-hans",
        title="寻求印刷电路板缺陷视觉检测技术",
        description="我们的SMT产线需要基于深度学习的缺陷检测系统，识别焊点虚焊和元件偏移。",
        trl=None,
    )
    offer = ListingFactory(
        organisation=sg,
        kind="tech_offer",
        title="AI visual inspection for printed circuit boards",
        description="Deep-learning defect detection for PCB assembly lines: solder joints, "
        "missing and shifted components.",
        trl=7,
    )
    unrelated = ListingFactory(
        organisation=other,
        kind="tech_offer",
        title="Plant-based protein fermentation",
        description="Precision fermentation process for dairy-free proteins.",
        trl=5,
    )
    need.sectors.set([sectors[0]])
    offer.sectors.set([sectors[0]])
    store_vectors([need, offer, unrelated])
    cn_member = MembershipFactory(organisation=cn, role="admin", user__language="zh-hans").user
    sg_member = MembershipFactory(organisation=sg, role="admin", user__language="en").user
    return {"need": need, "offer": offer, "unrelated": unrelated, "cn": cn_member, "sg": sg_member}
