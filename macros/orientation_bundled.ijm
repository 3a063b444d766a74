// MatInf example: the bundled CNN ni-ebsd-64 on freshly simulated, noisy Ni EBSD patterns. Writes
// into OUT: ni_test/ (patterns.tif, labels.csv with the true orientations, dataset.json) and
// bundled.csv (slice, phi1, Phi, phi2, uncertainty: Bunge degrees, the labels' conventions), so the
// two CSV files can be compared row by row (Orientation > Misorientation, or MTEX/orix).
//
//   bin/matinf -batch macros/orientation_bundled.ijm "out=[/tmp/matinf] n=100"

arg = getArgument();
project = File.getParent(File.getParent(getInfo("macro.filepath")));
data = call("ij.Macro.getValue", arg + " ", "data", project + "/sample-images/structures");
out = call("ij.Macro.getValue", arg + " ", "out", getDirectory("temp") + "matinf");
n = call("ij.Macro.getValue", arg + " ", "n", "100");
File.makeDirectory(out);

// the bundled model's conditions: type=ebsd, size=64, the default detector geometry and voltage
run("Generate Diffraction Dataset", "file=[" + data + "/elements_cod/Ni.cif] type=ebsd n=" + n + " size=64 seed=2026 output=[" + out + "/ni_test] dose=500 background=0.2 blur=0.5 jitter=0.1");
run("Estimate Orientation", "model=[bundled:ni-ebsd-64]");
saveAs("Results", out + "/bundled.csv");
print("estimated " + nResults + " orientations with bundled:ni-ebsd-64; true ones in " + out + "/ni_test/labels.csv");
