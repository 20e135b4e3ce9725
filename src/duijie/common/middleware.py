from django.utils import translation

from duijie.common.i18n import normalise_language


class UserLanguageMiddleware:
    """A signed-in user's saved language wins over the browser's Accept-Language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.language:
            language = normalise_language(user.language)
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return self.get_response(request)
