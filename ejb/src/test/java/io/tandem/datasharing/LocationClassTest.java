package io.tandem.datasharing;

import static io.tandem.platform.Country.DE;
import static io.tandem.platform.Country.FR;
import static io.tandem.platform.Country.GB;
import static io.tandem.platform.Country.IE;
import static io.tandem.platform.Country.IN;
import static io.tandem.platform.Country.MA;
import static io.tandem.platform.Country.MX;
import static io.tandem.platform.Country.PH;
import static io.tandem.platform.Country.US;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LocationClassTest {

    @Test
    void theClientsOwnCountryIsOnshoreAndNeedsNoMechanism() {
        assertEquals(LocationClass.ONSHORE, LocationClass.of(GB, GB));
        assertFalse(LocationClass.needsMechanism(GB, GB));
    }

    @Test
    void anotherEeaMemberIsNearshoreForAnEeaClientAndNeedsNoMechanism() {
        assertEquals(LocationClass.NEARSHORE, LocationClass.of(DE, FR));
        assertFalse(LocationClass.needsMechanism(DE, FR));
    }

    @Test
    void aNeighbourOutsideTheLegalAreaIsNearshoreButNeedsAMechanism() {
        // Ireland is in the EEA, the United Kingdom is a legal area of its own.
        assertEquals(LocationClass.NEARSHORE, LocationClass.of(GB, IE));
        assertTrue(LocationClass.needsMechanism(GB, IE));
        // Morocco borders Europe across the Mediterranean: nearshore for Germany, outside its law.
        assertEquals(LocationClass.NEARSHORE, LocationClass.of(DE, MA));
        assertTrue(LocationClass.needsMechanism(DE, MA));
        // Mexico for a US client.
        assertEquals(LocationClass.NEARSHORE, LocationClass.of(US, MX));
        assertTrue(LocationClass.needsMechanism(US, MX));
    }

    @Test
    void anotherRegionIsOffshoreAndNeedsAMechanism() {
        assertEquals(LocationClass.OFFSHORE, LocationClass.of(GB, IN));
        assertEquals(LocationClass.OFFSHORE, LocationClass.of(DE, PH));
        assertEquals(LocationClass.OFFSHORE, LocationClass.of(US, IN));
        assertTrue(LocationClass.needsMechanism(GB, IN));
    }

    @Test
    void theFurthestClassIsTheGreatest() {
        assertTrue(LocationClass.OFFSHORE.compareTo(LocationClass.NEARSHORE) > 0);
        assertTrue(LocationClass.NEARSHORE.compareTo(LocationClass.ONSHORE) > 0);
    }
}
