package io.tandem.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of one currency, held exactly to the currency's minor unit. Arithmetic that can
 * produce fractions of a minor unit takes its rounding explicitly.
 */
@Embeddable
public class Money implements Comparable<Money> {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    private static final int COLUMN_PRECISION = 19;
    private static final int COLUMN_SCALE = 2;

    @Column(name = "amount", precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", length = 3)
    private String currency;

    protected Money() {
    }

    private Money(BigDecimal amount, Currency currency) {
        this.currency = currency.getCurrencyCode();
        this.amount = amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), ROUNDING);
    }

    /** Refuses amounts with more decimals than the currency has: they would be rounded silently. */
    public static Money of(String amount, String currencyCode) {
        return of(new BigDecimal(amount), currencyCode);
    }

    public static Money of(BigDecimal amount, String currencyCode) {
        Currency currency = currency(currencyCode);
        if (amount == null) {
            throw new DomainException("money.amount.invalid", currency.getCurrencyCode());
        }
        try {
            return new Money(range(currency).require("amount", amount), currency);
        } catch (DomainException e) {
            throw new DomainException("money.amount.invalid", currency.getCurrencyCode());
        }
    }

    /** An amount read from outside, refused with the field's name when it does not fit. */
    public static Money of(String field, BigDecimal amount, String currencyCode) {
        Currency currency = currency(currencyCode);
        if (amount == null) {
            throw new DomainException("number.required", field);
        }
        return new Money(range(currency).require(field, amount), currency);
    }

    /**
     * What an amount column ({@code numeric(19, 2)}) keeps in this currency: seventeen digits before
     * the point, and no more decimals than the currency has (nor than the column's two).
     */
    public static DecimalRange range(String currencyCode) {
        return range(currency(currencyCode));
    }

    private static DecimalRange range(Currency currency) {
        int scale = Math.min(Math.max(currency.getDefaultFractionDigits(), 0), COLUMN_SCALE);
        BigDecimal limit = BigDecimal.TEN.pow(COLUMN_PRECISION - COLUMN_SCALE).subtract(BigDecimal.ONE.movePointLeft(scale));
        return new DecimalRange(limit.negate(), limit, scale);
    }

    public static Money zero(String currencyCode) {
        return new Money(BigDecimal.ZERO, currency(currencyCode));
    }

    /** This amount times a percentage, rounded once to the minor unit. */
    public Money percent(BigDecimal percent) {
        return new Money(amount.multiply(percent).divide(BigDecimal.valueOf(100)), currency());
    }

    /** This amount times a ratio, rounded once to the minor unit. */
    public Money times(BigDecimal numerator, BigDecimal denominator) {
        return new Money(amount.multiply(numerator).divide(denominator, 10, ROUNDING), currency());
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency());
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency());
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currencyCode() {
        return currency;
    }

    private Currency currency() {
        return Currency.getInstance(currency);
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException("money.currency.invalid", String.valueOf(code));
        }
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new DomainException("money.currency.mismatch", currency, other.currency);
        }
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money that && amount.compareTo(that.amount) == 0 && currency.equals(that.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
