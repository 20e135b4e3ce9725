from django.core.cache import cache

from duijie.directory.models import Organisation


def sample_data(request):
    """Whether the site holds demo data, so every page can say so; cached, as it rarely changes."""
    flag = cache.get("duijie:has_sample_data")
    if flag is None:
        flag = Organisation.objects.filter(is_sample=True).exists()
        cache.set("duijie:has_sample_data", flag, 60)
    return {"has_sample_data": flag}
