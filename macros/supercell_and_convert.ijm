// MatInf example: build supercells and convert between formats, then check the results with
// Structure Info (a supercell keeps the density; a conversion keeps the cell).
//
//   bin/matinf -batch macros/supercell_and_convert.ijm "data=[/path/to/structures] out=[/tmp/matinf]"
// data defaults to sample-images/structures in the project folder holding this macro,
// out to a folder "matinf" in ImageJ's temporary folder. The Results go to out/supercell_and_convert.csv.

arg = getArgument();
project = File.getParent(File.getParent(getInfo("macro.filepath")));
data = call("ij.Macro.getValue", arg + " ", "data", project + "/sample-images/structures");
out = call("ij.Macro.getValue", arg + " ", "out", getDirectory("temp") + "matinf");
File.makeDirectory(out);

nacl = data + "/handmade/NaCl_B1_conv.vasp";
anatase = data + "/cod_cif2cell/anatase.cif";

// 2 x 2 x 2 supercell (64 sites), written as POSCAR
run("Make Supercell", "file=[" + nacl + "] matrix=[2 2 2] output=[" + out + "/NaCl_222.vasp]");
// a general matrix: rows are the new cell vectors in terms of the old ones (a-b, a+b, c; 16 sites)
run("Make Supercell", "file=[" + nacl + "] matrix=[1 -1 0 1 1 0 0 0 1] output=[" + out + "/NaCl_rotated.cif]");
// CIF -> POSCAR -> pymatgen JSON -> XYZ
run("Convert Structure", "file=[" + anatase + "] format=poscar output=[" + out + "/anatase.vasp]");
run("Convert Structure", "file=[" + out + "/anatase.vasp] format=json output=[" + out + "/anatase.json]");
run("Convert Structure", "file=[" + out + "/anatase.json] format=xyz output=[" + out + "/anatase.xyz]");

run("Clear Results");
run("Structure Info", "file=[" + nacl + "]");
run("Structure Info", "file=[" + out + "/NaCl_222.vasp]");
run("Structure Info", "file=[" + out + "/NaCl_rotated.cif]");
run("Structure Info", "file=[" + anatase + "]");
run("Structure Info", "file=[" + out + "/anatase.json]");
run("Structure Info", "file=[" + out + "/anatase.xyz]");
saveAs("Results", out + "/supercell_and_convert.csv");
print("Wrote supercells and conversions to " + out);
