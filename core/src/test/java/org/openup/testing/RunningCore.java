package org.openup.testing;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.openup.Core;
import org.openup.CoreModule;
import org.openup.engine.crypto.Keyring;
import org.openup.engine.readmodel.ReadModel;
import org.openup.engine.store.Store;
import org.openup.engine.store.StoreSettings;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A started core on a real store, for tests; closing it stops the engine and the pool. */
public final class RunningCore implements AutoCloseable {

    private final Injector injector;
    private final Core core;

    public RunningCore(StoreSettings settings) {
        this(settings, binder -> { });
    }

    /** The core with {@code overrides} replacing or adding bindings (a test clock, a channel, settings). */
    public RunningCore(StoreSettings settings, com.google.inject.Module overrides) {
        this.injector = Guice.createInjector(com.google.inject.util.Modules.override(new CoreModule(settings)).with(overrides));
        this.core = injector.getInstance(Core.class).start();
    }

    public <T> T get(Class<T> type) {
        return injector.getInstance(type);
    }

    public Store store() {
        return core.store();
    }

    /**
     * Every read-model table, each as sorted rows, so two builds of them can be compared. Sealed
     * personal text is shown opened: each build seals with fresh random nonces.
     */
    public Map<String, List<String>> readModelContents() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Set<ReadModel> models = injector.getInstance(com.google.inject.Key.get(new com.google.inject.TypeLiteral<Set<ReadModel>>() { }));
        for (ReadModel model : models) {
            for (String table : model.tables()) {
                out.put(table, rows(table));
            }
        }
        return out;
    }

    public List<String> rows(String table) {
        Keyring keyring = get(Keyring.class);
        return rows(table, v -> v instanceof byte[] bytes ? Arrays.toString(bytes)
                : v instanceof String text ? keyring.openColumn(text) : v);
    }

    /** Every row of {@code table} as stored: binary columns as UTF-8 text, sealed text as it is. */
    public List<String> rowsRaw(String table) {
        return rows(table, v -> v instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : v);
    }

    private List<String> rows(String table, java.util.function.UnaryOperator<Object> shown) {
        List<String> rows = new ArrayList<>();
        try (Connection c = store().dataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Object[] row = new Object[meta.getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    Object v = rs.getObject(i + 1);
                    row[i] = shown.apply(v);
                }
                rows.add(Arrays.toString(row));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + table, e);
        }
        rows.sort(null);
        return rows;
    }

    public long count(String sql) {
        try (Connection c = store().dataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run " + sql, e);
        }
    }

    @Override
    public void close() {
        core.close();
    }
}
