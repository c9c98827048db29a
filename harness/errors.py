"""Errors that are the user's to fix: the CLI prints them as one line and exits with code 2."""


class UsageError(Exception):
    """Bad input: an unknown name, a malformed value, a folder that does not fit."""
