package de.ssg.lotsenkontor.demo;

/** A real municipality as the generator needs it (read once, in AGS order). */
record DemoMunicipality(long id, String ags, String name, int population, Long associationId, long districtId,
        String districtKey, String districtName, boolean districtIsCity) {

    /** "Annaberg-Buchholz, Stadt" → "Annaberg-Buchholz". */
    String shortName() {
        int comma = name.indexOf(',');
        return comma < 0 ? name : name.substring(0, comma);
    }

    /** "Landkreis Görlitz", "Erzgebirgskreis", "Dresden". */
    String districtLabel() {
        int comma = districtName.indexOf(',');
        if (districtIsCity) {
            return comma < 0 ? districtName : districtName.substring(0, comma);
        }
        return districtName.endsWith("kreis") ? districtName : "Landkreis " + districtName;
    }
}
