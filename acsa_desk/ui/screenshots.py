"""Screenshots of the real window on a demo ledger, for looking at and for the documentation.

    python -m acsa_desk.ui.screenshots --out DIR [--lang en,fr,ja] [--orders N] [--size 1280x800]
        [--scheme ca --level "PROTECTED B" --rel-to CAN,JPN --originator JPN]

Builds a demo ledger in a temporary folder (the user's ledger and settings are never touched),
opens the real main window offscreen and saves one PNG per view of the tour
(acsa_desk/ui/tour.py) in each language, as ``DIR/<lang>/<view>.png``: the welcome page, every
page, the order editor and each of its step dialogs, a new order, the exercise editor, the
preferences, the order form preview, the user guide, the About box and the message boxes.
Every view shows the ledger's handling marking by its scheme's rules: UNCLASSIFIED unless
--scheme/--level (and --rel-to, --originator, as `acsa-desk marking set` takes them) say
otherwise. Waits for the background work of each view, never for a fixed time.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from acsa_desk.core.marking import Marking

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m acsa_desk.ui.screenshots",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    parser.add_argument("--lang", default="en,fr,ja", help="interface languages (default en,fr,ja)")
    parser.add_argument("--orders", type=int, default=500, help="demo orders (default 500)")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--seed", type=int, default=2018)
    parser.add_argument("--scheme", default="ca", help="marking scheme (ca, us, jp)")
    parser.add_argument("--level", default="UNCLASSIFIED", help='marking level, e.g. "PROTECTED B"')
    parser.add_argument("--rel-to", default="", metavar="CAN,JPN")
    parser.add_argument("--originator", default="", metavar="JPN")
    args = parser.parse_args(argv)
    from acsa_desk.core import marking as M
    from acsa_desk.core.errors import RuleViolation

    try:
        marking = M.make_marking(M.BUILTIN_SCHEMES[args.scheme], args.level,
                                 rel_to=[c for c in args.rel_to.split(",") if c],
                                 originators=[c for c in args.originator.split(",") if c])
    except (KeyError, RuleViolation) as exc:
        parser.error(f"--scheme/--level: {exc}")
    width, height = (int(v) for v in args.size.lower().split("x"))
    languages = [part.strip() for part in args.lang.split(",") if part.strip()]
    with tempfile.TemporaryDirectory(prefix="acsa-desk-shots-") as folder:
        written = take(Path(folder), args.out, languages=languages, orders=args.orders, seed=args.seed,
                       size=(width, height), marking=marking)
    for path in written:
        print(path)
    return 0


def take(work: Path, out: Path, *, languages: Sequence[str] = ("en",), orders: int, seed: int,
         size: tuple[int, int], marking: Marking | None = None) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from acsa_desk.ui.app import create_app
    from acsa_desk.ui.settings import Settings
    from acsa_desk.ui.tour import build_demo, tour

    _app = QApplication.instance() or create_app(
        ["acsa-desk"], settings=Settings.from_file(work / "settings.ini"), log_dir=work / "logs",
        enable_faulthandler=False)
    demo = work / "demo.sqlite"
    build_demo(demo, orders=orders, seed=seed)
    if marking is not None:
        from acsa_desk.db.engine import open_ledger
        from acsa_desk.services import marking as marking_svc

        ledger = open_ledger(demo)
        try:
            with ledger.session(actor="demo") as session:
                marking_svc.set_marking(session=session, marking=marking)
        finally:
            ledger.close()
    written: list[Path] = []
    for language in languages:
        folder = out / language
        folder.mkdir(parents=True, exist_ok=True)
        for name, widget in tour(work, demo, language, size=size):
            if name == "dashboard" and (widget.width(), widget.height()) != size:
                print(f"warning: the window is {widget.width()}x{widget.height()}, not "
                      f"{size[0]}x{size[1]}", file=sys.stderr)
            path = folder / f"{name}.png"
            widget.grab().save(str(path))
            written.append(path)
    return written


if __name__ == "__main__":
    sys.exit(main())
