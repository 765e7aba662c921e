"""Storage: SQLAlchemy models over a SQLite file, its migrations, paths and backups. No Qt."""
