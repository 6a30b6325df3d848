package ua.fakh.courses.calendar.internal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class OctetFoldingTest {

    @Test
    void foldsCyrillicAtSeventyFiveOctetsWithoutSplittingALetter() {
        String line = "SUMMARY:" + "Ведення випадку ".repeat(10);

        String folded = OctetFolding.fold(line + "\r\n");

        for (String physical : folded.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }

    @Test
    void keepsAFourOctetCharacterWhole() {
        String line = "DESCRIPTION:" + "a".repeat(59) + "😀😀";

        String folded = OctetFolding.fold(line + "\r\n");

        assertThat(folded.split("\r\n")[0]).endsWith("a😀").hasSize(12 + 59 + 2);
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }

    @Test
    void leavesShortLinesAlone() {
        assertThat(OctetFolding.fold("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).isEqualTo("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
    }
}
