"""Staff issue and revoke partner tokens in the Django admin; the secret is shown once."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from duijie.common.admin_base import ModelAdmin
from duijie.exchange.domain.tokens import issue_token, revoke_token, token_problem
from duijie.exchange.domain.webhooks import new_secret, replay_delivery
from duijie.exchange.models import (
    ApiToken,
    PartnerPlatform,
    Scope,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
)


class IssueTokenForm(forms.ModelForm):
    scopes = forms.MultipleChoiceField(
        label=_("scopes"), choices=Scope.choices, widget=forms.CheckboxSelectMultiple
    )
    days = forms.IntegerField(label=_("valid for (days)"), min_value=1, max_value=730, initial=365)

    class Meta:
        model = ApiToken
        fields = ["name", "organisation", "partner", "user", "scopes"]

    def clean(self):
        data = super().clean()
        problem = token_problem(
            data.get("scopes") or [],
            organisation=data.get("organisation"),
            partner=data.get("partner"),
            user=data.get("user"),
        )
        if problem:
            raise forms.ValidationError(problem)
        return data


@admin.register(PartnerPlatform)
class PartnerPlatformAdmin(ModelAdmin):
    list_display = ["name", "slug", "website"]


@admin.register(ApiToken)
class ApiTokenAdmin(ModelAdmin):
    list_display = ["name", "prefix", "organisation", "partner", "expires_at", "last_used_at"]
    list_filter = ["revoked_at"]
    readonly_fields = ["prefix", "expires_at", "last_used_at", "revoked_at", "created_by"]
    actions = ["revoke"]

    def get_form(self, request, obj=None, **kwargs):
        if obj is None:
            kwargs["form"] = IssueTokenForm
        return super().get_form(request, obj, **kwargs)

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["name", "organisation", "partner", "user", "scopes", "days"]
        return ["name", "organisation", "partner", "user", "scopes", *self.readonly_fields]

    def save_model(self, request, obj, form, change):
        if change:
            # Only the name may change; scopes and owner are fixed when the token is issued.
            ApiToken.objects.filter(pk=obj.pk).update(name=obj.name)
            return
        data = form.cleaned_data
        token, secret = issue_token(
            actor=request.user,
            name=data["name"],
            scopes=data["scopes"],
            days=data["days"],
            organisation=data["organisation"],
            partner=data["partner"],
            user=data["user"],
        )
        obj.pk = token.pk
        messages.warning(
            request,
            _("Copy the secret now, it is not shown again: %(secret)s") % {"secret": secret},
        )

    @admin.action(description=_("Revoke the selected tokens"))
    def revoke(self, request, queryset):
        for token in queryset:
            revoke_token(token, actor=request.user)


class WebhookForm(forms.ModelForm):
    url = forms.URLField(label=_("address"), max_length=500, assume_scheme="https")
    events = forms.MultipleChoiceField(
        label=_("events"), choices=WebhookEvent.choices, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["partner", "url", "events", "is_active"]


@admin.register(WebhookEndpoint)
class WebhookEndpointAdmin(ModelAdmin):
    form = WebhookForm
    list_display = ["url", "partner", "is_active"]
    readonly_fields = ["secret"]

    def save_model(self, request, obj, form, change):
        if not obj.secret:
            obj.secret = new_secret()
        super().save_model(request, obj, form, change)


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(ModelAdmin):
    list_display = ["event", "endpoint", "status", "attempts", "last_status_code", "created_at"]
    list_filter = ["status", "event"]
    readonly_fields = [f.name for f in WebhookDelivery._meta.fields]
    actions = ["replay"]

    @admin.action(description=_("Send the selected deliveries again"))
    def replay(self, request, queryset):
        for delivery in queryset:
            replay_delivery(delivery, actor=request.user)
