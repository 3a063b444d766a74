// MatInf example: how the pattern of a structure moves under strain. Silicon is strained by -1, 0,
// +1 and +2 % in all directions; anatase by the same amounts along c only. The strongest peaks of
// each strain (strain, hkl, two_theta, d, intensity, shift) go to OUT/strain_*.csv, the overlaid
// profiles to OUT/strain_*.png.
//
//   bin/matinf -batch macros/xrd_strain_series.ijm "data=[/path/to/structures] out=[/tmp/matinf]"

arg = getArgument();
project = File.getParent(File.getParent(getInfo("macro.filepath")));
data = call("ij.Macro.getValue", arg + " ", "data", project + "/sample-images/structures");
out = call("ij.Macro.getValue", arg + " ", "out", getDirectory("temp") + "matinf");
File.makeDirectory(out);

run("XRD Strain Series", "file=[" + data + "/dans_diffraction/Silicon.cif] wavelength=CuKa two_theta_min=20 two_theta_max=90 profile=pseudo-voigt fwhm=0.1 strains=[-1 0 1 2] axis=all peaks=5 plot=[" + out + "/strain_silicon.png]");
saveAs("Results", out + "/strain_silicon.csv");
run("XRD Strain Series", "file=[" + data + "/cod_cif2cell/anatase.cif] wavelength=CuKa two_theta_min=20 two_theta_max=60 profile=pseudo-voigt fwhm=0.1 strains=[-1 0 1 2] axis=c peaks=4 plot=[" + out + "/strain_anatase_c.png]");
saveAs("Results", out + "/strain_anatase_c.csv");
print("Wrote strain series to " + out);
