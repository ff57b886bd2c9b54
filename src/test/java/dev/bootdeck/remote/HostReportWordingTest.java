package dev.bootdeck.remote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bootdeck.model.BoundImagesState;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HostReportWordingTest {
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
