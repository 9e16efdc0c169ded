"""Ledger services: every read and write of the ledger goes through these functions.

Each takes a keyword-only ``session`` (one unit of work, see ``Ledger.session()``) and,
when it changes anything, the ``actor`` who did it. They enforce the ledger's rules and
raise ``RuleViolation`` naming the rule; they never import Qt.
"""
