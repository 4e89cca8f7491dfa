package mx.bitacora.query.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import mx.bitacora.testsupport.FreshDatabase;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Deferred inserts against PostgreSQL: held until the unit of work commits, dropped on demand. */
class DeferredInsertsTest {

  private static final String INSERT = "INSERT INTO note (id, text) VALUES (:id, :text)";
  private static final FreshDatabase DATABASE = FreshDatabase.create("deferred");
  private static SingleConnectionDataSource dataSource;

  private JdbcTemplate jdbc;
  private DeferredInserts inserts;

  @BeforeAll
  static void connect() {
    dataSource =
        new SingleConnectionDataSource(
            DATABASE.jdbcUrl(), DATABASE.username(), DATABASE.password(), true);
    new JdbcTemplate(dataSource).execute("CREATE TABLE note (id INT PRIMARY KEY, text TEXT)");
  }

  @AfterAll
  static void drop() {
    dataSource.destroy();
    DATABASE.drop();
  }

  @BeforeEach
  void empty() {
    jdbc = new JdbcTemplate(dataSource);
    jdbc.execute("TRUNCATE note");
    inserts = new DeferredInserts(new NamedParameterJdbcTemplate(dataSource));
  }

  @Test
  void insideAUnitOfWork_rowsWaitForTheCommit_andAreFoundWhileWaiting() {
    UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("e"));
    inserts.insert(INSERT, note(1, "first"));
    inserts.insert(INSERT, note(2, "second"));
    assertThat(count()).isZero();
    assertThat(inserts.waiting(INSERT, row -> row.getValue("id").equals(2))).hasSize(1);
    batch.commit();
    assertThat(texts()).containsExactly("first", "second");
    assertThat(inserts.waiting(INSERT, row -> true)).isEmpty();
  }

  @Test
  void whatIsDroppedAfterAMark_isNeverInserted_andARollbackInsertsNothing() {
    UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("e"));
    inserts.insert(INSERT, note(1, "kept"));
    int mark = inserts.mark();
    inserts.insert(INSERT, note(2, "of a failed event"));
    inserts.dropAfter(mark);
    inserts.insert(INSERT, note(3, "after it"));
    batch.commit();
    assertThat(texts()).containsExactly("kept", "after it");

    UnitOfWork<?> rolledBack =
        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("e"));
    inserts.insert(INSERT, note(4, "rolled back"));
    rolledBack.rollback();
    assertThat(count()).isEqualTo(2);
  }

  @Test
  void outsideAUnitOfWork_aRowIsInsertedAtOnce_andAFailingBatchFailsItsCommit() {
    inserts.insert(INSERT, note(1, "at once"));
    assertThat(texts()).containsExactly("at once");

    UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("e"));
    inserts.insert(INSERT, note(1, "a duplicate key"));
    assertThatThrownBy(batch::commit).hasMessageContaining("note_pkey");
  }

  @Test
  void anAppendOnce_skipsTheSameRowReplayed_butFailsTheBatchWhenAnotherHoldsItsKey() {
    DeferredInserts.AppendOnce once =
        new DeferredInserts.AppendOnce(
            INSERT + " ON CONFLICT DO NOTHING",
            "SELECT EXISTS (SELECT 1 FROM note WHERE id = :id AND text = :text)");
    inserts.insert(once, note(1, "stored"));

    UnitOfWork<?> replay = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("e"));
    inserts.insert(once, note(1, "stored"));
    inserts.insert(once, note(2, "new"));
    replay.commit();
    assertThat(texts()).containsExactly("stored", "new");

    UnitOfWork<?> conflicting =
        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("e"));
    inserts.insert(once, note(1, "another"));
    assertThatThrownBy(conflicting::commit).isInstanceOf(ConflictingEventException.class);
    assertThatThrownBy(() -> inserts.insert(once, note(2, "another at once")))
        .isInstanceOf(ConflictingEventException.class);
  }

  private static MapSqlParameterSource note(int id, String text) {
    return new MapSqlParameterSource("id", id).addValue("text", text);
  }

  private int count() {
    return jdbc.queryForObject("SELECT count(*) FROM note", Integer.class);
  }

  private List<String> texts() {
    return jdbc.queryForList("SELECT text FROM note ORDER BY id", String.class);
  }
}
