from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LeaderboardConfig(AppConfig):
    name = "leaderboard"
    verbose_name = _("Leaderboard")

    def ready(self) -> None:
        from learning.dashboard import widget_register

        # Connect to learning's signals.
        from . import fairplay_receivers, receivers, rewards_receivers  # noqa: F401
        from .rewards import rewards_context
        from .widgets import commune_rank_context

        widget_register(
            name="leaderboard.commune_rank",
            template="leaderboard/widgets/commune_rank.html",
            context=commune_rank_context,
            order=10,
        )
        widget_register(
            name="leaderboard.rewards",
            template="leaderboard/widgets/rewards.html",
            context=rewards_context,
            order=20,
        )
