"""API routes of the policies area."""

from ninja import Router

router = Router()
