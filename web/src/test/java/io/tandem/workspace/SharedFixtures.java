package io.tandem.workspace;

import io.tandem.contract.ContractService;
import io.tandem.contract.ContractType;
import io.tandem.contract.NewContract;
import io.tandem.interaction.InteractionImportService;
import io.tandem.platform.DatabaseMigration;
import io.tandem.servicelevel.AbandonTreatment;
import io.tandem.servicelevel.ComputationTerms;
import io.tandem.servicelevel.MeasurementService;
import io.tandem.servicelevel.Metric;
import io.tandem.servicelevel.NewServiceLevel;
import io.tandem.servicelevel.ServiceLevelDetails;
import io.tandem.servicelevel.ServiceLevelService;
import io.tandem.tenancy.Caller;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The tenants that tests running as clients (browser, isolation and API tests) share: created on
 * the first request of a test run, then answered as they are, as JSON through
 * {@link SharedFixturesServlet} and read in the test JVM by {@code io.tandem.testing.Fixtures}.
 * The demo data may change or go without breaking those tests.
 * <p>
 * Harbour Mutual (a client) works with Voxline (a provider) in "Harbour x Voxline: claims" and with
 * Ledgerline (another provider) in "Harbour x Ledgerline: policy administration"; Marlow Retail,
 * another client, works with Ledgerline in "Marlow x Ledgerline: returns desk"; Verity Review
 * reviews the claims workspace (and, through a second reviewer, policy administration). Every
 * organisation name and e-mail address carries the run's tag, so that runs against one database
 * never meet. Each side of the claims workspace keeps an
 * internal note, and its contract {@code MSA-<tag>} holds what the service-level pages and
 * isolation tests read:
 * <ul>
 * <li>in force from April 2025 to March 2027: 1,200,000.00 GBP a year, 100,000.00 a month; 12% at
 * risk, pool cap 250%, earn-back over 3 months, 10% continuous improvement a year, 50% gain share;
 * a signed copy ({@code MSA-<tag> signed.pdf}); an obligation of the provider's due 10 October
 * 2026, overdue;</li>
 * <li>critical levels "Calls answered within 20 s" (80/75, 40%), "Abandonment rate" (5/8, lower is
 * better, 30%) and "First-contact resolution" (72/68, renegotiated to 75/70 from January 2026,
 * 30%); key levels "Customer satisfaction" (85/80) and "Average handle time" (300/330 s);</li>
 * <li>measurements April to October 2026: June's 73.4% answered is a breach earned back by July to
 * September (100,000.00 x 12% x 40% = 4,800.00); May's 74.0% is excused by approved relief ("Storm
 * claims surge"); August's 9.2% abandonment is a breach made payable by September's 6.0%
 * (100,000.00 x 12% x 30% = 3,600.00); September's 68.0% first-contact resolution is a breach
 * pending earn-back; October's answered 79.0% awaits review, October's abandonment 4.1% is
 * disputed (the overflow queue); relief for August's abandonment ("Carrier outage") awaits the
 * client.</li>
 * </ul>
 * Policy administration holds the computed level, made through the services as its users make it
 * (its months move with the day the run starts, its figures do not; the JSON names the months):
 * <ul>
 * <li>a draft statement of work {@code SOW-<tag>} from five months before last month, and its
 * key level "Renewal calls in 30 s" (80/75), computed from the interaction records: answered within
 * 30 s of everything offered but abandons under 5 s, abandons within 30 s as failures;</li>
 * <li>the provider's account manager's import of eleven voice contacts of the queue Policy on the 9th
 * of last month: at 10:00 six (waits 10, 15, 20, 30, 45, 60 s: 4 / 6 = 66.67 %), at 14:00 five
 * (waits 5, 12, 25, 40 s and one abandoned after 50 s: 3 / 5 = 60.00 %): last month is 7 / 11 =
 * 63.64 %, a computed measurement awaiting review; and, unless today is the first of the month,
 * three at 09:00 yesterday (waits 10, 90, 90 s: 1 / 3 = 33.33 %), so that early warning projects a
 * breach of this month.</li>
 * </ul>
 */
@Singleton
public class SharedFixtures {

    private static final String SIGNED_COPY = "%PDF-1.4\n% signed copy of the fixture contract\n%%EOF\n";

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource owner;

