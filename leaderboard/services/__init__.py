"""Writes: standings, campaign life, points and fair-play flags."""
