"""The schema revision this version of LocalChat writes (no SQLAlchemy, no Alembic)."""

# The Alembic head revision of the migration scripts (a test checks the two agree). An open
# of a file at this revision needs no migration, so neither Alembic nor, for the window's
# first frame, SQLAlchemy (storage/first_page.py).
SCHEMA_VERSION = "0005"
