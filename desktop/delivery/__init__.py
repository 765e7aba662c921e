"""Sending mail and keeping its password: network and keyring I/O, no Qt."""
