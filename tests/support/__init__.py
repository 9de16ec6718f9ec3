"""Helpers shared by test modules (not fixtures: those are in the conftest files)."""
