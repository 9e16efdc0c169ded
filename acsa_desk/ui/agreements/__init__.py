"""The Partners and agreements page."""
