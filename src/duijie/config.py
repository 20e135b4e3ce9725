"""Configuration read from the environment, with safe defaults for the embedded mode."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def data_dir() -> Path:
    """Where the embedded mode keeps its database, secret key, media and index files."""
    path = Path(env_str("DUIJIE_DATA_DIR") or PROJECT_ROOT / "var")
    path.mkdir(parents=True, exist_ok=True)
    return path


def secret_key(production: bool) -> str:
    """The secret key: required from the environment in production, else generated once and kept."""
    key = env_str("DUIJIE_SECRET_KEY")
    if key:
        return key
    if production:
        raise RuntimeError("DUIJIE_SECRET_KEY must be set in production")
    key_file = data_dir() / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(64))
        key_file.chmod(0o600)
    return key_file.read_text().strip()
