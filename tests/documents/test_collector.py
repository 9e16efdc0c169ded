"""The cyclic collector is paused while a document is built, and that frees nothing later."""

import gc
import threading

import pytest
from reportlab.platypus import Flowable

from acsa_desk.documents import build_statement
from acsa_desk.documents import layout as ly
from acsa_desk.documents.collector import collector_paused
from tests.conftest import assert_only_the_documents_own_garbage


def test_a_statement_leaves_only_its_page_objects_as_cyclic_garbage(samples):
    data = samples.big_statement(2_000)
    assert_only_the_documents_own_garbage(lambda: build_statement(data, ("en", "ja")))


class Probe(Flowable):
    """Records whether the collector runs while the document is drawn."""

    def __init__(self, seen: list[bool], fail: bool = False) -> None:
        super().__init__()
        self.seen, self.fail = seen, fail

    def wrap(self, aw, ah):
        return 10, 10

    def draw(self):
        self.seen.append(gc.isenabled())
        if self.fail:
            raise RuntimeError("the drawing failed")


def build_with(seen: list[bool], fail: bool = False) -> bytes:
    decor = ly.PageDecor(banner="UNCLASSIFIED", running_title="t", running_right="r", generated="g",
                         langs=("en",))
    return ly.build_pdf([Probe(seen, fail)], pagesize=ly.LANDSCAPE, decor=decor, title="t",
                        subject="s", invariant=True)


def test_the_collector_is_paused_during_a_build_and_runs_again_after():
    assert gc.isenabled()
    seen: list[bool] = []
    build_with(seen)
    assert seen == [False]
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        build_with(seen, fail=True)
    assert seen == [False, False]
    assert gc.isenabled()  # a failed build does not leave it off


def test_a_collector_the_caller_turned_off_stays_off():
    gc.disable()
    try:
        build_with([])
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_builds_share_the_pause():
    first_in, second_done = threading.Event(), threading.Event()
    seen: list[bool] = []

    def first():
        with collector_paused():
            first_in.set()
            second_done.wait(10)
            seen.append(gc.isenabled())  # the other build ended first: still paused

    worker = threading.Thread(target=first)
    worker.start()
    assert first_in.wait(10)
    with collector_paused():
        pass
    second_done.set()
    worker.join(10)
    assert seen == [False]
    assert gc.isenabled()
