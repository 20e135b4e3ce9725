import pytest
from django.core import mail
from django.urls import reverse

from duijie.directory.models import Organisation, User
from tests.conftest import login
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_registration_creates_account_with_argon2_and_logs_in(client, settings):
    from duijie import settings as project_settings

    settings.PASSWORD_HASHERS = project_settings.PASSWORD_HASHERS
    response = client.post(
        reverse("web:register"),
        {
            "full_name": "Lim Mei Ling",
            "email": "Mei@Example.SG",
            "language": "en",
            "password1": "kopi-and-kaya-2026",
            "password2": "kopi-and-kaya-2026",
        },
    )
    user = User.objects.get()
    assert response.status_code == 302
    assert user.email == "mei@example.sg"
    assert user.password.startswith("argon2")
    assert client.get(reverse("web:profile")).status_code == 200


def test_registration_errors_keep_input(client):
    UserFactory(email="taken@example.com")
    response = client.post(
        reverse("web:register"),
        {
            "full_name": "张三",
            "email": "taken@example.com",
            "language": "zh-hans",
            "password1": "a",
            "password2": "b",
        },
        HTTP_ACCEPT_LANGUAGE="zh-hans",
    )
    html = response.content.decode()
    assert User.objects.count() == 1
    assert "张三" in html
    assert "该电子邮件地址已注册" in html
    assert "两次输入的密码不一致" in html


def test_login_is_throttled_after_repeated_failures(client):
    UserFactory(email="target@example.com")
    for _ in range(5):
        client.post(reverse("web:login"), {"username": "target@example.com", "password": "x"})
    response = client.post(
        reverse("web:login"),
        {"username": "target@example.com", "password": "correct-horse-battery"},
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_password_reset_sends_email_in_users_language(client):
    UserFactory(email="wang@example.cn", language="zh-hans")
    client.post(
        reverse("web:password_reset"), {"email": "wang@example.cn"}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert len(mail.outbox) == 1
    assert "重置" in mail.outbox[0].subject


def test_register_organisation_validates_identifier(client):
    user = UserFactory()
    login(client, user)
    data = {
        "name_zh": "上海测试科技有限公司",
        "name_en": "",
        "country": "CN",
        "org_type": "enterprise",
        "srdi_level": "none",
        "uscc": "91310110MA183FQE33",
        "content_locale": "zh-hans",
    }
    response = client.post(reverse("web:organisation_create"), data)
    assert response.status_code == 200
    assert Organisation.objects.count() == 0
    data["uscc"] = "91310110MA183FQE32"
    response = client.post(reverse("web:organisation_create"), data)
    org = Organisation.objects.get()
    assert org.memberships.get().user == user
    assert org.memberships.get().role == "admin"
