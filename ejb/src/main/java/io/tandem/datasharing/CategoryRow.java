package io.tandem.datasharing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A stored {@link CategoryTerm}, in its version's workspace (row-level security reads that column). */
@Embeddable
public class CategoryRow {

    @Column(name = "workspace_id", nullable = false)
    private long workspaceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DataCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Sensitivity sensitivity;

    protected CategoryRow() {
    }

    CategoryRow(long workspaceId, CategoryTerm term) {
        this.workspaceId = workspaceId;
        this.category = term.category();
        this.sensitivity = term.sensitivity();
    }

    CategoryTerm term() {
        return new CategoryTerm(category, sensitivity);
    }
}
