"""The sieve-based attribution engine: quotes, names, cues, sieves, and the engine that runs them over a report."""

from ..compiled import extend_path

extend_path(__path__, "attribution")
