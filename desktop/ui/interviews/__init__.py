"""Interviews and the calendar: planning, importing invitations, debriefs, opportunities."""
