package uk.send.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A real PostgreSQL server started from the zonky Maven artifact (no Docker, nothing installed), with one
 * database per service. Data persists in {@code dataDir} between runs unless the directory is temporary.
 */
public final class PostgresServer implements AutoCloseable {

    public static final List<String> DATABASES = List.of("plan", "funding", "placement", "notification");
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a server on {@code port} (0 = any free port) keeping its files in {@code dataDir}. */
    public static PostgresServer start(Path dataDir, int port) throws IOException {
        Files.createDirectories(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("data"))
                .setOverrideWorkingDirectory(dataDir.resolve("binaries").toFile())
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "300")
                // zonky defaults to synchronous_commit=off: a commit then returns before its WAL record leaves the
                // server's shared memory, so killing the server loses the last ~0.6 s of acknowledged commits (a
                // 201 for a programme that no longer exists). A service's "accepted" must survive a crash of the
                // database processes, so commits are synchronous, as PostgreSQL's own default. fsync stays off:
                // it only guards against the machine itself failing, which a developer's or CI's throwaway
                // server does not need, and it keeps tests fast.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "off");
        profiling(builder);
        if (port > 0) {
            builder.setPort(port);
        }
        PostgresServer server = new PostgresServer(builder.start());
        server.createDatabases();
        return server;
    }

    /**
     * Profiling aid, off unless {@code -Dsend.postgres.auto-explain=<ms>} is given: every statement (nested ones too)
     * slower than that is logged with its {@code EXPLAIN (ANALYZE, BUFFERS)} plan, into files under
     * {@code -Dsend.postgres.log-dir} (default {@code /tmp/send-postgres-log}). It reads plans of statements that run
     * inside a service's JTA transaction, which a separate connection could not see.
     * {@code -Dsend.postgres.stat-statements=true} (also on its own) loads {@code pg_stat_statements}, and the statements
     * that took the most database time are written to a file when the server stops (see {@link #writeStatementStats}).
     * {@code -Dsend.postgres.config=name=value,...} adds server settings for an experiment.
     */
    private static void profiling(EmbeddedPostgres.Builder builder) {
        String ms = System.getProperty("send.postgres.auto-explain");
        for (String kv : System.getProperty("send.postgres.config", "").split(",")) {
            if (kv.contains("=")) {
                builder.setServerConfig(kv.substring(0, kv.indexOf('=')).trim(), kv.substring(kv.indexOf('=') + 1).trim());
            }
        }
        boolean statements = Boolean.getBoolean("send.postgres.stat-statements");
        if (statements) {
            builder.setServerConfig("pg_stat_statements.track", "all");
        }
        if (ms == null || ms.isBlank()) {
            if (statements) {
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
            }
            return;
        }
        builder.setServerConfig("shared_preload_libraries", statements ? "auto_explain,pg_stat_statements" : "auto_explain")
                .setServerConfig("auto_explain.log_min_duration", ms)
                .setServerConfig("auto_explain.log_analyze", "on")
                .setServerConfig("auto_explain.log_buffers", "on")
                .setServerConfig("auto_explain.log_timing", "on")
                .setServerConfig("auto_explain.log_nested_statements", "on")
                .setServerConfig("log_min_duration_statement", ms)
                .setServerConfig("logging_collector", "on")
                .setServerConfig("log_directory", System.getProperty("send.postgres.log-dir", "/tmp/send-postgres-log"));
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** CPU time the server has used so far, its postmaster and every backend and worker, in milliseconds (see {@link ProcessCpu}). */
    public long cpuMillis() throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select pg_backend_pid()")) {
            rs.next();
            long postmaster = ProcessHandle.of(rs.getLong(1)).flatMap(ProcessHandle::parent).orElseThrow().pid();
            return ProcessCpu.treeMillis(postmaster);
        } catch (SQLException e) {
            throw new IOException("Could not find the server's processes: " + e.getMessage(), e);
        }
    }

    private void createDatabases() throws IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            c.createStatement().execute("alter user postgres with password '" + PASSWORD + "'");
            for (String db : DATABASES) {
                try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + db + "'")) {
                    if (!rs.next()) {
                        s.execute("create database " + db);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("Could not create the service databases: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        if (Boolean.getBoolean("send.postgres.stat-statements")) {
            writeStatementStats();
        }
        postgres.close();
    }

    /**
     * With {@code -Dsend.postgres.stat-statements=true}: before the server stops, the 60 statements of every database
     * that took the most time (calls, total and mean time, rows, WAL written) go to a file under
     * {@code -Dsend.postgres.log-dir}, named on the console.
     */
    private void writeStatementStats() throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("send.postgres.log-dir", "/tmp/send-postgres-log")));
        Path file = dir.resolve("pg_stat_statements-" + System.currentTimeMillis() + ".txt");
        StringBuilder out = new StringBuilder("database | calls | total ms | mean ms | rows | WAL MB | statement\n");
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create extension if not exists pg_stat_statements");
            try (ResultSet rs = s.executeQuery("select d.datname, s.calls, round(s.total_exec_time::numeric, 1), round(s.mean_exec_time::numeric, 3), "
                    + "s.rows, round(s.wal_bytes / 1e6, 1), left(regexp_replace(s.query, '\\s+', ' ', 'g'), 300) "
                    + "from pg_stat_statements s join pg_database d on d.oid = s.dbid order by s.total_exec_time desc limit 60")) {
                while (rs.next()) {
                    for (int i = 1; i <= 7; i++) {
                        out.append(i > 1 ? " | " : "").append(rs.getString(i));
                    }
                    out.append('\n');
                }
            }
        } catch (SQLException e) {
            throw new IOException("Could not read pg_stat_statements: " + e.getMessage(), e);
        }
        Files.writeString(file, out);
        System.out.println("pg_stat_statements: " + file);
    }
}
