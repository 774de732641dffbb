"""WSGI entry point, for serving plain HTTP with a WSGI server if measured faster."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "learning.settings.dev")
application = get_wsgi_application()
