from duijie.projects.models.projects import (
    Currency,
    InvestmentProject,
    SpaceType,
    Stage,
)
from duijie.projects.models.sites import CarrierSite, District, SiteKind

__all__ = [
    "CarrierSite",
    "Currency",
    "District",
    "InvestmentProject",
    "SiteKind",
    "SpaceType",
    "Stage",
]
