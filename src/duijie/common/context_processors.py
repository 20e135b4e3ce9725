from django.conf import settings

from duijie.common.notifications import unread_count


def platform(request):
    return {"platform_name": settings.PLATFORM_NAME, "site_url": settings.SITE_URL}


def notifications(request):
    """The signed-in user's unread notification count, for the header."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"unread_notifications": unread_count(user)}
