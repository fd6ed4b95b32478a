"""The sieve-based attribution engine: quotes, names, cues, sieves, and the engine that runs them over a report."""
