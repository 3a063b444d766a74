// MatInf example: kinematic SAED spot patterns (200 kV) of the sample structures along a few zone
// axes and in one orientation given by Bunge Euler angles. Each pattern's image (32-bit, calibrated
// in 1/nm) goes to OUT/NAME_ZONE.tif and its spots (h, k, l, gx, gy, g, d, s, intensity, relative)
// to OUT/NAME_ZONE.csv.
//
//   bin/matinf -batch macros/saed_simulate.ijm "data=[/path/to/structures] out=[/tmp/matinf]"
// data defaults to sample-images/structures in the project folder holding this macro,
// out to a folder "matinf" in ImageJ's temporary folder.

arg = getArgument();
project = File.getParent(File.getParent(getInfo("macro.filepath")));
data = call("ij.Macro.getValue", arg + " ", "data", project + "/sample-images/structures");
out = call("ij.Macro.getValue", arg + " ", "out", getDirectory("temp") + "matinf");
File.makeDirectory(out);

files = newArray("pymatgen/Cu_fcc_mp-30_conv.cif", "dans_diffraction/Silicon.cif", "cod_cif2cell/anatase.cif");
zones = newArray("0 0 1", "1 1 0", "0 1 0");
for (i = 0; i < files.length; i++) {
    name = File.getNameWithoutExtension(files[i]) + "_" + replace(zones[i], " ", "");
    run("Simulate Electron Diffraction", "file=[" + data + "/" + files[i] + "] zone=[" + zones[i] + "] voltage=200 size=256 thickness=10 sigma=1.5 scale=sqrt direct_beam=true");
    saveAs("Tiff", out + "/" + name + ".tif");
    close();
    saveAs("Results", out + "/" + name + ".csv");
    print(name + ": " + nResults + " spots");
}

// an orientation instead of a zone axis: zone=[] and the Bunge angles phi1, phi (Φ), phi2 in degrees
run("Simulate Electron Diffraction", "file=[" + data + "/dans_diffraction/Silicon.cif] zone=[] phi1=10 phi=30 phi2=45 thickness=20");
saveAs("Tiff", out + "/Silicon_euler.tif");
close();
saveAs("Results", out + "/Silicon_euler.csv");
print("Wrote patterns to " + out);
