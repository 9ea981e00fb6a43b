"""Endpoint functions of the default operations."""
