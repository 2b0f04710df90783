package org.cxlint.serve;

import com.fasterxml.jackson.core.type.TypeReference;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cxlint.model.Turn;
import org.cxlint.result.Json;
import org.cxlint.result.Report;
import org.flywaydb.core.Flyway;

/**
 * Scored calls in a relational database: H2 in a folder by default, PostgreSQL for a team install. The
 * schema is Flyway's (classpath {@code org/cxlint/serve/db}). A call is written in one transaction, report and
 * findings together, so a crash never leaves half of one; (transcript id, content hash) is unique, so the
 * same call sent twice is stored once.
 */
public final class Store implements AutoCloseable {
    private final HikariDataSource pool;
    private final String where;

    /** One call to store. {@code date} is the call's date (its metadata's, else the day it arrived). */
    public record Entry(
            String transcriptId,
            String contentHash,
            String origin,
            String agent,
            String team,
            LocalDate date,
            Report report,
            List<Turn> turns) {}

    /** @param created false when this call was already stored (the id is the earlier one's) */
    public record Saved(long id, boolean created, String reportJson) {}

    /** A stored call as the HTML page needs it. */
    public record Call(long id, String reportJson, List<Turn> turns) {}

    /** One row of the index: newest first. */
    public record Row(
            long id,
            String transcriptId,
            String agent,
            String team,
            LocalDate date,
            double score,
            boolean passed,
            String origin) {}

    /** Dates as ISO text: the JSON mapper writes no java.time types. */
    public record Agent(String agent, long calls, double meanScore, double passRate, String first, String last) {}

    /** What a trend is computed from: one call with its counted faults' rule ids. */
    public record Scored(LocalDate date, double score, boolean passed, List<String> faults) {}

    private Store(HikariDataSource pool, String where) {
        this.pool = pool;
        this.where = where;
    }

    /**
     * @param target a folder (the H2 database file {@code cxlint.mv.db} lives in it) or a {@code jdbc:} URL;
     *               user and password may be in the URL ({@code ?user=..&password=..} for PostgreSQL)
     */
    public static Store open(String target) {
        HikariConfig cfg = new HikariConfig();
        String where;
        if (target.startsWith("jdbc:")) {
            cfg.setJdbcUrl(target);
            where = target.replaceAll("password=[^&;]*", "password=***");
        } else {
            Path dir = Path.of(target).toAbsolutePath();
            try {
                Files.createDirectories(dir);
            } catch (java.io.IOException e) {
                throw new StoreException("cannot create the data folder " + target + ": " + e.getMessage());
            }
            if (!Files.isWritable(dir)) throw new StoreException("the data folder " + target + " is not writable");
            // WRITE_DELAY=0: a commit is on disk before the request is answered, so kill -9 loses no answered call
            cfg.setJdbcUrl("jdbc:h2:file:" + dir.resolve("cxlint") + ";WRITE_DELAY=0");
            where = dir.resolve("cxlint.mv.db").toString();
        }
        cfg.setMaximumPoolSize(8);
        cfg.setAutoCommit(true);
        cfg.setPoolName("cxlint-store");
        cfg.setInitializationFailTimeout(10_000);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(cfg);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store " + where + ": " + rootMessage(e));
        }
        try {
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:org/cxlint/serve/db")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw new StoreException("cannot prepare the store " + where + ": " + rootMessage(e));
        }
        return new Store(ds, where);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() == null ? t.toString() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    public String where() {
        return where;
    }

