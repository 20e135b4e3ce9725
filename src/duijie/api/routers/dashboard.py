"""API routes of the dashboard area."""

from ninja import Router

router = Router()
