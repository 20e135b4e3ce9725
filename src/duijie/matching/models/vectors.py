from django.conf import settings
from django.db import models


class ListingVector(models.Model):
    """A listing's dense vector: the source of truth the ANN index is rebuilt from."""

    listing = models.OneToOneField(
        "listings.Listing", on_delete=models.CASCADE, primary_key=True, related_name="vector"
    )
    signature = models.CharField(max_length=64)  # which encoders made it; stale when it differs
    content_hash = models.CharField(max_length=64)  # skip re-encoding text that did not change
    vector = models.BinaryField()
    zh_share = models.FloatField(default=0.0)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    def __str__(self) -> str:
        return f"vector of listing {self.listing_id}"


class MatchDigest(models.Model):
    """One match digest email sent to a user, so the next one only shows what is new."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="match_digests"
    )
    sent_at = models.DateTimeField(auto_now_add=True, db_index=True)
    listing_ids = models.JSONField(default=list)

    class Meta:
        ordering = ["-sent_at"]

    def __str__(self) -> str:
        return f"digest to {self.user_id} at {self.sent_at:%Y-%m-%d}"
