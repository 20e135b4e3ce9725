"""API of the dashboard: the programme's figures as JSON (the same numbers as the page)."""

from ninja import Router
from ninja.errors import HttpError

from duijie.dashboard.domain.figures import programme_figures

router = Router()


@router.get("/figures", summary="The programme's figures (government users and platform staff)")
def figures(request) -> dict:
    if not request.user.is_authenticated:
        raise HttpError(401, "Log in to read the programme's figures.")
    if not request.user.has_perm("dashboard.view_figures"):
        raise HttpError(403, "Only government users and platform staff.")
    return programme_figures()
