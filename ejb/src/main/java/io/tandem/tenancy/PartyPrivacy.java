package io.tandem.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * Who may read an item of a workspace: both sides, or one side only. Embedded in any entity
 * that can be party-private; the database applies the same rule ({@code tandem_can_see}).
 */
@Embeddable
public class PartyPrivacy {

    @Enumerated(EnumType.STRING)
    @Column(name = "private_to_party", length = 20)
    private Party privateTo;

    protected PartyPrivacy() {
    }

    private PartyPrivacy(Party privateTo) {
        this.privateTo = privateTo;
    }

    public static PartyPrivacy shared() {
        return new PartyPrivacy(null);
    }

    public static PartyPrivacy privateTo(Party party) {
        return new PartyPrivacy(Objects.requireNonNull(party, "party"));
    }

    public boolean visibleTo(Party party) {
        return privateTo == null || privateTo == party;
    }

    /** The side the item is private to, or null when shared. */
    public Party privateTo() {
        return privateTo;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartyPrivacy that && privateTo == that.privateTo;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(privateTo);
    }
}
