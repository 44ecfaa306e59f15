package de.ssg.lotsenkontor.demo;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.funding.BudgetLine;
import de.ssg.lotsenkontor.funding.CostCategory;
import de.ssg.lotsenkontor.funding.ExpenseSource;
import de.ssg.lotsenkontor.funding.FundingContract;
import de.ssg.lotsenkontor.funding.FundsRequest;
import de.ssg.lotsenkontor.funding.ProofKind;
import de.ssg.lotsenkontor.funding.ProofSubmission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.Session;

/**
 * The money: three funding contracts (2021–2022, 2023–2024, 2025–2026) of 1.1 M€ a year (times the
 * scale), a finance plan per year and cost category with some revisions, the paid receipts, and
 * requests for funds every two months. Spending per year approaches the plan; the current year is
 * paid up to {@link DemoCalendar#END}. So that a new user sees every rule of the funder at work:
 * in 2022 the travel costs exceed their plan by more than 20 % (ANBest-P 1.2), in 2024 the events
 * exceed theirs by about 12 %, covered by savings; 2022 and 2024 have a revision in the middle of
 * the year; every year has a few cancelled receipts (double bookings); the request of May 2025
 * asks for four months instead of two (ANBest-P 1.4); and the interim proof for 2025 is still due.
 */
final class DemoFinance {

    static final BigDecimal ANNUAL_AMOUNT = new BigDecimal("1100000.00");
    static final String FUNDER = "Freistaat Sachsen";

    /** The cost categories of the finance plan: share of the annual amount and receipts a year at scale 1. */
    enum Category {
        PERS("Personalausgaben", 0.60, 0),
        SACH("Sachausgaben", 0.07, 110),
        REISE("Reisekosten", 0.05, 185),
        VERANST("Veranstaltungen", 0.10, 60),
        IT("Lern- und Vernetzungsplattform", 0.12, 45),
        OEA("Öffentlichkeitsarbeit", 0.06, 40);

        final String title;
        final double share;
        final int receiptsPerYear;

        Category(String title, double share, int receiptsPerYear) {
            this.title = title;
            this.share = share;
            this.receiptsPerYear = receiptsPerYear;
        }
    }

    private static final Supplier[] SACH = {
        new Supplier("Bürobedarf Lindenhain GmbH", "Büromaterial", "Toner und Druckerpapier",
                "Moderationsmaterial für Workshops"),
        new Supplier("Technikversand Beispiel GmbH", "Notebook für die Koordinierungsstelle",
                "Headsets für Online-Coachings", "Dokumentenkamera", "Mobiltelefon für Digital-Lotsen"),
        new Supplier("Fachbuchhandlung Musterstadt", "Fachliteratur Verwaltungsdigitalisierung",
                "Fachzeitschrift Kommunale Digitalisierung (Abonnement)"),
        new Supplier("Raumvermietung Am Kieselgrund GbR", "Miete Besprechungsraum", "Nebenkosten Büroräume"),
        new Supplier("Kurierdienst Elbtal-Beispiel", "Versand von Schulungsunterlagen")};
    private static final Supplier[] VERANST = {
        new Supplier("Tagungshaus Am Beispielsee", "Raummiete Netzwerktreffen {district}", "Tagungspauschale Grundkurs"),
        new Supplier("Catering Lindenhof Musterstadt", "Verpflegung Netzwerktreffen {district}",
                "Verpflegung Jahrestreffen"),
        new Supplier("Veranstaltungstechnik Muster GmbH", "Technik und Streaming Jahrestreffen",
                "Beschallung Regionaltreffen {district}"),
        new Supplier("Dr. Erika Musterfrau (Referentin)", "Honorar Workshop Prozessmodellierung",
                "Honorar Workshop Barrierefreiheit")};
    private static final Supplier[] IT = {
        new Supplier("Cloudwerk Beispiel GmbH", "Lizenz Videokonferenzsystem", "Hosting Lernplattform"),
        new Supplier("Lernplattform Muster AG", "Jahreslizenz Lernplattform", "Erweiterung Kursbereich"),
        new Supplier("Softwarehaus Beispieltal GmbH", "Wartung und Support Projektdatenbank",
                "Anpassung Projektdatenbank"),
        new Supplier("Muster IT-Sicherheit GmbH", "Sicherheitsprüfung Lernplattform")};
    private static final Supplier[] OEA = {
        new Supplier("Druckerei Musterdruck GmbH", "Flyer Digital-Lotsen Sachsen", "Broschüre Best-Practice-Projekte",
                "Roll-ups für Veranstaltungen"),
        new Supplier("Agentur Beispielblau", "Gestaltung Newsletter", "Pflege Programmwebsite",
                "Erklärvideo Digital-Navigatoren"),
        new Supplier("Fotostudio Lindenhain", "Fotodokumentation Jahrestreffen")};
    private static final String[] TRIPS = {
        "Dienstreise nach {municipality} (Coaching vor Ort)", "Dienstreise nach {municipality} (Coaching vor Ort)",
        "Fahrtkosten Netzwerktreffen {district}", "Übernachtung Aufbaukurs", "Dienstreise zum Jahrestreffen"};

