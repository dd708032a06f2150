"""The clinician report."""
