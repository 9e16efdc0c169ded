"""`acsa-desk user add|list|deactivate|passphrase|role` and `--as` on a multi-user ledger."""

import json

from tests.cli.helpers import cli, one_line_error


def test_a_second_user_makes_writing_commands_ask_who_you_are(tmp_path):
    db = tmp_path / "l.sqlite"
    mine, theirs = tmp_path / "mine.txt", tmp_path / "theirs.txt"
    mine.write_text("admin passphrase 1\n")
    theirs.write_text("officer passphrase 2\n")
    env = {"ACSA_DESK_USER": "Anne"}
    cli("--db", db, "user", "--name", "Anne Tremblay", "--rank", "Cdr", env=env)  # first: admin
    one_line_error(cli("--db", db, "user", "add", "bob", "--role", "officer",
                       "--passphrase-file", theirs, check=False, env=env),
                   "set your own passphrase first")
    cli("--db", db, "user", "passphrase", "--passphrase-file", mine, env=env)
    cli("--db", db, "user", "add", "Bob", "--role", "officer", "--name", "Robert Roy",
        "--passphrase-file", theirs, env=env)
    listed = json.loads(cli("--db", db, "user", "list", "--json").stdout)
    assert [(u["login"], u["role"], u["active"], u["passphrase"]) for u in listed] == [
        ("anne", "admin", True, True), ("bob", "officer", True, True)]
    # two users: who you are is proved, not declared
    one_line_error(cli("--db", db, "demo", "--orders", "1", check=False, env=env),
                   "say who you are with --as")
    one_line_error(cli("--db", db, "demo", "--orders", "1", "--as", "bob",
                       check=False, env={**env, "ACSA_DESK_PASSPHRASE_FILE": str(mine)}),
                   "wrong passphrase for bob")
    cli("--db", db, "demo", "--orders", "1", "--as", "BOB",
        env={**env, "ACSA_DESK_PASSPHRASE_FILE": str(theirs)})
    one_line_error(cli("--db", db, "user", "add", "carl", "--role", "clerk", "--as", "bob",
                       "--passphrase-file", theirs, check=False,
                       env={**env, "ACSA_DESK_PASSPHRASE_FILE": str(theirs)}),
                   "only an admin can add users")
    admin = {**env, "ACSA_DESK_PASSPHRASE_FILE": str(mine)}
    cli("--db", db, "user", "role", "bob", "clerk", "--as", "anne", env=admin)
    cli("--db", db, "user", "deactivate", "bob", "--as", "anne", env=admin)
    one_line_error(cli("--db", db, "demo", "--orders", "1", "--as", "bob", check=False,
                       env={**env, "ACSA_DESK_PASSPHRASE_FILE": str(theirs)}),
                   "not an active user")
    rows = json.loads(cli("--db", db, "user", "list", "--json").stdout)
    assert [(u["login"], u["role"], u["active"]) for u in rows if u["login"] in ("anne", "bob")
            ] == [("anne", "admin", True), ("bob", "clerk", False)]
    assert "ok:" in cli("--db", db, "verify").stdout
