// MatInf example: the simulated EBSD map of a Ni polycrystal (sample-images/electron/Ni_EBSD_map:
// 16 x 12 scan points, one 60 x 60 pattern per point, orientations in labels.csv with x, y) shown as
// inverse-pole-figure maps along z and x, with the colour key. Saves OUT/ni_map_ipf_z.png,
// OUT/ni_map_ipf_x.png and OUT/ipf_key.png, and the misorientation between two grains.
//
//   bin/matinf -batch macros/ebsd_map_ipf.ijm "out=[/tmp/matinf]"

arg = getArgument();
project = File.getParent(File.getParent(getInfo("macro.filepath")));
map = call("ij.Macro.getValue", arg + " ", "map", project + "/sample-images/electron/Ni_EBSD_map");
out = call("ij.Macro.getValue", arg + " ", "out", getDirectory("temp") + "matinf");
File.makeDirectory(out);

run("IPF Colour Map", "file=[" + map + "/labels.csv] symmetry=m-3m direction=z width=0 legend=true");
saveAs("PNG", out + "/ipf_key.png");
close();
saveAs("PNG", out + "/ni_map_ipf_z.png");
close();
run("IPF Colour Map", "file=[" + map + "/labels.csv] symmetry=m-3m direction=x width=0");
saveAs("PNG", out + "/ni_map_ipf_x.png");
close();

// misorientation between the first scan point and the last one (two different grains)
rows = split(File.openAsString(map + "/labels.csv"), "\n");
a = split(rows[1], ",");
b = split(rows[rows.length - 1], ",");
run("Clear Results");
run("Misorientation", "phi1_a=" + a[1] + " phi_a=" + a[2] + " phi2_a=" + a[3] + " phi1_b=" + b[1] + " phi_b=" + b[2] + " phi2_b=" + b[3] + " symmetry=m-3m");
saveAs("Results", out + "/ni_map_misorientation.csv");
print("disorientation between the corner grains: " + getResult("angle", nResults - 1) + " degrees");
