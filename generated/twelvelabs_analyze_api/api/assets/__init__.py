"""Endpoint functions of the assets operations."""
