package org.openup.engine.store;

import org.sqlite.core.CoreStatement;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Keeps each embedded connection's prepared statements for the next use of the same SQL. SQLite
 * compiles a statement on every prepare, and its driver keeps none: under a command load a
 * quarter of the server's time went to compiling the same dozen statements again. PostgreSQL's
 * driver keeps its own, so only the embedded store is wrapped.
 * <p>
 * A statement closed by its user is reset (its run, parameters, batch, open result) and kept idle; one
 * SQL text in use twice at once (a query inside another's loop) gets a second statement. The
 * connection's close closes them all.
 */
final class StatementCache implements DataSource {

    /** Distinct SQL texts kept per connection; the least recently used goes first. */
    static final int MOST_KEPT = 128;

    private final DataSource target;

    StatementCache(DataSource target) {
        this.target = target;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return caching(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return caching(target.getConnection(username, password));
    }

    private static Connection caching(Connection connection) {
        Kept kept = new Kept(connection);
        kept.self = (Connection) Proxy.newProxyInstance(StatementCache.class.getClassLoader(), new Class<?>[] {Connection.class}, kept);
        return kept.self;
    }

    /** One connection and the idle statements it keeps, by SQL text. */
    private static final class Kept implements InvocationHandler {
        private final Connection connection;
        private final LinkedHashMap<String, Deque<PreparedStatement>> idle = new LinkedHashMap<>(16, 0.75f, true);
        private Connection self;

        Kept(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("prepareStatement") && args.length == 1) {
                return take((String) args[0]);
            }
            try {
                if (name.equals("close")) {
                    try {
                        closeIdle();
                    } finally {
                        connection.close();
                    }
                    return null;
                }
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private PreparedStatement take(String sql) throws SQLException {
            Deque<PreparedStatement> kept = idle.get(sql);
            PreparedStatement statement = kept == null ? null : kept.poll();
            if (statement == null) {
                statement = connection.prepareStatement(sql);
            }
            return (PreparedStatement) Proxy.newProxyInstance(StatementCache.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, new Lent(this, sql, statement));
        }

        /** Back from its user, reset; closed instead when this connection keeps enough. */
        void giveBack(String sql, PreparedStatement statement, ResultSet open) throws SQLException {
            try {
                if (open != null) {
                    open.close();
                }
                // The driver leaves an executed statement as it stopped (an INSERT done, a query
                // part-read), and SQLite counts it as running: it would hold the connection's read
                // snapshot open (later reads on it would not see newer commits) and refuse a VACUUM.
                statement.unwrap(CoreStatement.class).pointer.safeRunInt((db, pointer) -> db.reset(pointer));
                statement.clearParameters();
                statement.clearBatch();
            } catch (SQLException | RuntimeException e) {
                statement.close();
                throw e;
            }
            idle.computeIfAbsent(sql, k -> new ArrayDeque<>(1)).push(statement);
            if (idle.size() > MOST_KEPT) {
                Map.Entry<String, Deque<PreparedStatement>> eldest = idle.entrySet().iterator().next();
                idle.remove(eldest.getKey());
                closeAll(eldest.getValue());
            }
        }

        private void closeIdle() throws SQLException {
            List<PreparedStatement> all = new ArrayList<>();
            idle.values().forEach(all::addAll);
            idle.clear();
            closeAll(all);
        }

        private static void closeAll(Iterable<PreparedStatement> statements) throws SQLException {
            SQLException failure = null;
            for (PreparedStatement statement : statements) {
                try {
                    statement.close();
                } catch (SQLException e) {
                    failure = failure == null ? e : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** A kept statement while its user has it: closing gives it back, the connection is the caching one. */
    private static final class Lent implements InvocationHandler {
        private final Kept owner;
        private final String sql;
        private final PreparedStatement statement;
        private ResultSet open;
        private boolean closed;

        Lent(Kept owner, String sql, PreparedStatement statement) {
            this.owner = owner;
            this.sql = sql;
            this.statement = statement;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (!closed) {
                        closed = true;
                        owner.giveBack(sql, statement, open);
                    }
                    return null;
                }
                case "isClosed" -> {
                    return closed;
                }
                case "getConnection" -> {
                    return owner.self;
                }
                default -> {
                    if (closed) {
                        throw new SQLException("This statement is closed");
                    }
                }
            }
            try {
                Object result = method.invoke(statement, args);
                if (result instanceof ResultSet rs && method.getName().equals("executeQuery")) {
                    open = rs;
                } else if (Boolean.TRUE.equals(result) && method.getName().equals("execute")) {
                    open = statement.getResultSet();
                }
                return result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target.isWrapperFor(type);
    }
}
