package org.stancekit.compare;

import org.junit.jupiter.api.Test;
import org.stancekit.corpus.Article;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupByTest {

    private static Article art(String outlet, String date) {
        return new Article("a1", "text", null, outlet, null, date, Map.of(), Map.of("desk", "world"));
    }

    @Test
    void groupsByOutletPeriodsAndFields() {
        assertEquals("VNE", GroupBy.parse("outlet", null).groupOf(art("VNE", null)));
        assertEquals("(no outlet)", GroupBy.parse("outlet", null).groupOf(art(" ", null)));
        assertEquals("VNE 2006-Q2", GroupBy.parse("outlet, quarter", null).groupOf(art("VNE", "2006-04-30")));
        assertEquals("2006-04", GroupBy.parse("month", null).groupOf(art("VNE", "2006-04-30T08:15:00+07:00")));
        assertEquals("2006", GroupBy.parse("year", null).groupOf(art("VNE", "2006")));
        assertEquals("2006-Q4", GroupBy.parse("quarter", null).groupOf(art("VNE", "2006-12")));
        assertEquals("(no date)", GroupBy.parse("year", null).groupOf(art("VNE", null)));
        assertEquals("world", GroupBy.parse("field:desk", null).groupOf(art("VNE", null)));
        assertEquals("(no section)", GroupBy.parse("field:section", null).groupOf(art("VNE", null)));
        assertEquals("2022-02", GroupBy.parse("month", "MM/dd/yyyy").groupOf(art("rt", "02/28/2022")));
        assertEquals("2022", GroupBy.parse("year", "yyyy").groupOf(art("rt", "2022")));
        assertEquals("2022 (no month)", GroupBy.parse("month", "yyyy").groupOf(art("rt", "2022")));
        assertEquals("2006 (no month)", GroupBy.parse("month", null).groupOf(art("VNE", "2006")));
        assertEquals("VNE 2006 (no quarter)", GroupBy.parse("outlet,quarter", null).groupOf(art("VNE", "2006")));
        assertTrue(GroupBy.parse("outlet,year", null).byPeriod());
        assertFalse(GroupBy.parse("outlet,field:desk", null).byPeriod());
        assertEquals("outlet desk", GroupBy.parse("outlet,field:desk", null).label());
    }

    @Test
    void badKeysAndDatesFailWithTheValueAndWhatIsAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GroupBy.parse("outlet,week", null));
        assertEquals("--by: unknown key 'week'; allowed: outlet, year, quarter, month, field:NAME (comma-separated for several, e.g. outlet,year)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GroupBy.parse("year", null).groupOf(art("rt", "02/28/2022")));
        assertEquals("date '02/28/2022' is not ISO 8601 (2006, 2006-03, 2006-03-31, ...); give --date-format, e.g. M/d/yyyy (month first)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GroupBy.parse("year", null).groupOf(art("rt", "2006-13-01")));
        assertTrue(e.getMessage().startsWith("date '2006-13-01' is not a calendar date"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GroupBy.parse("year", "dd/MM/yyyy").groupOf(art("rt", "28.02.2022")));
        assertEquals("date '28.02.2022' matches neither --date-format dd/MM/yyyy nor ISO 8601 (2006-03-31)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GroupBy.parse("year", "qq/{"));
        assertThrows(IllegalArgumentException.class, () -> GroupBy.parse(" , ", null));
    }

    @Test
    void aSpreadsheetsMixOfDayFirstAndIsoDatesWithTimesIsReadWithOnePattern() {
        GroupBy month = GroupBy.parse("month", "d/M/yyyy");
        assertEquals("2026-11", month.groupOf(art("VNE", "23/11/2026")));
        assertEquals("2026-11", month.groupOf(art("VNE", "5/11/2026")));
        assertEquals("2026-11", month.groupOf(art("VNE", "23/11/2026 08:15")));
        assertEquals("2026-10", month.groupOf(art("VNE", "2026-10-12 08:15")));
        assertEquals("2026-09", month.groupOf(art("VNE", "2026-09-30")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> month.groupOf(art("VNE", "23/11/2026x")));
        assertEquals("date '23/11/2026x' matches neither --date-format d/M/yyyy nor ISO 8601 (2006-03-31)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> month.groupOf(art("VNE", "31/02/2026")));
        assertEquals("date '31/02/2026' is not a calendar date (Invalid date 'FEBRUARY 31')", e.getMessage());
    }

    @Test
    void theHintForANonIsoDateNamesAPatternThatReadsIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GroupBy.parse("month", null).groupOf(art("VNE", "23/11/2026")));
        assertEquals("date '23/11/2026' is not ISO 8601 (2006, 2006-03, 2006-03-31, ...); give --date-format, e.g. d/M/yyyy (day first)", e.getMessage());
        assertEquals("M/d/yyyy (month first)", GroupBy.patternHint("11/23/2026 08:15"));
        assertEquals("d.M.yyyy (day first) or M.d.yyyy (month first)", GroupBy.patternHint("05.11.2026"));
        assertEquals("d/M/yyyy or MM/dd/yyyy", GroupBy.patternHint("23 tháng 11, 2026"));
    }
}
