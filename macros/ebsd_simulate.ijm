// MatInf example: kinematic EBSD Kikuchi patterns (20 kV, Bruker PC 0.5 0.5 0.5, 70° tilt) of Ni and
// Fe in a few orientations given by Bunge Euler angles (degrees). Each pattern is saved as
// OUT/NAME_PHI1_PHI_PHI2.tif (32-bit; the settings are in Image > Show Info).
//
//   bin/matinf -batch macros/ebsd_simulate.ijm "data=[/path/to/structures] out=[/tmp/matinf]"
// data defaults to sample-images/structures in the project folder holding this macro,
// out to a folder "matinf" in ImageJ's temporary folder.

arg = getArgument();
project = File.getParent(File.getParent(getInfo("macro.filepath")));
data = call("ij.Macro.getValue", arg + " ", "data", project + "/sample-images/structures");
out = call("ij.Macro.getValue", arg + " ", "out", getDirectory("temp") + "matinf");
File.makeDirectory(out);

files = newArray("elements_cod/Ni.cif", "elements_cod/Ni.cif", "elements_cod/Fe.cif");
phi1 = newArray(0, 30, 120);
Phi = newArray(0, 40, 30);
phi2 = newArray(0, 50, 10);
for (i = 0; i < files.length; i++) {
    run("Simulate EBSD Pattern", "file=[" + data + "/" + files[i] + "] phi1=" + phi1[i] + " Phi=" + Phi[i] + " phi2=" + phi2[i] + " size=80 voltage=20");
    name = File.getNameWithoutExtension(files[i]) + "_" + phi1[i] + "_" + Phi[i] + "_" + phi2[i];
    saveAs("Tiff", out + "/" + name + ".tif");
    close();
    print(name + ".tif");
}
// every key, with a different detector: pattern centre, tilts and master-pattern resolution
run("Simulate EBSD Pattern", "file=[" + data + "/elements_cod/Ni.cif] phi1=10 Phi=20 phi2=30 size=120 voltage=15 pcx=0.45 pcy=0.4 pcz=0.6 tilt=70 detector_tilt=5 resolution=401");
saveAs("Tiff", out + "/Ni_detector.tif");
close();
print("Wrote patterns to " + out);
