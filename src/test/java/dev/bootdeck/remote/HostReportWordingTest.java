package dev.bootdeck.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.model.BoundImagesState;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HostReportWordingTest {
    @Test
    void shortDigestDropsTheAlgorithmAndKeepsTwelveHexDigits() {
        assertThat(HostReportWording.shortDigest("sha256:16dc2b6256b4ff88a4d5e2b8c7")).isEqualTo("16dc2b6256b4");
        assertThat(HostReportWording.shortDigest("16dc2b6256b4ff88")).isEqualTo("16dc2b6256b4");
        assertThat(HostReportWording.shortDigest("sha256:abc")).isEqualTo("abc");
        assertThat(HostReportWording.shortDigest(null)).isNull();
    }

    @Test
    void everyStateButReadSaysWhyThereIsNoList() {
        assertThat(HostReportWording.boundImagesState(BoundImagesState.READ)).isEmpty();
        Arrays.stream(BoundImagesState.values()).filter(s -> s != BoundImagesState.READ)
                .forEach(s -> assertThat(HostReportWording.boundImagesState(s)).as(s.name()).get().asString()
                        .endsWith("."));
    }

    @Test
    void unknownFactsSayUnknown() {
        assertThat(HostReportWording.autoUpdateTimer(null)).isEqualTo("unknown");
        assertThat(HostReportWording.autoUpdateTimer(true)).isEqualTo("active");
        assertThat(HostReportWording.autoUpdateTimer(false)).isEqualTo("inactive");
        assertThat(HostReportWording.authJson(null)).isEqualTo("unknown");
        assertThat(HostReportWording.authJson(true)).isEqualTo("present");
        assertThat(HostReportWording.authJson(false)).isEqualTo("absent");
    }
}
