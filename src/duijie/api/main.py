"""The REST API: typed with django-ninja, OpenAPI at /api/openapi.json, docs at /api/docs."""

from ninja import NinjaAPI

from duijie.api import errors
from duijie.api.access import domain_error_status
from duijie.api.routers import (
    challenges,
    dashboard,
    directory,
    events,
    exchange,
    listings,
    matching,
    matching_interests,
    matching_messages,
    notifications,
    policies,
    projects,
    services,
    taskforce,
    versions,
)
from duijie.common.errors import DomainError

api = NinjaAPI(
    title="Duijie API",
    version="1",
    description="Duijie (对接): Shanghai–Singapore innovation cooperation platform",
    urls_namespace="api",
)
errors.install(api)  # crashes, rate limits, database outages: JSON, never an HTML page
api.add_router("/listings", versions.router, tags=["listings"])
api.add_router("/listings", listings.router, tags=["listings"])
api.add_router("/organisations", directory.router, tags=["organisations"])
api.add_router("/matching", matching.router, tags=["matching"])
api.add_router("/matching/interests", matching_interests.router, tags=["matching"])
api.add_router("/matching/interests", matching_messages.router, tags=["matching"])
api.add_router("/events", events.router, tags=["events"])
api.add_router("/services", services.router, tags=["services"])
api.add_router("/policies", policies.router, tags=["policies"])
api.add_router("/taskforce", taskforce.router, tags=["taskforce"])
api.add_router("/projects", projects.router, tags=["projects"])
api.add_router("/dashboard", dashboard.router, tags=["dashboard"])
api.add_router("/challenges", challenges.router, tags=["challenges"])
api.add_router("/exchange", exchange.router, tags=["exchange"])
api.add_router("/feed", exchange.feed_router, tags=["exchange"])
api.add_router("/me/notifications", notifications.router, tags=["notifications"])


@api.exception_handler(DomainError)
def domain_refusal(request, error: DomainError):
    """A domain function's refusal, translated: 403 for permissions, 400 for business rules."""
    return api.create_response(
        request, {"detail": str(error.message)}, status=domain_error_status(error)
    )
