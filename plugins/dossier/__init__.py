"""Dossier's plain core: the report model and the functions that build it.

Nothing in this package imports Pelican, so it is unit-tested on strings.
"""
