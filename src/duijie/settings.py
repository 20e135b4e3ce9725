"""Django settings for Duijie. Every value comes from the environment through duijie.config."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from duijie import config

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = config.data_dir()
PRODUCTION = config.env_bool("DUIJIE_PRODUCTION")
DEBUG = config.env_bool("DUIJIE_DEBUG", default=not PRODUCTION)
SECRET_KEY = config.secret_key(PRODUCTION)
ALLOWED_HOSTS = config.env_list("DUIJIE_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = config.env_list("DUIJIE_CSRF_TRUSTED_ORIGINS", [])
CSRF_FAILURE_VIEW = "duijie.web.views.errors.csrf_failure"
SITE_URL = config.env_str("DUIJIE_SITE_URL", "http://127.0.0.1:8000")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rules.apps.AutodiscoverRulesConfig",
    "axes",
    "ninja",  # serves Swagger UI and ReDoc from the platform's own static files, no CDN
    "huey.contrib.djhuey",
    "duijie.common",
    "duijie.directory",
    "duijie.listings",
    "duijie.versions",
    "duijie.matching",
    "duijie.events",
    "duijie.services",
    "duijie.projects",
    "duijie.taskforce",
    "duijie.policies",
    "duijie.challenges",
    "duijie.dashboard",
    "duijie.exchange",
    "duijie.web",
]
# The demo data is a separate distribution (demo/, never in the duijie wheel): where it is
# installed (`make demo`, the tests), its app brings the `duijie seed-demo` command.
if importlib.util.find_spec("duijie_demo") is not None:
    INSTALLED_APPS.append("duijie_demo")

MIDDLEWARE = [
    "duijie.common.middleware.BodySizeLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "duijie.common.faults.DatabaseUnavailableMiddleware",
    "duijie.common.middleware.UserLanguageMiddleware",
    "duijie.common.middleware.InputGuardMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "duijie.common.middleware.SessionTimeoutMiddleware",
    "duijie.common.middleware.SecurityHeadersMiddleware",
    "duijie.common.ratelimit.RateLimitMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "duijie.urls"
WSGI_APPLICATION = "duijie.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "duijie.common.context_processors.platform",
                "duijie.common.context_processors.notifications",
                "duijie.web.context_processors.sample_data",
            ],
        },
    }
]

DATABASES = {
    "default": dj_database_url.parse(
        config.env_str("DATABASE_URL") or f"sqlite:///{DATA_DIR / 'duijie.sqlite3'}",
        conn_max_age=config.env_int("DUIJIE_DB_CONN_MAX_AGE", 60 if PRODUCTION else 0),
    )
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # WAL lets readers proceed while the inline task queue writes.
    DATABASES["default"]["OPTIONS"] = {"init_command": "PRAGMA journal_mode=WAL;", "timeout": 20}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "directory.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "web:me"
LOGOUT_REDIRECT_URL = "web:home"

AXES_FAILURE_LIMIT = config.env_int("DUIJIE_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 0.25  # hours
# Locked per (account, IP) and per account from any IP, so guessing one account from many
# addresses is slowed too; guessing many accounts from one address meets the login rate limit.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "username"]
AXES_CLIENT_IP_CALLABLE = "duijie.common.ratelimit.client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_USERNAME_FORM_FIELD = "username"  # the login form posts the email as "username"
AXES_LOCKOUT_TEMPLATE = "web/account/locked.html"

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# One date style per language: en "2 Dec 2026", zh "2026年12月2日" (duijie/formats/<locale>/).
FORMAT_MODULE_PATH = ["duijie.formats"]
TIME_ZONE = "Asia/Shanghai"  # Shanghai and Singapore share UTC+8.
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(config.env_str("DUIJIE_STATIC_ROOT") or DATA_DIR / "static")
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
WHITENOISE_USE_FINDERS = DEBUG
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(config.env_str("DUIJIE_MEDIA_ROOT") or DATA_DIR / "media")
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

DEFAULT_FROM_EMAIL = config.env_str("DUIJIE_EMAIL_FROM", "Duijie <noreply@duijie.local>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
if config.env_str("DUIJIE_EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = config.env_str("DUIJIE_EMAIL_HOST")
    EMAIL_PORT = config.env_int("DUIJIE_EMAIL_PORT", 587)
    EMAIL_HOST_USER = config.env_str("DUIJIE_EMAIL_USER")
    EMAIL_HOST_PASSWORD = config.env_str("DUIJIE_EMAIL_PASSWORD")
    EMAIL_USE_TLS = config.env_bool("DUIJIE_EMAIL_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

CACHE_URL = config.env_str("DUIJIE_CACHE_URL")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
    if CACHE_URL.startswith("redis")
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}

# Background work: inline in the embedded default; a huey consumer (`duijie run_huey`)
# in production.
TASK_QUEUE = config.env_str("DUIJIE_TASK_QUEUE", "inline")
if TASK_QUEUE.startswith("redis"):
    HUEY = {"name": "duijie", "huey_class": "huey.RedisHuey", "url": TASK_QUEUE, "immediate": False}
elif TASK_QUEUE == "sqlite":
    HUEY = {
        "name": "duijie",
        "huey_class": "huey.SqliteHuey",
        "filename": str(DATA_DIR / "tasks.sqlite3"),
        "immediate": False,
    }
else:
    HUEY = {"name": "duijie", "huey_class": "huey.MemoryHuey", "immediate": True}

MATCHING_INDEX_DIR = Path(config.env_str("DUIJIE_INDEX_DIR") or DATA_DIR / "index")
MATCHING_ENCODERS = config.env_list("DUIJIE_ENCODERS", ["use", "e5"])
MATCHING_EXTRA_MODEL_DIR = config.env_str("DUIJIE_EXTRA_MODEL_DIR")
# The embedded server (runserver, `make demo`) loads the engine as it starts (off: the first
# search loads it instead; bench/first_search.py measures both).
MATCHING_WARM_ON_START = config.env_bool("DUIJIE_WARM_ENGINE", True)

# A TrueType CJK font for PDF agendas and replies (Debian package fonts-wqy-zenhei).
DUIJIE_CJK_FONT = (
    config.env_str("DUIJIE_CJK_FONT") or "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
)
# Events with more admitted participants than this are scheduled by a background worker.
EVENTS_INLINE_SCHEDULING_LIMIT = config.env_int("DUIJIE_EVENTS_INLINE_LIMIT", 300)
# Days before an event starts that admitted participants are reminded.
EVENTS_REMINDER_DAYS = config.env_int("DUIJIE_EVENTS_REMINDER_DAYS", 1)
# Working days before a task-force progress report is due that the units are reminded.
TASKFORCE_REMINDER_WORKING_DAYS = config.env_int("DUIJIE_TASKFORCE_REMINDER_DAYS", 3)

NINJA_PAGINATION_PER_PAGE = 20
NINJA_PAGINATION_MAX_LIMIT = 100

if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = config.env_bool("DUIJIE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = config.env_int("DUIJIE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy: the pages run only the platform's own scripts (no inline script,
# no third party). Inline styles stay allowed: templates size chart bars with style="width".
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), "
    "magnetometer=(), gyroscope=(), accelerometer=(), interest-cohort=()"
)
# Sessions: idle limits by role and an absolute lifetime (common.middleware.SessionTimeout...).
SESSION_IDLE_STAFF_SECONDS = 60 * config.env_int("DUIJIE_SESSION_IDLE_STAFF_MINUTES", 30)
SESSION_IDLE_SECONDS = 60 * config.env_int("DUIJIE_SESSION_IDLE_MINUTES", 8 * 60)
SESSION_MAX_SECONDS = 3600 * config.env_int("DUIJIE_SESSION_MAX_HOURS", 7 * 24)
SESSION_COOKIE_AGE = SESSION_MAX_SECONDS
SESSION_COOKIE_SAMESITE = "Lax"
# Request bodies: refused from Content-Length above this (413): five 10 MB attachments fit.
MAX_REQUEST_BYTES = config.env_int("DUIJIE_MAX_REQUEST_BYTES", 60 * 1024 * 1024)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000
DATA_UPLOAD_MAX_NUMBER_FILES = 20
# The client IP is read from X-Forwarded-For only when the request comes from one of these
# proxies (addresses or networks, e.g. "127.0.0.1,10.0.0.0/8"); otherwise REMOTE_ADDR.
TRUSTED_PROXIES = config.env_list("DUIJIE_TRUSTED_PROXIES", [])
# Rate limits (common.ratelimit): POSTs to these pages per user, or per IP for visitors.
RATELIMIT_ENABLED = config.env_bool("DUIJIE_RATELIMIT", True)
RATELIMITS = {
    "web:login": "20/10m",
    "web:password_reset": "5/h",
    "web:register": "10/h",
    "web:interest_create": "20/h",
    "web:interest_detail": "60/h",
    "web:meeting_request_thread": "60/h",
    "api:list_interests": "20/h",
    "api:list_messages": "60/h",
}
RATELIMIT_API = config.env_str("DUIJIE_RATELIMIT_API", "300/m")
RATELIMIT_API_WRITES = config.env_str("DUIJIE_RATELIMIT_API_WRITES", "60/m")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": config.env_str("DUIJIE_LOG_LEVEL", "INFO")},
    "loggers": {"jieba": {"level": "WARNING"}},
}

PLATFORM_NAME = _("Duijie")
