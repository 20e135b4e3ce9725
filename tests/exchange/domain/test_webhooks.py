"""Webhook deliveries to a real local HTTP server: signed, logged, retried, finally failed."""

import datetime
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.utils import timezone

from duijie.exchange.core.signing import MAX_ATTEMPTS, verify
from duijie.exchange.domain.feed import append_change
from duijie.exchange.domain.webhooks import attempt_delivery, new_secret, replay_delivery
from duijie.exchange.models import PartnerPlatform, WebhookDelivery, WebhookEndpoint
from tests.factories import ListingFactory, UserFactory

pytestmark = pytest.mark.django_db


class Receiver(BaseHTTPRequestHandler):
    answer = 200
    received: list = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append((dict(self.headers), body))
        self.send_response(self.answer)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def server(settings):
    settings.EXCHANGE_WEBHOOK_ALLOW_HTTP = True
    Receiver.received = []
    httpd = HTTPServer(("127.0.0.1", 0), Receiver)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def endpoint(server, events=("listing.published", "listing.withdrawn")):
    partner = PartnerPlatform.objects.create(name="InnoMatch", slug="innomatch")
    return WebhookEndpoint.objects.create(
        partner=partner,
        url=f"http://127.0.0.1:{server.server_port}/hook",
        events=list(events),
        secret=new_secret(),
    )


def make_due(delivery):
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        next_attempt_at=timezone.now() - datetime.timedelta(seconds=1)
    )


def test_a_publication_is_delivered_signed_and_logged(server, django_capture_on_commit_callbacks):
    hook = endpoint(server, events=["listing.published"])
    listing = ListingFactory()
    with django_capture_on_commit_callbacks(execute=True):
        append_change(listing.pk)
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("delivered", 1, 200)
    [(headers, body)] = Receiver.received
    assert verify(
        hook.secret,
        headers["X-Duijie-Timestamp"],
        body,
        headers["X-Duijie-Signature"],
        now=int(timezone.now().timestamp()),
    )
    sent = json.loads(body)
    assert (sent["event"], sent["data"]["listing_id"]) == ("listing.published", listing.pk)
    assert headers["X-Duijie-Event"] == "listing.published"


def test_a_failing_endpoint_is_retried_with_back_off_and_finally_failed(server):
    Receiver.answer = 500
    try:
        endpoint(server)
        listing = ListingFactory()
        append_change(listing.pk)
        delivery = WebhookDelivery.objects.get()
        delays = []
        for _attempt in range(MAX_ATTEMPTS):
            make_due(delivery)
            delays.append(attempt_delivery(delivery.pk))
        assert attempt_delivery(delivery.pk) is None  # given up: no further try
    finally:
        Receiver.answer = 200
    delivery.refresh_from_db()
    assert delays == [60, 120, 240, 480, 960, None]
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("failed", 6, 500)
    assert len(Receiver.received) == MAX_ATTEMPTS
    copy = replay_delivery(delivery, actor=UserFactory(is_staff=True))
    assert attempt_delivery(copy.pk) is None
    copy.refresh_from_db()
    assert copy.status == "delivered"


def test_a_retry_not_yet_due_is_not_sent_early(server):
    Receiver.answer = 503
    try:
        endpoint(server)
        append_change(ListingFactory().pk)
        delivery = WebhookDelivery.objects.get()
        assert attempt_delivery(delivery.pk) == 60
        assert attempt_delivery(delivery.pk) is None
    finally:
        Receiver.answer = 200
    assert len(Receiver.received) == 1


def test_plain_http_addresses_are_refused_outside_tests(server, settings):
    settings.EXCHANGE_WEBHOOK_ALLOW_HTTP = False
    endpoint(server)
    append_change(ListingFactory().pk)
    delivery = WebhookDelivery.objects.get()
    attempt_delivery(delivery.pk)
    delivery.refresh_from_db()
    assert delivery.last_error == "only https:// addresses receive webhooks"
    assert Receiver.received == []
