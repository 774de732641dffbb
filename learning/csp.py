"""Content-Security-Policy (django-csp): no inline script anywhere on the public
site. Wagtail's admin prints inline scripts in its choosers and date widgets, so
its pages get ADMIN_CSP_DIRECTIVES, which allow them there and nowhere else."""

from csp.middleware import CSPMiddleware
from django.conf import settings


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        admin = request.path_info.startswith(settings.ADMIN_CSP_PREFIXES)
        if admin and not report_only and parts.config is None:
            parts.config = settings.ADMIN_CSP_DIRECTIVES
        return parts
