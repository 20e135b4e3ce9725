from django.dispatch import Signal

# Sent after commit whenever a listing's searchable content or visibility may have changed.
# Receivers (the matching index) get `listing_id`.
listing_changed = Signal()
