// MatInf example: which structure explains a measured pattern? The synthetic silicon scan is
// compared with three candidate structures; each comparison adds a row (scale, rwp, rexp, chi2)
// to the Results table and draws measured, calculated and difference curves.
//
//   bin/matinf -batch macros/xrd_compare.ijm "file=[/path/scan.xy] data=[/path/to/structures] out=[/tmp/matinf]"

arg = getArgument();
project = File.getParent(File.getParent(getInfo("macro.filepath")));
file = call("ij.Macro.getValue", arg + " ", "file", project + "/sample-images/diffraction/Si_synthetic_CuKa1.xy");
data = call("ij.Macro.getValue", arg + " ", "data", project + "/sample-images/structures");
out = call("ij.Macro.getValue", arg + " ", "out", getDirectory("temp") + "matinf");
File.makeDirectory(out);

candidates = newArray("dans_diffraction/Silicon.cif", "cgcnn_cod_samples/COD_1000041.cif", "pymatgen/Cu_fcc_mp-30_conv.cif");
run("Clear Results");
for (i = 0; i < candidates.length; i++) {
    name = File.getNameWithoutExtension(candidates[i]);
    run("Compare XRD Patterns", "file=[" + file + "] wavelength=auto background=snip width=1 structure=[" + data + "/" + candidates[i] + "] profile=pseudo-voigt fwhm=0.08 eta=0.5 plot=[" + out + "/compare_" + name + ".png]");
}
saveAs("Results", out + "/compare.csv");
best = 0;
for (i = 1; i < nResults; i++)
    if (getResult("rwp", i) < getResult("rwp", best)) best = i;
print("Best match: " + getResultString("formula", best) + ", Rwp = " + d2s(getResult("rwp", best), 2) + " %");
