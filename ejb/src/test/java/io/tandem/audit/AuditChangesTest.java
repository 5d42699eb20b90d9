package io.tandem.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tandem.audit.AuditChanges.FieldChange;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples: rows as the trigger stores them (jsonb text), and the changes a reader is shown. */
class AuditChangesTest {

    @Test
    void aCreatedRowListsEveryFieldItWasGivenAsAfterValues() {
        String after = """
                {"id": 7, "body": "Raise the AHT figures", "version": 0, "author_id": 3, "created_at":
                "2026-03-02T09:15:00.123456+00:00", "workspace_id": 2, "private_to_party": "CLIENT"}""";

        assertEquals(List.of(
                        new FieldChange("body", null, "Raise the AHT figures"),
                        new FieldChange("author_id", null, new BigDecimal("3")),
                        new FieldChange("created_at", null, "2026-03-02T09:15:00.123456+00:00"),
                        new FieldChange("private_to_party", null, "CLIENT")),
                AuditChanges.between(null, after));
    }

    @Test
    void aChangedRowListsOnlyTheFieldsWhoseValueDiffers() {
        String before = """
                {"id": 4, "title": "Claims", "status": "DRAFT", "annual_value": 1200000.00, "at_risk_percent": null}""";
        String after = """
                {"id": 4, "title": "Claims", "status": "ACTIVE", "annual_value": 1500000.00, "at_risk_percent": 10.0000}""";

        assertEquals(List.of(
                        new FieldChange("status", "DRAFT", "ACTIVE"),
                        new FieldChange("annual_value", new BigDecimal("1200000.00"), new BigDecimal("1500000.00")),
                        new FieldChange("at_risk_percent", null, new BigDecimal("10.0000"))),
                AuditChanges.between(before, after));
    }

    @Test
    void aNumberStoredWithAnotherScaleIsTheSameValue() {
        assertEquals(List.of(), AuditChanges.between("{\"value\": 95.5}", "{\"value\": 95.5000}"));
    }

    @Test
    void aDeletedRowListsEveryFieldItHadAsBeforeValues() {
        String before = """
                {"id": 9, "role": "CLIENT_ANALYST", "done": false, "user_account_id": 5, "workspace_id": 2}""";

        assertEquals(List.of(
                        new FieldChange("role", "CLIENT_ANALYST", null),
                        new FieldChange("done", Boolean.FALSE, null),
                        new FieldChange("user_account_id", new BigDecimal("5"), null)),
                AuditChanges.between(before, null));
    }

    @Test
    void bookkeepingAndSecretsAreNeverListedEvenWhenTheyChange() {
        String before = "{\"version\": 1, \"token_hash\": \"ab\", \"password_hash\": \"x\", \"last_used_at\": null, "
                + "\"active\": true}";
        String after = "{\"version\": 2, \"token_hash\": \"cd\", \"password_hash\": \"y\", "
                + "\"last_used_at\": \"2026-03-02T09:15:00+00:00\", \"active\": false}";

        assertEquals(List.of(new FieldChange("active", Boolean.TRUE, Boolean.FALSE)),
                AuditChanges.between(before, after));
    }
}
