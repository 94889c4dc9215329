package org.joinedup.server.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.joinedup.core.period.Period;
import org.junit.jupiter.api.Test;

class ViewChoicesTest {
    @Test
    void periodsOfferedAreYearsThenQuartersThenMonthsNewestFirst() {
        List<Period> held = List.of(
                Period.parse("2019-03"), Period.parse("2018-04"), Period.parse("2019-01"), Period.financialYear(2016));
        assertThat(ViewChoices.periodOptions(held))
                .extracting(PeriodOption::label)
                .containsExactly("2018-19", "2016-17", "Q4 2018-19", "Q1 2018-19", "2019-03", "2019-01", "2018-04");
        assertThat(ViewChoices.periodOptions(held))
                .extracting(PeriodOption::text)
                .contains("Mar 2019");
    }
}
