package org.joinedup.server.view;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.geography.Geography;
import org.joinedup.core.period.Period;
import org.joinedup.core.period.PeriodType;
import org.joinedup.server.chart.ChartText;
import org.joinedup.server.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * Reads the area, period and as-at date from a page's URL. Anything not understood falls back to the default
 * (England, the latest period, now) with a notice saying so, so a mistyped link still shows a page.
 */
@Component
public class ViewChoices {
    /** Area types offered in the picker, in this order; practices and PCNs are reached by code. */
    private static final List<AreaType> PICKER_TYPES = List.of(
            AreaType.COUNTRY,
            AreaType.NHS_REGION,
            AreaType.ICB,
            AreaType.SUB_ICB,
            AreaType.REGION,
            AreaType.UTLA,
            AreaType.TRUST);

    private final ReferenceData reference;
    private volatile Picker picker;

    private record Picker(Geography geography, List<AreaGroup> groups, AreaPicker html) {}

    ViewChoices(ReferenceData reference) {
        this.reference = reference;
    }

    /**
     * The choice in a URL's parameters.
     *
     * @param areaCode {@code area}: the picker's value
     * @param typedCode {@code code}: any ODS or ONS code typed in; wins over {@code area}
     * @param periodLabel {@code period}: a period label such as 2024-25, Q1 2024-25 or 2024-09
     * @param asAt {@code asat}: an ISO date
     */
    public ViewChoice resolve(String areaCode, String typedCode, String periodLabel, String asAt) {
        Geography geography = reference.geography();
        List<String> notices = new ArrayList<>();
        String wanted = present(typedCode) ? typedCode.trim() : present(areaCode) ? areaCode.trim() : null;
        Optional<Area> chosen = wanted == null ? Optional.empty() : geography.resolve(wanted);
        if (wanted != null && chosen.isEmpty()) {
            notices.add("No area has the code '" + wanted + "'. Showing England instead.");
        }
        Area area = chosen.or(() -> geography.resolve(ViewChoice.ENGLAND)).orElseThrow();
        Period period = null;
        if (present(periodLabel)) {
            try {
                period = Period.parse(periodLabel.trim());
            } catch (IllegalArgumentException e) {
                notices.add("'" + periodLabel + "' is not a period (try 2024-25, Q1 2024-25 or 2024-09). "
                        + "Showing the latest figures instead.");
            }
        }
        LocalDate date = null;
        if (present(asAt)) {
            try {
                date = LocalDate.parse(asAt.trim());
            } catch (DateTimeParseException e) {
                notices.add("'" + asAt + "' is not a date (use YYYY-MM-DD). Showing the figures held now.");
            }
        }
        return new ViewChoice(area, period, date, notices.isEmpty() ? null : String.join(" ", notices));
    }

    /** The areas offered in the picker, grouped by type and sorted by name. */
    public List<AreaGroup> areaGroups() {
        return picker().groups();
    }

    /** The same areas as HTML options, written once per geography. */
    public AreaPicker areaPicker() {
        return picker().html();
    }

    private Picker picker() {
        Geography geography = reference.geography();
        Picker cached = picker;
        if (cached == null || cached.geography() != geography) {
            List<AreaGroup> built = build(geography);
            cached = new Picker(geography, built, new AreaPicker(built));
            picker = cached;
        }
        return cached;
    }

    /** The periods offered in the picker from those held: financial years, quarters, then months, newest first. */
    public static List<PeriodOption> periodOptions(List<Period> held) {
        List<PeriodOption> options = new ArrayList<>();
        held.stream()
                .map(Period::financialYear)
                .distinct()
                .sorted(Comparator.comparing(Period::start).reversed())
                .forEach(p -> options.add(new PeriodOption(p.label(), "Financial year " + p.label())));
        held.stream()
                .filter(p -> p.type() == PeriodType.MONTH || p.type() == PeriodType.QUARTER)
                .map(p -> Period.quarter(Period.financialYearStart(p.start()), quarterOf(p)))
                .distinct()
                .sorted(Comparator.comparing(Period::start).reversed())
                .forEach(p -> options.add(new PeriodOption(p.label(), p.label())));
        held.stream()
                .filter(p -> p.type() == PeriodType.MONTH)
                .distinct()
                .sorted(Comparator.comparing(Period::start).reversed())
                .forEach(p -> options.add(new PeriodOption(p.label(), ChartText.of(p))));
        return options;
    }

    private static int quarterOf(Period period) {
        int monthsIntoYear = (period.start().getMonthValue() + 8) % 12;
        return monthsIntoYear / 3 + 1;
    }

    private static List<AreaGroup> build(Geography geography) {
        List<AreaGroup> built = new ArrayList<>();
        for (AreaType type : PICKER_TYPES) {
            List<AreaOption> options = geography.areasOfType(type).stream()
                    .sorted(Comparator.comparing(Area::name))
                    .map(a -> new AreaOption(a.code(), label(a)))
                    .toList();
            if (!options.isEmpty()) {
                built.add(new AreaGroup(Format.typeName(type, true), options));
            }
        }
        return List.copyOf(built);
    }

    private static String label(Area area) {
        String label = area.name();
        if (area.validTo() != null) {
            label += " (to " + area.validTo().getYear() + ")";
        }
        return label;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
