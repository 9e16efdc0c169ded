"""Every service test runs on SQLite and on a real PostgreSQL server."""

import pytest

from tests.conftest import BACKENDS, open_backend


@pytest.fixture(params=BACKENDS)
def ledger(request, tmp_path):
    yield from open_backend(request, tmp_path)
