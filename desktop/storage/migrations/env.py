"""Alembic environment: migrations run against the file Afterview opens, never a configured URL."""

from alembic import context
from sqlalchemy import create_engine

from desktop.storage.database import use_wal
from desktop.storage.models import Base

path = context.config.attributes["database_path"]
engine = create_engine(f"sqlite:///{path}", hide_parameters=True)  # no data in an error's text
with engine.connect() as connection:
    sqlite = connection.connection.driver_connection
    assert sqlite is not None  # an open connection has its sqlite3 one
    use_wal(sqlite)  # before the lock below: switching needs the file alone
with engine.begin() as connection:
    # The whole migration holds the write lock from before Alembic reads the revision: a second process
    # starting on the same new folder waits, then finds the schema done, instead of creating it twice.
    connection.exec_driver_sql("BEGIN IMMEDIATE")
    # render_as_batch lets migrations alter tables on SQLite, which has few ALTER forms.
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
engine.dispose()
