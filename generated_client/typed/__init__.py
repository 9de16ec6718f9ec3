"""Typed layer derived from the spec by codegen/derive_typed.py: views, request fields, operations."""
