package com.merchantanalysis.cashflow.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;

import com.merchantanalysis.cashflow.forecast.domain.CalendarFeatures;
import com.merchantanalysis.cashflow.forecast.domain.ForecastSettings;
import com.merchantanalysis.cashflow.forecast.model.EngineResult;
import com.merchantanalysis.cashflow.forecast.model.EngineSettings;
import com.merchantanalysis.cashflow.forecast.model.ForecastEngine;
import com.merchantanalysis.cashflow.forecast.model.ModelForecast;
import com.merchantanalysis.cashflow.forecast.model.SeriesInput;
import com.merchantanalysis.cashflow.forecast.simulation.SimulatedMerchant;
import com.merchantanalysis.common.data.TransactionKind;

/**
 * The accuracy harness of issue 17 (a benchmark, not a test): forecasts public series (base R's
 * {@code datasets} and the {@code forecast} package's, exported by {@code Rscript} in the same run)
 * and simulated merchant archetypes with this engine and, in the same run, with R's {@code ets},
 * {@code auto.arima}, {@code tbats} and Prophet, and prints per frequency group MASE, sMAPE, OWA
 * against seasonal naive, interval coverage at 80 and 95%, MSIS (95%) and seconds per series.
 * <p>
 * Each series' last {@code horizon} values (M4's: monthly 18, quarterly 8, weekly 13, daily 14) are
 * held out; every method sees the same training part. Where R is not installed the harness says so and
 * scores the engine alone on {@code benchmark/public-series.csv}, the same public series written once
 * by the R script's {@code export} step.
 * <p>
 * Run from the repository root: {@code scripts/forecast-accuracy.sh [options]}, or as the README's
 * Benchmarks section shows, with the class {@code com.merchantanalysis.cashflow.benchmark.AccuracyHarness}.
 * Options: {@code --no-r} (ours alone), {@code --methods ets,auto.arima,tbats,prophet},
 * {@code --workdir DIR} (keep the CSVs there), {@code --reuse-r} (take R's forecasts from an earlier
 * run in that workdir), {@code --detail} (a line per series), {@code --groups monthly,weekly} (only
 * these), {@code --origins K} (also score every series from K-1 earlier origins, a horizon apart),
 * {@code --widening X} (the engine with another interval widening than its default), {@code --public} (the
 * public series alone, without the simulated archetypes: the issue's targets are on these), {@code --members}
 * (also each of the engine's models alone, as {@code ours:ETS}, {@code ours:Theta}, ...).
 */
public final class AccuracyHarness {

    static final String OURS = "ours";
    static final String SNAIVE = "snaive";
    private static final double[] LEVELS = {80, 95};
    private static final LocalDate SIMULATED_START = LocalDate.of(2022, 7, 1);
    private static final int SIMULATED_DAYS = 1096;

    /** One series split into training and test; {@code start} is its first day for simulated daily series. */
    record Series(String name, String group, int period, int horizon, String source, double[] train, double[] test,
            LocalDate start) {

        boolean simulated() {
            return source.startsWith("simulated");
        }

        /** Cut a few horizons before the series' end ({@code --origins}). */
        boolean earlier() {
            return name.contains("@");
        }
    }

