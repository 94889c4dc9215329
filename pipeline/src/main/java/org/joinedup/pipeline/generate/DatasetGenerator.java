package org.joinedup.pipeline.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.joinedup.pipeline.generate.GeneratorInputs.Area;
import org.joinedup.pipeline.generate.GeneratorInputs.HfrsCode;
import org.joinedup.pipeline.generate.GeneratorInputs.Practice;
import org.joinedup.pipeline.generate.GeneratorInputs.Provider;
import org.joinedup.pipeline.generate.Rates.Categorical;
import org.joinedup.pipeline.generate.Rates.Diagnosis;
import org.joinedup.pipeline.input.CanonicalTable;

/**
 * Writes an England-like canonical data set (docs/pipeline-input.md): people drawn by local authority,
 * sex and single year of age from the ONS mid-2021 estimates, each living in an LSOA of their authority and
 * registered at a practice of the ICB that serves it, with hospital spells, A&E attendances, social care
 * events and deaths at the rates in {@code rates.csv}.
 *
 * <p>Each person is simulated on their own from a random stream seeded by the seed and the person's
 * number, and written at once, so memory does not grow with the number of persons and the same seed
 * gives the same files.
 */
public final class DatasetGenerator {

    /** What to generate. */
    public record Options(long persons, long seed, LocalDate from, TableFiles.Format format) {
        public Options {
            if (persons < 1) {
                throw new IllegalArgumentException("persons must be 1 or more, not " + persons);
            }
        }

        public static Options of(long persons, long seed, LocalDate from, String format) {
            TableFiles.Format f = switch (format.toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> TableFiles.Format.CSV;
                case "parquet" -> TableFiles.Format.PARQUET;
                default -> throw new IllegalArgumentException("format must be csv or parquet, not " + format);
            };
            return new Options(persons, seed, from, f);
        }
    }

    /** Told now and then how far generation has got. */
    public interface Progress {
        void update(long personsDone, long personsTotal, long elapsedNanos);
    }

