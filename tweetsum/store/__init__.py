"""store: the SQLite database of tweets, ingest runs and caches; :class:`Store` (in :mod:`.db`) is the facade."""
from tweetsum.store.db import Store

__all__ = ["Store"]
