"""API routes of the matching area."""

from ninja import Router

router = Router()
