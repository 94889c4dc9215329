package org.joinedup.server.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnitTest {
    @Test
    void formatsWithThousandsSeparatorsAndUnits() {
        assertEquals("85.3%", Unit.percent(1).format(85.25));
        assertEquals("1,234,567", Unit.count().format(1234567.4));
        assertEquals("1,234.5 per 100,000", Unit.per100000(1).format(1234.5));
        assertEquals("£1,200.00", Unit.pounds(2).format(1200.0));
        assertEquals("-£3.50", Unit.pounds(2).format(-3.5));
        assertEquals("no value", Unit.percent(1).format(null));
    }

    @Test
    void negativesThatRoundToZeroLoseTheirSign() {
        assertEquals("0.0%", Unit.percent(1).format(-0.01));
        assertEquals("-0.1%", Unit.percent(1).format(-0.1));
    }

    @Test
    void ticksKeepOnlyShortUnits() {
        assertEquals("85%", Unit.percent(1).tick(85, 0));
        assertEquals("1,250", Unit.per100000(0).tick(1250, 0));
        assertEquals("£2.5", Unit.pounds(2).tick(2.5, 1));
    }

    @Test
    void readsCatalogueUnits() {
        assertEquals(Unit.percent(1), Unit.of("%", 1));
        assertEquals(Unit.per100000(0), Unit.of("per 100,000", 0));
        assertEquals(Unit.pounds(0), Unit.of("GBP", 0));
        assertEquals(Unit.number(0), Unit.of("count", 0));
        assertEquals("4.5 days", Unit.of("days", 1).format(4.5));
        assertEquals("Value (days)", Unit.of("days", 1).header("Value"));
        assertEquals("Value (%)", Unit.percent(1).header("Value"));
        assertEquals("Value", Unit.count().header("Value"));
    }

    @Test
    void plainValuesForTables() {
        assertEquals("1,234.5", Unit.per100000(1).plain(1234.5));
        assertEquals("", Unit.per100000(1).plain(Double.NaN));
        assertEquals("unbounded", Unit.per100000(1).plain(Double.POSITIVE_INFINITY));
    }
}
