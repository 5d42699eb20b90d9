package io.tandem.servicelevel;

import io.tandem.contract.Contract;
import io.tandem.contract.ContractTerms;
import io.tandem.contract.ContractType;
import io.tandem.platform.Money;
import io.tandem.tenancy.Organisation;
import io.tandem.tenancy.OrganisationKind;
import io.tandem.tenancy.Party;
import io.tandem.tenancy.UserAccount;
import io.tandem.tenancy.Workspace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** A contract running April 2025 to March 2028 with 100,000.00 GBP monthly charges, and its people. */
final class Fixtures {

    static final Organisation CLIENT = new Organisation("Northwind", OrganisationKind.CLIENT);
    static final Organisation PROVIDER = new Organisation("Calltech", OrganisationKind.PROVIDER);
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 5, 10, 0, 0, 0, ZoneOffset.UTC);
    static final Actor RITA = new Actor(UserAccount.member(CLIENT, "rm@northwind.example", "Rita", "x"), Party.CLIENT, NOW);
    static final Actor CARL = new Actor(UserAccount.member(PROVIDER, "am@calltech.example", "Carl", "x"), Party.PROVIDER, NOW);

    private Fixtures() {
    }

    static Contract contract() {
        return new Contract(new Workspace("UK claims", CLIENT, PROVIDER), "MSA-1", ContractType.MASTER_AGREEMENT, null,
                new ContractTerms("Claims", LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31), 90, "",
                        Money.of("1200000.00", "GBP"), Money.of("100000.00", "GBP")));
    }

    /** Service level 80/20: expected 80%, minimum 75%, critical with 20% of the pool, from April 2025. */
    static ServiceLevel serviceLevel80in20() {
        return new ServiceLevel(contract(), "Calls answered in 20 s",
                new MetricDefinition(Metric.SERVICE_LEVEL, 20, null, null),
                new Commitment(true, new BigDecimal("20"), YearMonth.of(2025, 4), null),
                new BigDecimal("80"), new BigDecimal("75"));
    }
}
