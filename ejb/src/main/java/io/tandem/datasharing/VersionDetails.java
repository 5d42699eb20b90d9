package io.tandem.datasharing;

import io.tandem.platform.Country;
import io.tandem.tenancy.Party;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One version of an agreement: its terms, each location classified from the client's country
 * (and whether it lacks the transfer mechanism it needs), the signatures it has, and what changed
 * since the version before it (empty for the first).
 */
public record VersionDetails(int number, AgreementTerms terms, List<LocationDetails> locations,
                             List<SignatureDetails> signatures, String createdBy, OffsetDateTime createdAt,
                             List<TermsDiff.Change> changes) implements Serializable {

    public record LocationDetails(String country, String subProcessor, LocationClass locationClass,
                                  TransferMechanism mechanism, boolean mechanismNeeded, boolean mechanismMissing)
            implements Serializable {
    }

    public record SignatureDetails(Party party, String signedBy, String organisation, OffsetDateTime signedAt)
            implements Serializable {
    }

    static VersionDetails of(AgreementVersion version, AgreementVersion previous) {
        Country client = version.agreement().workspace().client().country();
        AgreementTerms terms = version.terms();
        List<LocationDetails> locations = terms.locations().stream().map(location -> {
            Country country = Country.require(location.country());
            boolean needed = LocationClass.needsMechanism(client, country);
            return new LocationDetails(location.country(), location.subProcessor(), LocationClass.of(client, country),
                    location.mechanism(), needed, needed && location.mechanism() == null);
        }).toList();
        List<SignatureDetails> signatures = version.signatures().stream()
                .sorted(java.util.Comparator.comparing(AgreementSignature::party))
                .map(s -> new SignatureDetails(s.party(), s.signedBy().displayName(),
                        s.signedBy().organisation().name(), s.signedAt()))
                .toList();
        return new VersionDetails(version.number(), terms, locations, signatures, version.createdBy().displayName(),
                version.createdAt(), previous == null ? List.of() : TermsDiff.between(previous.terms(), terms));
    }

    public boolean signedBy(Party party) {
        return signatures.stream().anyMatch(signature -> signature.party() == party);
    }
}
