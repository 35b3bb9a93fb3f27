"""LibCST edits that carry out fix actions, minimal and format-preserving."""
