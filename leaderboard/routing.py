from django.urls import path

from . import consumers

websocket_urlpatterns = [
    path(
        "ws/leaderboard/province/<str:province_code>/",
        consumers.ProvinceBoardConsumer.as_asgi(),
    ),
]
