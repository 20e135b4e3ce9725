"""API routes of the taskforce area."""

from ninja import Router

router = Router()
