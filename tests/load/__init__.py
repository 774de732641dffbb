"""make loadtest: residents and live-board watchers under locust (see __main__)."""
