from duijie.directory.models.organisations import (
    Country,
    Membership,
    Organisation,
    OrgType,
    Sector,
    SizeBand,
    SrdiLevel,
)
from duijie.directory.models.people import Department, User

__all__ = [
    "Country",
    "Department",
    "Membership",
    "OrgType",
    "Organisation",
    "Sector",
    "SizeBand",
    "SrdiLevel",
    "User",
]