    /** The year in which the travel costs break the 20 % rule. */
    static final int OVER_LIMIT_YEAR = 2022;
    /** The year in which the events exceed their plan within 20 %, balanced by savings. */
    static final int BALANCED_YEAR = 2024;
    /** The year whose request of May asks for more than the next two months need. */
    static final int TWO_MONTH_YEAR = 2025;
    /** The year whose interim proof is still due. */
    static final int INTERIM_DUE_YEAR = 2025;

    private final DemoRandom random;
    private final DemoNames names;

    DemoFinance(DemoRandom random, DemoNames names) {
        this.random = random;
        this.names = names;
    }

    /** What was written. */
    record Result(int contracts, int budgetLines, int expenses, int fundsRequests) {
    }

    Result write(Session session, int scale, List<DemoCoach> coaches, List<DemoParticipant> participants,
            DemoProgress progress) {
        Map<Category, CostCategory> categories = categories(session);
        List<DemoNames.Person> office = new ArrayList<>();
        for (int i = 0; i < 3 * scale; i++) {
            office.add(names.person());
        }
        BigDecimal annual = ANNUAL_AMOUNT.multiply(BigDecimal.valueOf(scale));
        List<DemoParticipant> active = participants.stream().filter(DemoParticipant::wasActive).toList();

        int contracts = 0;
        int budgetLines = 0;
        int expenses = 0;
        int requests = 0;
        for (int first = DemoCalendar.FIRST_YEAR; first <= DemoCalendar.LAST_YEAR; first += 2) {
            FundingContract contract = new FundingContract("ZB-DLS-" + first + "/" + (first + 1) % 100,
                    "Digital-Lotsen Sachsen " + first + "–" + (first + 1), FUNDER, first, first + 1, annual);
            contract.setSignedOn(LocalDate.of(first - 1, 12, random.between(8, 18)));
            contract.setNote("Demodaten: erfundener Zuwendungsbescheid.");
            session.persist(contract);
            contracts++;
            for (int year = first; year <= first + 1; year++) {
                Map<Category, BigDecimal> plan = new LinkedHashMap<>();
                budgetLines += writePlan(session, contract, year, categories, plan);
                session.flush();
                int y = year;
                List<ExpenseRow> rows = expenses(y, plan, scale, coaches, office, active);
                List<ExpenseRow> doubles = doubleBookings(rows, scale);
                expenses += session.doReturningWork(c -> insertExpenses(c, contract.getId(), y, rows, doubles,
                        categories));
                requests += writeRequests(session, contract, year, rows);
                if (year == DemoCalendar.FIRST_YEAR) {
                    session.doWork(c -> markImported(c, contract.getId(), y));
                }
                progress.within(year - DemoCalendar.FIRST_YEAR + 1, DemoCalendar.LAST_YEAR - DemoCalendar.FIRST_YEAR + 1);
            }
        }
        writeProofs(session);
        return new Result(contracts, budgetLines, expenses, requests);
    }

    /**
     * Receipts booked twice by mistake and cancelled: a few per year (0.5 %, at least two), each a
     * copy of a real receipt, cancelled a few days after payment with the reason.
     */
    private List<ExpenseRow> doubleBookings(List<ExpenseRow> rows, int scale) {
        List<ExpenseRow> out = new ArrayList<>();
        int count = Math.max(2, rows.size() / 200);
        for (int i = 0; i < count && !rows.isEmpty(); i++) {
            ExpenseRow r = random.pick(rows);
            out.add(new ExpenseRow(r.category(), r.paymentDate(), r.payee(), r.purpose(), r.gross(), r.eligible(),
                    "Storno: Doppelbuchung", r.coachId()));
        }
        return out;
    }

