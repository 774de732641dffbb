"""Django's PostgreSQL backend, with a pool that notices a database restart at once.

After PostgreSQL restarts, every connection in the pool is dead. psycopg_pool's own
check finds them one at a time, sleeping longer after each, so the first request
after a restart would wait out its pool timeout and get the 503 page. Here the
first dead connection found makes the pool test all its idle connections and
replace the dead ones, and the request takes a fresh one."""

from __future__ import annotations

import psycopg
from django.db.backends.postgresql import base
from psycopg_pool import ConnectionPool


class DatabaseWrapper(base.DatabaseWrapper):
    def get_new_connection(self, conn_params):
        connection = super().get_new_connection(conn_params)
        if self.pool is None:
            return connection
        try:
            ConnectionPool.check_connection(connection)
        except psycopg.Error:
            self.pool.putconn(connection)  # closed, and a new one is on its way
            self.pool.check()
            connection = super().get_new_connection(conn_params)
        return connection
