// MatInf example: cut slabs of fcc copper parallel to (1 0 0), (1 1 0) and (1 1 1), each at least
// 10 Å thick with 15 Å of vacuum, and write them as POSCAR files.
//
//   bin/matinf -batch macros/make_slab.ijm "data=[/path/to/structures] out=[/tmp/matinf]"

arg = getArgument();
project = File.getParent(File.getParent(getInfo("macro.filepath")));
data = call("ij.Macro.getValue", arg + " ", "data", project + "/sample-images/structures");
out = call("ij.Macro.getValue", arg + " ", "out", getDirectory("temp") + "matinf");
File.makeDirectory(out);

cu = data + "/pymatgen/Cu_fcc_mp-30_conv.cif";
planes = newArray("1 0 0", "1 1 0", "1 1 1");
run("Clear Results");
for (i = 0; i < planes.length; i++) {
    name = "Cu_" + replace(planes[i], " ", "") + "_slab.vasp";
    run("Make Slab", "file=[" + cu + "] hkl=[" + planes[i] + "] thickness=10 vacuum=15 output=[" + out + "/" + name + "]");
    run("Structure Info", "file=[" + out + "/" + name + "]");
}
saveAs("Results", out + "/make_slab.csv");
print("Wrote Cu slabs to " + out);
