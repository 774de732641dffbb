"""Channel-layer group names: ASCII, digits, '-' and '.' only."""


def province_group(province_code: str) -> str:
    return f"leaderboard.province.{province_code}"
