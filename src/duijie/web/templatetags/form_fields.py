"""Form fields tied to their help text and errors, so a screen reader reads them with the field."""

from django import template

register = template.Library()


def help_id(field) -> str:
    return f"{field.auto_id}_helptext"


def error_id(field, number: int) -> str:
    return f"{field.auto_id}_error{number}"


@register.filter
def described(field):
    """The field's widget with aria-describedby naming its help text and each of its errors."""
    ids = [help_id(field)] if field.help_text else []
    ids += [error_id(field, number) for number in range(1, len(field.errors) + 1)]
    if not ids or not field.auto_id:
        return field.as_widget()
    return field.as_widget(attrs={"aria-describedby": " ".join(ids)})
