"""What the window needs before the workspace is open: where the data lives, whether its folders can be used,
and Today as the start-up cache lists it when that is provably current. Light: no SQLAlchemy, no database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from desktop.core.agenda import AgendaItem
from desktop.core.locale_defaults import fill_from_locale
from desktop.storage import agenda_cache, settings_file
from desktop.storage.folders import FolderProblem, check_folders
from desktop.storage.paths import AppPaths, resolve
from desktop.storage.platform_zone import local_zone

__all__ = ["AppPaths", "CachedToday", "FolderProblem", "cached_today", "check_folders", "resolve"]


@dataclass(frozen=True)
class CachedToday:
    """Today's items from the cache, with the moment and the zone they were listed for."""

    items: list[AgendaItem]
    database_empty: bool
    now: datetime
    zone: ZoneInfo


def cached_today(paths: AppPaths, locale_name: str, zone: ZoneInfo | None = None,
                 now: datetime | None = None) -> CachedToday | None:
    """Today from the start-up cache when the data, the settings (filled from the locale as the workspace will
    fill them), the zone and the clock say it is current; None when it is not."""
    loaded = settings_file.peek(paths.settings_file)  # load() reports a broken file, later
    settings = fill_from_locale(loaded.settings, loaded.stored, locale_name)
    zone, now = zone or local_zone(), now or datetime.now(UTC)
    cached = agenda_cache.load(paths.data_dir, paths.database, now, agenda_cache.context_of(settings, zone))
    if cached is None:
        return None
    items, database_empty = cached
    return CachedToday(items, database_empty, now, zone)
