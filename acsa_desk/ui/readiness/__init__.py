"""The Audit readiness page: the exceptions register."""
