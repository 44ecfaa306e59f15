package de.ssg.lotsenkontor.app;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest ("dev" when run from the build folder). */
public final class VersionProvider implements IVersionProvider {

    public static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Lotsenkontor " + version()};
    }
}
