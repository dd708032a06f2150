"""SQLite persistence, backups and the CSV files. Never imports Qt."""