    /**
     * The proofs of use handed in: every interim and final proof due before the demo's end, except
     * the interim proof for {@link #INTERIM_DUE_YEAR}, which is still due.
     */
    private void writeProofs(Session session) {
        for (FundingContract contract : session.createSelectionQuery("from FundingContract order by firstYear",
                FundingContract.class).getResultList()) {
            for (int y = contract.getFirstYear(); y < contract.getLastYear(); y++) {
                LocalDate due = LocalDate.of(y + 1, 4, 30);
                if (y != INTERIM_DUE_YEAR && due.isBefore(DemoCalendar.END)) {
                    session.persist(new ProofSubmission(contract.getId(), y, ProofKind.ZWISCHEN,
                            due.minusDays(random.between(3, 20))));
                }
            }
            LocalDate due = LocalDate.of(contract.getLastYear() + 1, 6, 30);
            if (due.isBefore(DemoCalendar.END)) {
                session.persist(new ProofSubmission(contract.getId(), contract.getLastYear(), ProofKind.SCHLUSS,
                        due.minusDays(random.between(5, 30))));
            }
        }
    }

    /** The demo's cost categories, created when a category with that code does not exist yet. */
    private static Map<Category, CostCategory> categories(Session session) {
        Map<Category, CostCategory> out = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            CostCategory existing = session.createSelectionQuery("from CostCategory c where c.code = :code",
                    CostCategory.class).setParameter("code", c.name()).getResultList().stream().findFirst()
                    .orElse(null);
            if (existing == null) {
                existing = new CostCategory(c.name(), c.title, (c.ordinal() + 1) * 10);
                session.persist(existing);
            }
            out.put(c, existing);
        }
        return out;
    }

    /**
     * Writes the plan of one year (revision 0, to the hundred euros, adding up to the annual amount)
     * and, in some years, a revision that moves money from personnel to IT or events. Fills
     * {@code inForce} with the amounts in force after the revisions.
     */
    private int writePlan(Session session, FundingContract contract, int year, Map<Category, CostCategory> categories,
            Map<Category, BigDecimal> inForce) {
        BigDecimal annual = contract.getAnnualAmount();
        Category[] all = Category.values();
        double[] shares = new double[all.length]; // weights only; the amounts below are exact BigDecimals
        double shareSum = 0;
        for (int i = 0; i < all.length; i++) {
            shares[i] = all[i].share * Math.max(0.8, Math.min(1.2, 1 + 0.04 * random.gaussian()));
            shareSum += shares[i];
        }
        BigDecimal rest = annual;
        for (int i = 0; i < all.length; i++) {
            BigDecimal amount = i == all.length - 1 ? rest
                    : annual.multiply(BigDecimal.valueOf(shares[i] / shareSum)).setScale(-2, RoundingMode.HALF_UP)
                            .setScale(2);
            rest = rest.subtract(amount);
            inForce.put(all[i], amount);
            session.persist(new BudgetLine(contract, year, categories.get(all[i]), 0, amount, LocalDate.of(year, 1, 1)));
        }
        int lines = all.length;
        boolean revise = year == OVER_LIMIT_YEAR || year == BALANCED_YEAR || random.chance(0.3);
        if (revise) {
            Category to = random.chance(0.5) ? Category.IT : Category.VERANST;
            if (year == BALANCED_YEAR) {
                to = Category.IT; // the events' plan stays, so that they exceed it
            }
            BigDecimal moved = annual.multiply(BigDecimal.valueOf(random.between(0.02, 0.05)))
                    .setScale(-3, RoundingMode.HALF_UP).setScale(2);
            LocalDate on = random.date(LocalDate.of(year, 5, 1), DemoCalendar.min(LocalDate.of(year, 9, 30),
                    DemoCalendar.END));
            String note = "Umwidmung laut Änderungsbescheid vom " + Formats.date(on);
            for (Category c : List.of(Category.PERS, to)) {
                BigDecimal amount = c == to ? inForce.get(c).add(moved) : inForce.get(c).subtract(moved);
                BudgetLine line = new BudgetLine(contract, year, categories.get(c), 1, amount, on);
                line.setReason(note);
                session.persist(line);
                inForce.put(c, amount);
                lines++;
            }
        }
        return lines;
    }

    /** The paid receipts of one year, in payment order, not yet numbered. */
    private List<ExpenseRow> expenses(int year, Map<Category, BigDecimal> plan, int scale, List<DemoCoach> coaches,
            List<DemoNames.Person> office, List<DemoParticipant> active) {
        LocalDate from = DemoCalendar.firstDay(year);
        LocalDate until = DemoCalendar.lastDay(year);
        double partOfYear = (double) until.getDayOfYear() / until.lengthOfYear();
        double yearRatio = year == DemoCalendar.FIRST_YEAR ? random.between(0.86, 0.92)
                : random.between(0.94, 0.985);
        List<ExpenseRow> rows = new ArrayList<>();
        for (Category c : Category.values()) {
            double ratio = Math.max(0.8, Math.min(1.05, yearRatio * (1 + 0.03 * random.gaussian()))) * partOfYear;
            if (year == OVER_LIMIT_YEAR && c == Category.REISE) {
                ratio = 1.32; // beyond the 20 % a single category may exceed its plan by
            } else if (year == BALANCED_YEAR && c == Category.VERANST) {
                ratio = 1.12; // within 20 %, covered by the savings of the other categories
            } else if (year == BALANCED_YEAR) {
                ratio = Math.min(ratio, 0.95 * partOfYear); // the savings that cover the events
            }
            BigDecimal target = plan.get(c).multiply(BigDecimal.valueOf(ratio)).setScale(2, RoundingMode.HALF_UP);
            if (c == Category.PERS) {
                rows.addAll(payroll(year, until, target, coaches, office));
            } else {
                double rampUp = year == DemoCalendar.FIRST_YEAR ? 0.85 : 1;
                int count = Math.max(1, (int) Math.round(c.receiptsPerYear * scale * rampUp * partOfYear));
                List<BigDecimal> amounts = split(target, count, c == Category.REISE ? 0.5 : 0.7);
                for (BigDecimal gross : amounts) {
                    LocalDate day = DemoCalendar.workday(random.date(from, until), from, until);
                    rows.add(receipt(c, day, gross, coaches, office, active));
                }
            }
        }
        rows.sort(Comparator.comparing(ExpenseRow::paymentDate).thenComparing(r -> r.category().ordinal())
                .thenComparing(ExpenseRow::payee).thenComparing(ExpenseRow::gross));
        return rows;
    }

    /** Monthly pay of the coaches and the office staff, at the last working day of each month. */
    private List<ExpenseRow> payroll(int year, LocalDate until, BigDecimal target, List<DemoCoach> coaches,
            List<DemoNames.Person> office) {
        record Pay(DemoNames.Person person, LocalDate day) {
        }
        List<Pay> pays = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate day = DemoCalendar.lastWorkdayOfMonth(LocalDate.of(year, month, 1));
            if (day.isAfter(until)) {
                break;
            }
            YearMonth ym = YearMonth.of(year, month);
            for (DemoCoach coach : coaches) {
                if (!YearMonth.from(coach.from()).isAfter(ym)) {
                    pays.add(new Pay(coach.person(), day));
                }
            }
            for (DemoNames.Person p : office) {
                pays.add(new Pay(p, day));
            }
        }
        List<BigDecimal> amounts = split(target, pays.size(), 0.04);
        List<ExpenseRow> rows = new ArrayList<>();
        for (int i = 0; i < pays.size(); i++) {
            Pay p = pays.get(i);
            rows.add(new ExpenseRow(Category.PERS, p.day(), p.person().fullName(),
                    "Entgelt " + String.format(Locale.ROOT, "%02d/%d", p.day().getMonthValue(), year)
                            + " einschließlich Arbeitgeberanteile", amounts.get(i), amounts.get(i), null, null));
        }
        return rows;
    }

    private ExpenseRow receipt(Category c, LocalDate day, BigDecimal gross, List<DemoCoach> coaches,
            List<DemoNames.Person> office, List<DemoParticipant> active) {
        DemoMunicipality somewhere = random.pick(active).municipality();
        String payee;
        String purpose;
        Long coachId = null;
        if (c == Category.REISE) {
            List<DemoCoach> working = coaches.stream().filter(k -> k.activeOn(day)).toList();
            if (random.chance(0.85)) { // a coach's own trip is booked for that coach
                DemoCoach traveller = random.pick(working);
                payee = traveller.person().fullName();
                coachId = traveller.id();
            } else {
                payee = random.pick(office).fullName();
            }
            purpose = random.pick(TRIPS);
        } else {
            Supplier s = random.pick(switch (c) {
                case SACH -> SACH;
                case VERANST -> VERANST;
                case IT -> IT;
                default -> OEA;
            });
            payee = s.payee();
            purpose = random.pick(s.purposes());
        }
        purpose = purpose.replace("{municipality}", somewhere.shortName())
                .replace("{district}", somewhere.districtLabel());

        BigDecimal eligible = gross;
        String note = null;
        if (c == Category.VERANST && purpose.startsWith("Verpflegung") && random.chance(0.3)) {
            eligible = gross.multiply(new BigDecimal("0.85")).setScale(2, RoundingMode.DOWN);
            note = "Anteil alkoholischer Getränke nicht zuwendungsfähig";
        } else if (c == Category.REISE && random.chance(0.05)) {
            eligible = gross.multiply(BigDecimal.valueOf(random.between(0.6, 0.9))).setScale(2, RoundingMode.DOWN);
            note = "Zuschlag 1. Klasse nicht zuwendungsfähig";
        } else if (c == Category.SACH && random.chance(0.02)) {
            eligible = BigDecimal.ZERO.setScale(2);
            note = "Nicht zuwendungsfähig (nicht im Finanzplan vorgesehen)";
        }
        return new ExpenseRow(c, day, payee, purpose, gross, eligible, note, coachId);
    }

    /**
     * {@code count} amounts that add up to exactly {@code total}, spread log-normally with
     * {@code sigma} (0 gives equal amounts), none below 5 euros.
     */
    private List<BigDecimal> split(BigDecimal total, int count, double sigma) {
        double[] weights = new double[count]; // weights only; the amounts below are exact BigDecimals
        double weightSum = 0;
        for (int i = 0; i < count; i++) {
            weights[i] = StrictMath.exp(sigma * random.gaussian());
            weightSum += weights[i];
        }
        List<BigDecimal> amounts = new ArrayList<>(count);
        BigDecimal minimum = new BigDecimal("5.00");
        BigDecimal written = BigDecimal.ZERO;
        int largest = 0;
        for (int i = 0; i < count; i++) {
            BigDecimal a = total.multiply(BigDecimal.valueOf(weights[i] / weightSum)).setScale(2, RoundingMode.HALF_UP)
                    .max(minimum);
            amounts.add(a);
            written = written.add(a);
            if (a.compareTo(amounts.get(largest)) > 0) {
                largest = i;
            }
        }
        amounts.set(largest, amounts.get(largest).add(total.subtract(written)));
        return amounts;
    }

    /**
     * The receipts of March of the first year came in by the expense import: one DATEV batch
     * imported on 3 April, each receipt with its file, line and batch (the default account mapping
     * comes with the database). Deterministic: the receipts in payment order.
     */
    private static void markImported(Connection c, long contractId, int year) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (java.sql.PreparedStatement q = c.prepareStatement("""
                SELECT id FROM expense WHERE contract_id = ? AND fiscal_year = ? AND MONTH(payment_date) = 3
                AND cancelled_on IS NULL AND source = 'DEMO' ORDER BY payment_date, receipt_no""")) {
            q.setLong(1, contractId);
            q.setInt(2, year);
            try (java.sql.ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        try (java.sql.PreparedStatement u = c.prepareStatement("""
                UPDATE expense SET source = 'IMPORT', source_file = ?, source_line = ?, imported_on = ?,
                    import_batch_id = ? WHERE id = ?""")) {
            String file = String.format(Locale.ROOT, "EXTF_Buchungsstapel_%d-03.csv", year);
            java.sql.Timestamp on = java.sql.Timestamp.valueOf(LocalDate.of(year, 4, 3).atTime(10, 15));
            String batch = String.format(Locale.ROOT, "IMP-%d0403-101500-demo", year);
            int line = 3;
            for (long id : ids) {
                u.setString(1, file);
                u.setInt(2, line++);
                u.setTimestamp(3, on);
                u.setString(4, batch);
                u.setLong(5, id);
                u.addBatch();
            }
            u.executeBatch();
        }
    }

    /** Numbers the receipts of one contract year in payment order and writes them in batches. */
    private static int insertExpenses(Connection c, long contractId, int year, List<ExpenseRow> rows,
            List<ExpenseRow> doubles, Map<Category, CostCategory> categories) throws SQLException {
        try (BatchInsert insert = BatchInsert.rows(c, """
                INSERT INTO expense (contract_id, fiscal_year, receipt_no, payment_date, payee, purpose, category_id,
                    gross_amount, eligible_amount, note, source, receipt_location, cancelled_on, cancel_reason, coach_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int number = 0;
            for (ExpenseRow r : rows) {
                number++;
                insert.add(contractId, year, String.format(Locale.ROOT, "B-%d-%05d", year, number), r.paymentDate(),
                        r.payee(), r.purpose(), categories.get(r.category()).getId(), r.gross(), r.eligible(), r.note(),
                        ExpenseSource.DEMO.name(), String.format(Locale.ROOT, "Ordner %d/%02d", year,
                                r.paymentDate().getMonthValue()), null, null, r.coachId());
            }
            for (ExpenseRow r : doubles) {
                number++;
                LocalDate cancelled = DemoCalendar.min(r.paymentDate().plusDays(3), DemoCalendar.END);
                insert.add(contractId, year, String.format(Locale.ROOT, "B-%d-%05d", year, number), r.paymentDate(),
                        r.payee(), r.purpose(), categories.get(r.category()).getId(), r.gross(), r.eligible(), null,
                        ExpenseSource.DEMO.name(), null, cancelled, "Doppelbuchung: Beleg bereits erfasst", r.coachId());
            }
            return rows.size() + doubles.size();
        }
    }

    /**
     * One request for funds every two months (January, March, …) for nine tenths of the eligible
     * spending of those two months (to the hundred euros), received two to four weeks later; the
     * latest may still be open. In {@link #TWO_MONTH_YEAR} the May request asks for four months at
     * once, more than the two-month rule allows.
     */
    private int writeRequests(Session session, FundingContract contract, int year, List<ExpenseRow> rows) {
        BigDecimal[] periods = new BigDecimal[6];
        java.util.Arrays.fill(periods, BigDecimal.ZERO);
        for (ExpenseRow r : rows) {
            int p = (r.paymentDate().getMonthValue() - 1) / 2;
            periods[p] = periods[p].add(r.eligible());
        }
        int written = 0;
        for (int p = 0; p < 6; p++) {
            BigDecimal base = periods[p];
            if (year == TWO_MONTH_YEAR && p == 2 && p + 1 < 6) {
                base = base.add(periods[p + 1]); // May and June plus July and August: four months at once
            } else if (year == TWO_MONTH_YEAR && p == 3) {
                base = BigDecimal.ZERO; // already asked for in May
            }
            BigDecimal amount = base.multiply(new BigDecimal("0.9")).setScale(-2, RoundingMode.DOWN).setScale(2);
            LocalDate on = DemoCalendar.workday(LocalDate.of(year, p * 2 + 1, random.between(2, 9)),
                    LocalDate.of(year, 1, 1), DemoCalendar.END);
            if (amount.signum() <= 0 || on.isAfter(DemoCalendar.END)) {
                continue;
            }
            FundsRequest request = new FundsRequest(contract, year, "MA-" + year + "-" + (p + 1), on, amount);
            LocalDate received = on.plusDays(random.between(12, 28));
            if (!received.isAfter(DemoCalendar.END)) {
                request.markReceived(received, amount);
            }
            session.persist(request);
            written++;
        }
        return written;
    }

    private record Supplier(String payee, String... purposes) {
    }

    private record ExpenseRow(Category category, LocalDate paymentDate, String payee, String purpose, BigDecimal gross,
            BigDecimal eligible, String note, Long coachId) {
    }
}
