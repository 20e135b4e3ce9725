from duijie.exchange.models.feed import FeedAction, FeedEntry, FeedHead
from duijie.exchange.models.records import ExternalRecord
from duijie.exchange.models.tokens import ApiToken, PartnerPlatform, Scope

__all__ = [
    "ApiToken",
    "ExternalRecord",
    "FeedAction",
    "FeedEntry",
    "FeedHead",
    "PartnerPlatform",
    "Scope",
]
from duijie.exchange.models.webhooks import (  # noqa: E402
    DeliveryStatus,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
)

__all__ += ["DeliveryStatus", "WebhookDelivery", "WebhookEndpoint", "WebhookEvent"]
