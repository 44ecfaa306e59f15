package de.ssg.lotsenkontor.funding.expenseimport;

import java.util.List;

/** The month of bookings of {@link DatevImportTest}, for tests in other packages. */
public final class DatevImportTestData {

    private DatevImportTestData() {
    }

    public static List<DatevFiles.Booking> february() {
        return DatevImportTest.FEBRUARY;
    }
}
