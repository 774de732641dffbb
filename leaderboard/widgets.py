"""What the leaderboard adds to the resident's dashboard."""

from .selectors import board_province, commune_summary, learner_campaigns


def commune_rank_context(request, learner) -> dict | None:
    """The learner's commune and its place in each live campaign it is part of."""
    if learner.commune_id is None:
        return None
    places = []
    for campaign in learner_campaigns(learner=learner):
        rows = board_province(campaign=campaign, province=learner.commune.province_id)
        summary = commune_summary(campaign=campaign, commune=learner.commune, rows=rows)
        places.append({"campaign": campaign, **summary})
    return {"commune": learner.commune, "places": places}
