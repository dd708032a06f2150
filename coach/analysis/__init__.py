"""Pure functions from records to figures (DESIGN.md definitions). Never imports Qt."""
