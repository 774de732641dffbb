"""Live province boards over websockets."""

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from learning.middleware import language_from_cookie
from learning.models import Province
from learning.selectors import province_by_code

from .groups import province_group
from .selectors import standing_for_province


@database_sync_to_async
def _snapshot(province: Province) -> list[dict]:
    return [
        {"commune": c.code, "name": c.name, "completions": c.total}
        for c in standing_for_province(province=province)
    ]


class ProvinceBoardConsumer(AsyncJsonWebsocketConsumer):
    """Streams `update` frames for one province; answers `snapshot` requests."""

    async def connect(self):
        code = self.scope["url_route"]["kwargs"]["province_code"]
        self.province = await database_sync_to_async(province_by_code)(code=code)
        if self.province is None:
            await self.close(code=4404)
            return
        self.group = province_group(self.province.code)
        await self.channel_layer.group_add(self.group, self.channel_name)
        await self.accept()

    async def disconnect(self, code):
        if getattr(self, "province", None) is not None:
            await self.channel_layer.group_discard(self.group, self.channel_name)

    async def receive_json(self, content, **kwargs):
        if isinstance(content, dict) and content.get("type") == "snapshot":
            await self.send_json(
                {"type": "snapshot", "communes": await _snapshot(self.province)}
            )
            return
        await self._error(_('Unknown request. Send {"type": "snapshot"}.'))

    async def receive(self, text_data=None, bytes_data=None, **kwargs):
        if text_data is None:
            await self._error(_("Only JSON text messages are understood."))
            return
        try:
            content = await self.decode_json(text_data)
        except ValueError:
            await self._error(_("The message is not valid JSON."))
            return
        await self.receive_json(content)

    async def leaderboard_update(self, event):
        await self.send_json(
            {
                "type": "update",
                "commune": event["commune"],
                "name": event["name"],
                "completions": event["completions"],
            }
        )

    async def _error(self, message: str) -> None:
        await self.send_json({"type": "error", "message": message})

    async def websocket_receive(self, message):
        with translation.override(self._language()):
            await super().websocket_receive(message)

    def _language(self) -> str:
        cookies = self.scope.get("cookies") or {}
        return language_from_cookie(cookies.get(settings.LANGUAGE_COOKIE_NAME))
