package org.welcomingcity.report.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.welcomingcity.report.boundary.ReportPdfs;
import org.welcomingcity.report.control.CityQuarterlyQuery;
import org.welcomingcity.report.control.StateAnnualQuery;
import org.welcomingcity.report.control.StatisticsQuery;
import org.welcomingcity.report.control.Suppression;
import org.welcomingcity.report.entity.CityQuarterlyReport;
import org.welcomingcity.report.entity.Provenance;
import org.welcomingcity.report.entity.ReportPeriod;
import org.welcomingcity.report.entity.StateAnnualReport;
import org.welcomingcity.report.entity.Statistics;
import org.welcomingcity.review.control.Deadlines;

/**
 * Fills a scratch schema with N requests (default 1,000,000) spread over 2016 to 2025, with
 * their asks, timelines and custody outcomes, and times the queries the report use cases run
 * (the same control classes). Arguments: JDBC URL, user, password, N. The schema
 * {@code report_benchmark} is dropped and created again; nothing else is touched.
 */
public final class ReportBenchmark {

    private static final String SCHEMA = "report_benchmark";
    private static final ZoneId CITY = ZoneId.of("America/Chicago");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws SQLException {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/wc_bench";
        String user = args.length > 1 ? args[1] : "postgres";
        String password = args.length > 2 ? args[2] : "";
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
        boolean fill = args.length <= 4 || !"--reuse".equals(args[4]);

        try (Connection c = DriverManager.getConnection(url, user, password)) {
            if (fill) {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                    s.execute("CREATE SCHEMA " + SCHEMA);
                }
                Flyway.configure().dataSource(url, user, password).schemas(SCHEMA).defaultSchema(SCHEMA)
                        .placeholders(Map.of("applicationRole", ""))
                        .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
            }
            c.setSchema(SCHEMA);
            if (fill) {
                long start = System.nanoTime();
                BenchmarkData.fill(c, requests);
                System.out.printf("filled %,d requests (with asks, steps, custody outcomes) in %.1f s%n", requests,
                        (System.nanoTime() - start) / 1e9);
            }
            try (Statement s = c.createStatement(); var count = s.executeQuery("SELECT COUNT(*) FROM federal_request")) {
                count.next();
                System.out.printf("federal_request rows: %,d%n", count.getLong(1));
            }
            c.setAutoCommit(false); // PostgreSQL streams rows with a fetch size only inside a transaction
            LocalDate today = LocalDate.of(2026, 1, 1);
            for (int run = 1; run <= 3; run++) {
                time(run, "city quarterly 2023 Q2", () -> city(c, ReportPeriod.quarter(2023, 2, today)));
                time(run, "state annual 2023", () -> state(c, ReportPeriod.year(2023, today)));
                time(run, "statistics 2023", () -> statistics(c, ReportPeriod.year(2023, today)).total());
                time(run, "public aggregate 2023", () -> {
                    Statistics s = statistics(c, ReportPeriod.year(2023, today));
                    return new Suppression(5).table(s.byAgency()).size() + new Suppression(5).table(s.byMonth()).size();
                });
                time(run, "statistics 2016-2025 (ten years)", () -> statistics(c,
                        ReportPeriod.between(LocalDate.of(2016, 1, 1), LocalDate.of(2025, 12, 31))).total());
                c.commit();
            }
        }
    }

    @FunctionalInterface
    private interface Report {
        long run() throws SQLException;
    }

    /** Wall time, and this thread's CPU time: on a busy machine the difference is mostly waiting for a core. */
    private static void time(int run, String name, Report report) throws SQLException {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long rows = report.run();
        System.out.printf("run %d  %-34s %,9d rows  %8.1f ms (client CPU %.1f ms)%n", run, name, rows,
                (System.nanoTime() - start) / 1e6, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
    }

    /** Reads the report and lays it out as PDF, as a download of it does. */
    private static long city(Connection c, ReportPeriod period) throws SQLException {
        var report = new CityQuarterlyReport(period, CityQuarterlyQuery.requests(c, period),
                CityQuarterlyQuery.warrants(c, period), provenance());
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int bytes = ReportPdfs.of(ZoneOffset.UTC, (kind, code) -> code).city(report).length;
        System.out.printf("       (its PDF, %,d + %,d rows: %,d bytes in %.1f ms, CPU %.1f ms)%n",
                report.requests().size(), report.warrants().size(), bytes, (System.nanoTime() - start) / 1e6,
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
        return report.requests().size() + report.warrants().size();
    }

    private static long state(Connection c, ReportPeriod period) throws SQLException {
        var report = new StateAnnualReport(period, StateAnnualQuery.requests(c, period),
                StateAnnualQuery.warrants(c, period, CITY), null, null, provenance());
        return report.requests().size() + report.warrants().size();
    }

    private static Statistics statistics(Connection c, ReportPeriod period) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return StatisticsQuery.figures(c, period, new Deadlines(Duration.ofHours(2), 2, ZoneOffset.UTC).cutoffs(now));
    }

    private static Provenance provenance() {
        return new Provenance("City of Chicago", OffsetDateTime.now(ZoneOffset.UTC), "benchmark", List.of(), 0, "-");
    }
}
