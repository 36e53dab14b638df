"""``newsevents serve``: the HTTP API and dashboard over a store."""

from __future__ import annotations

import click

from newsevents.cli import cli


@cli.command("serve")
@click.option("--db", default="newsevents.duckdb", show_default=True, type=click.Path(dir_okay=False),
              help="The DuckDB store, opened read-only (its snapshot while a run writes it).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 exposes the server to the network.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--max-body-mb", type=click.FloatRange(min=0.001), default=10.0, show_default=True,
              help="Largest page POST /api/code accepts, in MB (413 above).")
@click.option("--code-timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True,
              help="Seconds POST /api/code may spend coding one page (503 after).")
@click.option("--open", "open_browser", is_flag=True, help="Open the dashboard in a web browser once it is up.")
def serve_command(db, host, port, max_body_mb, code_timeout, open_browser):
    """Serve the API (/api/..., docs at /docs) and the dashboard (/) over a store.

    The store is read-only; while `newsevents run` writes it, the server reads the
    snapshot the run publishes, and follows each new one. See docs/serve.md.

    \b
    Examples:
      newsevents serve --db news.duckdb            # then open http://127.0.0.1:8000/
      newsevents serve --db newsevents.duckdb --open
      newsevents serve --db news.duckdb --port 8080
      curl 'http://127.0.0.1:8000/api/events?actor=RUS&root=03&limit=10'
    """
    from newsevents.serve import serve
    from newsevents.store import StoreError

    if open_browser:
        import threading
        import webbrowser

        threading.Timer(1.5, webbrowser.open, [f"http://{host}:{port}/"]).start()
    try:
        serve(db, host=host, port=port, max_body_bytes=int(max_body_mb * 1024 * 1024), code_timeout=code_timeout)
    except StoreError as error:
        raise click.ClickException(str(error)) from error
