"""The OpenAPI document: every schema class has its own name (a duplicate overwrites the other)."""

from collections import defaultdict

from ninja import Schema


def _subclasses(cls) -> set[type]:
    found, stack = set(), [cls]
    while stack:
        for sub in stack.pop().__subclasses__():
            if sub not in found:
                found.add(sub)
                stack.append(sub)
    return found


def test_no_two_api_schema_classes_share_a_name():
    import duijie.api.main  # noqa: F401  (loads every router)

    by_name = defaultdict(set)
    for cls in _subclasses(Schema):
        if cls.__module__.startswith("duijie."):
            by_name[cls.__name__].add(f"{cls.__module__}.{cls.__qualname__}")
    assert {name: where for name, where in by_name.items() if len(where) > 1} == {}


def test_the_openapi_document_names_each_former_duplicate_once(client, db):
    components = client.get("/api/openapi.json").json()["components"]["schemas"]
    for name in ("EventOut", "MeetingRequestOut", "ConsultingRequestOut", "RequestEventOut"):
        assert name in components
    for name in ("EventReportOut", "ProgressReportOut", "MatchReasonOut", "FitReasonOut"):
        assert name in components
