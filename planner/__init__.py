"""Schema(db) x ModelSet -> discrepancies -> a Plan of typed fix actions."""
