package ua.fakh.courses.plugins.meeting_bigbluebutton;

import org.junit.jupiter.api.Test;
import ua.fakh.courses.spi.MeetingUnavailableException;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BigBlueButtonChecksumTest {

    /** The worked example of BigBlueButton's API reference ("Usage"). */
    @Test
    void matchesTheExampleOfBigBlueButtonsApiReference() {
        assertThat(BigBlueButtonChecksum.of("create", "name=Test+Meeting&meetingID=abc123&attendeePW=111222&moderatorPW=333444",
                "639259d4-9dd8-4b25-bf01-95f9567eaf4b", "sha1")).isEqualTo("1fcbb0c4fc1f039f73aa6d697d2db9ba7f803f17");
    }

    @Test
    void theHashIsTheConfiguredOne() {
        assertThat(BigBlueButtonChecksum.of("end", "meetingID=x", "s", "sha1")).hasSize(40);
        assertThat(BigBlueButtonChecksum.of("end", "meetingID=x", "s", "sha256"))
                .hasSize(64).isEqualTo(BigBlueButtonDouble.hash("SHA-256", "endmeetingID=xs"));
        assertThat(BigBlueButtonChecksum.of("end", "meetingID=x", "s", "sha512")).hasSize(128);
        assertThatThrownBy(() -> BigBlueButtonChecksum.of("end", "", "s", "md5")).isInstanceOf(MeetingUnavailableException.class)
                .extracting("reason").isEqualTo(MeetingUnavailableException.Reason.NOT_CONFIGURED);
    }

    @Test
    void theQueryKeepsTheOrderAndEncodesEveryPart() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("fullName", "Олена Коваль & Co");
        parameters.put("meta_analytics-callback-url", "https://fakh.example/api/public/meetings/1/report?a=b");
        assertThat(BigBlueButtonChecksum.query(parameters)).isEqualTo(
                "fullName=%D0%9E%D0%BB%D0%B5%D0%BD%D0%B0%20%D0%9A%D0%BE%D0%B2%D0%B0%D0%BB%D1%8C%20%26%20Co"
                        + "&meta_analytics-callback-url=https%3A%2F%2Ffakh.example%2Fapi%2Fpublic%2Fmeetings%2F1%2Freport%3Fa%3Db");
    }

    @Test
    void aJoinUrlCarriesTheChecksumOfItsOwnQuery() {
        BigBlueButtonApi api = new BigBlueButtonApi(new BigBlueButtonSettings("https://bbb.example.org/bigbluebutton/", "secret", "sha1"));
        Map<String, String> join = new LinkedHashMap<>();
        join.put("fullName", "Ann");
        join.put("meetingID", "fakh-1");
        String url = api.url("join", join);
        assertThat(url).isEqualTo("https://bbb.example.org/bigbluebutton/api/join?fullName=Ann&meetingID=fakh-1&checksum="
                + BigBlueButtonDouble.hash("SHA-1", "joinfullName=Ann&meetingID=fakh-1secret"));
    }

    @Test
    void settingsKeepTheSecretOutOfTheirText() {
        BigBlueButtonSettings settings = new BigBlueButtonSettings("https://bbb.example.org/bigbluebutton", "top-secret", null);
        assertThat(settings.toString()).doesNotContain("top-secret").contains("***").contains("sha1");
        assertThat(settings.isConfigured()).isTrue();
        assertThat(new BigBlueButtonSettings("https://bbb.example.org", " ", "sha1").isConfigured()).isFalse();
    }
}
