// MatInf example: measuring electron diffraction images (the simulated samples in
// sample-images/electron). A spot pattern: centre by Friedel symmetry, spots with g and d
// (Si [110], calibrated in 1/nm). A ring pattern: centre, calibration on the structure's rings,
// ring indexing and the radial profile. Tables go to OUT/*.csv, the profile plot to OUT/rings_profile.png.
//
//   bin/matinf -batch macros/saed_measure.ijm "out=[/tmp/matinf]"

arg = getArgument();
project = File.getParent(File.getParent(getInfo("macro.filepath")));
images = call("ij.Macro.getValue", arg + " ", "images", project + "/sample-images/electron");
data = call("ij.Macro.getValue", arg + " ", "data", project + "/sample-images/structures");
out = call("ij.Macro.getValue", arg + " ", "out", getDirectory("temp") + "matinf");
File.makeDirectory(out);

open(images + "/Si_110_SAED.tif");
run("Find Pattern Centre", "method=friedel");
saveAs("Results", out + "/si_centre.csv");
run("Find Diffraction Spots", "centre=auto threshold=8 min_distance=5 radius=3");
saveAs("Results", out + "/si_spots.csv");
print("Si [110]: " + nResults + " spots");
close();

open(images + "/Al_rings_SAED.tif");
run("Find Pattern Centre", "method=friedel");
saveAs("Results", out + "/rings_centre.csv");
run("Calibrate Diffraction", "mode=structure file=[" + data + "/elements_cod/Al.cif] tolerance=2");
saveAs("Results", out + "/rings_calibration.csv");
run("Index Rings", "file=[" + data + "/elements_cod/Al.cif] tolerance=1");
saveAs("Results", out + "/rings_indexed.csv");
print("Al rings: " + nResults + " rings indexed");
run("Radial Profile", "bin=1 plot=[" + out + "/rings_profile.png]");
saveAs("Results", out + "/rings_profile.csv");
close();
