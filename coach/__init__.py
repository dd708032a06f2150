"""Trapezius Coach: guided stretches, heat and breathing, with a symptom and injection diary."""

__version__ = "0.1.0"
