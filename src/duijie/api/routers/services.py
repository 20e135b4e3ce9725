"""API routes of the services area."""

from ninja import Router

router = Router()
