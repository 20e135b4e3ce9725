from duijie.listings.models.listing import (
    IpStatus,
    Listing,
    ListingKind,
    ListingStatus,
    ListingStatusChange,
    PartnershipType,
    TargetRegion,
    Visibility,
)

__all__ = [
    "IpStatus",
    "Listing",
    "ListingKind",
    "ListingStatus",
    "ListingStatusChange",
    "PartnershipType",
    "TargetRegion",
    "Visibility",
]
