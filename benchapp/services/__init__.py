"""Use cases: each opens a unit of work, applies domain rules, commits or rolls back."""
