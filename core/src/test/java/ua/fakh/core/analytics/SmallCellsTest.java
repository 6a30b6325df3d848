package ua.fakh.core.analytics;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmallCellsTest {

    @Test
    void hidesOneToFourAndShowsZeroAndFive() {
        SmallCells.Table table = new SmallCells.Table().count("zero", 0).count("one", 1).count("four", 4).count("five", 5);

        assertThat(table.hidden()).containsExactlyInAnyOrder("one", "four");
        assertThat(SmallCells.shown(4, true)).isEqualTo("<5");
        assertThat(SmallCells.shown(0, false)).isEqualTo(0L);
    }

    @Test
    void hidesTheSmallestNonZeroShownPartBesideASmallOne() {
        SmallCells.Table table = new SmallCells.Table()
                .count("total", 20).count("a", 3).count("b", 7).count("c", 10)
                .relation("total", List.of("a", "b", "c"));

        assertThat(table.hidden()).containsExactlyInAnyOrder("a", "b");
        assertNothingDerivable(table);
    }

    @Test
    void neverTakesAZeroAsTheComplement() {
        SmallCells.Table table = new SmallCells.Table()
                .count("total", 13).count("a", 3).count("zero", 0).count("c", 10)
                .relation("total", List.of("a", "zero", "c"));

        assertThat(table.hidden()).containsExactlyInAnyOrder("a", "c");
        assertNothingDerivable(table);
    }

    @Test
    void aSmallCellBesideOnlyAHiddenZeroGetsAComplement() {
        SmallCells.Table table = new SmallCells.Table()
                .count("total", 12).count("a", 3).count("b", 9).unpublished("rest", 0)
                .relation("total", List.of("a", "b", "rest"));

        assertThat(table.hidden()).containsExactlyInAnyOrder("a", "b", "rest");
    }

    @Test
    void anUnseenRemainderOfFiveOrMoreProtectsASmallCell() {
        SmallCells.Table table = new SmallCells.Table()
                .count("total", 18).count("a", 3).count("b", 9).unpublished("rest", 6)
                .relation("total", List.of("a", "b", "rest"));

        assertThat(table.hidden()).containsExactlyInAnyOrder("a", "rest");
        assertNothingDerivable(table);
    }

    @Test
    void aSmallUnseenRemainderIsProtectedLikeAShownCell() {
        SmallCells.Table table = new SmallCells.Table()
                .count("total", 30).count("a", 12).count("b", 16).unpublished("rest", 2)
                .relation("total", List.of("a", "b", "rest"));

        assertThat(table.hidden()).containsExactlyInAnyOrder("a", "rest");
        assertNothingDerivable(table);
    }

    @Test
    void aHiddenDistrictIsProtectedInItsOblastAndItsComplementInTurnAmongItsHromadas() {
        SmallCells.Table table = new SmallCells.Table()
                .count("oblast", 25).count("d1", 4).count("d2", 21)
                .count("h1", 4).count("h2", 0).count("h3", 10).count("h4", 11)
                .relation("oblast", List.of("d1", "d2"))
                .relation("d1", List.of("h1", "h2"))
                .relation("d2", List.of("h3", "h4"));

        assertThat(table.hidden()).containsExactlyInAnyOrder("h1", "d1", "d2", "h3");
        assertNothingDerivable(table);
    }

    @Test
    void hidesTheFourCornersOfARectangleInATwoWayTable() {
        SmallCells.Table table = twoWay(new long[][]{{2, 8, 9}, {6, 7, 12}});

        assertThat(table.hidden()).containsExactlyInAnyOrder("r0c0", "r0c1", "r1c0", "r1c1");
        assertNothingDerivable(table);
    }

    @Test
    void hidesTheRowTotalWhenNoPartIsLeftAndCarriesItToTheGrandTotal() {
        SmallCells.Table table = twoWay(new long[][]{{3, 10}, {0, 7}});

        assertThat(table.hidden()).containsExactlyInAnyOrder("r0c0", "col0", "r0c1", "r1c1", "row1", "row0", "col1");
        assertThat(table.hidden()).doesNotContain("all", "r1c0");
        assertNothingDerivable(table);
    }

    @Test
    void findsASmallCellPinnedDownOnlyByCombiningThreeSums() {
        SmallCells.Table table = new SmallCells.Table()
                .count("a", 2).count("b", 6).count("c", 7).count("p1", 10).count("p2", 20).count("p3", 9)
                .count("t1", 18).count("t2", 33).count("t3", 18)
                .relation("t1", List.of("a", "b", "p1"))
                .relation("t2", List.of("b", "c", "p2"))
                .relation("t3", List.of("c", "a", "p3"));

        assertThat(table.hidden()).containsExactlyInAnyOrder("a", "b", "c", "p3");
        assertNothingDerivable(table);
    }

    @Test
    void holdsAcrossTwoTablesThatShareTheirTotal() {
        SmallCells.Table table = new SmallCells.Table()
                .count("total", 22).count("rural", 3).count("town", 8).count("city", 11)
                .count("oblastA", 19).count("oblastB", 3)
                .relation("total", List.of("rural", "town", "city"))
                .relation("total", List.of("oblastA", "oblastB"));

        assertThat(table.hidden()).containsExactlyInAnyOrder("rural", "town", "oblastA", "oblastB");
        assertNothingDerivable(table);
    }

    @Test
    void protectsTheUnseenRestOfAShownCountByHidingTheSmallestCountThatPinsItDown() {
        SmallCells.Table table = new SmallCells.Table()
                .count("hromada", 9).count("institutionA", 7).count("institutionB", 2)
                .unpublished("frontlineInHromada", 6).unpublished("notFrontlineInHromada", 3).count("frontline", 6)
                .relation("hromada", List.of("institutionA", "institutionB"))
                .relation("hromada", List.of("frontlineInHromada", "notFrontlineInHromada"))
                .relation("frontline", List.of("frontlineInHromada"));

        assertThat(table.hidden()).containsExactlyInAnyOrder("institutionA", "institutionB", "frontlineInHromada",
                "notFrontlineInHromada", "frontline");
        assertNothingDerivable(table);
    }

    @Test
    void takesAnUnseenZeroAsKnownSinceAReaderMayGuessIt() {
        // y = u + z with z = 0, and u shown elsewhere as k: a reader guessing "nobody left over" gets y, then x
        SmallCells.Table table = new SmallCells.Table()
                .count("s", 13).count("x", 3).count("y", 10).count("k", 10)
                .unpublished("u", 10).unpublished("z", 0)
                .relation("s", List.of("x", "y"))
                .relation("y", List.of("u", "z"))
                .relation("k", List.of("u"));

        assertThat(table.hidden()).containsExactlyInAnyOrder("x", "y", "u", "z", "s");
    }

    @Test
    void refusesOneCellGivenTwoDifferentCounts() {
        SmallCells.Table table = new SmallCells.Table().count("a", 3);

        assertThatThrownBy(() -> table.count("a", 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> table.relation("a", List.of("missing"))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Rows r<i>c<j>, row totals row<i>, column totals col<j>, grand total "all". */
    private static SmallCells.Table twoWay(long[][] cells) {
        SmallCells.Table table = new SmallCells.Table();
        long all = 0;
        long[] columns = new long[cells[0].length];
        for (int r = 0; r < cells.length; r++) {
            long row = 0;
            for (int c = 0; c < cells[r].length; c++) {
                table.count("r" + r + "c" + c, cells[r][c]);
                row += cells[r][c];
                columns[c] += cells[r][c];
            }
            table.count("row" + r, row);
            all += row;
        }
        for (int c = 0; c < columns.length; c++) {
            table.count("col" + c, columns[c]);
        }
        table.count("all", all);
        List<String> rowTotals = new ArrayList<>();
        for (int r = 0; r < cells.length; r++) {
            List<String> parts = new ArrayList<>();
            for (int c = 0; c < columns.length; c++) {
                parts.add("r" + r + "c" + c);
            }
            table.relation("row" + r, parts);
            rowTotals.add("row" + r);
        }
        List<String> columnTotals = new ArrayList<>();
        for (int c = 0; c < columns.length; c++) {
            List<String> parts = new ArrayList<>();
            for (int r = 0; r < cells.length; r++) {
                parts.add("r" + r + "c" + c);
            }
            table.relation("col" + c, parts);
            columnTotals.add("col" + c);
        }
        table.relation("all", rowTotals).relation("all", columnTotals);
        return table;
    }

    /**
     * Checked independently of the rule's own solver: with the shown cells known, every hidden cell
     * of 1 to 4 must stay free, i.e. its column must lie in the span of the other hidden cells' columns
     * (in floating point: the equations are small).
     */
    private static void assertNothingDerivable(SmallCells.Table table) {
        Set<String> hidden = table.hidden();
        List<String> columns = new ArrayList<>(hidden);
        double[][] matrix = new double[table.relations.size()][columns.size()];
        for (int r = 0; r < table.relations.size(); r++) {
            SmallCells.Relation relation = table.relations.get(r);
            for (String part : relation.parts()) {
                if (hidden.contains(part)) {
                    matrix[r][columns.indexOf(part)] -= 1;
                }
            }
            if (hidden.contains(relation.total())) {
                matrix[r][columns.indexOf(relation.total())] += 1;
            }
        }
        int rank = rank(matrix, -1);
        for (int j = 0; j < columns.size(); j++) {
            if (SmallCells.small(table.value(columns.get(j)))) {
                assertThat(rank(matrix, j)).as("%s can be worked out", columns.get(j)).isEqualTo(rank);
            }
        }
    }

    private static int rank(double[][] source, int withoutColumn) {
        int width = source.length == 0 ? 0 : source[0].length;
        double[][] m = new double[source.length][];
        for (int r = 0; r < source.length; r++) {
            m[r] = source[r].clone();
            if (withoutColumn >= 0) {
                m[r][withoutColumn] = 0;
            }
        }
        int rank = 0;
        for (int c = 0; c < width && rank < m.length; c++) {
            int pivot = -1;
            for (int r = rank; r < m.length; r++) {
                if (Math.abs(m[r][c]) > 1e-9 && (pivot < 0 || Math.abs(m[r][c]) > Math.abs(m[pivot][c]))) {
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            for (int r = 0; r < m.length; r++) {
                if (r != rank) {
                    double f = m[r][c] / m[rank][c];
                    for (int k = 0; k < width; k++) {
                        m[r][k] -= f * m[rank][k];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
