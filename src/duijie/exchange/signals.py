from django.dispatch import Signal

# Sent after commit when webhook deliveries were queued; the task module sends them (`ids`).
webhooks_queued = Signal()
