// MatInf example: labelled training sets of simulated diffraction patterns. Writes
// OUT/ni_ebsd (1000 EBSD patterns of Ni, 64 x 64) and OUT/si_spot (500 SAED spot patterns of Si with
// noise, orientations in the cubic fundamental zone); each folder holds patterns.tif (one pattern
// per slice), labels.csv (slice, phi1, Phi, phi2, q0, q1, q2, q3) and dataset.json.
//
//   bin/matinf -batch macros/dataset_generate.ijm "data=[/path/to/structures] out=[/tmp/matinf]"

arg = getArgument();
project = File.getParent(File.getParent(getInfo("macro.filepath")));
data = call("ij.Macro.getValue", arg + " ", "data", project + "/sample-images/structures");
out = call("ij.Macro.getValue", arg + " ", "out", getDirectory("temp") + "matinf");
File.makeDirectory(out);

run("Generate Diffraction Dataset", "file=[" + data + "/elements_cod/Ni.cif] type=ebsd n=1000 size=64 seed=1 output=[" + out + "/ni_ebsd]");
print("ni_ebsd: " + nSlices + " patterns");
close();
run("Generate Diffraction Dataset", "file=[" + data + "/dans_diffraction/Silicon.cif] type=spot n=500 size=128 seed=7 output=[" + out + "/si_spot] sampling=fundamental-zone dose=1000 read_noise=0.01 background=0.1 blur=0.7 jitter=0.1 gamma_jitter=0.1 bits=16");
print("si_spot: " + nSlices + " patterns");
close();
