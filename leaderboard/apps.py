from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LeaderboardConfig(AppConfig):
    name = "leaderboard"
    verbose_name = _("Leaderboard")

    def ready(self) -> None:
        from learning.dashboard import widget_register
        from learning.roles import (
            COMMUNE_ADMINISTRATORS,
            PROVINCE_ADMINISTRATORS,
            role_permissions_add,
        )

        # Connect to learning's signals.
        from . import fairplay_receivers, receivers, rewards_receivers  # noqa: F401
        from .rewards import rewards_context
        from .widgets import commune_rank_context

        # Administrators see their area's campaigns and flags; a province's run
        # its campaigns (create, edit, freeze, void) and review its flags.
        seen = [("leaderboard", "view_campaign"), ("leaderboard", "view_flag")]
        role_permissions_add(role=COMMUNE_ADMINISTRATORS, permissions=seen)
        role_permissions_add(
            role=PROVINCE_ADMINISTRATORS,
            permissions=[
                *seen,
                ("leaderboard", "add_campaign"),
                ("leaderboard", "change_campaign"),
                ("leaderboard", "change_flag"),
            ],
        )
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
