package io.tandem.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The countries Tandem knows, kept here in code rather than in a table because the rules that read
 * them (onshore, nearshore, offshore; which transfers need a mechanism) are code too and are tested
 * with them. Each has its ISO 3166-1 alpha-2 code, the region within which working is called
 * nearshore, and its legal area for data protection: EEA members share one, the United Kingdom
 * and Switzerland have their own, every other country is its own area. Names come from the JDK in
 * the reader's language. Add a country here (and nothing else) when an organisation needs it.
 */
public enum Country {
    GB(Region.EUROPE_MEDITERRANEAN, "UK"),
    IE(Region.EUROPE_MEDITERRANEAN, "EEA"),
    DE(Region.EUROPE_MEDITERRANEAN, "EEA"),
    FR(Region.EUROPE_MEDITERRANEAN, "EEA"),
    NL(Region.EUROPE_MEDITERRANEAN, "EEA"),
    BE(Region.EUROPE_MEDITERRANEAN, "EEA"),
    ES(Region.EUROPE_MEDITERRANEAN, "EEA"),
    PT(Region.EUROPE_MEDITERRANEAN, "EEA"),
    IT(Region.EUROPE_MEDITERRANEAN, "EEA"),
    PL(Region.EUROPE_MEDITERRANEAN, "EEA"),
    CZ(Region.EUROPE_MEDITERRANEAN, "EEA"),
    RO(Region.EUROPE_MEDITERRANEAN, "EEA"),
    BG(Region.EUROPE_MEDITERRANEAN, "EEA"),
    SE(Region.EUROPE_MEDITERRANEAN, "EEA"),
    NO(Region.EUROPE_MEDITERRANEAN, "EEA"),
    CH(Region.EUROPE_MEDITERRANEAN, "CH"),
    MA(Region.EUROPE_MEDITERRANEAN, "MA"),
    TN(Region.EUROPE_MEDITERRANEAN, "TN"),
    EG(Region.EUROPE_MEDITERRANEAN, "EG"),
    TR(Region.EUROPE_MEDITERRANEAN, "TR"),
    ZA(Region.SUB_SAHARAN_AFRICA, "ZA"),
    KE(Region.SUB_SAHARAN_AFRICA, "KE"),
    US(Region.AMERICAS, "US"),
    CA(Region.AMERICAS, "CA"),
    MX(Region.AMERICAS, "MX"),
    JM(Region.AMERICAS, "JM"),
    CR(Region.AMERICAS, "CR"),
    CO(Region.AMERICAS, "CO"),
    BR(Region.AMERICAS, "BR"),
    IN(Region.SOUTH_ASIA, "IN"),
    LK(Region.SOUTH_ASIA, "LK"),
    PH(Region.SOUTHEAST_ASIA, "PH"),
    MY(Region.SOUTHEAST_ASIA, "MY"),
    JP(Region.EAST_ASIA, "JP"),
    AU(Region.OCEANIA, "AU"),
    NZ(Region.OCEANIA, "NZ");

    /** Neighbouring countries among which work is called nearshore. */
    public enum Region {
        EUROPE_MEDITERRANEAN, SUB_SAHARAN_AFRICA, AMERICAS, SOUTH_ASIA, SOUTHEAST_ASIA, EAST_ASIA, OCEANIA
    }

    private final Region region;
    private final String legalArea;

    Country(Region region, String legalArea) {
        this.region = region;
        this.legalArea = legalArea;
    }

    public Region region() {
        return region;
    }

    /** "EEA", "UK", "CH", or the country's own code. */
    public String legalArea() {
        return legalArea;
    }

    public String code() {
        return name();
    }

    public String displayName(Locale locale) {
        return new Locale("", name()).getDisplayCountry(locale);
    }

    public static Optional<Country> of(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(country -> country.name().equals(code.strip().toUpperCase(Locale.ROOT)))
                        .findFirst();
    }

    /** The country of a code from outside, or a refusal naming the code. */
    public static Country require(String code) {
        return of(code).orElseThrow(() -> new DomainException("common.country.unknown",
                code == null ? "" : code));
    }
}
