// MatInf example: calculated powder patterns (Cu Kα, 2θ 0–90°) of the sample structures. Each
// structure's peaks (two_theta, intensity, d, hkl, multiplicity) go to OUT/NAME_xrd.csv and its
// plot to OUT/NAME_xrd.png; silicon is also drawn as a pseudo-Voigt profile, written to
// OUT/Silicon_profile.xy.
//
//   bin/matinf -batch macros/xrd_simulate.ijm "data=[/path/to/structures] out=[/tmp/matinf]"
// data defaults to sample-images/structures in the project folder holding this macro,
// out to a folder "matinf" in ImageJ's temporary folder.

arg = getArgument();
project = File.getParent(File.getParent(getInfo("macro.filepath")));
data = call("ij.Macro.getValue", arg + " ", "data", project + "/sample-images/structures");
out = call("ij.Macro.getValue", arg + " ", "out", getDirectory("temp") + "matinf");
File.makeDirectory(out);

files = newArray(
    "cgcnn_cod_samples/COD_1000041.cif",   // NaCl
    "dans_diffraction/Silicon.cif",        // diamond Si
    "cod_cif2cell/anatase.cif",            // TiO2, tetragonal
    "pymatgen/Cu_fcc_mp-30_conv.cif",      // fcc Cu
    "handmade/SrTiO3_cubic.vasp",          // perovskite, POSCAR
    "pymatgen/LiFePO4.vasp",               // olivine, orthorhombic, 28 sites
    "pymatgen/LiMn2O4_spinel.json");       // spinel, pymatgen JSON

for (i = 0; i < files.length; i++) {
    name = File.getNameWithoutExtension(files[i]);
    run("Simulate XRD Pattern", "file=[" + data + "/" + files[i] + "] wavelength=CuKa two_theta_min=0 two_theta_max=90 plot=[" + out + "/" + name + "_xrd.png]");
    saveAs("Results", out + "/" + name + "_xrd.csv");
    print(name + ": " + nResults + " peaks");
}

// a continuous profile: pseudo-Voigt lines 0.08° wide at Cu Kα1, 2θ 20–90° in steps of 0.02°
run("Simulate XRD Pattern", "file=[" + data + "/dans_diffraction/Silicon.cif] wavelength=CuKa1 two_theta_min=20 two_theta_max=90 profile=pseudo-voigt fwhm=0.08 eta=0.5 step=0.02 output=[" + out + "/Silicon_profile.xy] plot=[" + out + "/Silicon_profile.png]");
print("Wrote patterns to " + out);
