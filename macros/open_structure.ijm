// MatInf example: list the sites of a structure (species, occupancy, fractional and Cartesian
// coordinates, Biso). With a screen they appear in the table "Sites"; without one (batch mode,
// Fiji --headless) ImageJ keeps no named tables, so they go to the Results table instead.
//
//   bin/matinf -batch macros/open_structure.ijm "file=[/path/LiFePO4.vasp] output=[/tmp/sites.csv]"

arg = getArgument();
project = File.getParent(File.getParent(getInfo("macro.filepath")));
file = call("ij.Macro.getValue", arg + " ", "file", project + "/sample-images/structures/pymatgen/LiFePO4.vasp");
output = call("ij.Macro.getValue", arg + " ", "output", getDirectory("temp") + "sites.csv");

run("Open Structure", "file=[" + file + "]");
if (isOpen("Sites"))
    Table.save(output, "Sites");
else
    saveAs("Results", output);
print("Sites of " + file + " -> " + output);
