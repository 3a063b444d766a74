// MatInf example: crystal orientations from EBSD patterns, by a CNN and by dictionary indexing, on
// simulated Ni patterns. Writes into OUT: train/ (a training set), test/ (held-out patterns with their
// labels), model/ (the trained CNN), cnn.csv and dictionary.csv (slice, phi1, Phi, phi2,
// uncertainty[, score]), training.png, and the dictionary result as an EDAX map dictionary.ang.
// Small settings so that it runs in well under a minute; raise n and epochs for a useful model.
//
//   bin/matinf -batch macros/orientation_indexing.ijm "out=[/tmp/matinf] n=400 epochs=3"

arg = getArgument();
project = File.getParent(File.getParent(getInfo("macro.filepath")));
data = call("ij.Macro.getValue", arg + " ", "data", project + "/sample-images/structures");
out = call("ij.Macro.getValue", arg + " ", "out", getDirectory("temp") + "matinf");
n = call("ij.Macro.getValue", arg + " ", "n", "400");
epochs = call("ij.Macro.getValue", arg + " ", "epochs", "3");
File.makeDirectory(out);
ni = data + "/elements_cod/Ni.cif";

run("Generate Diffraction Dataset", "file=[" + ni + "] type=ebsd n=" + n + " size=32 seed=1 output=[" + out + "/train] dose=400 blur=0.5");
close();
run("Train Orientation Model", "dataset=[" + out + "/train] architecture=small-cnn symmetry=m-3m epochs=" + epochs + " batch=32 seed=1 output=[" + out + "/model] plot=[" + out + "/training.png]");

run("Generate Diffraction Dataset", "file=[" + ni + "] type=ebsd n=16 size=32 seed=99 output=[" + out + "/test] dose=400 blur=0.5");
run("Estimate Orientation", "model=[" + out + "/model] samples=4");
saveAs("Results", out + "/cnn.csv");
run("Clear Results");
run("Dictionary Indexing", "file=[" + ni + "] step=4 voltage=20 refine=true");
saveAs("Results", out + "/dictionary.csv");
run("Export Orientations", "source=results width=4 step=1 structure=[" + ni + "] format=ang output=[" + out + "/dictionary.ang]");
print("indexed " + nResults + " patterns; labels in " + out + "/test/labels.csv");
