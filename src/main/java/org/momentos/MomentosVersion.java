package org.momentos;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so the CLI and the jar never disagree. */
class MomentosVersion implements IVersionProvider {

	@Override
	public String[] getVersion() {
		String version = Momentos.class.getPackage().getImplementationVersion();
		return new String[] { "Momentos " + (version == null ? "development" : version) };
	}

}
