"""Database adapter: SQLAlchemy models, repositories, the unit of work and Alembic migrations."""
