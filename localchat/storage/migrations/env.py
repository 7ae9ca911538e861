"""Alembic environment: runs LocalChat's migrations on the connection that storage hands in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from localchat.storage.orm import FTS_TABLES, Base

config = context.config
target_metadata = Base.metadata


def _include_object(obj: object, name: str | None, type_: str, *args: object) -> bool:
    """Leave the FTS5 tables and their shadow tables out of autogenerate."""
    return not (type_ == "table" and name and name.startswith(FTS_TABLES))


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=_include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        include_object=_include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    # Storage passes its own connection (with the right pragmas) in config.attributes.
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as connection:
        _configure(connection)
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
