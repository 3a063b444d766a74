// MatInf example: find the peaks of a measured pattern after removing its background (SNIP,
// half-width 1°) and list them (two_theta, d, height, fwhm, area, eta and uncertainties).
//
//   bin/matinf -batch macros/xrd_find_peaks.ijm "file=[/path/scan.xy] out=[/tmp/matinf]"
// file defaults to the synthetic silicon scan in sample-images/diffraction (Cu Kα1; its .xy header
// gives the wavelength, so d is known).

arg = getArgument();
project = File.getParent(File.getParent(getInfo("macro.filepath")));
file = call("ij.Macro.getValue", arg + " ", "file", project + "/sample-images/diffraction/Si_synthetic_CuKa1.xy");
out = call("ij.Macro.getValue", arg + " ", "out", getDirectory("temp") + "matinf");
File.makeDirectory(out);

run("Find XRD Peaks", "file=[" + file + "] wavelength=auto background=snip width=1 threshold=3 plot=[" + out + "/peaks.png]");
saveAs("Results", out + "/peaks.csv");
print(nResults + " peaks -> " + out + "/peaks.csv");
