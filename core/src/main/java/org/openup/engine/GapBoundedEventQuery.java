package org.openup.engine;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.ReadEventDataWithGapsStatementBuilder;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * The processors' read of the next events when their token has gaps (rows another transaction
 * had not committed yet, or never will). Axon asks for "the next batch OR these gaps"; H2 cannot
 * use the primary key for that OR and reads the whole event table, so each fetch costs more as
 * the store grows. The same query with the index range around it (from the oldest gap to the end
 * of the batch; every gap lies below the token) reads only that range, on H2 and PostgreSQL alike.
 */
final class GapBoundedEventQuery implements ReadEventDataWithGapsStatementBuilder {

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, long globalIndex, int batchSize, List<Long> gaps)
            throws SQLException {
        String index = schema.globalIndexColumn();
        String sql = "SELECT " + schema.trackedEventFields() + " FROM " + schema.domainEventTable()
                + " WHERE " + index + " >= ? AND " + index + " <= ?"
                + " AND ((" + index + " > ? AND " + index + " <= ?)"
                + (gaps.isEmpty() ? "" : " OR " + index + " IN (" + String.join(",", Collections.nCopies(gaps.size(), "?")) + ")") + ")"
                + " ORDER BY " + index + " ASC";
        long end = globalIndex + batchSize;
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setLong(1, gaps.isEmpty() ? globalIndex : Math.min(globalIndex, Collections.min(gaps)));
        statement.setLong(2, end);
        statement.setLong(3, globalIndex);
        statement.setLong(4, end);
        for (int i = 0; i < gaps.size(); i++) {
            statement.setLong(5 + i, gaps.get(i));
        }
        return statement;
    }
}
