package org.joinedup.pipeline.synthea;

import java.util.List;
import java.util.Map;
import org.joinedup.pipeline.input.InputProblem;

/**
 * What mapping a Synthea export did.
 *
 * @param problemCount every problem found; when above 0 nothing was written
 * @param problems the first problems (up to {@link SyntheaMapper#LIST_LIMIT}), in file order (patients,
 *     encounters, conditions, the SNOMED CT to ICD-10 map) then row order
 * @param rows the rows written to each canonical table, by table name (empty when refused)
 * @param notes what was mapped, placed in the default area, or left out, one line each
 * @param icd10Diagnoses true when the spells carry ICD-10 diagnoses (a SNOMED CT to ICD-10 map was given)
 */
public record SyntheaMapping(
        long problemCount,
        List<InputProblem> problems,
        Map<String, Long> rows,
        List<String> notes,
        boolean icd10Diagnoses) {
    public SyntheaMapping {
        problems = List.copyOf(problems);
        rows = Map.copyOf(rows);
        notes = List.copyOf(notes);
    }

    public boolean accepted() {
        return problemCount == 0;
    }

    /** One line: refused with the number of problems, or the rows written. */
    public String summary() {
        if (!accepted()) {
            return "Synthea input refused: " + problemCount + " problem" + (problemCount == 1 ? "" : "s")
                    + "; nothing stored";
        }
        StringBuilder sb = new StringBuilder("Synthea input mapped:");
        for (String table : SyntheaMapper.OUTPUT_TABLES) {
            sb.append(' ')
                    .append(table)
                    .append(' ')
                    .append(rows.getOrDefault(table, 0L))
                    .append(',');
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }
}
