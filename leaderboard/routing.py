from django.urls import path

from .consumers import BoardConsumer

websocket_urlpatterns = [
    path("ws/leaderboard/<int:campaign>/", BoardConsumer.as_asgi()),
    path(
        "ws/leaderboard/<int:campaign>/<str:kind>/<str:code>/",
        BoardConsumer.as_asgi(),
    ),
]
