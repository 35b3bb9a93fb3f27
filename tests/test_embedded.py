import psycopg2
import pytest

from schema_inspector.introspect.embedded import EmbeddedPostgres
from schema_inspector.introspect.errors import InputError


@pytest.mark.slow
def test_server_starts_answers_and_is_deleted(tmp_path):
    with EmbeddedPostgres() as server:
        root = server.root
        conn = psycopg2.connect(server.url())
        with conn.cursor() as cur:
            cur.execute("select current_setting('server_version_num')::int")
            assert cur.fetchone()[0] >= 130000
        conn.close()
        assert root.exists()
    assert not root.exists()


def test_bad_sql_reports_postgres_message_and_line(tmp_path):
    sql = tmp_path / "broken.sql"
    sql.write_text("create table a (id int);\ncreate table b (id nosuchtype);\n")
    with EmbeddedPostgres() as server:
        with pytest.raises(InputError) as error:
            server.load_sql(sql)
    message = str(error.value)
    assert "broken.sql:2" in message
    assert "nosuchtype" in message
