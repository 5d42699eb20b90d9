package io.tandem.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The accounts {@link Caller} read in the current request, by sign-in name: the sign-in check and each
 * of the page's transactions ask, and the request already holds the groups read by the first.
 */
@RequestScoped
class RequestAccounts {

    private final Map<String, Optional<CallerAccount>> accounts = new HashMap<>();

    Optional<CallerAccount> get(String email, Supplier<Optional<CallerAccount>> read) {
        Optional<CallerAccount> account = accounts.get(email);
        if (account == null) {
            account = read.get();
            accounts.put(email, account);
        }
        return account;
    }
}
