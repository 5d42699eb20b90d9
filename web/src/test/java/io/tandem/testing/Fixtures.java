package io.tandem.testing;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The tenants of their own that tests running as clients share, instead of the demo data: created
 * in the server once per test run ({@code io.tandem.workspace.SharedFixtures}, which describes
 * them and their figures) and read here from {@code test-support/fixtures}. A test names what it
 * uses: {@code fixtures.claimsWorkspace()}, {@code fixtures.rm()}, {@code fixtures.answered()}.
 * Every fixture user signs in with {@link #password()}.
 */
public final class Fixtures {

    private static volatile Fixtures shared;

    private final JsonObject world;

    private Fixtures(JsonObject world) {
        this.world = world;
    }

    /** A user: e-mail address to sign in with, and display name as pages show it. */
    public record Person(String email, String name) {
    }

    public record Workspace(long id, String name) {
    }

    public record Contract(long id, String reference, String signedCopy) {
    }

    public record InteractionImport(long id, String fileName) {
    }

    public record Level(long id, String name) {
    }

    /**
     * The computed level of policy administration: last month's computed measurement (7 / 11 =
     * 63.64 %), the day of last month its contacts came in (at 10:00 4 / 6, at 14:00 3 / 5), and the
     * day of this month with contacts (yesterday, 1 / 3 = 33.33 %), empty on the first of a month.
     */
    public record ComputedLevel(Level level, YearMonth month, LocalDate day, long measurement,
                                Optional<LocalDate> monthUnderWay) {
    }

    /** The shared fixtures of the deployment at {@code base}, fetched (and so created) once per test run. */
    public static Fixtures of(URL base) {
        if (shared == null) {
            synchronized (Fixtures.class) {
                if (shared == null) {
                    HttpResponse<String> answer = TandemClient.anonymous(URI.create(base.toString()))
                            .get("test-support/fixtures");
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException("No fixtures: " + answer.statusCode() + " " + answer.body());
                    }
                    shared = new Fixtures(JsonBody.object(answer.body()));
                }
            }
        }
        return shared;
    }

    /** Every fixture user's password. */
    public String password() {
        return world.getString("password");
    }

    /** A kit whose sessions sign in as fixture users. */
    public IsolationKit kit(URL base) {
        return new IsolationKit(URI.create(base.toString()), password());
    }

    /** A session of the user's, signed in through the login page. */
    public TandemClient signedIn(URL base, Person person) {
        return TandemClient.signedIn(URI.create(base.toString()), person.email(), password());
    }

    // Organisations

    /** Harbour Mutual: the client of the claims and the policy-administration workspaces. */
    public String clientName() {
        return organisation("client");
    }

    /** Ledgerline: the client's other provider, and the other client's provider. */
    public String otherProviderName() {
        return organisation("otherProvider");
    }

    /** Marlow Retail: a client with nothing to do with Harbour Mutual. */
    public String otherClientName() {
        return organisation("otherClient");
    }

    /** Verity Review: the reviewer firm. */
    public String reviewerFirmName() {
        return organisation("reviewers");
    }

    // Workspaces

    /** Harbour x Voxline: claims, with a contract in force and its service levels, figures and notes. */
    public Workspace claimsWorkspace() {
        return workspace("claims");
    }

    /**
     * Harbour x Ledgerline: policy administration, where the client's RM and procurement, the other
     * provider's account manager and a second reviewer are members; it holds the computed level.
     */
    public Workspace policyAdministrationWorkspace() {
        return workspace("policyAdministration");
    }

    /** Marlow x Ledgerline: the returns desk, the other client's workspace. */
    public Workspace returnsDeskWorkspace() {
        return workspace("returnsDesk");
    }

    // People of the claims workspace

    /** The client's relationship manager, also in policy administration. */
    public Person rm() {
        return person("rm");
    }

    /** The client's procurement lead, also in policy administration. */
    public Person procurement() {
        return person("procurement");
    }

    public Person analyst() {
        return person("analyst");
    }

    /** The client's organisation administrator: no membership, reads through the organisation. */
    public Person clientAdmin() {
        return person("clientAdmin");
    }

    /** The client's portfolio viewer: no membership, reads through the organisation. */
    public Person portfolioViewer() {
        return person("portfolioViewer");
    }

    /** The provider's account manager. */
    public Person accountManager() {
        return person("accountManager");
    }

    /** A team member of the provider's. */
    public Person teamMember() {
        return person("teamMember");
    }

    /** The provider's organisation administrator: no membership, so no access to the client's workspace. */
    public Person providerAdmin() {
        return person("providerAdmin");
    }

    public Person reviewer() {
        return person("reviewer");
    }

    // People outside the claims workspace

    /** The other provider's account manager, in policy administration and the returns desk. */
    public Person otherProviderAccountManager() {
        return person("otherProviderAccountManager");
    }

    /** A second reviewer of the reviewer firm's, in policy administration only. */
    public Person policyReviewer() {
        return person("policyReviewer");
    }

    public Person otherClientRm() {
        return person("otherClientRm");
    }

    public Person otherClientAnalyst() {
        return person("otherClientAnalyst");
    }

    public Person otherClientAdmin() {
        return person("otherClientAdmin");
    }

    /** Everyone of the other client's. */
    public List<Person> otherClientPeople() {
        return List.of(otherClientRm(), otherClientAnalyst(), otherClientAdmin());
    }

    public Person platformAdmin() {
        return person("platformAdmin");
    }

    // What the claims workspace holds

    /** The client side's internal note. */
    public String clientNote() {
        return world.getJsonObject("notes").getString("client");
    }

    /** The provider side's internal note. */
    public String providerNote() {
        return world.getJsonObject("notes").getString("provider");
    }

    /** The master agreement in force, with its signed copy. */
    public Contract contract() {
        JsonObject contract = world.getJsonObject("contract");
        return new Contract(contract.getJsonNumber("id").longValue(), contract.getString("reference"),
                contract.getString("signedCopy"));
    }

    /** "Calls answered within 20 s": critical, 40% of the pool, 80/75. */
    public Level answered() {
        return level("answered");
    }

    /** "Abandonment rate": critical, 30% of the pool, 5/8, lower is better. */
    public Level abandonment() {
        return level("abandonment");
    }

    /** "Customer satisfaction": a key level. */
    public Level satisfaction() {
        return level("satisfaction");
    }

    /** How pages label a level of the contract: "MSA-... · Calls answered within 20 s". */
    public String label(Level level) {
        return contract().reference() + " · " + level.name();
    }

    /** October 2026's abandonment, 4.1%: disputed over the overflow queue. */
    public long disputedMeasurement() {
        return world.getJsonObject("measurements").getJsonNumber("disputed").longValue();
    }

    /** October 2026's calls answered, 79.0%: awaiting the client's review. */
    public long awaitingMeasurement() {
        return world.getJsonObject("measurements").getJsonNumber("awaiting").longValue();
    }

    /** August 2026's abandonment, "Carrier outage ...": awaiting the client's decision. */
    public long requestedRelief() {
        return world.getJsonObject("reliefs").getJsonNumber("requested").longValue();
    }

    /** October 2026's interactions of the claims workspace: three contacts, stored by the account manager. */
    public InteractionImport interactionImport() {
        JsonObject imported = world.getJsonObject("interactionImport");
        return new InteractionImport(imported.getJsonNumber("id").longValue(), imported.getString("fileName"));
    }

    /** Policy administration's computed level and its figures: see {@link ComputedLevel}. */
    public ComputedLevel computedLevel() {
        JsonObject computed = world.getJsonObject("computed");
        JsonObject level = computed.getJsonObject("level");
        return new ComputedLevel(new Level(level.getJsonNumber("id").longValue(), level.getString("name")),
                YearMonth.parse(computed.getString("month")), LocalDate.parse(computed.getString("day")),
                computed.getJsonNumber("measurement").longValue(),
                Optional.ofNullable(computed.getString("monthUnderWay", null)).map(LocalDate::parse));
    }

    /** The claims workspace's data-sharing agreement in force: interaction records, provider to client. */
    public long agreement() {
        return world.getJsonNumber("agreement").longValue();
    }

    private String organisation(String key) {
        return world.getJsonObject("organisations").getString(key);
    }

    private Workspace workspace(String key) {
        JsonObject workspace = world.getJsonObject("workspaces").getJsonObject(key);
        return new Workspace(workspace.getJsonNumber("id").longValue(), workspace.getString("name"));
    }

    private Person person(String key) {
        JsonObject person = world.getJsonObject("people").getJsonObject(key);
        return new Person(person.getString("email"), person.getString("name"));
    }

    private Level level(String key) {
        JsonObject level = world.getJsonObject("levels").getJsonObject(key);
        return new Level(level.getJsonNumber("id").longValue(), level.getString("name"));
    }
}
