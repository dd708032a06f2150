"""Pure Python domain: records, clock, routines and the session engine. Never imports Qt."""
