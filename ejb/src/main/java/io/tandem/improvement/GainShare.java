package io.tandem.improvement;

import io.tandem.platform.DomainException;
import io.tandem.platform.Money;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A realised benefit split under the contract's gain-share: the client's share is the benefit
 * times the regime's client gain-share percentage, rounded once, half-up, to the currency's minor
 * unit (as credits are, {@link Money#ROUNDING}); the provider takes the rest, so the two parts
 * always add up to the benefit exactly.
 *
 * @param clientPercent the regime's {@code clientGainSharePercent}, 0 to 100
 * @param formula       the sum in figures anyone can redo:
 *                      "120000.00 x 40% = 48000.00; 120000.00 - 48000.00 = 72000.00 GBP"
 */
public record GainShare(String currency, BigDecimal benefit, BigDecimal clientPercent, BigDecimal client,
                        BigDecimal provider, String formula) implements Serializable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static GainShare of(Money benefit, BigDecimal clientPercent) {
        if (benefit.amount().signum() < 0) {
            throw new DomainException("improvement.idea.benefit.negative");
        }
        if (clientPercent == null || clientPercent.signum() < 0 || clientPercent.compareTo(HUNDRED) > 0) {
            throw new DomainException("contract.regime.gainShare.range");
        }
        Money client = benefit.percent(clientPercent);
        Money provider = benefit.minus(client);
        String formula = benefit.amount().toPlainString() + " x " + clientPercent.stripTrailingZeros().toPlainString()
                + "% = " + client.amount().toPlainString() + "; " + benefit.amount().toPlainString() + " - "
                + client.amount().toPlainString() + " = " + provider.amount().toPlainString() + " "
                + benefit.currencyCode();
        return new GainShare(benefit.currencyCode(), benefit.amount(), clientPercent, client.amount(),
                provider.amount(), formula);
    }

    public BigDecimal providerPercent() {
        return HUNDRED.subtract(clientPercent);
    }

}
