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
 */
public record GainShare(Money benefit, BigDecimal clientPercent, Money client, Money provider)
        implements Serializable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static GainShare of(Money benefit, BigDecimal clientPercent) {
        if (benefit.amount().signum() < 0) {
            throw new DomainException("improvement.idea.benefit.negative");
        }
        if (clientPercent == null || clientPercent.signum() < 0 || clientPercent.compareTo(HUNDRED) > 0) {
            throw new DomainException("contract.regime.gainShare.range");
        }
        Money client = benefit.percent(clientPercent);
        return new GainShare(benefit, clientPercent, client, benefit.minus(client));
    }

    public BigDecimal providerPercent() {
        return HUNDRED.subtract(clientPercent);
    }

    /** The sum in figures anyone can redo: "120000.00 x 40% = 48000.00; 120000.00 - 48000.00 = 72000.00 GBP". */
    public String formula() {
        return benefit.amount().toPlainString() + " x " + clientPercent.stripTrailingZeros().toPlainString() + "% = "
                + client.amount().toPlainString() + "; " + benefit.amount().toPlainString() + " - "
                + client.amount().toPlainString() + " = " + provider.amount().toPlainString() + " "
                + benefit.currencyCode();
    }
}
