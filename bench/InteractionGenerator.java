import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Writes a month of made-up but plausible interaction records as CSV in Tandem's import format
 * (README, "Interaction records": record_id, channel, queue, offered_at, answered_at, ended_at,
 * abandoned, wait_seconds, handle_seconds, agent_ref, customer_ref, resolved, csat, nps), for the
 * benchmarks in this directory. Runs without a build, on Java 17 or newer:
 *
 * <pre>
 * java bench/InteractionGenerator.java --rows 1000000 --month 2026-11 --seed 42 --out /tmp/nov.csv
 * </pre>
 *
 * Options:
 * <ul>
 * <li>{@code --rows N} (required): exactly N records, all offered within the month;</li>
 * <li>{@code --month yyyy-MM} (default 2026-11);</li>
 * <li>{@code --seed S} (default 42): the same seed, rows and month give the same file, byte for byte;</li>
 * <li>{@code --out FILE} (default {@code -}, standard output);</li>
 * <li>{@code --id-prefix P} (default {@code C}): record ids are {@code P-yyyy-MM-nnnnnnnn}, so that two
 * files of one workspace and month can be told apart.</li>
 * </ul>
 * A summary (abandon rate, share answered within 20 s, surveys, repeat contacts) goes to standard error.
 *
 * <p>The model, per record, in offered-time order:
 * <ul>
 * <li>Arrivals: each minute of the month gets a weight = day weight x intraday curve x noise, and
 * the N records are spread over the minutes in proportion (cumulative rounding, so the total is
 * exactly N), evenly jittered within the minute so that the file stays sorted without holding it.
 * Day weights fall from Monday (1.10) to Sunday (0.30), each with +-8 % noise, and one weekday
 * of the month is a surge day (x1.6, a storm for a claims line). The intraday curve is a double
 * peak (mid-morning around 10:15, early afternoon around 14:30, a smaller evening shoulder) within
 * the opening hours 07:00-22:00, with a trickle of digital contacts overnight; each half-hour has
 * +-10 % noise of its own.</li>
 * <li>Channels and queues: a fixed mix (voice 65 %: Claims, Policy service, Billing; chat 12 %;
 * e-mail 8 %; messaging 5 %; back office 5 %; social, video, callbacks); overnight only e-mail,
 * messaging and social arrive.</li>
 * <li>Waits: exponential with a queue's mean (voice 8-10 s, chat 15 s, messaging 4 min, e-mail 3 h,
 * back office 20 h); for live queues scaled by the minute's load against its day's open-hours
 * average to the power 1.5 (between 0.3 and 4: peaks wait longer), and a long tail: 4 % of
 * contacts wait a lognormal multiple (median e) of that.</li>
 * <li>Abandons: each live contact has a patience (exponential, voice mean 3 min); one who would
 * wait longer hangs up after their patience, so abandons grow with waits. 1.5 % of calls more hang
 * up within 0-4 s (misdials: short abandons). Abandoned contacts have no answer, handle time,
 * agent, resolution or survey; their ended_at is the hang-up.</li>
 * <li>Handle times: lognormal around a queue's median (voice 5 min, chat 8 min, back office 15 min).</li>
 * <li>Resolution and repeat contacts: a handled contact is resolved with a queue's probability
 * (about 80 %). A customer calls again with probability 45 % when unresolved, 7 % when resolved
 * (a mean 1.5 days later, at most 14) and 60 % after an abandon (a mean 20 minutes later): the
 * next arrival due after that time is theirs (same pseudonymised customer_ref, same queue when
 * open), which is what first-contact resolution by repeat contact counts. Memory is bounded by
 * the repeats scheduled ahead (a few days' worth), never by the file.</li>
 * <li>Surveys: 12 % of handled contacts answer CSAT (1-5, higher when resolved and when the wait
 * was short); 80 % of those also give NPS (0-10, following their CSAT).</li>
 * </ul>
 */
public final class InteractionGenerator {

    private static final String HEADER = "record_id,channel,queue,offered_at,answered_at,ended_at,abandoned,"
            + "wait_seconds,handle_seconds,agent_ref,customer_ref,resolved,csat,nps\n";

    /**
     * A queue: its channel, share of the day's contacts, whether it takes contacts overnight, mean
     * wait and patience (seconds, patience 0 = never abandons), median handle time (seconds) and
     * probability of resolution, and its agents.
     */
    record Queue(String channel, String name, double share, boolean overnight, double meanWait, double meanPatience,
                 double medianHandle, double resolvedRate, int agents, int firstAgent) {
    }

    private static final Queue[] QUEUES = {
            new Queue("VOICE", "Claims", 0.35, false, 8, 180, 300, 0.78, 180, 100),
            new Queue("VOICE", "Policy service", 0.20, false, 9, 190, 270, 0.84, 110, 300),
            new Queue("VOICE", "Billing", 0.10, false, 10, 170, 240, 0.86, 60, 420),
            new Queue("CHAT", "Claims chat", 0.12, false, 15, 300, 480, 0.74, 70, 500),
            new Queue("EMAIL", "Claims email", 0.08, true, 3 * 3600, 0, 360, 0.70, 40, 600),
            new Queue("MESSAGING", "WhatsApp", 0.05, true, 240, 3600, 600, 0.76, 30, 650),
            new Queue("SOCIAL", "Social care", 0.02, true, 1800, 0, 420, 0.72, 10, 700),
            new Queue("VIDEO", "Video assessment", 0.01, false, 30, 400, 900, 0.88, 12, 720),
            new Queue("BACK_OFFICE", "Claims admin", 0.05, false, 20 * 3600, 0, 900, 0.92, 40, 740),
            new Queue("OTHER", "Callbacks", 0.02, false, 600, 0, 240, 0.80, 20, 790),
    };
    private static final double[] DAY_OF_WEEK = {1.10, 1.00, 0.97, 0.95, 0.90, 0.50, 0.30};
    private static final int OPEN_MINUTE = 7 * 60;
    private static final int CLOSE_MINUTE = 22 * 60;
    private static final double SURVEY_RATE = 0.12;
    private static final double NPS_GIVEN = 0.80;

    private final SplittableRandom random;
    private final YearMonth month;
    private final long rows;
    private final String idPrefix;
    private final long seed;
    /** Each minute's share of the month's contacts, and its load against its day's open-hours average. */
    private final double[] weight;
    private final double[] load;
    /** Repeat contacts due, by time: {due second, customer, queue index, order}. */
    private final PriorityQueue<long[]> repeats = new PriorityQueue<>((a, b) ->
            a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[3], b[3]));
    private long scheduled;
    private long nextCustomer;
    private final StringBuilder line = new StringBuilder(256);
    private final Times times = new Times();

    // summary
    private long abandoned;
    private long shortAbandons;
    private long answeredWithin20;
    private long live;
    private long surveys;
    private long repeatContacts;

    InteractionGenerator(long rows, YearMonth month, long seed, String idPrefix) {
        this.rows = rows;
        this.month = month;
        this.seed = seed;
        this.idPrefix = idPrefix;
        this.random = new SplittableRandom(seed);
        int minutes = month.lengthOfMonth() * 1440;
        weight = new double[minutes];
        load = new double[minutes];
        int surgeDay = surgeDay();
        for (int day = 0; day < month.lengthOfMonth(); day++) {
            DayOfWeek dow = month.atDay(day + 1).getDayOfWeek();
            double dayWeight = DAY_OF_WEEK[dow.ordinal()] * Math.exp(0.08 * random.nextGaussian())
                    * (day == surgeDay ? 1.6 : 1.0);
            double openSum = 0;
            double noise = 1;
            for (int m = 0; m < 1440; m++) {
                if (m % 30 == 0) {
                    noise = Math.exp(0.10 * random.nextGaussian());
                }
                double w = dayWeight * intraday(m) * noise;
                weight[day * 1440 + m] = w;
                if (m >= OPEN_MINUTE && m < CLOSE_MINUTE) {
                    openSum += w;
                }
            }
            double openAverage = openSum / (CLOSE_MINUTE - OPEN_MINUTE);
            for (int m = 0; m < 1440; m++) {
                load[day * 1440 + m] = weight[day * 1440 + m] / openAverage;
            }
        }
    }

    /** A weekday of the month, chosen by the seed. */
    private int surgeDay() {
        while (true) {
            int day = random.nextInt(month.lengthOfMonth());
            if (month.atDay(day + 1).getDayOfWeek().getValue() <= 5) {
                return day;
            }
        }
    }

    /** Contacts per minute over the day, relative: a double peak within opening hours, a trickle outside. */
    private static double intraday(int minute) {
        double h = minute / 60.0;
        if (minute < OPEN_MINUTE || minute >= CLOSE_MINUTE) {
            return 0.04;
        }
        double ramp = Math.min(1, (minute - OPEN_MINUTE) / 45.0); // the first three quarters of an hour fill up
        return ramp * (0.20 + 1.00 * gauss(h, 10.25, 1.3) + 0.80 * gauss(h, 14.5, 1.5) + 0.30 * gauss(h, 19.0, 1.1));
    }

    private static double gauss(double x, double mean, double sd) {
        double z = (x - mean) / sd;
        return Math.exp(-z * z / 2);
    }

    void write(Writer out) throws IOException {
        out.write(HEADER);
        double total = 0;
        for (double w : weight) {
            total += w;
        }
        long monthStart = month.atDay(1).toEpochDay() * 86400;
        long done = 0;
        double cumulative = 0;
        for (int minute = 0; minute < weight.length; minute++) {
            cumulative += weight[minute];
            long upTo = minute == weight.length - 1 ? rows : Math.round(rows * (cumulative / total));
            long count = upTo - done;
            for (long j = 0; j < count; j++) {
                // stratified within the minute: sorted by construction, nothing held
                long second = (long) ((j + random.nextDouble()) * 60 / count);
                contact(out, done + j + 1, monthStart + minute * 60L + second, minute);
            }
            done = upTo;
        }
    }

    private void contact(Writer out, long sequence, long offered, int minuteOfMonth) throws IOException {
        int minuteOfDay = minuteOfMonth % 1440;
        boolean open = minuteOfDay >= OPEN_MINUTE && minuteOfDay < CLOSE_MINUTE;
        long customer;
        int q;
        long[] repeat = repeats.peek();
        if (repeat != null && repeat[0] <= offered) {
            repeats.poll();
            customer = repeat[1];
            q = open || QUEUES[(int) repeat[2]].overnight() ? (int) repeat[2] : pickQueue(false);
            repeatContacts++;
        } else {
            customer = nextCustomer++;
            q = pickQueue(open);
        }
        Queue queue = QUEUES[q];

        boolean isLive = queue.meanPatience() > 0;
        // staffing follows the forecast only so far: live queues wait longer at the peaks
        double pressure = isLive ? Math.max(0.3, Math.min(4, Math.pow(load[minuteOfMonth], 1.5))) : 1;
        double wait = queue.meanWait() * pressure * exponential();
        if (random.nextDouble() < 0.04) {
            wait *= Math.exp(1.0 + 0.8 * random.nextGaussian()); // the long tail: a stuck queue, a missed e-mail
        }
        boolean gaveUp = false;
        if (isLive) {
            live++;
            double patience = queue.meanPatience() * exponential();
            if (queue.channel().equals("VOICE") && random.nextDouble() < 0.015) {
                patience = random.nextInt(5); // a misdial
            }
            if (patience < wait) {
                gaveUp = true;
                wait = patience;
            }
        }
        int waitSeconds = (int) Math.min(wait, 14 * 86400);

        line.setLength(0);
        line.append(idPrefix).append('-').append(month).append('-');
        appendPadded(line, sequence, 8);
        line.append(',').append(queue.channel()).append(',').append(queue.name()).append(',');
        times.append(line, offered);
        line.append(',');
        if (gaveUp) {
            abandoned++;
            if (waitSeconds < 5) {
                shortAbandons++;
            }
            line.append(',');
            times.append(line, offered + waitSeconds);
            line.append(",true,").append(waitSeconds).append(",,,");
            appendCustomer(customer);
            line.append(",,,\n");
            if (random.nextDouble() < 0.60) {
                schedule(offered + waitSeconds + 30 + (long) (1200 * exponential()), customer, q);
            }
        } else {
            if (isLive && waitSeconds <= 20) {
                answeredWithin20++;
            }
            int handle = (int) Math.max(15, queue.medianHandle() * Math.exp(0.6 * random.nextGaussian()));
            long answered = offered + waitSeconds;
            times.append(line, answered);
            line.append(',');
            times.append(line, answered + handle);
            line.append(",false,").append(waitSeconds).append(',').append(handle).append(",A-")
                    .append(queue.firstAgent() + random.nextInt(queue.agents())).append(',');
            appendCustomer(customer);
            // a long wait makes a problem harder to solve on the first go
            double resolvedRate = queue.resolvedRate() - (waitSeconds > 300 && isLive ? 0.08 : 0);
            boolean resolved = random.nextDouble() < resolvedRate;
            line.append(',').append(resolved).append(',');
            if (random.nextDouble() < SURVEY_RATE) {
                surveys++;
                int csat = csat(resolved, isLive && waitSeconds > 120);
                line.append(csat).append(',');
                if (random.nextDouble() < NPS_GIVEN) {
                    line.append(nps(csat));
                }
            } else {
                line.append(',');
            }
            line.append('\n');
            double again = resolved ? 0.07 : 0.45;
            if (random.nextDouble() < again) {
                long delay = (long) Math.min(14 * 86400, 1.5 * 86400 * exponential());
                schedule(answered + handle + 600 + delay, customer, q);
            }
        }
        out.append(line);
    }

    private int pickQueue(boolean open) {
        double u = random.nextDouble();
        double sum = 0;
        for (Queue queue : QUEUES) {
            if (open || queue.overnight()) {
                sum += queue.share();
            }
        }
        u *= sum;
        for (int q = 0; q < QUEUES.length; q++) {
            if (open || QUEUES[q].overnight()) {
                u -= QUEUES[q].share();
                if (u < 0) {
                    return q;
                }
            }
        }
        return QUEUES.length - 1;
    }

    /** CSAT 1-5: mostly 4-5 when resolved, spread low when not; a long wait costs a point a third of the time. */
    private int csat(boolean resolved, boolean waitedLong) {
        double[] shares = resolved ? new double[] {0.03, 0.04, 0.10, 0.33, 0.50}
                : new double[] {0.22, 0.23, 0.25, 0.20, 0.10};
        double u = random.nextDouble();
        int csat = 5;
        for (int score = 1; score <= 5; score++) {
            u -= shares[score - 1];
            if (u < 0) {
                csat = score;
                break;
            }
        }
        if (waitedLong && csat > 1 && random.nextDouble() < 0.33) {
            csat--;
        }
        return csat;
    }

    /** NPS 0-10 following CSAT: 5 gives 9-10 mostly, 1 gives 0-2. */
    private int nps(int csat) {
        int base = new int[] {1, 3, 6, 8, 9}[csat - 1];
        return Math.max(0, Math.min(10, base + random.nextInt(3) - (csat == 5 ? 0 : 1)));
    }

    private void schedule(long due, long customer, int queue) {
        repeats.add(new long[] {due, customer, queue, scheduled++});
    }

    /** A pseudonym: 12 hex digits of a keyed mix of the customer's number, the same for every contact of theirs. */
    private void appendCustomer(long customer) {
        long z = customer * 0x9E3779B97F4A7C15L + seed * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        String hex = Long.toHexString(z & 0xFFFFFFFFFFFFL);
        for (int i = hex.length(); i < 12; i++) {
            line.append('0');
        }
        line.append(hex);
    }

    private double exponential() {
        return -Math.log(1 - random.nextDouble());
    }

    private static void appendPadded(StringBuilder out, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append('0');
        }
        out.append(digits);
    }

    /** ISO local date-times from epoch seconds, without a formatter per row: the day's text is cached. */
    private static final class Times {
        private long day = Long.MIN_VALUE;
        private String dayText;

        void append(StringBuilder out, long epochSecond) {
            long d = Math.floorDiv(epochSecond, 86400);
            if (d != day) {
                day = d;
                dayText = LocalDate.ofEpochDay(d) + "T";
            }
            int s = (int) (epochSecond - d * 86400);
            out.append(dayText);
            two(out, s / 3600).append(':');
            two(out, s / 60 % 60).append(':');
            two(out, s % 60);
        }

        private static StringBuilder two(StringBuilder out, int value) {
            return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
        }
    }

    private void summary() {
        System.err.printf("%d rows for %s (seed %d): %.1f %% abandoned (%.1f %% of them under 5 s), "
                        + "%.1f %% of live contacts answered within 20 s, %d surveys, %d repeat contacts%n",
                rows, month, seed, 100.0 * abandoned / rows, abandoned == 0 ? 0 : 100.0 * shortAbandons / abandoned,
                live == 0 ? 0 : 100.0 * answeredWithin20 / live, surveys, repeatContacts);
    }

    public static void main(String[] args) throws IOException {
        long rows = -1;
        YearMonth month = YearMonth.of(2026, 11);
        long seed = 42;
        String out = "-";
        String idPrefix = "C";
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--rows" -> rows = Long.parseLong(value);
                case "--month" -> month = YearMonth.parse(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--out" -> out = value;
                case "--id-prefix" -> idPrefix = value;
                default -> usage("unknown option " + args[i]);
            }
            if (value == null) {
                usage(args[i] + " needs a value");
            }
            i++;
        }
        if (rows < 1 || rows > 99_999_999L) {
            usage("--rows must be between 1 and 99999999");
        }
        if (!idPrefix.matches("[A-Za-z0-9_-]{1,40}")) {
            usage("--id-prefix must be 1-40 letters, digits, '-' or '_'");
        }
        InteractionGenerator generator = new InteractionGenerator(rows, month, seed, idPrefix);
        OutputStream stream = out.equals("-") ? System.out : Files.newOutputStream(Path.of(out));
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
            generator.write(writer);
        }
        generator.summary();
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: java bench/InteractionGenerator.java --rows N [--month yyyy-MM] [--seed S]"
                + " [--out FILE|-] [--id-prefix P]");
        System.exit(2);
    }
}
