package dev.bootdeck.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DigestsTest {
    @Test
    void shortenDropsTheAlgorithmAndKeepsTwelveHexDigits() {
        assertThat(Digests.shorten("sha256:16dc2b6256b4ff88a4d5e2b8c7")).isEqualTo("16dc2b6256b4");
        assertThat(Digests.shorten("16dc2b6256b4ff88")).isEqualTo("16dc2b6256b4");
        assertThat(Digests.shorten("sha256:abc")).isEqualTo("abc");
        assertThat(Digests.shorten(null)).isNull();
    }

    @Test
    void reportsAndStoredImagesShortenTheSameWay() {
        assertThat(StoredImage.of("sha256:0931f1efbf0f0123456789", List.of()).shortId()).isEqualTo("0931f1efbf0f");
    }
}
