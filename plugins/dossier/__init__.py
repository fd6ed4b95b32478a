"""Dossier's plain core: the report model and the functions that build it.

Nothing in this package imports Pelican, so it is unit-tested on strings.
"""

from .compiled import extend_path

extend_path(__path__)  # the engine compiled with mypyc, where `invoke compile` built it from these very sources
