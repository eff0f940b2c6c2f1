package org.welcomingcity.report.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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

    private static final int FETCH = 5000;

    private Rows() {
    }

    /** The statement's parameters, in order: days become SQL dates, anything else is bound as it is. */
    static <T> List<T> list(Connection c, String sql, Mapper<T> mapper, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setFetchSize(FETCH);
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof LocalDate day) {
                    statement.setDate(i + 1, Date.valueOf(day));
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
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

    /** A statement whose only parameters are the period's first and last day. */
    static <T> List<T> list(Connection c, String sql, ReportPeriod period, Mapper<T> mapper) throws SQLException {
        return list(c, sql, mapper, period.from(), period.to());
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