    @Inject
    Passwords passwords;

    @Inject
    Caller caller;

    @Inject
    ContractService contracts;

    @Inject
    ServiceLevelService serviceLevels;

    @Inject
    MeasurementService measurements;

    @Inject
    InteractionImportService imports;

    private JsonObject world;

    /**
     * The shared tenants as JSON, created by the first call. Outside a transaction: the rows are
     * committed on the owner's connection first, so that the services the computed level is made
     * with then run in transactions of their own, as their users, and find them.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String world() {
        if (world == null) {
            world = create(UUID.randomUUID().toString().substring(0, 8));
        }
        return world.toString();
    }

    private JsonObject create(String tag) {
        Builder builder;
        JsonObjectBuilder json;
        try (Connection db = owner.getConnection()) {
            db.setAutoCommit(false);
            try {
                builder = new Builder(FixtureRows.on(db, passwords), tag);
                json = builder.build();
                db.commit();
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try {
            return json.add("computed", computedLevel(builder.policyAdministration(), tag,
                    builder.emailOf("rm"), builder.emailOf("otherProviderAccountManager"))).build();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The computed level of the policy-administration workspace (see the class comment), made as its
     * users make it: the client's relationship manager drafts the statement of work and defines the
     * level, the provider's account manager imports the contacts, which computes them.
     */
    private JsonObject computedLevel(long workspace, String tag, String client, String provider) throws Exception {
        YearMonth lastMonth = YearMonth.now().minusMonths(1);
        LocalDate day = lastMonth.atDay(9);
        LocalDate yesterday = LocalDate.now().minusDays(1);
        boolean monthUnderWay = YearMonth.from(yesterday).equals(YearMonth.now());
        LocalDate start = lastMonth.minusMonths(5).atDay(1);
        String name = "Renewal calls in 30 s";
        ServiceLevelDetails level = caller.runAs(client, () -> {
            long contract = contracts.create(workspace, new NewContract("SOW-" + tag, ContractType.STATEMENT_OF_WORK,
                    null, "Renewals pilot", start, start.plusYears(3), 90, "", "GBP", new BigDecimal("240000.00"),
                    new BigDecimal("20000.00"))).id();
            return serviceLevels.define(workspace, contract, new NewServiceLevel(name, Metric.SERVICE_LEVEL, 30, null,
                    null, false, BigDecimal.ZERO, YearMonth.from(start), null, new BigDecimal("80"),
                    new BigDecimal("75")), new ComputationTerms(true, 5, AbandonTreatment.FAILURE, null));
        });
        StringBuilder file = new StringBuilder("record_id,channel,queue,offered_at,answered_at,abandoned,wait_seconds\n");
        int[] tenOClock = {10, 15, 20, 30, 45, 60};
        int[] twoOClock = {5, 12, 25, 40};
        for (int i = 0; i < tenOClock.length; i++) {
            contact(file, "KP-" + i, day.atTime(10, i), tenOClock[i]);
        }
        for (int i = 0; i < twoOClock.length; i++) {
            contact(file, "KP-1" + i, day.atTime(14, i), twoOClock[i]);
        }
        file.append("KP-20,VOICE,Policy,").append(day.atTime(14, 20).format(TIME)).append(",,true,50\n");
        if (monthUnderWay) {
            int[] waits = {10, 90, 90};
            for (int i = 0; i < waits.length; i++) {
                contact(file, "KP-3" + i, yesterday.atTime(9, i), waits[i]);
            }
        }
        caller.runAs(provider, () -> imports.importFile(workspace, "ledgerline-renewals-" + lastMonth + ".csv",
                new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8))));
        long measurement = caller.runAs(client, () -> measurements.measurements(workspace, level.id())).stream()
                .filter(m -> m.period().equals(lastMonth)).findFirst().orElseThrow().id();
        JsonObjectBuilder computed = Json.createObjectBuilder()
                .add("level", Json.createObjectBuilder().add("id", level.id()).add("name", name))
                .add("month", lastMonth.toString())
                .add("day", day.toString())
                .add("measurement", measurement);
        if (monthUnderWay) {
            computed.add("monthUnderWay", yesterday.toString());
        }
        return computed.build();
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** A voice contact of the queue Policy answered after {@code wait} seconds. */
    private static void contact(StringBuilder file, String id, LocalDateTime offered, int wait) {
        file.append(id).append(",VOICE,Policy,").append(offered.format(TIME)).append(',')
                .append(offered.plusSeconds(wait).format(TIME)).append(",false,").append(wait).append('\n');
    }

    /** Writes the rows of one run, keeping what the tests need to know in the JSON answer. */
    private static final class Builder {

        private final FixtureRows rows;
        private final String tag;
        private final JsonObjectBuilder organisations = Json.createObjectBuilder();
        private final JsonObjectBuilder people = Json.createObjectBuilder();
        private final JsonObjectBuilder workspaces = Json.createObjectBuilder();
        private final JsonObjectBuilder levels = Json.createObjectBuilder();
        private final Map<String, String> emails = new HashMap<>();
        private long policyAdministration;

        Builder(FixtureRows rows, String tag) {
            this.rows = rows;
            this.tag = tag;
        }

        long policyAdministration() {
            return policyAdministration;
        }

        String emailOf(String key) {
            return emails.get(key);
        }

        JsonObjectBuilder build() throws SQLException {
            long harbour = organisation("client", "Harbour Mutual", "CLIENT");
            long voxline = organisation("provider", "Voxline", "PROVIDER");
            long ledgerline = organisation("otherProvider", "Ledgerline", "PROVIDER");
            long verity = organisation("reviewers", "Verity Review", "REVIEWER");
            long marlow = organisation("otherClient", "Marlow Retail", "CLIENT");

            long claims = workspace("claims", "Harbour x Voxline: claims", harbour, voxline);
            long policy = workspace("policyAdministration", "Harbour x Ledgerline: policy administration", harbour,
                    ledgerline);
            long returns = workspace("returnsDesk", "Marlow x Ledgerline: returns desk", marlow, ledgerline);
            policyAdministration = policy;

            long rm = person("rm", harbour, "Rosa Marsh", null);
            member("rm", claims, "CLIENT_RELATIONSHIP_MANAGER");
            member("rm", policy, "CLIENT_RELATIONSHIP_MANAGER");
            long procurement = person("procurement", harbour, "Piet Olsen", null);
            member("procurement", claims, "PROCUREMENT");
            member("procurement", policy, "PROCUREMENT");
            person("analyst", harbour, "Anya Lund", null);
            member("analyst", claims, "CLIENT_ANALYST");
            person("clientAdmin", harbour, "Oona Gray", "ORG_ADMIN");
            person("portfolioViewer", harbour, "Vic Hart", "PORTFOLIO_VIEWER");
            long am = person("accountManager", voxline, "Cas Jansen", null);
            member("accountManager", claims, "PROVIDER_ACCOUNT_MANAGER");
            person("teamMember", voxline, "Tom Sing", null);
            member("teamMember", claims, "PROVIDER_TEAM_MEMBER");
            person("providerAdmin", voxline, "Cleo Lin", "ORG_ADMIN");
            long otherProviderAm = person("otherProviderAccountManager", ledgerline, "Bo Nowak", null);
            member("otherProviderAccountManager", policy, "PROVIDER_ACCOUNT_MANAGER");
            member("otherProviderAccountManager", returns, "PROVIDER_ACCOUNT_MANAGER");
            person("reviewer", verity, "Quin Moro", null);
            member("reviewer", claims, "EXTERNAL_REVIEWER");
            person("policyReviewer", verity, "Rhea Vance", null);
            member("policyReviewer", policy, "EXTERNAL_REVIEWER");
            person("otherClientAdmin", marlow, "Fred Ade", "ORG_ADMIN");
            person("otherClientRm", marlow, "Fay Rossi", null);
            member("otherClientRm", returns, "CLIENT_RELATIONSHIP_MANAGER");
            person("otherClientAnalyst", marlow, "Fen Lars", null);
            member("otherClientAnalyst", returns, "CLIENT_ANALYST");
            String platform = email("Pia Adams");
            rows.platformAdmin(platform, "Pia Adams");
            people.add("platformAdmin", Json.createObjectBuilder().add("email", platform).add("name", "Pia Adams"));

            // Each side of the claims workspace keeps a note of its own.
            String clientNote = "Average handle time rose 8% in October: raise it at the monthly review before "
                    + "accepting the figures.";
            String providerNote = "The client forecast for November is 12% below our own: prepare a relief request "
                    + "if volumes exceed it.";
            note(claims, "CLIENT", rm, clientNote);
            note(claims, "PROVIDER", am, providerNote);

            // The master agreement in force, its signed copy and an overdue obligation of the provider's.
            String reference = "MSA-" + tag;
            long contract = rows.insert("""
                    insert into contracts (workspace_id, reference, type, title, effective_date, expiry_date,
                                           notice_period_days, renewal_terms, currency, annual_value, monthly_charges,
                                           status, at_risk_percent, pool_allocation_cap_percent, earn_back_periods,
                                           continuous_improvement_percent, client_gain_share_percent)
                    values (?, ?, 'MASTER_AGREEMENT', 'Claims handling', date '2025-04-01', date '2027-03-31', 90,
                            'Renews for 12 months unless either party gives notice.', 'GBP', 1200000.00, 100000.00,
                            'ACTIVE', 12.0, 250.0, 3, 10.0, 50.0)
                    returning id""", claims, reference);
            String signedCopy = reference + " signed.pdf";
            byte[] pdf = SIGNED_COPY.getBytes(StandardCharsets.US_ASCII);
            long document = rows.insert("""
                    insert into contract_documents (workspace_id, contract_id, file_name, content_type, size_bytes,
                                                    sha256, uploaded_by)
                    values (?, ?, ?, 'application/pdf', ?, encode(sha256(?), 'hex'), ?) returning id""",
                    claims, contract, signedCopy, pdf.length, pdf, procurement);
            rows.insert("""
                    insert into contract_document_contents (document_id, workspace_id, content)
                    values (?, ?, ?) returning document_id""", document, claims, pdf);
            rows.insert("""
                    insert into obligations (workspace_id, contract_id, description, owner_party, due_date, recurrence)
                    values (?, ?, 'Send the monthly performance pack with interaction data', 'PROVIDER',
                            date '2026-10-10', 'MONTHLY') returning id""", claims, contract);

            // Its service levels with their targets, what the provider measured and the client decided.
            Levels claimsLevels = new Levels(claims, contract, am, rm);
            long answered = claimsLevels.level("answered", "Calls answered within 20 s", "SERVICE_LEVEL", 20,
                    "HIGHER_IS_BETTER", "40");
            long abandonment = claimsLevels.level("abandonment", "Abandonment rate", "ABANDONMENT_RATE", null,
                    "LOWER_IS_BETTER", "30");
            long resolution = claimsLevels.level("resolution", "First-contact resolution",
                    "FIRST_CONTACT_RESOLUTION", 7, "HIGHER_IS_BETTER", "30");
            long satisfaction = claimsLevels.level("satisfaction", "Customer satisfaction", "CSAT", null,
                    "HIGHER_IS_BETTER", "0");
            long handleTime = claimsLevels.level("handleTime", "Average handle time", "AVERAGE_HANDLE_TIME", null,
                    "LOWER_IS_BETTER", "0");
            claimsLevels.target(answered, "2025-04", "80", "75");
            claimsLevels.target(abandonment, "2025-04", "5", "8");
            claimsLevels.target(resolution, "2025-04", "72", "68");
            claimsLevels.target(resolution, "2026-01", "75", "70");
            claimsLevels.target(satisfaction, "2025-04", "85", "80");
            claimsLevels.target(handleTime, "2025-04", "300", "330");
            claimsLevels.accepted(answered, "2026-04", "82.6", 10326, 12500);
            claimsLevels.accepted(answered, "2026-05", "74.0", 11100, 15000);
            claimsLevels.accepted(answered, "2026-06", "73.4", 9175, 12500);
            claimsLevels.accepted(answered, "2026-07", "83.1", 10388, 12500);
            claimsLevels.accepted(answered, "2026-08", "84.0", 10500, 12500);
            claimsLevels.accepted(answered, "2026-09", "82.5", 10313, 12500);
            long awaiting = claimsLevels.measurement(answered, "2026-10", "79.0", 9875, 12500, "SUBMITTED");
            claimsLevels.accepted(abandonment, "2026-04", "4.2", 525, 12500);
            claimsLevels.accepted(abandonment, "2026-05", "7.5", 1125, 15000);
            claimsLevels.accepted(abandonment, "2026-06", "4.4", 550, 12500);
            claimsLevels.accepted(abandonment, "2026-07", "4.0", 500, 12500);
            claimsLevels.accepted(abandonment, "2026-08", "9.2", 1150, 12500);
            claimsLevels.accepted(abandonment, "2026-09", "6.0", 750, 12500);
            long disputed = claimsLevels.measurement(abandonment, "2026-10", "4.1", 513, 12500, "DISPUTED");
            claimsLevels.accepted(resolution, "2026-04", "78.2", 7820, 10000);
            claimsLevels.accepted(resolution, "2026-05", "77.9", 7790, 10000);
            claimsLevels.accepted(resolution, "2026-06", "78.4", 7840, 10000);
            claimsLevels.accepted(resolution, "2026-07", "79.0", 7900, 10000);
            claimsLevels.accepted(resolution, "2026-08", "78.8", 7880, 10000);
            claimsLevels.accepted(resolution, "2026-09", "68.0", 6800, 10000);
            claimsLevels.accepted(resolution, "2026-10", "78.1", 7810, 10000);
            claimsLevels.accepted(satisfaction, "2026-08", "86.0", 1720, 2000);
            claimsLevels.accepted(satisfaction, "2026-09", "83.5", 1670, 2000);
            claimsLevels.accepted(satisfaction, "2026-10", "87.0", 1740, 2000);
            claimsLevels.accepted(handleTime, "2026-08", "291.0", null, null);
            claimsLevels.accepted(handleTime, "2026-09", "296.0", null, null);
            claimsLevels.measurement(handleTime, "2026-10", "320.0", null, null, "SUBMITTED");
            claimsLevels.message(disputed, "DISPUTE", "CLIENT", rm, 5,
                    "The ACD export leaves out the overflow queue; our own figure for October is 5.3%.");
            claimsLevels.message(disputed, "REPLY", "PROVIDER", am, 6,
                    "Overflow calls go to the other provider under schedule 4, not to us. We will send the queue map.");
            long approved = claimsLevels.relief(answered, "2026-05",
                    "Storm claims surge: 15,000 calls against a forecast of 9,400.",
                    "Agreed: volume was 160% of the forecast we gave.");
            long requested = claimsLevels.relief(abandonment, "2026-08",
                    "Carrier outage on 14 August took 40% of lines down for five hours.", null);

            // Interaction records may flow from each provider to Harbour: agreements both sides signed.
            long agreement = interactionAgreement(claims, rm, am);
            interactionAgreement(policy, rm, otherProviderAm);

            // One stored file of October's contacts, sent by the account manager.
            String interactionFile = "voxline-claims-2026-10.csv";
            long interactionImport = rows.insert("""
                    insert into interaction_imports (workspace_id, file_name, imported_by, started_at, finished_at,
                                                     duration_ms, row_count, outcome, first_offered, last_offered)
                    values (?, ?, ?, timestamptz '2026-11-02 09:00:00+00', timestamptz '2026-11-02 09:00:01+00', 1000,
                            3, 'STORED', timestamp '2026-10-01 08:00:00', timestamp '2026-10-01 08:02:00')
                    returning id""", claims, interactionFile, am);
            rows.insert("select count(*) from (select tandem_interaction_partition(date '2026-10-01')) made");
            rows.insert("""
                    with stored as (
                        insert into interactions (workspace_id, record_id, import_id, channel, queue, offered_at,
                                                  answered_at, ended_at, abandoned, wait_seconds, handle_seconds,
                                                  agent_ref, customer_ref, resolved, csat, nps)
                        values (?, 'VX-0001', ?, 'VOICE', 'Claims', timestamp '2026-10-01 08:00:00',
                                timestamp '2026-10-01 08:00:12', timestamp '2026-10-01 08:05:00', false, 12, 288,
                                'A-1', 'cust-1', true, 5, 9),
                               (?, 'VX-0002', ?, 'VOICE', 'Claims', timestamp '2026-10-01 08:01:00', null,
                                timestamp '2026-10-01 08:01:30', true, 30, null, null, 'cust-2', null, null, null),
                               (?, 'VX-0003', ?, 'CHAT', 'Claims chat', timestamp '2026-10-01 08:02:00',
                                timestamp '2026-10-01 08:02:05', timestamp '2026-10-01 08:09:00', false, 5, 415,
                                'A-2', 'cust-3', false, 2, 3)
                        returning 1)
                    select count(*) from stored""",
                    claims, interactionImport, claims, interactionImport, claims, interactionImport);

            return Json.createObjectBuilder()
                    .add("tag", tag)
                    .add("password", TenantFixtures.PASSWORD)
                    .add("organisations", organisations)
                    .add("people", people)
                    .add("workspaces", workspaces)
                    .add("notes", Json.createObjectBuilder().add("client", clientNote).add("provider", providerNote))
                    .add("contract", Json.createObjectBuilder().add("id", contract).add("reference", reference)
                            .add("signedCopy", signedCopy))
                    .add("levels", levels)
                    .add("measurements", Json.createObjectBuilder().add("awaiting", awaiting).add("disputed", disputed))
                    .add("reliefs", Json.createObjectBuilder().add("requested", requested).add("approved", approved))
                    .add("agreement", agreement)
                    .add("interactionImport", Json.createObjectBuilder().add("id", interactionImport)
                            .add("fileName", interactionFile));
        }

        /** An agreement in force under which interaction records flow from the provider to the client. */
        private long interactionAgreement(long workspace, long clientSigner, long providerSigner) throws SQLException {
            long agreement = rows.insert("""
                    insert into data_sharing_agreements (workspace_id, title, status, current_version, created_at,
                                                         changed_at)
                    values (?, 'Interaction records for reporting', 'ACTIVE', 1, timestamptz '2026-01-05 09:00+00',
                            timestamptz '2026-01-05 09:00+00')
                    returning id""", workspace);
            long terms = rows.insert("""
                    insert into data_sharing_versions (workspace_id, agreement_id, number, direction, purpose,
                                                       lawful_basis, retention_months, safeguards, review_date,
                                                       created_by, created_at)
                    values (?, ?, 1, 'PROVIDER_TO_CLIENT', 'Service-level reporting', 'CONTRACT', 24,
                            'Encrypted transfer', current_date + 365, ?, timestamptz '2026-01-05 09:00+00')
                    returning id""", workspace, agreement, clientSigner);
            rows.insert("""
                    insert into data_sharing_categories (workspace_id, version_id, category, sensitivity)
                    values (?, ?, 'INTERACTION_RECORDS', 'MODERATE') returning id""", workspace, terms);
            rows.insert("""
                    insert into data_sharing_locations (workspace_id, version_id, country, mechanism, sub_processor)
                    values (?, ?, 'GB', null, null) returning id""", workspace, terms);
            rows.insert("""
                    insert into data_sharing_signatures (workspace_id, version_id, party, signed_by, signed_at)
                    values (?, ?, 'CLIENT', ?, timestamptz '2026-01-06 10:00+00'),
                           (?, ?, 'PROVIDER', ?, timestamptz '2026-01-07 10:00+00')
                    returning id""", workspace, terms, clientSigner, workspace, terms, providerSigner);
            return agreement;
        }

        private long organisation(String key, String name, String kind) throws SQLException {
            String tagged = name + " " + tag;
            organisations.add(key, tagged);
            return rows.organisation(tagged, kind);
        }

        private long workspace(String key, String name, long client, long provider) throws SQLException {
            long id = rows.workspace(name, client, provider);
            workspaces.add(key, Json.createObjectBuilder().add("id", id).add("name", name));
            return id;
        }

        private long person(String key, long organisation, String name, String organisationRole) throws SQLException {
            emails.put(key, email(name));
            people.add(key, Json.createObjectBuilder().add("email", email(name)).add("name", name));
            return rows.user(organisation, email(name), name, organisationRole);
        }

        private void member(String key, long workspace, String role) throws SQLException {
            rows.member(emails.get(key), workspace, role);
        }

        /**
         * Rosa Marsh: rosa.marsh-1a2b3c4d@test.example, in lower case as sign-in reads addresses, and
         * none the end of another, so that a check that one is not shown cannot trip over another.
         */
        private String email(String name) {
            return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "-" + tag + "@test.example";
        }

        private void note(long workspace, String party, long author, String body) throws SQLException {
            rows.insert("""
                    insert into internal_notes (workspace_id, private_to_party, author_id, body)
                    values (?, ?, ?, ?) returning id""", workspace, party, author, body);
        }

        /** Service levels of one contract, with what the provider's account manager and the client's RM did. */
        private final class Levels {

            private final long workspace;
            private final long contract;
            private final long provider;
            private final long client;

            Levels(long workspace, long contract, long provider, long client) {
                this.workspace = workspace;
                this.contract = contract;
                this.provider = provider;
                this.client = client;
            }

            long level(String key, String name, String metric, Integer parameter, String direction,
                       String allocation) throws SQLException {
                long id = rows.insert("""
                        insert into service_levels (workspace_id, contract_id, name, metric, metric_parameter,
                                                    direction, critical, allocation_percent, effective_from)
                        values (?, ?, ?, ?, ?, ?, ?, ?, date '2025-04-01') returning id""", workspace, contract, name,
                        metric, parameter, direction, new BigDecimal(allocation).signum() > 0,
                        new BigDecimal(allocation));
                levels.add(key, Json.createObjectBuilder().add("id", id).add("name", name));
                return id;
            }

            void target(long level, String from, String expected, String minimum) throws SQLException {
                rows.insert("""
                        insert into service_level_targets (workspace_id, service_level_id, applies_from,
                                                           expected_level, minimum_level, direction)
                        select workspace_id, id, ?, ?, ?, direction from service_levels where id = ?
                        returning id""", month(from), new BigDecimal(expected), new BigDecimal(minimum), level);
            }

            void accepted(long level, String period, String value, Integer numerator, Integer denominator)
                    throws SQLException {
                measurement(level, period, value, numerator, denominator, "ACCEPTED");
            }

            /** Submitted on the 4th of the next month; reviewed, unless still awaiting review, on the 9th. */
            long measurement(long level, String period, String value, Integer numerator, Integer denominator,
                             String status) throws SQLException {
                boolean reviewed = !status.equals("SUBMITTED");
                return rows.insert("""
                        insert into measurements (workspace_id, service_level_id, period, value, numerator,
                                                  denominator, source, evidence, status, submitted_by, submitted_at,
                                                  reviewed_by, reviewed_at)
                        values (?, ?, ?, ?, ?, ?, 'IMPORT', 'Monthly ACD and CRM export', ?, ?,
                                ?::date + interval '1 month 3 days', ?,
                                ?::date + interval '1 month 8 days') returning id""",
                        workspace, level, month(period), new BigDecimal(value), numerator, denominator, status,
                        provider, month(period), reviewed ? client : null, reviewed ? month(period) : null);
            }

            void message(long measurement, String kind, String party, long author, int daysAfterSubmission,
                         String body) throws SQLException {
                rows.insert("""
                        insert into dispute_messages (workspace_id, measurement_id, kind, party, author_id, body,
                                                      posted_at)
                        select workspace_id, id, ?, ?, ?, ?, submitted_at + make_interval(days => ?)
                        from measurements where id = ? returning id""",
                        kind, party, author, body, daysAfterSubmission, measurement);
            }

            /** Requested on the 3rd of the next month; approved (with the note) on the 10th, or awaiting. */
            long relief(long level, String period, String reason, String approvalNote) throws SQLException {
                boolean approved = approvalNote != null;
                return rows.insert("""
                        insert into reliefs (workspace_id, service_level_id, period, reason, status, requested_by,
                                             requested_at, decided_by, decided_at, decision_note)
                        values (?, ?, ?, ?, ?, ?, ?::date + interval '1 month 2 days', ?,
                                ?::date + interval '1 month 9 days', ?) returning id""",
                        workspace, level, month(period), reason, approved ? "APPROVED" : "REQUESTED", provider,
                        month(period), approved ? client : null, approved ? month(period) : null, approvalNote);
            }

            private Date month(String period) {
                return Date.valueOf(YearMonth.parse(period).atDay(1));
            }
        }
    }
}
