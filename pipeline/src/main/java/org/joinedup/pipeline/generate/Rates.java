package org.joinedup.pipeline.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.joinedup.core.text.Csv;
import org.joinedup.core.text.CsvRow;
import org.joinedup.core.text.CsvTable;

/**
 * The generator's rates and code lists, read from {@code rates.csv} and {@code diagnoses.csv} beside this
 * class. Every value there names its source.
 */
public final class Rates {
    static final int MAX_AGE = 105;

    private final Map<String, TreeMap<String, Double>> byParameter = new LinkedHashMap<>();
    private final Map<String, List<Diagnosis>> diagnoses = new LinkedHashMap<>();

    /** A code of a diagnosis group with its weight and the main specialty it usually goes with. */
    public record Diagnosis(String code, double weight, String specialty) {}

    /** Draws a code from weights. */
    public static final class Categorical {
        private final String[] codes;
        private final double[] cumulative;

        Categorical(List<String> codes, List<Double> weights) {
            this.codes = codes.toArray(new String[0]);
            this.cumulative = new double[weights.size()];
            double sum = 0;
            for (int i = 0; i < weights.size(); i++) {
                sum += weights.get(i);
                cumulative[i] = sum;
            }
            if (sum <= 0) {
                throw new IllegalArgumentException("weights sum to " + sum);
            }
        }

        int index(RandomGenerator rng) {
            double u = rng.nextDouble() * cumulative[cumulative.length - 1];
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

        String draw(RandomGenerator rng) {
            return codes[index(rng)];
        }

        String code(int i) {
            return codes[i];
        }
    }

    public static Rates builtIn() {
        Rates rates = new Rates();
        rates.read("rates.csv", table -> {
            for (CsvRow r : table.rows()) {
                String p = r.get("parameter").strip();
                if (p.isEmpty() || p.startsWith("#")) {
                    continue;
                }
                rates.byParameter
                        .computeIfAbsent(p, k -> new TreeMap<>())
                        .put(
                                r.get("key").strip(),
                                Double.parseDouble(r.get("value").strip()));
            }
        });
        rates.read("diagnoses.csv", table -> {
            for (CsvRow r : table.rows()) {
                String g = r.get("group").strip();
                if (g.isEmpty() || g.startsWith("#")) {
                    continue;
                }
                rates.diagnoses
                        .computeIfAbsent(g, k -> new ArrayList<>())
                        .add(new Diagnosis(
                                r.get("code").strip(),
                                Double.parseDouble(r.get("weight").strip()),
                                r.get("specialty").strip()));
            }
        });
        return rates;
    }

    private interface TableHandler {
        void accept(CsvTable table);
    }

    private void read(String name, TableHandler handler) {
        try (InputStream in = Rates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                handler.accept(Csv.read(reader, name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TreeMap<String, Double> parameter(String name) {
        TreeMap<String, Double> p = byParameter.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no rate " + name + " in rates.csv");
        }
        return p;
    }

    /** A single number. */
    public double value(String name) {
        Double v = parameter(name).get("");
        if (v == null) {
            throw new IllegalArgumentException("rate " + name + " is not a single number");
        }
        return v;
    }

    /** The values of a parameter by key. */
    public Map<String, Double> values(String name) {
        return new LinkedHashMap<>(parameter(name));
    }

    /** An age-banded value by single year of age 0-105. */
    public double[] byAge(String name) {
        TreeMap<Integer, Double> bands = new TreeMap<>();
        parameter(name).forEach((k, v) -> bands.put(Integer.parseInt(k), v));
        double[] out = new double[MAX_AGE + 1];
        for (int age = 0; age <= MAX_AGE; age++) {
            Map.Entry<Integer, Double> band = bands.floorEntry(age);
            out[age] = band == null ? 0 : band.getValue();
        }
        return out;
    }

    /** A categorical distribution: codes and weights. */
    public Categorical categorical(String name) {
        List<String> codes = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        parameter(name).forEach((k, v) -> {
            codes.add(k);
            weights.add(v);
        });
        return new Categorical(codes, weights);
    }

    /** The codes of a diagnosis group. */
    public List<Diagnosis> diagnoses(String group) {
        List<Diagnosis> d = diagnoses.get(group);
        if (d == null) {
            throw new IllegalArgumentException("no diagnosis group " + group + " in diagnoses.csv");
        }
        return d;
    }

    Categorical diagnosisCategorical(String group) {
        List<Diagnosis> d = diagnoses(group);
        return new Categorical(
                d.stream().map(Diagnosis::code).toList(),
                d.stream().map(Diagnosis::weight).toList());
    }
}
