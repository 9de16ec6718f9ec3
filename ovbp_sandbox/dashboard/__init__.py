"""The sandbox's read-only web pages: pipelines, tasks, notifications and series plots, at ``/``."""

from ovbp_sandbox.dashboard.app import build_dashboard, with_dashboard

__all__ = ["build_dashboard", "with_dashboard"]
