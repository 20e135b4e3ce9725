"""The REST API: typed with django-ninja, OpenAPI at /api/openapi.json, docs at /api/docs."""

from ninja import NinjaAPI

from duijie.api.routers.directory import router as directory_router
from duijie.api.routers.listings import router as listings_router

api = NinjaAPI(
    title="Duijie API",
    version="1",
    description="Duijie (对接): Shanghai–Singapore innovation cooperation platform",
    urls_namespace="api",
)
api.add_router("/listings", listings_router, tags=["listings"])
api.add_router("/organisations", directory_router, tags=["organisations"])
