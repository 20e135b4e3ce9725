"""API routes of the projects area."""

from ninja import Router

router = Router()