    /** What was written. */
    public record Summary(Map<String, Long> rows, Map<String, Long> bytes, long elapsedMillis) {
        public long totalBytes() {
            return bytes.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public static final LocalDate DEFAULT_FROM = LocalDate.of(2023, 4, 1);

    private final GeneratorInputs inputs;
    private final Rates rates;

    // people
    private final long[] cumulative; // over (area, sex, age) cells
    private final int[] cellArea;
    private final byte[] cellSex;
    private final byte[] cellAge;
    private final double[] mortality;
    private final int frailtyShape;
    private final double deathInHospital;
    private final double over90Mean;
    private final Categorical ethnic;
    private final double ethnicMissing;
    private final double movePerYear;
    private final double changePracticeOnMove;
    private final double residenceYearsMax;
    // hospital
    private final double[] emergency;
    private final double[] readmission;
    private final double[] elective;
    private final double[] maternity;
    private final double[] transfer;
    private final double emergencyViaAe;
    private final Categorical emergencyMethod;
    private final Categorical electiveMethod;
    private final Categorical maternityMethod;
    private final Categorical transferMethod;
    private final double[] zeroDayEmergency;
    private final double[] losEmergency;
    private final double losHipFracture;
    private final double losSigma;
    private final double dayCase;
    private final double losElective;
    private final double zeroDayMaternity;
    private final double losMaternity;
    private final double losTransfer;
    private final double losTerminal;
    private final double delayed65;
    private final double delayMean;
    private final double readyMissing;
    private final Categorical destinationUnder65;
    private final Categorical destination65;
    private final Categorical careHomeResidentDestination;
    private final double[] fallsRate65;
    private final double fallsShareUnder65;
    private final double[] acscShare;
    private final double[] hfrsScale;
    private final Categorical general;
    private final Categorical fallsInjury;
    private final Categorical fallsCause;
    private final Categorical acsc;
    private final Categorical acscChild;
    private final Categorical electiveDx;
    private final Categorical maternityDx;
    private final Map<String, String> specialty = new HashMap<>();
    private final List<Diagnosis> comorbidity65;
    private final List<Diagnosis> comorbidityAdult;
    // A&E
    private final double[] aeRate;
    private final Categorical aeType;
    private final Map<String, Double> aeMedian = new HashMap<>();
    private final double aeMedianAdmitted;
    private final Categorical aeDisposal;
    // social care
    private final double[] requests;
    private final double requestToAssessment;
    private final double homeCare65;
    private final double homeCare;
    private final double[] careHome65;
    private final double careHome18;
    private final double nursingShare;
    private final double[] reablementAfterDischarge;
    private final double reablementCareHome;
    private final double[] reablementCommunity;
    private final double reablementDays;
    private final Categorical fundingLongTerm;
    private final Categorical fundingReablement;
    // places
    private final Map<String, Chooser> practiceChoosers = new HashMap<>();
    private final Map<String, Chooser> providerChoosers = new HashMap<>();

    public DatasetGenerator(GeneratorInputs inputs, Rates rates) {
        this.inputs = inputs;
        this.rates = rates;
        List<Area> areas = inputs.areas();
        int cells = areas.size() * 2 * 91;
        cumulative = new long[cells];
        cellArea = new int[cells];
        cellSex = new byte[cells];
        cellAge = new byte[cells];
        long sum = 0;
        int c = 0;
        for (int a = 0; a < areas.size(); a++) {
            for (int s = 0; s < 2; s++) {
                long[] counts = s == 0 ? areas.get(a).male() : areas.get(a).female();
                for (int age = 0; age <= 90; age++) {
                    sum += counts[age];
                    cumulative[c] = sum;
                    cellArea[c] = a;
                    cellSex[c] = (byte) s;
                    cellAge[c] = (byte) age;
                    c++;
                }
            }
        }
        if (sum == 0) {
            throw new IllegalArgumentException("the areas have no population");
        }
        mortality = rates.byAge("mortality");
        frailtyShape = (int) rates.value("frailty_shape");
        deathInHospital = rates.value("death_in_hospital");
        over90Mean = rates.value("age_over_90_mean_extra");
        ethnic = rates.categorical("ethnic_group");
        ethnicMissing = rates.value("ethnic_group_missing");
        movePerYear = rates.value("move_per_year");
        changePracticeOnMove = rates.value("change_practice_on_move");
        residenceYearsMax = rates.value("residence_years_max");
        emergency = rates.byAge("emergency_admissions");
        readmission = rates.byAge("readmission_30d");
        elective = rates.byAge("elective_admissions");
        maternity = rates.byAge("maternity_admissions_female");
        transfer = rates.byAge("transfer_admissions");
        emergencyViaAe = rates.value("emergency_via_ae");
        emergencyMethod = rates.categorical("emergency_method");
        electiveMethod = rates.categorical("elective_method");
        maternityMethod = rates.categorical("maternity_method");
        transferMethod = rates.categorical("transfer_method");
        zeroDayEmergency = rates.byAge("zero_day_emergency");
        losEmergency = rates.byAge("los_mean_emergency");
        losHipFracture = rates.value("los_mean_hip_fracture");
        losSigma = rates.value("los_sigma");
        dayCase = rates.value("day_case_elective");
        losElective = rates.value("los_mean_elective");
        zeroDayMaternity = rates.value("zero_day_maternity");
        losMaternity = rates.value("los_mean_maternity");
        losTransfer = rates.value("los_mean_transfer");
        losTerminal = rates.value("los_mean_terminal");
        delayed65 = rates.value("delayed_discharge_65");
        delayMean = rates.value("delay_mean_days");
        readyMissing = rates.value("ready_date_missing");
        destinationUnder65 = rates.categorical("destination_under65");
        destination65 = rates.categorical("destination_65");
        careHomeResidentDestination = rates.categorical("long_term_care_destination");
        fallsRate65 = rates.byAge("falls_admissions_65");
        fallsShareUnder65 = rates.value("falls_share_under65");
        acscShare = rates.byAge("chronic_acsc_share");
        hfrsScale = new double[Rates.MAX_AGE + 1];
        for (int age = 0; age <= Rates.MAX_AGE; age++) {
            hfrsScale[age] = rates.value(age >= 75 ? "hfrs_scale_75" : age >= 65 ? "hfrs_scale_65" : "hfrs_scale_0");
        }
        general = rates.diagnosisCategorical("emergency_general");
        fallsInjury = rates.diagnosisCategorical("falls_injury");
        fallsCause = rates.diagnosisCategorical("falls_cause");
        acsc = rates.diagnosisCategorical("chronic_acsc");
        acscChild = rates.diagnosisCategorical("chronic_acsc_child");
        electiveDx = rates.diagnosisCategorical("elective");
        maternityDx = rates.diagnosisCategorical("maternity");
        for (String g : List.of(
                "emergency_general", "falls_injury", "chronic_acsc", "chronic_acsc_child", "elective", "maternity")) {
            for (Diagnosis d : rates.diagnoses(g)) {
                specialty.putIfAbsent(g + ":" + d.code(), d.specialty());
            }
        }
        comorbidity65 = rates.diagnoses("comorbidity_65");
        comorbidityAdult = rates.diagnoses("comorbidity_adult");
        aeRate = rates.byAge("ae_attendances");
        aeType = rates.categorical("ae_type_background");
        aeMedianAdmitted = rates.value("ae_minutes_median_admitted");
        aeDisposal = rates.categorical("ae_disposal");
        requests = rates.byAge("social_care_requests");
        requestToAssessment = rates.value("request_to_assessment");
        homeCare65 = rates.value("assessment_to_home_care_65");
        homeCare = rates.value("assessment_to_home_care");
        careHome65 = rates.byAge("care_home_admissions_65");
        careHome18 = rates.value("care_home_admissions_18");
        nursingShare = rates.value("nursing_share");
        reablementAfterDischarge = rates.byAge("reablement_after_discharge");
        reablementCareHome = rates.value("reablement_care_home_91d");
        reablementCommunity = rates.byAge("reablement_community");
        reablementDays = rates.value("reablement_days_mean");
        fundingLongTerm = rates.categorical("funding_long_term");
        fundingReablement = rates.categorical("funding_reablement");
        aeMedian.putAll(rates.values("ae_minutes_median"));
    }

    /** Writes the data set to a folder (created if needed; it must not already hold the tables). */
    public Summary generate(Path out, Options options, Progress progress) {
        long t0 = System.nanoTime();
        try (TableFiles files = new TableFiles(out, options.format())) {
            Person person = new Person(files, options);
            for (long i = 0; i < options.persons(); i++) {
                person.simulate(i);
                if ((i + 1) % 10_000 == 0 || i + 1 == options.persons()) {
                    progress.update(i + 1, options.persons(), System.nanoTime() - t0);
                }
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            for (CanonicalTable t : CanonicalTable.values()) {
                rows.put(t.tableName(), files.rows(t));
            }
            Map<CanonicalTable, Path> written = files.finish(2);
            Map<String, Long> bytes = new LinkedHashMap<>();
            for (Map.Entry<CanonicalTable, Path> e : written.entrySet()) {
                bytes.put(e.getValue().getFileName().toString(), Files.size(e.getValue()));
            }
            return new Summary(rows, bytes, (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + out, e);
        }
    }

    // ----------------------------------------------------------------------------------------------
    // Places

    /** Weighted choice among codes, with four weight sets (male/female x under 65/65+). */
    private static final class Chooser {
        final String[] codes;
        final double[][] cumulative = new double[4][];

        Chooser(List<String> codes, List<double[]> weights) {
            this.codes = codes.toArray(new String[0]);
            for (int g = 0; g < 4; g++) {
                double[] c = new double[codes.size()];
                double sum = 0;
                for (int i = 0; i < c.length; i++) {
                    sum += Math.max(0, weights.get(i)[g]);
                    c[i] = sum;
                }
                if (sum <= 0) {
                    for (int i = 0; i < c.length; i++) {
                        c[i] = i + 1;
                    }
                }
                cumulative[g] = c;
            }
        }

        String draw(SplittableRandom rng, int group) {
            double[] c = cumulative[group];
            double u = rng.nextDouble() * c[c.length - 1];
            int lo = 0;
            int hi = c.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (c[mid] > u) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return codes[lo];
        }
    }

    /**
     * The practices people of an area register with: those of the area's ICB, else of its NHS region,
     * else all; weighted by their PCN's registered patients of the person's sex and age group shared
     * equally among the PCN's practices (practice list sizes are not shipped).
     */
    private Chooser practices(Area area) {
        String key = area.icb() != null ? "icb:" + area.icb() : "region:" + area.nhsRegion();
        return practiceChoosers.computeIfAbsent(key, k -> {
            List<Practice> pick = inputs.practices().stream()
                    .filter(p -> area.icb() != null && area.icb().equals(p.icb()))
                    .toList();
            if (pick.isEmpty()) {
                pick = inputs.practices().stream()
                        .filter(p -> p.nhsRegion() != null && p.nhsRegion().equals(area.nhsRegion()))
                        .toList();
            }
            if (pick.isEmpty()) {
                pick = inputs.practices();
            }
            Map<String, Integer> perPcn = new HashMap<>();
            pick.forEach(p -> perPcn.merge(p.pcn(), 1, Integer::sum));
            List<String> codes = new ArrayList<>();
            List<double[]> weights = new ArrayList<>();
            for (Practice p : pick) {
                long[] pop = inputs.pcnPopulation().get(p.pcn());
                double n = perPcn.get(p.pcn());
                double[] w = new double[4];
                for (int g = 0; g < 4; g++) {
                    w[g] = pop == null ? 0 : pop[g] / n;
                }
                codes.add(p.code());
                weights.add(w);
            }
            return new Chooser(codes, weights);
        });
    }

    /** The hospital providers of an area: those of its ICB, else its NHS region, else all, by size. */
    private Chooser providers(Area area) {
        String key = area.icb() != null ? "icb:" + area.icb() : "region:" + area.nhsRegion();
        return providerChoosers.computeIfAbsent(key, k -> {
            List<Provider> pick = inputs.providers().stream()
                    .filter(p -> area.icb() != null && area.icb().equals(p.icb()))
                    .toList();
            if (pick.isEmpty()) {
                pick = inputs.providers().stream()
                        .filter(p -> p.nhsRegion() != null && p.nhsRegion().equals(area.nhsRegion()))
                        .toList();
            }
            if (pick.isEmpty()) {
                pick = inputs.providers();
            }
            return new Chooser(
                    pick.stream().map(Provider::code).toList(),
                    pick.stream()
                            .map(p -> new double[] {p.weight(), p.weight(), p.weight(), p.weight()})
                            .toList());
        });
    }

    // ----------------------------------------------------------------------------------------------
    // One person

    private record Spell(LocalDate admitted, LocalDate discharged) {}

    private final class Person {
        private final TableFiles files;
        private final Options options;
        private final LocalDate start;
        private final LocalDate end;
        private final double windowDays;
        private long spellSeq;
        private long attendanceSeq;
        private long eventSeq;
        private final StringBuilder line = new StringBuilder(256);
        private final List<Spell> spells = new ArrayList<>();

        // the current person
        private SplittableRandom rng;
        private String id;
        private Area area;
        private int ageAtStart;
        private boolean male;
        private double frailty;
        private LocalDate birth;
        private LocalDate death;
        private String provider;
        private Chooser providerChooser;
        private LocalDate careHomeFrom;

        Person(TableFiles files, Options options) {
            this.files = files;
            this.options = options;
            this.start = options.from();
            this.end = start.plusYears((long) rates.value("window_years")).minusDays(1);
            this.windowDays = ChronoUnit.DAYS.between(start, end) + 1;
        }

        void simulate(long index) {
            rng = new SplittableRandom(mix(options.seed() * 0x9E3779B97F4A7C15L + index));
            id = String.format("%016x", mix(options.seed() ^ mix(index + 0x632BE59BD9B4E019L)));
            spells.clear();
            careHomeFrom = null;
            long u = rng.nextLong(cumulative[cumulative.length - 1]);
            int cell = cellOf(u);
            area = inputs.areas().get(cellArea[cell]);
            male = cellSex[cell] == 0;
            ageAtStart = cellAge[cell];
            if (ageAtStart == 90) {
                ageAtStart = (int) Math.min(Rates.MAX_AGE, 90 + Math.floor(exponential(over90Mean)));
            }
            LocalDate earliest = start.minusYears(ageAtStart + 1L).plusDays(1);
            long span = ChronoUnit.DAYS.between(earliest, start.minusYears(ageAtStart)) + 1;
            birth = earliest.plusDays(rng.nextLong(span));
            frailty = 0;
            for (int k = 0; k < frailtyShape; k++) {
                frailty += exponential(1);
            }
            frailty /= frailtyShape;
            death = null;
            double years = exponential(1) / Math.max(1e-9, mortality[ageAtStart] * frailty);
            if (years * 365.25 < windowDays) {
                death = start.plusDays((long) (years * 365.25));
            }
            providerChooser = providers(area);
            provider = providerChooser.draw(rng, 0);

            String ethnicGroup = rng.nextDouble() < ethnicMissing ? "" : ethnic.draw(rng);
            line.setLength(0);
            line.append(id)
                    .append(',')
                    .append(birth.getYear())
                    .append(',')
                    .append(birth.getMonthValue())
                    .append(',')
                    .append(male ? 'M' : 'F')
                    .append(',')
                    .append(death == null ? "" : death.toString())
                    .append(',')
                    .append(ethnicGroup);
            files.row(CanonicalTable.PERSONS, line);

            residenceAndRegistration();
            // a permanent care home admission drawn ahead, so that spells after it leave for the care home
            careHomeFrom = firstEvent(careHomeRate(), start, lastDay());
            hospital();
            attendances();
            socialCare();
        }

        private LocalDate lastDay() {
            return death != null ? death : end;
        }

        private int ageAt(LocalDate d) {
            return Math.min(Rates.MAX_AGE, (int) ChronoUnit.YEARS.between(birth, d));
        }

        private int group(int age) {
            return (male ? 0 : 1) + (age >= 65 ? 2 : 0);
        }

        private void residenceAndRegistration() {
            LocalDate from = start.minusDays(rng.nextLong((long) (residenceYearsMax * 365) + 1));
            if (from.isBefore(birth)) {
                from = birth;
            }
            String lsoa = area.lsoas().get(rng.nextInt(area.lsoas().size()));
            Chooser practices = practices(area);
            String practice = practices.draw(rng, group(ageAtStart));
            LocalDate moved = null;
            if (rng.nextDouble() < movePerYear * windowDays / 365.25) {
                moved = start.plusDays(1 + rng.nextLong((long) windowDays - 1));
                if (death != null && !moved.isBefore(death)) {
                    moved = null;
                }
            }
            LocalDate last = death;
            if (moved == null) {
                history(CanonicalTable.PERSON_RESIDENCE, lsoa, from, last);
                history(CanonicalTable.PERSON_REGISTRATION, practice, from, last);
                return;
            }
            String newLsoa = area.lsoas().get(rng.nextInt(area.lsoas().size()));
            history(CanonicalTable.PERSON_RESIDENCE, lsoa, from, moved.minusDays(1));
            history(CanonicalTable.PERSON_RESIDENCE, newLsoa, moved, last);
            if (rng.nextDouble() < changePracticeOnMove) {
                String newPractice = practices.draw(rng, group(ageAtStart));
                LocalDate registered = moved.plusDays(rng.nextInt(60));
                if (death != null && registered.isAfter(death)) {
                    registered = death;
                }
                history(CanonicalTable.PERSON_REGISTRATION, practice, from, registered.minusDays(1));
                history(CanonicalTable.PERSON_REGISTRATION, newPractice, registered, last);
            } else {
                history(CanonicalTable.PERSON_REGISTRATION, practice, from, last);
            }
        }

        private void history(CanonicalTable table, String code, LocalDate from, LocalDate to) {
            line.setLength(0);
            line.append(id)
                    .append(',')
                    .append(code)
                    .append(',')
                    .append(from)
                    .append(',')
                    .append(to == null ? "" : to.toString());
            files.row(table, line);
        }

        // -- hospital

        private void hospital() {
            LocalDate limit = lastDay(); // no admission after this day
            LocalDate terminalAdmission = null;
            int terminalLos = 0;
            if (death != null && rng.nextDouble() < deathInHospital) {
                terminalLos = (int) Math.min(60, lognormalDays(losTerminal));
                terminalAdmission = death.minusDays(terminalLos);
                limit = terminalAdmission.minusDays(1);
            }
            double t = 0;
            LocalDate readmit = null;
            while (true) {
                LocalDate now = start.plusDays((long) t);
                int age = ageAt(now);
                double e = emergency[age] / (1 + readmission[age]) * frailty;
                double el = elective[age];
                double ma = male ? 0 : maternity[age];
                double tr = transfer[age] * frailty;
                double total = (e + el + ma + tr) / 365.25;
                double next = t + exponential(1) / total;
                String kind;
                LocalDate admitted;
                if (readmit != null && !readmit.isAfter(start.plusDays((long) next))) {
                    admitted = readmit;
                    kind = "emergency";
                    readmit = null;
                } else {
                    admitted = start.plusDays((long) next);
                    double u = rng.nextDouble() * (e + el + ma + tr);
                    kind = u < e ? "emergency" : u < e + el ? "elective" : u < e + el + ma ? "maternity" : "transfer";
                }
                if (admitted.isAfter(limit)) {
                    break;
                }
                Spell s = spell(kind, admitted, limit, false);
                t = ChronoUnit.DAYS.between(start, s.discharged()) + 0.5;
                if (readmit != null && !readmit.isAfter(s.discharged())) {
                    readmit = null;
                }
                if (kind.equals("emergency")
                        && s.discharged().isBefore(limit)
                        && rng.nextDouble() < readmission[ageAt(s.discharged())]) {
                    readmit = s.discharged().plusDays(1 + rng.nextInt(30));
                }
            }
            if (terminalAdmission != null && !terminalAdmission.isBefore(start)) {
                spell("terminal", terminalAdmission, death, true);
            }
        }

        /** Writes one spell starting on the day and returns it. */
        private Spell spell(String kind, LocalDate admitted, LocalDate limit, boolean dies) {
            int age = ageAt(admitted);
            String group = kind.equals("terminal") ? "emergency" : kind;
            String method = switch (group) {
                case "emergency" -> emergencyMethod.draw(rng);
                case "elective" -> electiveMethod.draw(rng);
                case "maternity" -> maternityMethod.draw(rng);
                default -> transferMethod.draw(rng);
            };
            // diagnoses
            String dxGroup;
            String primary;
            List<String> secondary = new ArrayList<>(4);
            if (group.equals("emergency") || group.equals("transfer")) {
                double falls = age >= 65
                        ? Math.min(0.6, fallsRate65[age] / Math.max(1e-9, emergency[age]))
                        : fallsShareUnder65;
                double u = rng.nextDouble();
                if (u < falls) {
                    dxGroup = "falls_injury";
                    primary = fallsInjury.draw(rng);
                    secondary.add(fallsCause.draw(rng));
                } else if (u < falls + acscShare[age]) {
                    dxGroup = age < 18 ? "chronic_acsc_child" : "chronic_acsc";
                    primary = (age < 18 ? acscChild : acsc).draw(rng);
                } else {
                    dxGroup = "emergency_general";
                    primary = general.draw(rng);
                }
            } else if (group.equals("elective")) {
                dxGroup = "elective";
                primary = electiveDx.draw(rng);
            } else {
                dxGroup = "maternity";
                primary = maternityDx.draw(rng);
            }
            String spec = specialty.getOrDefault(dxGroup + ":" + primary, "300");
            if (age < 16 && !group.equals("maternity") && !spec.equals("110") && !spec.equals("100")) {
                spec = "420";
            } else if (age >= 80 && spec.equals("300")) {
                spec = "430";
            }
            if (group.equals("emergency") || group.equals("transfer")) {
                double scale = hfrsScale[age];
                for (HfrsCode h : inputs.hfrsCodes()) {
                    if (rng.nextDouble() < h.share() * scale) {
                        addOnce(secondary, h.code(), primary);
                    }
                }
            }
            for (Diagnosis d : age >= 65 ? comorbidity65 : age >= 18 ? comorbidityAdult : List.<Diagnosis>of()) {
                if (rng.nextDouble() < d.weight()) {
                    addOnce(secondary, d.code(), primary);
                }
            }
            // length of stay
            long los;
            if (dies) {
                los = ChronoUnit.DAYS.between(admitted, limit);
            } else {
                los = switch (group) {
                    case "emergency" ->
                        rng.nextDouble() < zeroDayEmergency[age]
                                ? 0
                                : lognormalDays(primary.equals("S72") ? losHipFracture : losEmergency[age]);
                    case "elective" -> rng.nextDouble() < dayCase ? 0 : lognormalDays(losElective);
                    case "maternity" -> rng.nextDouble() < zeroDayMaternity ? 0 : lognormalDays(losMaternity);
                    default -> lognormalDays(losTransfer);
                };
            }
            LocalDate discharged = admitted.plusDays(los);
            boolean diesHere = dies;
            if (!dies && discharged.isAfter(limit)) {
                discharged = limit; // stays end before the next fixed event (a terminal admission or death)
                if (death != null && limit.equals(death)) {
                    diesHere = true;
                }
            }
            String destination;
            if (diesHere) {
                destination = "79";
            } else if (careHomeFrom != null && !discharged.isBefore(careHomeFrom)) {
                destination = careHomeResidentDestination.draw(rng);
            } else {
                destination = (age >= 65 ? destination65 : destinationUnder65).draw(rng);
            }
            LocalDate ready = discharged;
            if (rng.nextDouble() < readyMissing) {
                ready = null;
            } else if (age >= 65
                    && group.equals("emergency")
                    && ChronoUnit.DAYS.between(admitted, discharged) >= 3
                    && rng.nextDouble() < delayed65) {
                long delay = Math.min(
                        ChronoUnit.DAYS.between(admitted, discharged) - 1, 1 + (long) exponential(delayMean - 1));
                ready = discharged.minusDays(delay);
            }
            String spellProvider = rng.nextDouble() < 0.9 ? provider : providerChooser.draw(rng, 0);
            // an emergency admission through A&E starts with an attendance at the provider's type 1 department
            if (group.equals("emergency") && method.equals("21")) {
                int arrivalMinute = arrivalMinute();
                LocalDateTime arrival = admitted.atStartOfDay().plusMinutes(arrivalMinute);
                long minutes = Math.max(30, Math.round(aeMedianAdmitted * Math.exp(0.6 * rng.nextGaussian())));
                LocalDateTime departure = arrival.plusMinutes(minutes);
                if (departure.toLocalDate().isAfter(admitted)) {
                    departure = admitted.atTime(23, 59);
                }
                attendance(spellProvider, "1", arrival, departure, "01");
            }
            line.setLength(0);
            line.append('S')
                    .append(++spellSeq)
                    .append(',')
                    .append(id)
                    .append(',')
                    .append(spellProvider)
                    .append(',')
                    .append(admitted)
                    .append(',')
                    .append(method)
                    .append(',')
                    .append(discharged)
                    .append(',')
                    .append(destination)
                    .append(',')
                    .append(primary)
                    .append(',')
                    .append(String.join(";", secondary))
                    .append(',')
                    .append(spec)
                    .append(',')
                    .append(ready == null ? "" : ready.toString());
            files.row(CanonicalTable.HOSPITAL_SPELLS, line);
            Spell spell = new Spell(admitted, discharged);
            spells.add(spell);
            if (!diesHere && group.equals("emergency") && destination.equals("19") && age >= 65) {
                reablementAfter(discharged, age);
            }
            return spell;
        }

        private void addOnce(List<String> codes, String code, String primary) {
            if (!code.equals(primary) && !codes.contains(code)) {
                codes.add(code);
            }
        }

        // -- A&E

        private int arrivalMinute() {
            // busier from late morning to evening: a triangular shape peaking at 13:00
            double h = 6 + 18 * Math.sqrt(rng.nextDouble()) * (rng.nextBoolean() ? 1 : 0.6);
            return (int) ((h % 24) * 60);
        }

        private void attendances() {
            double t = 0;
            LocalDate limit = lastDay();
            while (true) {
                LocalDate now = start.plusDays((long) t);
                int age = ageAt(now);
                double linked = emergency[age] * emergencyViaAe;
                double rate = Math.max(0.02, aeRate[age] - linked) * frailty / 365.25;
                t += exponential(1) / rate;
                LocalDate day = start.plusDays((long) t);
                if (day.isAfter(limit)) {
                    return;
                }
                if (inHospital(day) || (death != null && day.equals(death))) {
                    continue;
                }
                String type = aeType.draw(rng);
                LocalDateTime arrival = day.atStartOfDay().plusMinutes(arrivalMinute());
                double median = aeMedian.getOrDefault(type, 120.0);
                long minutes = Math.max(5, Math.round(median * Math.exp(0.65 * rng.nextGaussian())));
                LocalDateTime departure = arrival.plusMinutes(minutes);
                String chosen = rng.nextDouble() < 0.9 ? provider : providerChooser.draw(rng, 0);
                attendance(chosen, type, arrival, departure, aeDisposal.draw(rng));
            }
        }

        private boolean inHospital(LocalDate day) {
            for (Spell s : spells) {
                if (!day.isBefore(s.admitted()) && !day.isAfter(s.discharged())) {
                    return true;
                }
            }
            return false;
        }

        private void attendance(
                String providerCode, String type, LocalDateTime arrival, LocalDateTime departure, String disposal) {
            line.setLength(0);
            line.append('A')
                    .append(++attendanceSeq)
                    .append(',')
                    .append(id)
                    .append(',')
                    .append(providerCode)
                    .append(',');
            timestamp(arrival);
            line.append(',');
            timestamp(departure);
            line.append(',').append(type).append(',').append(disposal);
            files.row(CanonicalTable.AE_ATTENDANCES, line);
        }

        private void timestamp(LocalDateTime t) {
            line.append(t.toLocalDate()).append(' ');
            two(t.getHour());
            line.append(':');
            two(t.getMinute());
            line.append(':');
            two(t.getSecond());
        }

        private void two(int n) {
            if (n < 10) {
                line.append('0');
            }
            line.append(n);
        }

        // -- social care

        private double[] careHomeRate() {
            double[] r = new double[Rates.MAX_AGE + 1];
            for (int age = 0; age <= Rates.MAX_AGE; age++) {
                r[age] = (age >= 65 ? careHome65[age] : age >= 18 ? careHome18 : 0) * frailty;
            }
            return r;
        }

        /** The first event of a Poisson process with an age-specific yearly rate, or null. */
        private LocalDate firstEvent(double[] yearlyRate, LocalDate from, LocalDate to) {
            double t = ChronoUnit.DAYS.between(start, from);
            while (true) {
                LocalDate now = start.plusDays((long) t);
                if (now.isAfter(to)) {
                    return null;
                }
                int age = ageAt(now);
                double rate = yearlyRate[age] / 365.25;
                if (rate <= 0) {
                    // jump to the next birthday, where the rate may change
                    LocalDate nextBirthday = birth.plusYears(age + 1L);
                    t = Math.max(t + 1, ChronoUnit.DAYS.between(start, nextBirthday));
                    continue;
                }
                double step = exponential(1) / rate;
                LocalDate nextBirthday = birth.plusYears(age + 1L);
                double toBirthday = ChronoUnit.DAYS.between(now, nextBirthday);
                if (step > toBirthday && toBirthday > 0) {
                    t += toBirthday; // memoryless: draw again at the new age
                    continue;
                }
                LocalDate day = start.plusDays((long) (t + step));
                return day.isAfter(to) ? null : day;
            }
        }

        private void reablementAfter(LocalDate discharged, int age) {
            if (rng.nextDouble() >= reablementAfterDischarge[age] * frailty) {
                return;
            }
            if (careHomeFrom != null && !careHomeFrom.isAfter(discharged)) {
                return;
            }
            LocalDate from = discharged.plusDays(rng.nextInt(3));
            if (from.isAfter(lastDay())) {
                return;
            }
            LocalDate to = from.plusDays(Math.max(3, Math.min(42, lognormalDays(reablementDays))));
            if (death != null && to.isAfter(death)) {
                to = death;
            }
            event("short_term_reablement", from, to, "true", fundingReablement.draw(rng));
            if (rng.nextDouble() < reablementCareHome) {
                LocalDate admitted =
                        to.plusDays(1 + rng.nextInt(Math.max(1, 90 - (int) ChronoUnit.DAYS.between(discharged, to))));
                if (!admitted.isAfter(lastDay()) && (careHomeFrom == null || admitted.isBefore(careHomeFrom))) {
                    careHomeFrom = admitted;
                }
            }
        }

        private void socialCare() {
            LocalDate last = lastDay();
            if (careHomeFrom != null) {
                int age = ageAt(careHomeFrom);
                LocalDate request = careHomeFrom.minusDays(14 + rng.nextInt(60));
                LocalDate assessment = careHomeFrom.minusDays(3 + rng.nextInt(10));
                if (!request.isBefore(start) && !request.isBefore(birth)) {
                    event("request", request, request, "false", "");
                }
                if (!assessment.isBefore(start) && !assessment.isBefore(birth)) {
                    event("assessment", assessment, assessment, "false", "");
                }
                event(
                        age >= 18 && rng.nextDouble() < nursingShare ? "long_term_nursing" : "long_term_residential",
                        careHomeFrom,
                        death,
                        "false",
                        fundingLongTerm.draw(rng));
            }
            double t = 0;
            while (true) {
                LocalDate now = start.plusDays((long) t);
                int age = ageAt(now);
                if (age < 18) {
                    LocalDate adult = birth.plusYears(18);
                    if (adult.isAfter(last)) {
                        break;
                    }
                    t = ChronoUnit.DAYS.between(start, adult);
                    continue;
                }
                t += exponential(1) / (requests[age] * frailty / 365.25);
                LocalDate day = start.plusDays((long) t);
                if (day.isAfter(last) || (careHomeFrom != null && !day.isBefore(careHomeFrom))) {
                    break;
                }
                event("request", day, day, "false", "");
                if (rng.nextDouble() >= requestToAssessment) {
                    continue;
                }
                LocalDate assessed = day.plusDays(3 + rng.nextInt(25));
                if (assessed.isAfter(last)) {
                    break;
                }
                LocalDate assessedEnd = assessed.plusDays(rng.nextInt(14));
                if (assessedEnd.isAfter(last)) {
                    assessedEnd = last;
                }
                event("assessment", assessed, assessedEnd, "false", "");
                if (rng.nextDouble() < (ageAt(assessed) >= 65 ? homeCare65 : homeCare)) {
                    LocalDate from = assessedEnd.plusDays(1 + rng.nextInt(14));
                    if (from.isAfter(last) || (careHomeFrom != null && !from.isBefore(careHomeFrom))) {
                        continue;
                    }
                    LocalDate to = careHomeFrom != null ? careHomeFrom.minusDays(1) : death;
                    event("long_term_home_care", from, to, "false", fundingLongTerm.draw(rng));
                    t = ChronoUnit.DAYS.between(start, from) + 90; // no new request for a while
                }
            }
            // reablement not following a hospital stay
            LocalDate community = firstEvent(communityRate(), start, last);
            if (community != null && (careHomeFrom == null || community.isBefore(careHomeFrom))) {
                LocalDate to = community.plusDays(Math.max(3, Math.min(42, lognormalDays(reablementDays))));
                if (death != null && to.isAfter(death)) {
                    to = death;
                }
                event("short_term_reablement", community, to, "false", fundingReablement.draw(rng));
            }
        }

        private double[] communityRate() {
            double[] r = new double[Rates.MAX_AGE + 1];
            for (int age = 0; age <= Rates.MAX_AGE; age++) {
                r[age] = reablementCommunity[age] * frailty;
            }
            return r;
        }

        private void event(String type, LocalDate from, LocalDate to, String afterDischarge, String funding) {
            line.setLength(0);
            line.append('E')
                    .append(++eventSeq)
                    .append(',')
                    .append(id)
                    .append(',')
                    .append(area.socialCareAuthority())
                    .append(',')
                    .append(type)
                    .append(',')
                    .append(from)
                    .append(',')
                    .append(to == null ? "" : to.toString())
                    .append(',')
                    .append(afterDischarge)
                    .append(',')
                    .append(funding);
            files.row(CanonicalTable.SOCIAL_CARE_EVENTS, line);
        }

        // -- random helpers

        private double exponential(double mean) {
            return -Math.log(1 - rng.nextDouble()) * mean;
        }

        /** Whole days from 1, lognormal with the given mean. */
        private long lognormalDays(double mean) {
            double mu = Math.log(mean) - losSigma * losSigma / 2;
            return Math.max(1, Math.round(Math.exp(mu + losSigma * rng.nextGaussian())));
        }
    }

    private int cellOf(long u) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** SplitMix64's finaliser: a bijection on longs, so different person numbers give different ids. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
