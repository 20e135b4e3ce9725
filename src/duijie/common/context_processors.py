from django.conf import settings


def platform(request):
    return {"platform_name": settings.PLATFORM_NAME, "site_url": settings.SITE_URL}
