"""Thank-you notes around the composer: templates, send times, scheduled sending, the printed checklist."""