    /** Stores the call in one transaction, or finds it already stored. */
    public Saved save(Entry e) {
        String json = Json.pretty(e.report());
        try (Connection c = pool.getConnection()) {
            Optional<Saved> known = find(c, e.transcriptId(), e.contentHash());
            if (known.isPresent()) return known.get();
            c.setAutoCommit(false);
            try {
                long id = insert(c, e, json);
                c.commit();
                return new Saved(id, true, json);
            } catch (SQLException ex) {
                c.rollback();
                // sent twice at once: the other request stored it first
                if ("23505".equals(ex.getSQLState())) {
                    c.setAutoCommit(true);
                    return find(c, e.transcriptId(), e.contentHash())
                            .orElseThrow(() -> new StoreException(ex.getMessage()));
                }
                throw ex;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException ex) {
            throw new StoreException("cannot write to the store: " + ex.getMessage());
        }
    }

    /** The call stored under this key, if any. */
    public Optional<Saved> find(String transcriptId, String hash) {
        try (Connection c = pool.getConnection()) {
            return find(c, transcriptId, hash);
        } catch (SQLException ex) {
            throw new StoreException("cannot read the store: " + ex.getMessage());
        }
    }

    private static Optional<Saved> find(Connection c, String transcriptId, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, report_json FROM reports WHERE transcript_id = ? AND content_hash = ?")) {
            ps.setString(1, transcriptId);
            ps.setString(2, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Saved(rs.getLong(1), false, rs.getString(2))) : Optional.empty();
            }
        }
    }

    private static long insert(Connection c, Entry e, String json) throws SQLException {
        long id;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO reports (transcript_id, content_hash, origin, agent, "
                        + "team, call_date, received_at, score, passed, report_json, turns_json) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, e.transcriptId());
            ps.setString(2, e.contentHash());
            ps.setString(3, e.origin());
            ps.setString(4, e.agent());
            ps.setString(5, e.team());
            ps.setObject(6, e.date());
            ps.setObject(7, LocalDateTime.now(ZoneOffset.UTC));
            ps.setDouble(8, e.report().score().overall());
            ps.setBoolean(9, e.report().score().pass());
            ps.setString(10, json);
            ps.setString(11, Json.pretty(e.turns()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO findings (report_id, rule, severity, turn_no) VALUES (?,?,?,?)")) {
            for (Report.Item i : e.report().findings()) {
                if (!i.counts()) continue;
                ps.setLong(1, id);
                ps.setString(2, i.rule());
                ps.setString(3, i.severity().name());
                ps.setInt(4, i.turn());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    public Optional<Call> call(long id) {
        return query("SELECT id, report_json, turns_json FROM reports WHERE id = ?", ps -> ps.setLong(1, id), rs -> {
                    try {
                        List<Turn> turns = Json.MAPPER.readValue(rs.getString(3), new TypeReference<List<Turn>>() {});
                        return new Call(rs.getLong(1), rs.getString(2), turns);
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new StoreException("stored call " + id + " is unreadable: " + e.getOriginalMessage());
                    }
                })
                .stream()
                .findFirst();
    }

    public Optional<String> reportJson(long id) {
        return query("SELECT report_json FROM reports WHERE id = ?", ps -> ps.setLong(1, id), rs -> rs.getString(1))
                .stream()
                .findFirst();
    }

    /** The columns {@link #row} reads, in its order. */
    private static final String ROW_COLUMNS = "id, transcript_id, agent, team, call_date, score, passed, origin";

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, LocalDate.class),
                rs.getDouble(6),
                rs.getBoolean(7),
                rs.getString(8));
    }

    public List<Row> recent(int limit) {
        return query(
                "SELECT " + ROW_COLUMNS + " FROM reports " + "ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY",
                ps -> {},
                Store::row);
    }

    public List<Row> ofAgent(String agent, int limit) {
        return query(
                "SELECT " + ROW_COLUMNS + " FROM reports WHERE agent = ? "
                        + "ORDER BY call_date DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY",
                ps -> ps.setString(1, agent),
                Store::row);
    }

    /** Every agent named on a stored call, by name. */
    public List<Agent> agents() {
        return query(
                "SELECT agent, COUNT(*), AVG(score), AVG(CASE WHEN passed THEN 1.0 ELSE 0.0 END), MIN(call_date), "
                        + "MAX(call_date) FROM reports WHERE agent IS NOT NULL GROUP BY agent ORDER BY agent",
                ps -> {},
                rs -> new Agent(
                        rs.getString(1),
                        rs.getLong(2),
                        Math.round(rs.getDouble(3) * 10) / 10.0,
                        Math.round(rs.getDouble(4) * 1000) / 1000.0,
                        rs.getObject(5, LocalDate.class).toString(),
                        rs.getObject(6, LocalDate.class).toString()));
    }

    /** An agent's calls between two dates (inclusive), oldest first, with the rule ids of their counted faults. */
    public List<Scored> calls(String agent, LocalDate from, LocalDate to) {
        record Raw(long id, LocalDate date, double score, boolean passed) {}
        List<Raw> raw = query(
                "SELECT id, call_date, score, passed FROM reports WHERE agent = ? AND call_date >= ? "
                        + "AND call_date <= ? ORDER BY call_date, id",
                ps -> {
                    ps.setString(1, agent);
                    ps.setObject(2, from);
                    ps.setObject(3, to);
                },
                rs -> new Raw(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getDouble(3), rs.getBoolean(4)));
        java.util.Map<Long, List<String>> faults = new java.util.HashMap<>();
        query(
                "SELECT f.report_id, f.rule FROM findings f JOIN reports r ON r.id = f.report_id WHERE r.agent = ? "
                        + "AND r.call_date >= ? AND r.call_date <= ? AND f.severity <> 'STRENGTH' ORDER BY f.report_id, f.turn_no",
                ps -> {
                    ps.setString(1, agent);
                    ps.setObject(2, from);
                    ps.setObject(3, to);
                },
                rs -> faults.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2)));
        return raw.stream()
                .map(r -> new Scored(r.date(), r.score(), r.passed(), faults.getOrDefault(r.id(), List.of())))
                .toList();
    }

    public long count() {
        return query("SELECT COUNT(*) FROM reports", ps -> {}, rs -> rs.getLong(1))
                .get(0);
    }

    /** Whether the database answers (for /readyz). */
    public boolean ready() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, Mapper<T> mapper) {
        try (Connection c = pool.getConnection();
                PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(mapper.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the store: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    /** The store cannot be opened, written or read; the message is one line for the user. */
    public static final class StoreException extends RuntimeException {
        public StoreException(String message) {
            super(message);
        }
    }
}
