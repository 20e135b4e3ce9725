from duijie.challenges.domain.figures import challenge_figures
from duijie.challenges.models import Challenge
from tests.challenges.conftest import sent_application
from tests.challenges.factories import ApplicationFactory, ChallengeFactory


def test_dashboard_figures(challenge, solver, other_solver):
    # The owner is Chinese: the Singapore applicant is cross-border, the Hangzhou one is not.
    sent_application(challenge, solver)
    sent_application(challenge, other_solver)
    ApplicationFactory(challenge=challenge, status="draft")
    awarded = ChallengeFactory(status="accepted", reward_amount=200000, reward_currency="SGD")
    sent_application(awarded, solver, status="awarded")
    ChallengeFactory(status="draft", reward_amount=999)
    Challenge.objects.filter(pk=challenge.pk).update(reward_amount=500000)
    assert challenge_figures() == {
        "published": 2,
        "open": 1,
        "applications": 3,
        "cross_border_applications": 2,
        "awards": 1,
        "reward_value": {"SGD": 200000},
        "delivered": 1,
    }
