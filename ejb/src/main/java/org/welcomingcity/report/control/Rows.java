package org.welcomingcity.report.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.welcomingcity.report.entity.Count;
import org.welcomingcity.report.entity.ReportPeriod;

/** Runs one report statement with the period (and any further parameters) bound in order. */
final class Rows {

    @FunctionalInterface
    interface Mapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private Rows() {
    }

    /** The statement's parameters are the period's first and last day, then {@code more}. */
    static <T> List<T> list(Connection c, String sql, ReportPeriod period, Mapper<T> mapper, Object... more)
            throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setFetchSize(1000);
            statement.setDate(1, Date.valueOf(period.from()));
            statement.setDate(2, Date.valueOf(period.to()));
            for (int i = 0; i < more.length; i++) {
                statement.setObject(3 + i, more[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(mapper.map(result));
                }
            }
            return rows;
        }
    }

    /** Counts by the first column, largest first, then by key. */
    static List<Count> counts(Connection c, String sql, ReportPeriod period) throws SQLException {
        return list(c, sql, period, row -> new Count(row.getString(1), row.getLong(2)));
    }

    /** A time as the city reads it, or null. */
    static OffsetDateTime time(ResultSet row, String column, ZoneId zone) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
