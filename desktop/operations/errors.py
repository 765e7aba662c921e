"""The storage problems a face reports to the user, named here so that no face reaches into storage for them."""

from desktop.storage.database import DamagedDatabaseError, DatabaseError, LockedDatabaseError, folder_problem

__all__ = ["DamagedDatabaseError", "DatabaseError", "LockedDatabaseError", "folder_problem"]
