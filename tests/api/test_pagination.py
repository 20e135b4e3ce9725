"""API page numbers are bounded before they reach SQL (a huge OFFSET is a database error)."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "query", ["page=4611686018427387903", "page=1000001", "page=0", "page_size=101"]
)
def test_out_of_range_pages_are_422_not_500(client, query):
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][0] == "query"


def test_the_last_allowed_page_is_an_empty_page(client):
    response = client.get("/api/organisations?page=1000000")
    assert response.status_code == 200
    assert response.json()["items"] == []


def test_an_id_beyond_bigint_is_404(client):
    assert client.get("/api/listings/99999999999999999999999").status_code == 404


def test_every_router_uses_the_bounded_pagination():
    from pathlib import Path

    import duijie.api.routers as routers

    unbounded = [
        path.name
        for path in Path(routers.__file__).parent.glob("*.py")
        if "from ninja.pagination import PageNumberPagination" in path.read_text()
    ]
    assert unbounded == []
