"""The API's page-number pagination, with the page number bounded before it reaches SQL."""

from __future__ import annotations

from ninja import Field, Schema
from ninja.pagination import PageNumberPagination as NinjaPageNumberPagination

# Far beyond any real list, and small enough that page × page size stays a valid OFFSET
# on every database (PostgreSQL's bigint).
MAX_PAGE = 1_000_000
MAX_PAGE_SIZE = 100


class PageNumberPagination(NinjaPageNumberPagination):
    """`?page=` (1 … 1,000,000) and `?page_size=` (1 … 100); anything else is a 422."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=MAX_PAGE)
        page_size: int | None = Field(None, ge=1, le=MAX_PAGE_SIZE)
