package org.joinedup.server.stats;

import static org.joinedup.server.stats.IndicatorCommands.GROUP;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joinedup.core.disclosure.CountTable;
import org.joinedup.core.disclosure.Disclosed;
import org.joinedup.core.disclosure.DisclosedTable;
import org.joinedup.core.disclosure.DisclosureControl;
import org.joinedup.core.disclosure.DisclosureRules;
import org.joinedup.core.disclosure.Level;
import org.joinedup.core.text.CsvNames;
import org.joinedup.core.text.CsvRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Disclosure control of a table of counts: {@code org.joinedup.core.disclosure}. */
@Command(
        name = "suppress",
        mixinStandardHelpOptions = true,
        description = {
            "Disclosure control as NHS Digital's HES/ECDS method (2018): counts 1 to 7 suppressed, others rounded"
                    + " to the nearest 5, zero kept, national figures exempt, and secondary suppression so that a"
                    + " suppressed count cannot be worked out from its total.",
            "In: count, and optionally level (national or subnational, default subnational), group and is_total"
                    + " (1 on the row holding the total of the other rows of its group).",
            "Out: published (empty when hidden), marker (unchanged, rounded, exempt, suppressed_small,"
                    + " suppressed_secondary), one row per input row."
        })
final class SuppressCommand extends StatsMethod {
    static final String COUNT = "count";
    static final String LEVEL = "level";
    static final String IS_TOTAL = "is_total";

    @Option(
            names = "--threshold",
            paramLabel = "N",
            defaultValue = "7",
            description = "Counts from 1 to N are suppressed (default 7).")
    int threshold;

    @Option(
            names = "--rounding-base",
            paramLabel = "B",
            defaultValue = "5",
            description = "Other counts are rounded to the nearest B, halves up (default 5; 1 for no rounding).")
    int roundingBase;

    @Option(names = "--no-secondary", description = "Leave out secondary suppression.")
    boolean noSecondary;

    private DisclosureControl control;

    @Override
    void checkOptions() {
        try {
            control = new DisclosureControl(DisclosureRules.DEFAULT
                    .copy()
                    .suppressUpTo(threshold)
                    .roundingBase(roundingBase)
                    .secondarySuppression(!noSecondary)
                    .seal());
        } catch (IllegalArgumentException e) {
            throw badOption(
                    e.getMessage().replace("suppressUpTo", "--threshold").replace("roundingBase", "--rounding-base"));
        }
    }

    @Override
    OutputTable compute(InputTable in) {
        in.require(COUNT);
        CountTable.Builder table = CountTable.builder();
        Map<CsvRow, String> ids = new LinkedHashMap<>();
        for (CsvRow row : in.rows()) {
            String id = "row " + row.number();
            ids.put(row, id);
            table.cell(id, in.count(row, COUNT), level(in, row));
        }
        if (in.has(IS_TOTAL)) {
            for (InputTable.Group group : in.groups(GROUP)) {
                CsvRow total = null;
                List<String> members = new ArrayList<>();
                for (CsvRow row : group.rows()) {
                    String flag = in.text(row, IS_TOTAL);
                    if (flag.equals("1")) {
                        if (total != null) {
                            throw in.error(
                                    row,
                                    IS_TOTAL,
                                    "a group has one total, and row " + total.number() + " is already its total");
                        }
                        total = row;
                    } else if (flag.isEmpty() || flag.equals("0")) {
                        members.add(ids.get(row));
                    } else {
                        throw in.error(row, IS_TOTAL, "is_total must be 1 (this row is the group's total), 0 or empty");
                    }
                }
                if (total != null && !members.isEmpty()) {
                    table.sum(ids.get(total), members);
                }
            }
        }
        DisclosedTable published = control.table(table.build());
        OutputTable out = OutputTable.perRow(in, List.of("published", "marker"));
        for (CsvRow row : in.rows()) {
            Disclosed d = published.get(ids.get(row));
            out.add(row, List.of(Numbers.format(d.value()), CsvNames.of(d.marker())));
        }
        return out;
    }

    private static Level level(InputTable in, CsvRow row) {
        String text = in.text(row, LEVEL).replace("_", "").replace("-", "");
        if (text.isEmpty() || text.equalsIgnoreCase("subnational")) {
            return Level.SUB_NATIONAL;
        }
        if (text.equalsIgnoreCase("national")) {
            return Level.NATIONAL;
        }
        throw in.error(row, LEVEL, "level must be national or subnational");
    }
}
