"""The cache: Redis, and this process's memory while Redis cannot be reached.

Rate limits live in the cache. A cache that merely ignored a Redis outage would
answer every "may I?" with no (allauth's lock is never taken) and lock every
resident out of signing in; this one keeps counting, per process, until Redis
answers again.
"""

import logging
import time

from django.core.cache.backends.locmem import LocMemCache
from django_redis.cache import RedisCache
from redis import exceptions as redis_errors

UNREACHABLE = (redis_errors.ConnectionError, redis_errors.TimeoutError)
RETRY_AFTER = 5.0  # seconds before trying Redis again after it failed

logger = logging.getLogger(__name__)


class FallbackRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._ignore_exceptions = False  # they are handled here
        self._memory = LocMemCache(f"fallback:{server}", params)
        self._down_until = 0.0

    @property
    def using_memory(self) -> bool:
        return time.monotonic() < self._down_until


def _or_memory(name: str):
    def method(self, *args, **kwargs):
        if not self.using_memory:
            try:
                return getattr(RedisCache, name)(self, *args, **kwargs)
            except UNREACHABLE as error:
                logger.warning("Redis unreachable, caching in memory: %s", error)
                self._down_until = time.monotonic() + RETRY_AFTER
        return getattr(self._memory, name)(*args, **kwargs)

    method.__name__ = name
    return method


for _name in (
    "add",
    "get",
    "set",
    "touch",
    "delete",
    "get_many",
    "set_many",
    "delete_many",
    "has_key",
    "incr",
    "decr",
    "clear",
):
    setattr(FallbackRedisCache, _name, _or_memory(_name))
