"""Remember where the current request comes from, for fair-play counters.

Completion signals carry no request, and after-commit callbacks run in the
request's own context, so the origin travels in a ContextVar. Outside a request
(shell, commands, tests without the client) it is unknown.
"""

import hashlib
import ipaddress
from contextvars import ContextVar
from dataclasses import dataclass

from allauth.account.adapter import get_adapter
from asgiref.sync import iscoroutinefunction, markcoroutinefunction
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.http import HttpRequest


@dataclass(frozen=True)
class Origin:
    """A device fingerprint and a network; either is None when unknown."""

    device: str | None
    network: str | None


_origin: ContextVar[Origin | None] = ContextVar("leaderboard_origin", default=None)


def origin_current() -> Origin | None:
    """The origin of the request being served, or None outside a request."""
    return _origin.get()


def network_of(ip: str | None) -> str | None:
    """An IPv4 /24 or IPv6 /64: one household, hall or carrier NAT pool."""
    if not ip:
        return None
    try:
        address = ipaddress.ip_address(ip.strip())
    except ValueError:
        return None
    if address.version == 6 and address.ipv4_mapped:
        address = address.ipv4_mapped
    prefix = 24 if address.version == 4 else 64
    return str(ipaddress.ip_network(f"{address}/{prefix}", strict=False))


def device_of(request: HttpRequest) -> str | None:
    """Same browser on the same phone gives the same 16 hex characters."""
    agent = request.headers.get("User-Agent", "").strip()
    if not agent:
        return None
    language = request.headers.get("Accept-Language", "").strip()
    return hashlib.sha256(f"{agent}\n{language}".encode()).hexdigest()[:16]


def client_ip(request: HttpRequest) -> str | None:
    """The address allauth's rate limits use: honours ALLAUTH_TRUSTED_PROXY_COUNT."""
    try:
        return get_adapter(request).get_client_ip(request)
    except (PermissionDenied, ImproperlyConfigured, ValueError):
        return None


def origin_of(request: HttpRequest) -> Origin:
    return Origin(device=device_of(request), network=network_of(client_ip(request)))


class RequestOrigin:
    """Set the request's Origin for the time it is served, sync or async."""

    sync_capable = True
    async_capable = True

    def __init__(self, get_response):
        self.get_response = get_response
        self.async_mode = iscoroutinefunction(get_response)
        if self.async_mode:
            markcoroutinefunction(self)

    def __call__(self, request):
        if self.async_mode:
            return self.__acall__(request)
        token = _origin.set(origin_of(request))
        try:
            return self.get_response(request)
        finally:
            _origin.reset(token)

    async def __acall__(self, request):
        token = _origin.set(origin_of(request))
        try:
            return await self.get_response(request)
        finally:
            _origin.reset(token)
