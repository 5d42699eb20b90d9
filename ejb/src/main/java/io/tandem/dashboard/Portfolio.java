package io.tandem.dashboard;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;

/** Every workspace the caller sees as the client, side by side over the months {@code from} to {@code to}. */
public record Portfolio(YearMonth from, YearMonth to, List<Row> rows) implements Serializable {

    /**
     * @param credits           by currency; null where the caller may not read the workspace's credits
     * @param offered           contacts offered in the months shown
     * @param projectedBreaches levels projected to breach this month
     */
    public record Row(long workspaceId, String workspaceName, String providerName, Attainment attainment,
                      List<CreditTotals> credits, long offered, int projectedBreaches) implements Serializable {
    }
}
