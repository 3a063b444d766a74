package org.matinf.core.descriptors.structure;

/**
 * Parameters of the structure featurisers, with matminer's and MatInf's defaults
 * ({@link #DEFAULTS}): RDF cut-off 20 Å and bin 0.1 Å; SOAP r_cut 5 Å, n_max 8, l_max 6, σ 0.5 Å,
 * average inner.
 */
public record StructureDescriptorSettings(double rdfCutoff, double rdfBin, double soapRcut, int soapNmax,
        int soapLmax, double soapSigma, SoapAverage soapAverage) {

    /** The defaults listed above. */
    public static final StructureDescriptorSettings DEFAULTS =
            new StructureDescriptorSettings(20, 0.1, 5, 8, 6, 0.5, SoapAverage.INNER);
}
