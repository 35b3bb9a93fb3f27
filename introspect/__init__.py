"""Sources -> one typed Schema: live PostgreSQL, JSON snapshots, docs, and model files."""
