package org.joinedup.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
        "2024-04-17, DAY, 2024-04-17, 2024-04-17",
        "2024-W16, WEEK, 2024-04-15, 2024-04-21",
        "2024-04, MONTH, 2024-04-01, 2024-04-30",
        "Q1 2024-25, QUARTER, 2024-04-01, 2024-06-30",
        "Q4 2024-25, QUARTER, 2025-01-01, 2025-03-31",
        "2024-25, FINANCIAL_YEAR, 2024-04-01, 2025-03-31",
        "2016, CALENDAR_YEAR, 2016-01-01, 2016-12-31",
        "YTD 2024-09, YEAR_TO_DATE, 2024-04-01, 2024-09-30",
        "YTD 2025-02, YEAR_TO_DATE, 2024-04-01, 2025-02-28",
        "R12 2024-09, ROLLING_12_MONTHS, 2023-10-01, 2024-09-30",
        "1999-00, FINANCIAL_YEAR, 1999-04-01, 2000-03-31",
    })
    void parsesEveryLabelInTheFormatsAndPrintsItBack(String label, PeriodType type, LocalDate start, LocalDate end) {
        Period period = Period.parse(label);

        assertThat(period).isEqualTo(new Period(type, start, end));
        assertThat(period.label()).isEqualTo(label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024/25", "2024-2025", "2024/2025", " 2024-25 "})
    void acceptsOtherFinancialYearFormsAndPrintsTheCanonicalOne(String label) {
        assertThat(Period.parse(label).label()).isEqualTo("2024-25");
    }

    @Test
    void readsLabelsWhateverTheirCase() {
        assertThat(Period.parse("q2 2023/24")).isEqualTo(Period.quarter(2023, 2));
        assertThat(Period.parse("ytd 2024-05")).isEqualTo(Period.yearToDate(YearMonth.of(2024, 5)));
        assertThat(Period.parse("2020-w53")).isEqualTo(Period.week(2020, 53));
    }

    @Test
    void readsAmbiguousEarlyFinancialYearsAsMonthsUnlessTheMetricIsAnnual() {
        assertThat(Period.parse("2011-12")).isEqualTo(Period.month(YearMonth.of(2011, 12)));
        assertThat(Period.parse("2011-12", Frequency.ANNUAL)).isEqualTo(Period.financialYear(2011));
        assertThat(Period.parse("2011-12", Frequency.MONTHLY)).isEqualTo(Period.month(YearMonth.of(2011, 12)));
        assertThat(Period.parse(Period.financialYear(2011).label(), Frequency.ANNUAL)
                        .label())
                .isEqualTo("2011-12");
    }

    @Test
    void week53ExistsOnlyInLongIsoYears() {
        Period week = Period.parse("2020-W53");

        assertThat(week.start()).isEqualTo(LocalDate.of(2020, 12, 28));
        assertThat(week.end()).isEqualTo(LocalDate.of(2021, 1, 3));
        assertThatThrownBy(() -> Period.parse("2021-W53"))
                .isInstanceOf(PeriodFormatException.class)
                .hasMessageContaining("weeks 1 to 52");
    }

    @Test
    void isoWeekOneCanStartInTheYearBefore() {
        Period week = Period.week(2025, 1);

        assertThat(week.start()).isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(week.label()).isEqualTo("2025-W01");
        assertThat(Period.weekOf(LocalDate.of(2024, 12, 31))).isEqualTo(week);
    }

    @Test
    void handlesLeapYears() {
        assertThat(Period.parse("2024-02-29").start()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Period.parse("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Period.parse("2023-24").days()).isEqualTo(366);
        assertThat(Period.parse("YTD 2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> Period.parse("2023-02-29")).isInstanceOf(PeriodFormatException.class);
    }

    @Test
    void quarterFourSpansTheCalendarYearEnd() {
        Period q4 = Period.quarter(2023, 4);

        assertThat(q4.start()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(q4.end()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(q4.label()).isEqualTo("Q4 2023-24");
        assertThat(q4.financialYear()).isEqualTo(Period.financialYear(2023));
        assertThat(Period.quarter(2023, 3).label()).isEqualTo("Q3 2023-24");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "24-25",
                "2024-26",
                "2024/2026",
                "Q5 2024-25",
                "Q1 2024",
                "2024-13-01",
                "2024-00",
                "2024-W00",
                "YTD 2024",
                "R12 24-09",
                "2024-04-1",
                "abcd",
                "2024-4"
            })
    void rejectsMalformedLabelsSayingWhatIsAccepted(String label) {
        assertThatThrownBy(() -> Period.parse(label))
                .isInstanceOf(PeriodFormatException.class)
                .hasMessageContaining("'" + label + "'")
                .hasMessageContaining("Q1 2024-25");
    }

    @Test
    void rejectsDatesThatDoNotMakeAPeriodOfTheType() {
        assertThatThrownBy(() -> new Period(PeriodType.MONTH, LocalDate.of(2024, 4, 3), LocalDate.of(2024, 5, 2)))
                .hasMessageContaining("not a MONTH");
        assertThatThrownBy(() -> new Period(PeriodType.QUARTER, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 7, 31)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Period(PeriodType.DAY, LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 1)))
                .hasMessageContaining("before it starts");
    }

    @Test
    void findsTheFinancialYearFromTheLastDay() {
        assertThat(Period.parse("2024-03").financialYear().label()).isEqualTo("2023-24");
        assertThat(Period.parse("2024-04").financialYear().label()).isEqualTo("2024-25");
        assertThat(Period.parse("2021-W13").financialYear().label()).isEqualTo("2021-22"); // 29 Mar - 4 Apr
        assertThat(Period.financialYearOf(LocalDate.of(2025, 3, 31)).label()).isEqualTo("2024-25");
    }

    @Test
    void containsDaysAndPeriods() {
        Period fy = Period.financialYear(2024);

        assertThat(fy.contains(LocalDate.of(2024, 4, 1))).isTrue();
        assertThat(fy.contains(LocalDate.of(2025, 3, 31))).isTrue();
        assertThat(fy.contains(LocalDate.of(2025, 4, 1))).isFalse();
        assertThat(fy.contains(Period.quarter(2024, 4))).isTrue();
        assertThat(fy.contains(Period.calendarYear(2024))).isFalse();
        assertThat(fy.overlaps(Period.calendarYear(2024))).isTrue();
    }

    @Test
    void listsTheMonthsAPeriodTouches() {
        assertThat(Period.parse("R12 2024-09").months())
                .hasSize(12)
                .startsWith(YearMonth.of(2023, 10))
                .endsWith(YearMonth.of(2024, 9));
        assertThat(Period.parse("Q4 2024-25").months())
                .containsExactly(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3));
        assertThat(Period.parse("2024-W05").months()).containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 2));
    }

    @Test
    void ordersByStartThenEnd() {
        assertThat(Period.parse("2024-25")).isLessThan(Period.parse("Q2 2024-25"));
        assertThat(Period.parse("Q1 2024-25")).isLessThan(Period.parse("2024-25"));
    }

    @Test
    void frequenciesAllowOnlyTheirNativePeriodTypes() {
        assertThat(Frequency.ANNUAL.allows(PeriodType.FINANCIAL_YEAR)).isTrue();
        assertThat(Frequency.ANNUAL.allows(PeriodType.CALENDAR_YEAR)).isTrue();
        assertThat(Frequency.ANNUAL.allows(PeriodType.QUARTER)).isFalse();
        assertThat(Frequency.MONTHLY.allows(PeriodType.MONTH)).isTrue();
        assertThat(Frequency.MONTHLY.allows(PeriodType.YEAR_TO_DATE)).isFalse();
        assertThat(Frequency.MONTHLY.derivedTypes())
                .containsExactlyInAnyOrder(PeriodType.YEAR_TO_DATE, PeriodType.ROLLING_12_MONTHS);
        assertThat(Frequency.ANNUAL.derivedTypes()).isEmpty();
    }
}
