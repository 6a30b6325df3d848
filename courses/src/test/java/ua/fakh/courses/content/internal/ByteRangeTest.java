package ua.fakh.courses.content.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ByteRangeTest {
    @Test
    void readsTheThreeFormsOfASingleRange() {
        assertThat(ByteRange.parse("bytes=100-199", 1000)).hasValue(new ByteRange(100, 100));
        assertThat(ByteRange.parse("bytes=900-", 1000)).hasValue(new ByteRange(900, 100));
        assertThat(ByteRange.parse("bytes=-10", 1000)).hasValue(new ByteRange(990, 10));
        assertThat(ByteRange.parse("bytes=990-5000", 1000)).hasValue(new ByteRange(990, 10));
        assertThat(ByteRange.parse("bytes=-5000", 1000)).hasValue(new ByteRange(0, 1000));
    }

    @Test
    void sendsEverythingForMultipleOrForeignRanges() {
        assertThat(ByteRange.parse(null, 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=0-1,5-6", 1000)).isEmpty();
        assertThat(ByteRange.parse("items=0-1", 1000)).isEmpty();
        assertThat(ByteRange.parse("bytes=a-b", 1000)).isEmpty();
    }

    @Test
    void refusesRangesOutsideTheFile() {
        assertThatThrownBy(() -> ByteRange.parse("bytes=1000-", 1000)).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThatThrownBy(() -> ByteRange.parse("bytes=5-2", 1000)).isInstanceOf(ByteRange.Unsatisfiable.class);
        assertThatThrownBy(() -> ByteRange.parse("bytes=-0", 1000)).isInstanceOf(ByteRange.Unsatisfiable.class);
    }
}
