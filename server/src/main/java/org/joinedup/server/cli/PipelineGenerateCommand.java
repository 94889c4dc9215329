package org.joinedup.server.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.joinedup.core.text.Csv;
import org.joinedup.core.text.CsvRow;
import org.joinedup.pipeline.EngineSettings;
import org.joinedup.pipeline.generate.DatasetGenerator;
import org.joinedup.pipeline.generate.GeneratorInputs;
import org.joinedup.pipeline.generate.Rates;
import org.joinedup.pipeline.input.InputProblem;
import org.joinedup.pipeline.input.InputValidator;
import org.joinedup.pipeline.input.ReferenceCodes;
import org.joinedup.pipeline.input.ValidationReport;
import org.joinedup.server.opendata.AreaRow;
import org.joinedup.server.opendata.OpenData;
import org.joinedup.server.opendata.OpenDataLoader;
import org.joinedup.server.opendata.OpenDataSource;
import org.joinedup.server.opendata.PopulationRow;
import org.joinedup.server.opendata.ShippedGeography;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code joinedup pipeline generate}: writes an England-like canonical data set from the shipped open data
 * (docs/pipeline-input.md, "Generated data").
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Write an England-like person-level data set in the canonical input format: people by"
                + " local authority, sex and age as the ONS mid-2021 estimates, registered at practices of their"
                + " ICB, with hospital spells, A&E attendances, social care events and deaths at published"
                + " national rates. The same seed gives the same files.")
public final class PipelineGenerateCommand implements Callable<Integer> {
    static final String ONS_SINGLE_AGE = "population/ons_mye2021_lad_sex_single_year_age_uk.csv";
    static final String LSOAS = "geography/lsoa11_to_la2019_imd2019_score_decile.csv";
    static final String AE = "nhs_ae/ae_attendances.csv";
    static final String HFRS = "codelists/hfrs_gilbert2018_points.tsv";
    static final LocalDate MID_2021 = LocalDate.of(2021, 6, 30);
    static final LocalDate GP_EXTRACT = LocalDate.of(2026, 8, 1);

    /**
     * The 2019 districts (the LSOA file's authorities) merged by 2021 into the unitaries the ONS mid-2021
     * file uses: Buckinghamshire (2020) and North and West Northamptonshire (2021).
     */
    static final Map<String, String> DISTRICT_2019_TO_2021 = Map.of(
            "E07000004", "E06000060",
            "E07000005", "E06000060",
            "E07000006", "E06000060",
            "E07000007", "E06000060",
            "E07000150", "E06000061",
            "E07000152", "E06000061",
            "E07000153", "E06000061",
            "E07000156", "E06000061",
            "E07000151", "E06000062",
            "E07000154", "E06000062");

    @Option(names = "--persons", required = true, paramLabel = "N", description = "How many people (1 or more).")
    long persons;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the tables to.")
    Path out;

    @Option(
            names = "--seed",
            defaultValue = "1",
            paramLabel = "S",
            description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--format",
            defaultValue = "csv",
            paramLabel = "csv|parquet",
            description = "File format (default ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = "--from",
            defaultValue = "2023-04-01",
            paramLabel = "DATE",
            description = "First day of the two years of events (default ${DEFAULT-VALUE}).")
    LocalDate from;

    @Option(
            names = "--check",
            paramLabel = "WORKDIR",
            description = "Then validate the data set against the shipped codes, writing the cleaned Parquet to"
                    + " WORKDIR, and report the time taken.")
    Path check;

