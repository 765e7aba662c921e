"""The desktop around the window: tray, notifications, reminders, resume watch, autostart, single instance."""
