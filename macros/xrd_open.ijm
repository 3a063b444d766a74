// MatInf example: read a measured powder pattern (.xy, .xye, .csv, .txt, .xrdml, .ras), list its
// points (two_theta, intensity[, sigma]) and plot it. With a screen the points appear in the table
// "Powder Pattern"; without one (batch mode, Fiji --headless) in the Results table.
//
//   bin/matinf -batch macros/xrd_open.ijm "file=[/path/scan.xrdml] out=[/tmp/matinf]"
// file defaults to the synthetic silicon scan in sample-images/diffraction.

arg = getArgument();
project = File.getParent(File.getParent(getInfo("macro.filepath")));
file = call("ij.Macro.getValue", arg + " ", "file", project + "/sample-images/diffraction/Si_synthetic_CuKa1.xy");
out = call("ij.Macro.getValue", arg + " ", "out", getDirectory("temp") + "matinf");
File.makeDirectory(out);

run("Open XRD Pattern", "file=[" + file + "] plot=[" + out + "/pattern.png]");
if (isOpen("Powder Pattern"))
    Table.save(out + "/pattern.csv", "Powder Pattern");
else
    saveAs("Results", out + "/pattern.csv");
print(file + " -> " + out + "/pattern.csv");
