import logging
import threading

from duijie import gunicorn_conf
from duijie.matching.apps import serving_embedded
from duijie.matching.domain import index


def test_each_worker_warms_the_engine_in_a_background_thread(monkeypatch):
    started = threading.Event()
    names = []

    def fake_warm_up():
        names.append(threading.current_thread().name)
        started.set()

    monkeypatch.setattr(index, "warm_up", fake_warm_up)
    gunicorn_conf.post_worker_init(worker=None)
    assert started.wait(5)
    assert names == ["duijie-warm-up"] and names[0] != threading.main_thread().name


def test_a_failed_warm_up_is_logged_and_closes_its_connections(monkeypatch, caplog):
    from django.db import connections

    closed = []

    def broken():
        raise RuntimeError("model files unreadable")

    monkeypatch.setattr(index, "warm_engine", broken)
    monkeypatch.setattr(connections, "close_all", lambda: closed.append(True))
    with caplog.at_level(logging.ERROR, logger="duijie.matching.domain.index"):
        index.warm_up()  # does not raise
    assert "warm-up failed" in caplog.text and "model files unreadable" in caplog.text
    assert closed == [True]


def test_only_the_process_serving_runserver_warms_the_engine():
    assert serving_embedded(["duijie", "runserver", "127.0.0.1:8000"], {"RUN_MAIN": "true"})
    assert serving_embedded(["manage.py", "runserver", "--noreload"], {})
    assert not serving_embedded(["duijie", "runserver"], {})  # the autoreload watcher
    assert not serving_embedded(["duijie", "migrate"], {"RUN_MAIN": "true"})
    assert not serving_embedded(["pytest"], {})


def test_defaults_and_environment(monkeypatch):
    import importlib

    assert (gunicorn_conf.bind, gunicorn_conf.workers) == ("127.0.0.1:8001", 2)
    monkeypatch.setenv("DUIJIE_BIND", "0.0.0.0:9000")
    monkeypatch.setenv("DUIJIE_WORKERS", "5")
    reloaded = importlib.reload(gunicorn_conf)
    assert (reloaded.bind, reloaded.workers) == ("0.0.0.0:9000", 5)
    monkeypatch.undo()
    importlib.reload(gunicorn_conf)
