from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from duijie.common.models.base import ContentLocale, TimeStampedModel


class ProposalKind(models.TextChoices):
    DEPUTY = "deputy", _("Deputy's proposal (人大代表建议)")
    CPPCC = "cppcc", _("CPPCC member's proposal (政协提案)")


class ProposalStatus(models.TextChoices):
    REGISTERED = "registered", pgettext_lazy("proposal status", "Registered")
    HANDLING = "handling", _("Being handled")
    REPLIED = "replied", _("Replied")
    CLOSED = "closed", _("Closed (feedback received)")


class Feedback(models.TextChoices):
    SATISFIED = "satisfied", _("Satisfied")
    BASICALLY_SATISFIED = "basically_satisfied", _("Basically satisfied")
    DISSATISFIED = "dissatisfied", _("Dissatisfied")


class Proposal(TimeStampedModel):
    """A deputy's (or CPPCC member's) proposal assigned to a lead unit and co-handling units."""

    kind = models.CharField(
        _("kind"), max_length=8, choices=ProposalKind.choices, default=ProposalKind.DEPUTY
    )
    session = models.CharField(
        pgettext_lazy("proposal", "session"),
        max_length=80,
        help_text=_("e.g. 区十七届人大三次会议"),
    )
    number = models.CharField(_("number"), max_length=20)
    proposers = models.JSONField(_("proposers"), default=list)
    subject = models.CharField(pgettext_lazy("proposal", "subject"), max_length=200)
    text = models.TextField(_("text"), max_length=20000)
    content_locale = models.CharField(
        _("written in"), max_length=8, choices=ContentLocale.choices, default="zh-hans"
    )
    received_on = models.DateField(_("received on"))
    reply_due = models.DateField(_("reply due"))
    lead_unit = models.ForeignKey(
        "directory.Department",
        verbose_name=_("lead unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="led_proposals",
    )
    co_units = models.ManyToManyField(
        "directory.Department",
        verbose_name=_("co-handling units"),
        blank=True,
        related_name="co_handled_proposals",
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=ProposalStatus.choices,
        default=ProposalStatus.REGISTERED,
    )
    feedback = models.CharField(
        _("proposers' feedback"), max_length=20, choices=Feedback.choices, blank=True
    )
    feedback_note = models.TextField(_("feedback note"), blank=True, max_length=2000)
    feedback_on = models.DateField(_("feedback received on"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    demo_key = models.CharField(max_length=80, blank=True, db_index=True)

    class Meta:
        ordering = ["-received_on", "session", "number"]
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "session", "number"], name="one_proposal_per_number"
            )
        ]

    def __str__(self) -> str:
        return f"{self.session} 第{self.number}号 {self.subject}"


class StepKind(models.TextChoices):
    CONTACT = "contact", _("Contacted the proposers")
    VISIT = "visit", _("Visit")
    MEETING = "meeting", _("Meeting")
    SURVEY = "survey", _("Site survey")
    CONSULTATION = "consultation", _("Consultation with co-handling units")
    OTHER = "other", _("Other")


class HandlingStep(models.Model):
    """One thing a unit did to handle a proposal: a call, a visit, a meeting."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="steps")
    kind = models.CharField(_("kind"), max_length=14, choices=StepKind.choices)
    unit = models.ForeignKey(
        "directory.Department", verbose_name=_("unit"), on_delete=models.PROTECT, related_name="+"
    )
    happened_on = models.DateField(_("date"))
    note = models.TextField(_("note"), max_length=5000)
    content_locale = models.CharField(_("written in"), max_length=8, choices=ContentLocale.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["happened_on", "id"]
        verbose_name = _("handling step")
        verbose_name_plural = _("handling steps")

    def __str__(self) -> str:
        return f"{self.proposal_id} · {self.get_kind_display()} · {self.happened_on}"


class HandlingResult(models.TextChoices):
    ADOPTED = "adopted", _("Resolved or adopted (解决或采纳)")
    IN_PROGRESS = "in_progress", _("Being resolved or planned (正在解决或列入计划)")
    REFERENCE = "reference", _("Kept for reference (留作参考)")


class Disclosure(models.TextChoices):
    PROACTIVE = "proactive", _("Proactively disclosed (主动公开)")
    ON_REQUEST = "on_request", _("Disclosed on request (依申请公开)")
    NOT_PUBLIC = "not_public", _("Not disclosed (不予公开)")


class ReplyStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    ISSUED = "issued", _("Issued")


class Reply(TimeStampedModel):
    """A formal reply; once issued it never changes — a correction is a new version."""

    proposal = models.ForeignKey(Proposal, on_delete=models.PROTECT, related_name="replies")
    version = models.PositiveSmallIntegerField(_("version"), default=1)
    supersedes = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="superseded_by"
    )
    status = models.CharField(
        _("status"), max_length=8, choices=ReplyStatus.choices, default=ReplyStatus.DRAFT
    )
    document_number = models.CharField(_("document number"), max_length=40)
    handling_result = models.CharField(
        _("handling result"), max_length=12, choices=HandlingResult.choices
    )
    disclosure = models.CharField(_("disclosure"), max_length=12, choices=Disclosure.choices)
    body = models.TextField(_("reply text"), max_length=30000)
    contact_person = models.CharField(_("contact person"), max_length=60)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    cc = models.JSONField(_("CC"), default=list, blank=True)
    reply_date = models.DateField(_("reply date"))
    drafted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    issued_at = models.DateTimeField(_("issued"), null=True, blank=True)
    docx = models.BinaryField(null=True, editable=False)
    pdf = models.BinaryField(null=True, editable=False)

    class Meta:
        ordering = ["proposal", "-version"]
        verbose_name = _("reply")
        verbose_name_plural = _("replies")
        constraints = [
            models.UniqueConstraint(fields=["proposal", "version"], name="one_reply_per_version")
        ]

    def __str__(self) -> str:
        return f"{self.document_number} (v{self.version})"

    @property
    def is_issued(self) -> bool:
        return self.status == ReplyStatus.ISSUED

    def save(self, *args, **kwargs):
        # Last line of defence behind the domain functions: an issued reply is a record.
        issued = Reply.objects.filter(pk=self.pk, status=ReplyStatus.ISSUED)
        if self.pk and issued.exists():
            raise ValueError("An issued reply is immutable; draft a correction instead.")
        super().save(*args, **kwargs)
