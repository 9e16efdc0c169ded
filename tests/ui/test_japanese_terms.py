"""Issue 14: the Japanese interface, help and printed documents use one word for an order,
要請 (acsa-domain.md: request (要請) -> 提供 -> 受領 -> 決済; the form is the 要請書)."""

from __future__ import annotations

from acsa_desk import resources_dir
from acsa_desk.documents import labels
from acsa_desk.ui.catalogues import messages, ts_path

OTHER_WORD = "注文"  # what the window said while the documents said 要請


def test_the_japanese_catalogue_says_yosei_for_an_order() -> None:
    found = messages(ts_path("ja"))
    assert not [m.source for m in found if OTHER_WORD in m.translation]
    orders = [m.translation for m in found if m.source in ("Orders", "&Orders", "Order")
              and m.translation != "件数"]  # a column of counts says "how many"
    assert orders and all("要請" in text for text in orders)


def test_the_help_and_the_documents_say_the_same() -> None:
    guide = (resources_dir() / "help" / "guide_ja.md").read_text(encoding="utf-8")
    assert OTHER_WORD not in guide and "要請" in guide
    printed = repr(vars(labels))
    assert OTHER_WORD not in printed and "要請書" in printed
