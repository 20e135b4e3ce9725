"""API of the dashboard: the programme's figures as JSON (the same numbers as the page)."""

from ninja import Router

from duijie.api.access import require
from duijie.dashboard.domain.figures import programme_figures

router = Router()


@router.get("/figures", summary="The programme's figures (government users and platform staff)")
def figures(request) -> dict:
    require(request, "dashboard.view_figures")
    return programme_figures()
