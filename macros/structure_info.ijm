// MatInf example: one Results row per structure file, saved as CSV.
//
// Runs unchanged in Fiji (Plugins > Macros > Run...) and with MatInf's launcher:
//   bin/matinf -batch macros/structure_info.ijm "data=[/path/to/structures] output=[/tmp/info.csv]"
// Both keys are optional: data defaults to sample-images/structures in the project
// folder holding this macro, output to structure_info.csv in ImageJ's temporary folder.

arg = getArgument();
project = File.getParent(File.getParent(getInfo("macro.filepath")));
data = call("ij.Macro.getValue", arg + " ", "data", project + "/sample-images/structures");
output = call("ij.Macro.getValue", arg + " ", "output", getDirectory("temp") + "structure_info.csv");

files = newArray(
    "cgcnn_cod_samples/COD_1000041.cif",   // NaCl, CIF with oxidation states
    "dans_diffraction/Silicon.cif",        // diamond Si
    "cod_cif2cell/anatase.cif",            // TiO2
    "handmade/SrTiO3_cubic.vasp",          // POSCAR
    "pymatgen/LiFePO4.vasp",               // POSCAR, 28 sites
    "pymatgen/LiMn2O4_spinel.json");       // pymatgen JSON

run("Clear Results");
for (i = 0; i < files.length; i++)
    run("Structure Info", "file=[" + data + "/" + files[i] + "]");
saveAs("Results", output);
print("Structure Info: " + nResults + " structures -> " + output);
