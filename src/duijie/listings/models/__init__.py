from duijie.listings.models.listing import (
    OFFER_KINDS,
    IpStatus,
    Listing,
    ListingKind,
    ListingStatus,
    PartnershipType,
    TargetRegion,
    Visibility,
)

__all__ = [
    "OFFER_KINDS",
    "IpStatus",
    "Listing",
    "ListingKind",
    "ListingStatus",
    "PartnershipType",
    "TargetRegion",
    "Visibility",
]
