"""Follow-up calls."""
