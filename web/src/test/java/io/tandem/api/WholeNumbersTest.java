package io.tandem.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WholeNumbersTest {

    record Change(long version, Integer periods, BigDecimal percent) {
    }

    record Batch(List<Change> changes) {
    }

    @Test
    void wholeNumbersThatFitPass() {
        assertEquals(Optional.empty(), misfit("{\"version\":9223372036854775807,\"periods\":5.0,\"percent\":0.001}"));
        assertEquals(Optional.empty(), misfit("{\"version\":\"text is JSON-B's to refuse\"}"));
    }

    @Test
    void fractionsAndOverflowsAreFoundAndNamed() {
        assertEquals(Optional.of("The field version takes a whole number from -9223372036854775808 to "
                + "9223372036854775807."), misfit("{\"version\":0.001}"));
        assertEquals(Optional.of("The field periods takes a whole number from -2147483648 to 2147483647."),
                misfit("{\"version\":1,\"periods\":5000000000}"));
        assertEquals("The field version takes a whole number from -9223372036854775808 to 9223372036854775807.",
                WholeNumbers.misfit(Json.createReader(new StringReader("{\"changes\":[{\"version\":1e30}]}"))
                        .readValue(), Batch.class).orElseThrow());
    }

    private static Optional<String> misfit(String json) {
        return WholeNumbers.misfit(Json.createReader(new StringReader(json)).readValue(), Change.class);
    }
}
