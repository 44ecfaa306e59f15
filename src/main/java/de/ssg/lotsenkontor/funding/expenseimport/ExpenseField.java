package de.ssg.lotsenkontor.funding.expenseimport;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.TextKeys;
import de.ssg.lotsenkontor.importing.ImportField;
import java.util.Arrays;
import java.util.List;

/**
 * What a column of an accounting export, a bank statement or an expense list can hold. The
 * titles are those of DATEV's "Buchungsstapel" in its versions (510, 700) and as other producers
 * write them, and those of German banking and office software; compared as
 * {@link TextKeys#words word keys}, so case, umlauts and punctuation do not matter.
 */
public enum ExpenseField implements ImportField {
    AMOUNT("expimport.field.amount", "Umsatz", "Umsatz (ohne Soll/Haben-Kz)", "Umsatz (ohne Soll-/Haben-Kz)",
            "Betrag", "Betrag (EUR)", "Betrag in EUR", "Brutto", "Bruttobetrag", "Amount"),
    DEBIT_CREDIT("expimport.field.debitCredit", "Soll/Haben-Kennzeichen", "Soll-/Haben-Kennzeichen", "Soll/Haben",
            "Soll-Haben", "S/H", "Soll/Haben-Kz", "SH-Kennzeichen"),
    DEBIT_AMOUNT("expimport.field.debitAmount", "Soll", "Ausgang", "Belastung", "Lastschrift (EUR)", "Debit"),
    CREDIT_AMOUNT("expimport.field.creditAmount", "Haben", "Eingang", "Gutschrift", "Credit"),
    CURRENCY("expimport.field.currency", "WKZ Umsatz", "Währung", "WKZ", "Currency"),
    BASE_AMOUNT("expimport.field.baseAmount", "Basisumsatz", "Basis-Umsatz", "Basisbetrag"),
    BASE_CURRENCY("expimport.field.baseCurrency", "WKZ Basisumsatz", "WKZ Basis-Umsatz"),
    ACCOUNT("expimport.field.account", "Konto", "Sachkonto", "Aufwandskonto", "Account"),
    CONTRA_ACCOUNT("expimport.field.contraAccount", "Gegenkonto", "Gegenkonto (ohne BU-Schlüssel)",
            "Gegenkonto ohne BU-Schlüssel"),
    TAX_KEY("expimport.field.taxKey", "BU-Schlüssel", "BU", "Steuerschlüssel"),
    DATE("expimport.field.date", "Belegdatum", "Beleg-Datum", "Buchungstag", "Buchungsdatum", "Datum",
            "Zahlungsdatum", "Bezahlt am", "Valutadatum", "Valuta", "Wertstellung", "Date"),
    RECEIPT("expimport.field.receipt", "Belegfeld 1", "Belegfeld1", "Belegnummer", "Beleg-Nr.", "Belegnr",
            "Beleg", "Rechnungsnummer", "Receipt"),
    TEXT("expimport.field.text", "Buchungstext", "Verwendungszweck", "Zweck", "Beschreibung", "Text",
            "Bezeichnung", "Purpose"),
    PAYEE("expimport.field.payee", "Empfänger", "Zahlungsempfänger", "Name Zahlungsbeteiligter",
            "Auftraggeber/Empfänger", "Empfänger/Auftraggeber", "Begünstigter/Zahlungspflichtiger", "Lieferant",
            "Geschäftspartner", "Payee"),
    CATEGORY("expimport.field.category", "Kategorie", "Ausgabenkategorie", "Kostenkategorie", "Kostenart",
            "Category"),
    STATUS("expimport.field.status", "Status", "Buchungsstatus", "Info"),
    REVERSAL("expimport.field.reversal", "Generalumkehr", "Generalumkehr (GU)", "GU");

    private final String labelKey;
    private final List<String> titles;

    ExpenseField(String labelKey, String... titles) {
        this.labelKey = labelKey;
        this.titles = Arrays.stream(titles).map(TextKeys::words).distinct().toList();
    }

    @Override
    public String label() {
        return I18n.text(labelKey);
    }

    @Override
    public List<String> titles() {
        return titles;
    }
}