    /** One method's forecast of one series; null arrays when it failed. */
    record Forecast(double[] mean, double[] lo80, double[] hi80, double[] lo95, double[] hi95, double seconds,
            String status) {

        boolean ok() {
            return "ok".equals(status);
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        boolean useR = !options.contains("--no-r");
        boolean detail = options.contains("--detail");
        boolean reuseR = options.contains("--reuse-r");
        boolean publicOnly = options.contains("--public");
        boolean scoreMembers = options.contains("--members");
        String methods = value(options, "--methods", "ets,auto.arima,tbats,prophet");
        String dir = value(options, "--workdir", null);
        int origins = Integer.parseInt(value(options, "--origins", "1"));
        double widening = Double.parseDouble(value(options, "--widening",
                Double.toString(EngineSettings.defaults().intervalWidening())));
        List<String> only = value(options, "--groups", null) == null ? null
                : Arrays.asList(value(options, "--groups", null).split(","));
        Path work = dir == null ? Files.createTempDirectory("accuracy-harness") : Files.createDirectories(Path.of(dir));

        List<Series> simulated = simulatedSeries();
        Path simulatedCsv = work.resolve("simulated.csv");
        writeSeries(simulated, simulatedCsv);
        Path script = work.resolve("accuracy-harness.R");
        try (InputStream in = AccuracyHarness.class.getResourceAsStream("/benchmark/accuracy-harness.R")) {
            Files.write(script, in.readAllBytes());
        }

        String rVersion = useR ? rVersion() : null;
        List<Series> series;
        Map<String, Map<String, Forecast>> forecasts = new LinkedHashMap<>();
        Path seriesCsv = work.resolve("series.csv");
        Path forecastsCsv = work.resolve("forecasts.csv");
        if (rVersion != null) {
            System.out.printf("R: %s; series exported by Rscript in this run (workdir %s)%n", rVersion, work);
            run(List.of("Rscript", script.toString(), "export", seriesCsv.toString(), simulatedCsv.toString()));
            series = readSeries(seriesCsv);
            if (publicOnly) {
                series = series.stream().filter(s -> !s.simulated()).toList();
            }
            if (only != null || origins > 1 || publicOnly) {
                // R forecasts exactly the series and origins scored here.
                series = selected(series, only, origins);
                seriesCsv = work.resolve("series-selected.csv");
                writeSeries(series, seriesCsv);
            }
            if (!(reuseR && Files.exists(forecastsCsv))) {
                long started = System.nanoTime();
                run(List.of("Rscript", script.toString(), "fit", seriesCsv.toString(), forecastsCsv.toString(),
                        methods));
                System.out.printf("R: fitted in %.0f s%n", (System.nanoTime() - started) / 1e9);
            } else {
                System.out.println("R: forecasts reused from " + forecastsCsv);
            }
            readForecasts(forecastsCsv, forecasts);
        } else {
            System.out.println(useR ? "R is not installed (no Rscript on the PATH): our engine alone, on the public "
                    + "series exported earlier (benchmark/public-series.csv) and the simulated ones"
                    : "--no-r: our engine alone, on the public series of benchmark/public-series.csv and the simulated ones");
            series = new ArrayList<>();
            try (InputStream in = AccuracyHarness.class.getResourceAsStream("/benchmark/public-series.csv")) {
                Path copy = work.resolve("public-series.csv");
                Files.write(copy, in.readAllBytes());
                series.addAll(readSeries(copy));
            }
            if (!publicOnly) {
                series.addAll(simulated);
            }
        }

        if (rVersion == null) {
            series = selected(series, only, origins);
        }
        runOurs(series, forecasts, widening, scoreMembers);
        for (Series s : series) {
            forecasts.computeIfAbsent(s.name(), k -> new LinkedHashMap<>()).put(SNAIVE, seasonalNaive(s));
        }
        List<String> methodOrder = new ArrayList<>(List.of(OURS));
        for (Map<String, Forecast> byMethod : forecasts.values()) {
            for (String m : byMethod.keySet()) {
                if (!methodOrder.contains(m) && !m.equals(SNAIVE)) {
                    methodOrder.add(m);
                }
            }
        }
        methodOrder.add(SNAIVE);

        if (detail) {
            printDetail(series, forecasts, methodOrder);
        }
        Map<String, List<Series>> groups = new LinkedHashMap<>();
        for (String g : List.of("monthly", "quarterly", "weekly", "daily")) {
            List<Series> members = series.stream().filter(s -> s.group().equals(g)).toList();
            if (!members.isEmpty()) {
                groups.put(g, members);
            }
        }
        groups.put("all public", series.stream().filter(s -> !s.simulated()).toList());
        groups.put("all simulated", series.stream().filter(Series::simulated).toList());
        if (origins > 1) {
            // The earlier origins can choose a rule that the last one then scores out of sample.
            groups.put("public, earlier origins", series.stream().filter(s -> !s.simulated() && s.earlier()).toList());
            groups.put("public, last origin", series.stream().filter(s -> !s.simulated() && !s.earlier()).toList());
            groups.put("simulated, earlier origins", series.stream().filter(s -> s.simulated() && s.earlier()).toList());
        }
        groups.put("ALL", series);
        System.out.printf("%nOWA = (sMAPE / sMAPE of seasonal naive + MASE / MASE of seasonal naive) / 2 over the group's "
                + "means; coverage pooled over every held-out value; MSIS at 95%% (M4), scaled like MASE.%n");
        for (var e : groups.entrySet()) {
            if (!e.getValue().isEmpty()) {
                printGroup(e.getKey(), e.getValue(), forecasts, methodOrder);
            }
        }
        System.exit(0);
    }

    /**
     * The series of the chosen groups; with {@code origins > 1} each also cut {@code 1 .. origins-1}
     * horizons earlier (named {@code name@k}), where enough history is left.
     */
    static List<Series> selected(List<Series> series, List<String> groups, int origins) {
        List<Series> out = new ArrayList<>();
        for (Series s : series) {
            if (groups != null && !groups.contains(s.group())) {
                continue;
            }
            out.add(s);
            double[] y = new double[s.train().length + s.test().length];
            System.arraycopy(s.train(), 0, y, 0, s.train().length);
            System.arraycopy(s.test(), 0, y, s.train().length, s.test().length);
            for (int k = 1; k < origins; k++) {
                int cut = s.train().length - k * s.horizon();
                if (cut < 2 * Math.max(s.period(), 7) + 2) {
                    break;
                }
                out.add(new Series(s.name() + "@" + k, s.group(), s.period(), s.horizon(), s.source(),
                        Arrays.copyOf(y, cut), Arrays.copyOfRange(y, cut, cut + s.horizon()), s.start()));
            }
        }
        return out;
    }

    private static String value(List<String> options, String name, String fallback) {
        int i = options.indexOf(name);
        return i >= 0 && i + 1 < options.size() ? options.get(i + 1) : fallback;
    }

    /** Daily sales and net cash flow (with rent and payroll days, so negative) and weekly sales of the archetypes. */
    static List<Series> simulatedSeries() {
        List<Series> out = new ArrayList<>();
        List<SimulatedMerchant.Profile> profiles = List.of(SimulatedMerchant.HOTPOT, SimulatedMerchant.CAFE,
                SimulatedMerchant.CONVENIENCE);
        for (SimulatedMerchant.Profile profile : profiles) {
            for (long seed = 1; seed <= 2; seed++) {
                double[] sales = new SimulatedMerchant(profile, seed).sales(SIMULATED_START, SIMULATED_DAYS);
                out.add(split("sim." + profile.name() + "." + seed + ".sales", "daily", 7, 14,
                        "simulated archetype " + profile.name() + " seed " + seed + ": daily sales", sales));
                double[] weekly = new double[sales.length / 7];
                for (int w = 0; w < weekly.length; w++) {
                    for (int d = 0; d < 7; d++) {
                        weekly[w] += sales[7 * w + d];
                    }
                }
                out.add(split("sim." + profile.name() + "." + seed + ".weekly", "weekly", 52, 13,
                        "simulated archetype " + profile.name() + " seed " + seed + ": weekly sales", weekly));
            }
            SimulatedMerchant merchant = new SimulatedMerchant(profile, 3);
            double[] sales = merchant.sales(SIMULATED_START, SIMULATED_DAYS);
            double[] outflows = merchant.outflows(SIMULATED_START, sales);
            double[] net = new double[sales.length];
            for (int t = 0; t < net.length; t++) {
                net[t] = Math.round((sales[t] - outflows[t]) * 100) / 100.0;
            }
            out.add(split("sim." + profile.name() + ".3.net", "daily", 7, 14,
                    "simulated archetype " + profile.name() + " seed 3: daily net cash flow", net));
        }
        return out;
    }

    private static Series split(String name, String group, int period, int horizon, String source, double[] y) {
        return new Series(name, group, period, horizon, source, Arrays.copyOf(y, y.length - horizon),
                Arrays.copyOfRange(y, y.length - horizon, y.length), group.equals("daily") ? SIMULATED_START : null);
    }

    /** The engine as {@code POST /forecast} uses it (simulated daily series with the calendar, like merchants). */
    private static void runOurs(List<Series> series, Map<String, Map<String, Forecast>> forecasts, double widening,
            boolean members) {
        ForecastSettings settings = new ForecastSettings(14, 371, 1100, 730, 3, 1000, 3, 28, 56, 0,
                List.of(TransactionKind.RENT, TransactionKind.PAYROLL), 90, 10, 7,
                EngineSettings.DEFAULT_INTERVAL_WIDENING);
        CalendarFeatures calendar = new CalendarFeatures(settings);
        EngineSettings defaults = EngineSettings.defaults();
        ForecastEngine engine = new ForecastEngine(new EngineSettings(defaults.minHistory(), defaults.fitWindow(),
                widening));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // A warm-up pass so that the timings are not the JIT's.
        for (Series s : series) {
            engine.forecast(input(s, calendar), s.horizon(), LEVELS);
        }
        double cpu = 0;
        for (Series s : series) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            EngineResult result = engine.forecast(input(s, calendar), s.horizon(), LEVELS);
            double seconds = (System.nanoTime() - t0) / 1e9;
            cpu += (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            Map<String, Forecast> byMethod = forecasts.computeIfAbsent(s.name(), k -> new LinkedHashMap<>());
            byMethod.put(OURS, forecast(result.best(), seconds));
            if (members) {
                result.models().forEach((model, f) -> byMethod.put(OURS + ":" + model, forecast(f, 0)));
            }
        }
        System.out.printf("ours: CPU time %.1f ms per series on average (%d series)%n", 1000 * cpu / series.size(),
                series.size());
    }

    private static Forecast forecast(ModelForecast f, double seconds) {
        return new Forecast(f.mean(), f.lower().get(80.0), f.upper().get(80.0), f.lower().get(95.0),
                f.upper().get(95.0), seconds, "ok");
    }

    private static SeriesInput input(Series s, CalendarFeatures calendar) {
        if (s.start() == null) {
            return SeriesInput.of(s.train(), s.period());
        }
        return new SeriesInput(s.train(), s.period(), calendar.regressors(s.start(), s.train().length, s.horizon()),
                calendar.eventDays(s.start(), s.train().length));
    }

    private static Forecast seasonalNaive(Series s) {
        int n = s.train().length;
        int m = n >= s.period() ? s.period() : 1;
        double[] mean = new double[s.horizon()];
        for (int h = 0; h < mean.length; h++) {
            mean[h] = s.train()[n - m + (h % m)];
        }
        return new Forecast(mean, null, null, null, null, 0, "ok");
    }

    // ---------------------------------------------------------------- scores

    /** Per series and method: MASE, sMAPE, MSIS, inside-80 and inside-95 counts. */
    record Score(double mase, double smape, double msis, int in80, int in95, int points) {
    }

    static Score score(Series s, Forecast f) {
        double scale = naiveScale(s.train(), s.period());
        double abs = 0;
        double smape = 0;
        double msis = 0;
        int in80 = 0;
        int in95 = 0;
        double a = 0.05;
        int h = s.test().length;
        for (int i = 0; i < h; i++) {
            double y = s.test()[i];
            double m = f.mean()[i];
            abs += Math.abs(y - m);
            double d = Math.abs(y) + Math.abs(m);
            smape += d == 0 ? 0 : 200 * Math.abs(y - m) / d;
            if (f.lo95() != null) {
                double lo = f.lo95()[i];
                double hi = f.hi95()[i];
                msis += (hi - lo) + (y < lo ? 2 / a * (lo - y) : 0) + (y > hi ? 2 / a * (y - hi) : 0);
                in95 += y >= lo && y <= hi ? 1 : 0;
                in80 += y >= f.lo80()[i] && y <= f.hi80()[i] ? 1 : 0;
            }
        }
        return new Score(abs / h / scale, smape / h, f.lo95() == null ? Double.NaN : msis / h / scale, in80, in95, h);
    }

    /** M4's MASE denominator: the in-sample mean absolute seasonal difference (lag 1 when too short or flat). */
    static double naiveScale(double[] y, int period) {
        for (int m : new int[] {Math.max(1, period), 1}) {
            double sum = 0;
            int count = 0;
            for (int t = m; t < y.length; t++) {
                sum += Math.abs(y[t] - y[t - m]);
                count++;
            }
            if (count > 0 && sum > 0) {
                return sum / count;
            }
        }
        return 1;
    }

    private static void printGroup(String group, List<Series> members, Map<String, Map<String, Forecast>> forecasts,
            List<String> methods) {
        long simulated = members.stream().filter(Series::simulated).count();
        System.out.printf("%n== %s: %d series (%d public, %d simulated)%n", group, members.size(),
                members.size() - simulated, simulated);
        System.out.printf("%-18s %7s %8s %7s %7s %7s %8s %10s %7s%n", "method", "MASE", "sMAPE", "OWA", "cov80", "cov95",
                "MSIS", "s/series", "failed");
        double[] naive = means(members, forecasts, SNAIVE);
        for (String method : methods) {
            double[] m = means(members, forecasts, method);
            if (m == null) {
                continue;
            }
            double owa = 0.5 * (m[1] / naive[1] + m[0] / naive[0]);
            boolean intervals = !method.equals(SNAIVE);
            System.out.printf("%-18s %7.3f %7.2f%% %7.3f %7s %7s %8s %10.4f %7s%n", method, m[0], m[1], owa,
                    intervals ? String.format(Locale.ROOT, "%.1f%%", m[3]) : "-",
                    intervals ? String.format(Locale.ROOT, "%.1f%%", m[4]) : "-",
                    intervals ? String.format(Locale.ROOT, "%.2f", m[2]) : "-", m[5], (int) m[6] == 0 ? "" : (int) m[6]);
        }
    }

    /**
     * MASE, sMAPE, MSIS (means over series), coverage 80 and 95 (pooled, %), seconds per series and the
     * number of failed fits; a failed fit is scored with the seasonal naive point forecast and counts as
     * covering nothing, with the naive's MSIS left out. Null when the method has no forecasts here.
     */
    private static double[] means(List<Series> members, Map<String, Map<String, Forecast>> forecasts, String method) {
        double[] out = new double[7];
        int points = 0;
        int found = 0;
        int withIntervals = 0;
        for (Series s : members) {
            Forecast f = forecasts.getOrDefault(s.name(), Map.of()).get(method);
            if (f == null) {
                continue;
            }
            found++;
            Score score;
            if (f.ok()) {
                score = score(s, f);
            } else {
                score = score(s, forecasts.get(s.name()).get(SNAIVE));
                score = new Score(score.mase(), score.smape(), Double.NaN, 0, 0, score.points());
                out[6]++;
            }
            out[0] += score.mase();
            out[1] += score.smape();
            if (Double.isFinite(score.msis())) {
                out[2] += score.msis();
                withIntervals++;
            }
            out[3] += score.in80();
            out[4] += score.in95();
            out[5] += f.seconds();
            points += score.points();
        }
        if (found == 0) {
            return null;
        }
        if (found < members.size()) {
            System.out.printf("(%s: forecasts for %d of %d series)%n", method, found, members.size());
        }
        out[0] /= found;
        out[1] /= found;
        out[2] = withIntervals == 0 ? Double.NaN : out[2] / withIntervals;
        out[3] = 100.0 * out[3] / points;
        out[4] = 100.0 * out[4] / points;
        out[5] /= found;
        return out;
    }

    private static void printDetail(List<Series> series, Map<String, Map<String, Forecast>> forecasts,
            List<String> methods) {
        System.out.printf("%n== Per series: MASE / coverage 80 / coverage 95 (values inside, of the horizon)%n");
        StringJoiner header = new StringJoiner(" ");
        header.add(String.format("%-34s %-9s %5s", "series", "group", "n"));
        for (String m : methods) {
            header.add(String.format("%-18s", m));
        }
        System.out.println(header);
        for (Series s : series) {
            StringJoiner line = new StringJoiner(" ");
            line.add(String.format("%-34s %-9s %5d", s.name(), s.group(), s.train().length));
            for (String m : methods) {
                Forecast f = forecasts.get(s.name()).get(m);
                if (f == null || !f.ok()) {
                    line.add(String.format("%-18s", f == null ? "-" : "failed"));
                    continue;
                }
                Score score = score(s, f);
                line.add(String.format(Locale.ROOT, "%-18s", String.format(Locale.ROOT, "%.2f %d/%d %d/%d", score.mase(),
                        score.in80(), score.points(), score.in95(), score.points())));
            }
            System.out.println(line);
        }
    }

    // ---------------------------------------------------------------- R and CSV

    private static String rVersion() {
        try {
            Process p = new ProcessBuilder("Rscript", "-e", "cat(R.version.string, '; forecast ', "
                    + "as.character(packageVersion('forecast')), '; prophet ', if (requireNamespace('prophet', quietly = "
                    + "TRUE)) as.character(packageVersion('prophet')) else 'not installed', sep = '')")
                    .redirectErrorStream(false).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty()) {
                System.out.println("R is installed but the forecast package could not be loaded");
                return null;
            }
            return out;
        } catch (IOException notInstalled) {
            return null;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putIfAbsent("TZ", "UTC");
        Process p = builder.start();
        try (var err = new java.io.BufferedReader(new java.io.InputStreamReader(p.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                if (line.startsWith("R: ")) {
                    System.out.println(line);
                }
            }
        }
        if (p.waitFor() != 0) {
            throw new IllegalStateException("Rscript failed: " + String.join(" ", command));
        }
    }

    static void writeSeries(List<Series> series, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("name,group,period,horizon,source,train,test");
        for (Series s : series) {
            lines.add(String.join(",", s.name(), s.group(), Integer.toString(s.period()), Integer.toString(s.horizon()),
                    s.source().replace(',', ';'), numbers(s.train()), numbers(s.test())));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static List<Series> readSeries(Path file) throws IOException {
        List<Series> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            boolean simulatedDaily = f[4].startsWith("simulated") && f[1].equals("daily");
            out.add(new Series(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4], parse(f[5]),
                    parse(f[6]), simulatedDaily ? SIMULATED_START : null));
        }
        return out;
    }

    private static void readForecasts(Path file, Map<String, Map<String, Forecast>> out) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            boolean ok = f[3].equals("ok");
            Forecast forecast = ok ? new Forecast(parse(f[4]), parse(f[5]), parse(f[6]), parse(f[7]), parse(f[8]),
                    Double.parseDouble(f[2]), "ok") : new Forecast(null, null, null, null, null, Double.parseDouble(f[2]),
                    f[3]);
            if (!ok) {
                System.out.printf("R: %s on %s %s%n", f[1], f[0], f[3]);
            }
            out.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], forecast);
        }
    }

    private static String numbers(double[] values) {
        StringJoiner j = new StringJoiner(" ");
        for (double v : values) {
            j.add(Double.toString(v));
        }
        return j.toString();
    }

    private static double[] parse(String text) {
        String[] parts = text.trim().split(" ");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Double.parseDouble(parts[i]);
        }
        return out;
    }
}
