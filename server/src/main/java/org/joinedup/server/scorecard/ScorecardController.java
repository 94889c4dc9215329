package org.joinedup.server.scorecard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.joinedup.core.geography.Area;
import org.joinedup.core.geography.AreaType;
import org.joinedup.core.geography.Geography;
import org.joinedup.server.reference.ReferenceData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The home page: the scorecard for the area in the URL (England by default). */
@Controller
class ScorecardController {
    static final String ENGLAND = "E92000001";

    /** Area types offered in the picker, in this order; practices and PCNs are reached by code. */
    private static final List<AreaType> PICKER_TYPES = List.of(
            AreaType.COUNTRY,
            AreaType.NHS_REGION,
            AreaType.ICB,
            AreaType.REGION,
            AreaType.UTLA,
            AreaType.TRUST,
            AreaType.SUB_ICB);

    private final ReferenceData reference;
    private final ScorecardService scorecard;

    ScorecardController(ReferenceData reference, ScorecardService scorecard) {
        this.reference = reference;
        this.scorecard = scorecard;
    }

    @GetMapping("/")
    String home(
            @RequestParam(name = "area", required = false) String areaCode,
            @RequestParam(name = "code", required = false) String typedCode,
            Model model) {
        Geography geography = reference.geography();
        String wanted = typedCode != null && !typedCode.isBlank() ? typedCode : areaCode;
        Optional<Area> chosen = wanted == null ? Optional.empty() : geography.resolve(wanted);
        if (wanted != null && chosen.isEmpty()) {
            model.addAttribute("notice", "No area has the code '" + wanted + "'. Showing England instead.");
        }
        Area area = chosen.or(() -> geography.resolve(ENGLAND)).orElseThrow();
        List<SectionView> sections = scorecard.sections(area);
        model.addAttribute("area", area);
        model.addAttribute("areaType", Format.typeName(area.type(), false));
        model.addAttribute("code", typedCode == null ? "" : typedCode);
        model.addAttribute("areaGroups", areaGroups(geography));
        model.addAttribute("sections", sections);
        model.addAttribute("headline", headline(sections));
        return "scorecard";
    }

    private static String headline(List<SectionView> sections) {
        long metrics = sections.stream()
                .flatMap(s -> s.statements().stream())
                .flatMap(s -> s.tiles().stream())
                .map(Tile::metricId)
                .distinct()
                .count();
        long withData = sections.stream()
                .flatMap(s -> s.statements().stream())
                .flatMap(s -> s.tiles().stream())
                .filter(Tile::hasValue)
                .map(Tile::metricId)
                .distinct()
                .count();
        return withData + " of " + metrics + " metrics have a figure for this area.";
    }

    private static List<AreaGroup> areaGroups(Geography geography) {
        List<AreaGroup> groups = new ArrayList<>();
        for (AreaType type : PICKER_TYPES) {
            List<AreaOption> options = geography.areasOfType(type).stream()
                    .sorted(Comparator.comparing(Area::name))
                    .map(a -> new AreaOption(a.code(), label(a)))
                    .toList();
            if (!options.isEmpty()) {
                groups.add(new AreaGroup(Format.typeName(type, true), options));
            }
        }
        return groups;
    }

    private static String label(Area area) {
        String label = area.name();
        if (area.validTo() != null) {
            label += " (to " + area.validTo().getYear() + ")";
        }
        return label;
    }
}
