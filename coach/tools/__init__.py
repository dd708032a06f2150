"""Developer tools run with `python -m coach.tools.<name>`; the app never imports them."""