    @Option(
            names = "--opendata",
            paramLabel = "DIR",
            description = "Read the open data from this folder instead of the copy in the jar.")
    Path opendata;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DatasetGenerator.Options options;
        try {
            options = DatasetGenerator.Options.of(persons, seed, from, format);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        long t0 = System.nanoTime();
        OpenDataSource source = opendata == null ? OpenDataSource.classpath() : OpenDataSource.directory(opendata);
        OpenData data = OpenDataLoader.load(source);
        Inputs inputs = inputs(source, data);
        err.printf(
                Locale.UK,
                "open data read in %.1f s: %d local authorities (%d with an ICB), %d practices, %d hospital"
                        + " providers%n",
                (System.nanoTime() - t0) / 1e9,
                inputs.generator.areas().size(),
                inputs.generator.areas().stream().filter(a -> a.icb() != null).count(),
                inputs.generator.practices().size(),
                inputs.generator.providers().size());
        err.flush();
        DatasetGenerator.Summary summary;
        try {
            summary = new DatasetGenerator(inputs.generator, Rates.builtIn())
                    .generate(this.out, options, new Progress(err));
        } catch (IllegalArgumentException e) {
            err.println();
            err.println(e.getMessage());
            return 2;
        }
        err.print("\r\033[K");
        err.flush();
        out.printf(
                Locale.UK,
                "%,d persons written to %s in %.1f s (%,.0f persons/s), %s in all%n",
                persons,
                this.out,
                summary.elapsedMillis() / 1000.0,
                persons * 1000.0 / Math.max(1, summary.elapsedMillis()),
                megabytes(summary.totalBytes()));
        for (Map.Entry<String, Long> e : summary.rows().entrySet()) {
            String file = e.getKey() + "." + options.format().name().toLowerCase(Locale.ROOT);
            out.printf(
                    Locale.UK,
                    "  %-28s %,12d rows %10s%n",
                    file,
                    e.getValue(),
                    megabytes(summary.bytes().getOrDefault(file, 0L)));
        }
        out.flush();
        if (check == null) {
            return 0;
        }
        ValidationReport report = new InputValidator(
                        inputs.codes, EngineSettings.DEFAULT.withMemoryLimit("2GB"), false, 20, LocalDate.now())
                .onProgress(rows -> {
                    err.printf(Locale.UK, "\rvalidating: %,d rows read", rows);
                    err.flush();
                })
                .validate(this.out, check);
        err.print("\r\033[K");
        err.flush();
        out.println(report.summary());
        for (InputProblem p : report.problems()) {
            out.println("  " + p);
        }
        out.flush();
        return report.hasProblems() ? 1 : 0;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.UK, "%.1f MB", bytes / 1e6);
    }

    /** Persons done, rate and time left on one line of standard error. */
    private static final class Progress implements DatasetGenerator.Progress {
        private final PrintWriter err;
        private long lastDraw;

        Progress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void update(long done, long total, long elapsedNanos) {
            if (done < total && elapsedNanos - lastDraw < 250_000_000L) {
                return;
            }
            lastDraw = elapsedNanos;
            double rate = done / (elapsedNanos / 1e9);
            double left = (total - done) / Math.max(1, rate);
            err.printf(
                    Locale.UK,
                    "\r%,d of %,d persons (%d%%), %,.0f persons/s, about %.0f s left%s",
                    done,
                    total,
                    done * 100 / total,
                    rate,
                    left,
                    done == total ? "; writing files..." : "   ");
            err.flush();
        }
    }

    record Inputs(GeneratorInputs generator, ReferenceCodes codes) {}

    /**
     * The generator's inputs from the open data: populations by district, sex and single year of age (ONS
     * mid-2021, English districts in the shipped geography), LSOAs by district (2011 LSOAs, 2019 districts
     * mapped to 2021), each district's ICB through the upper-tier authority's cross-walk link on the 2026
     * structure (or none), practices with their PCN and ICB, PCN registered populations, acute providers
     * (trusts with a type 1 A&E department in the shipped A&E file) and the HFRS codes.
     */
    static Inputs inputs(OpenDataSource source, OpenData data) throws IOException {
        ShippedGeography g = data.geography();
        Map<String, long[][]> population = new LinkedHashMap<>();
        read(source, ONS_SINGLE_AGE, ',', r -> {
            String code = r.get("ladcode21");
            if (!code.startsWith("E") || g.resolve(code, MID_2021).isEmpty()) {
                return;
            }
            long[][] p = population.computeIfAbsent(code, k -> new long[2][91]);
            p["1".equals(r.get("sex")) ? 0 : 1][Integer.parseInt(r.get("age"))] +=
                    Long.parseLong(r.get("population_2021"));
        });
        Map<String, List<String>> lsoas = new HashMap<>();
        read(source, LSOAS, ',', r -> {
            String la = DISTRICT_2019_TO_2021.getOrDefault(r.get("la_code"), r.get("la_code"));
            lsoas.computeIfAbsent(la, k -> new ArrayList<>()).add(r.get("lsoa_code"));
        });
        // practices and their PCN, ICB and NHS region on the 2026 structure
        List<GeneratorInputs.Practice> practices = new ArrayList<>();
        Map<String, String> icbRegion = new HashMap<>();
        for (AreaRow a : g.areasOfType("gp_practice", GP_EXTRACT)) {
            String pcn = "";
            String icb = null;
            String region = null;
            for (String up : g.ancestors(a.code(), "nhs", GP_EXTRACT)) {
                String type = g.area(up).map(AreaRow::type).orElse("");
                switch (type) {
                    case "pcn" -> pcn = up;
                    case "icb" -> icb = up;
                    case "nhs_region" -> region = up;
                    default -> {}
                }
            }
            practices.add(new GeneratorInputs.Practice(a.code(), pcn, icb, region));
            if (icb != null && region != null) {
                icbRegion.put(icb, region);
            }
        }
        Map<String, long[]> pcnPopulation = new HashMap<>();
        for (PopulationRow p : data.population()) {
            if (!PopulationRow.GP_REGISTERED.equals(p.dataset()) || "persons".equals(p.sex())) {
                continue;
            }
            long[] w = pcnPopulation.computeIfAbsent(p.areaCode(), k -> new long[4]);
            int sex = "M".equals(p.sex()) ? 0 : 1;
            if ("all".equals(p.age())) {
                w[sex] += p.population();
            } else if ("65+".equals(p.age())) {
                w[sex] -= p.population();
                w[sex + 2] += p.population();
            }
        }
        // districts: social care authority (county or itself), ICB through the cross-walk, NHS region
        Map<String, String> areaIcb = new HashMap<>();
        Map<String, String> utlaOf = new HashMap<>();
        Map<String, Map<String, Integer>> regionVotes = new HashMap<>();
        for (String code : population.keySet()) {
            String utla = g.parent(code, "local_government", MID_2021)
                    .filter(p -> g.area(p).map(a -> "utla".equals(a.type())).orElse(false))
                    .orElse(code);
            utlaOf.put(code, utla);
            Optional<String> icb = g.parent(utla, "crosswalk", GP_EXTRACT);
            icb.ifPresent(i -> areaIcb.put(code, i));
            String laRegion = region(g, code);
            if (icb.isPresent() && icbRegion.containsKey(icb.get()) && laRegion != null) {
                regionVotes
                        .computeIfAbsent(laRegion, k -> new TreeMap<>())
                        .merge(icbRegion.get(icb.get()), 1, Integer::sum);
            }
        }
        // the NHS region of an English region: the one most of its cross-walked districts are in
        Map<String, String> nhsRegionOf = new HashMap<>();
        regionVotes.forEach((region, votes) -> nhsRegionOf.put(
                region,
                votes.entrySet().stream()
                        .max(Map.Entry.comparingByValue())
                        .orElseThrow()
                        .getKey()));
        List<GeneratorInputs.Area> areas = new ArrayList<>();
        for (Map.Entry<String, long[][]> e : population.entrySet()) {
            String code = e.getKey();
            List<String> l = lsoas.get(code);
            if (l == null) {
                continue; // no LSOA shipped for it
            }
            String icb = areaIcb.get(code);
            String nhsRegion =
                    icb != null && icbRegion.containsKey(icb) ? icbRegion.get(icb) : nhsRegionOf.get(region(g, code));
            areas.add(new GeneratorInputs.Area(
                    code, utlaOf.get(code), icb, nhsRegion, e.getValue()[0], e.getValue()[1], l));
        }
        // acute providers: trusts with a type 1 department, weighted by attendances
        Map<String, Double> type1 = new TreeMap<>();
        read(source, AE, ',', r -> {
            if ("1".equals(r.get("type"))) {
                type1.merge(r.get("org_code"), Double.parseDouble(r.get("attendances")), Double::sum);
            }
        });
        LocalDate start = LocalDate.of(2023, 4, 1);
        List<GeneratorInputs.Provider> providers = new ArrayList<>();
        for (Map.Entry<String, Double> e : type1.entrySet()) {
            Optional<AreaRow> trust = g.resolve(e.getKey(), start);
            if (trust.isEmpty() || !"trust".equals(trust.get().type())) {
                continue; // merged or closed since
            }
            String parent = g.parent(trust.get().code(), "provider", start).orElse(null);
            String type =
                    parent == null ? "" : g.area(parent).map(AreaRow::type).orElse("");
            String icb = "icb".equals(type) ? parent : null;
            String region = icb != null
                    ? g.parent(icb, "nhs", start).orElse(icbRegion.get(icb))
                    : "nhs_region".equals(type) ? parent : null;
            providers.add(new GeneratorInputs.Provider(trust.get().code(), icb, region, e.getValue()));
        }
        List<GeneratorInputs.HfrsCode> hfrs = new ArrayList<>();
        try (BufferedReader in = reader(source, HFRS)) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t");
                if (f.length > 3 && !f[0].isBlank()) {
                    hfrs.add(new GeneratorInputs.HfrsCode(
                            f[0].strip(), Double.parseDouble(f[3].strip().replace("%", "")) / 100));
                }
            }
        }
        GeneratorInputs generator = new GeneratorInputs(areas, practices, pcnPopulation, providers, hfrs);
        Set<String> lsoaCodes = new HashSet<>();
        lsoas.values().forEach(lsoaCodes::addAll);
        Set<String> las = new HashSet<>();
        Set<String> trusts = new HashSet<>();
        Set<String> practiceCodes = new HashSet<>();
        for (AreaRow a : g.areas()) {
            switch (a.type()) {
                case "ltla", "utla" -> las.add(a.code());
                case "trust" -> trusts.add(a.code());
                case "gp_practice" -> practiceCodes.add(a.code());
                default -> {}
            }
        }
        return new Inputs(generator, new ReferenceCodes(practiceCodes, lsoaCodes, las, trusts));
    }

    /** The English region (E12) of a district or unitary, through its county when it has one. */
    private static String region(ShippedGeography g, String code) {
        for (String up : g.ancestors(code, "local_government", MID_2021)) {
            if (up.startsWith("E12")) {
                return up;
            }
        }
        return null;
    }

    private static BufferedReader reader(OpenDataSource source, String path) throws IOException {
        InputStream in = source.open(path);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    private static void read(OpenDataSource source, String path, char separator, Consumer<CsvRow> handler)
            throws IOException {
        try (BufferedReader in = reader(source, path)) {
            Csv.open(in, path).forEachRemaining(handler);
        }
    }
}
