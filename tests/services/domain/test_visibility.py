"""Who sees which request: requester, routed department, administrators; transfers move it."""

from duijie.services.domain.handling import transfer_request
from duijie.services.domain.queries import visible_requests


def visible_to(user) -> set[int]:
    return set(visible_requests(user).values_list("pk", flat=True))


def test_requesters_see_only_their_own_requests(desk, submit):
    own = submit(actor=desk.requester)
    other = submit(actor=desk.stranger)
    assert visible_to(desk.requester) == {own.pk}
    assert visible_to(desk.stranger) == {other.pk}
    assert not desk.requester.has_perm("services.view_request", other)


def test_a_department_sees_only_what_is_routed_to_it(desk, submit):
    to_commerce = submit()
    to_invest = submit(code="site_selection")
    assert visible_to(desk.clerk) == {to_commerce.pk}
    assert visible_to(desk.investor_clerk) == {to_invest.pk}
    assert desk.clerk.has_perm("services.handle_request", to_commerce)
    assert not desk.clerk.has_perm("services.view_request", to_invest)


def test_administrators_see_everything_but_platform_staff_do_not(desk, submit):
    first, second = submit(), submit(code="site_selection")
    assert visible_to(desk.admin) == {first.pk, second.pk}
    assert visible_to(desk.operator) == set()


def test_anonymous_visitors_see_nothing(desk, submit):
    from django.contrib.auth.models import AnonymousUser

    submit()
    assert visible_to(AnonymousUser()) == set()


def test_transfer_moves_visibility_to_the_new_department(desk, submit):
    item = submit()
    transfer_request(item, actor=desk.clerk, department=desk.invest, reason="Site question")
    assert visible_to(desk.clerk) == set()
    assert visible_to(desk.investor_clerk) == {item.pk}
    assert visible_to(desk.requester) == {item.pk}
    item.refresh_from_db()
    assert not desk.clerk.has_perm("services.view_request", item)
    assert desk.investor_clerk.has_perm("services.handle_request", item)


def test_internal_notes_are_for_handlers_only(desk, submit):
    item = submit()
    assert desk.clerk.has_perm("services.view_internal_notes", item)
    assert desk.admin.has_perm("services.view_internal_notes", item)
    assert not desk.requester.has_perm("services.view_internal_notes", item)
    assert not desk.investor_clerk.has_perm("services.view_internal_notes", item)
