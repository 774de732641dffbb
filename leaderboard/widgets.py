"""What the leaderboard adds to the resident's dashboard."""

from .selectors import commune_rank


def commune_rank_context(request, learner) -> dict | None:
    """The learner's commune and its place in the province; hidden without one."""
    if learner.commune_id is None:
        return None
    return commune_rank(commune=learner.commune)
