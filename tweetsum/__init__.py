"""tweetsum: offline digests of tweet archives."""
from tweetsum import offline as _offline

_offline.enforce()

__version__ = "0.1.0"
