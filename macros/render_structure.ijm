// MatInf example: a picture, a turntable movie and an interactive web page of LiFePO4.
//
// Runs unchanged in Fiji (Plugins > Macros > Run...) and with MatInf's launcher:
//   bin/matinf -batch macros/render_structure.ijm "out=[/tmp/views]"
// out defaults to ImageJ's temporary folder.

arg = getArgument();
project = File.getParent(File.getParent(getInfo("macro.filepath")));
out = call("ij.Macro.getValue", arg + " ", "out", getDirectory("temp"));
file = project + "/sample-images/structures/pymatgen/LiFePO4.vasp";

// FeO6 octahedra and PO4 tetrahedra, seen obliquely
run("Render Structure", "file=[" + file + "] width=600 height=500 supercell=1,1,1 rotation=-80,10,0 "
    + "projection=orthographic bonds=true polyhedra=[Fe,P] cell=true boundary=true");
saveAs("PNG", out + "/LiFePO4.png");

// 36 slices, one every 10 degrees about the vertical axis; Image > Stacks > Animation plays them and,
// with a screen, File > Save As > AVI... makes a movie (ImageJ's AVI writer needs its dialog)
run("Render Structure", "file=[" + file + "] width=300 height=250 rotation=-80,10,0 bonds=true polyhedra=[Fe,P] "
    + "cell=true turntable=36");
saveAs("Tiff", out + "/LiFePO4_turntable.tif");

// the same view to turn and zoom in a web browser (no network needed)
run("Export 3D View", "file=[" + file + "] output=[" + out + "/LiFePO4.html] rotation=-80,10,0 bonds=true "
    + "polyhedra=[Fe,P] cell=true boundary=true");
print("Render Structure: " + out + "/LiFePO4.png, LiFePO4_turntable.tif, LiFePO4.html");
