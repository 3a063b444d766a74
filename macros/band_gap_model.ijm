// MatInf example: from formulas to a band-gap model. Featurises the 4604 compositions of
// sample-images/materials/expt_gap.csv (matbench_expt_gap, experimental band gaps in eV) with
// matminer's Magpie preset, cross-validates a random forest with matbench's folds (5-fold KFold,
// shuffled, random_state 18012019), saves the model and applies it. Writes into OUT: features.csv,
// cv.csv (fold, mae, rmse, r2; last row mean), gap.matinf, parity.png (+ parity_residuals.png),
// predicted.csv. `trees` is kept small so that the example runs in well under a minute.
//
//   bin/matinf -batch macros/band_gap_model.ijm "out=[/tmp/matinf] trees=100"

arg = getArgument();
project = File.getParent(File.getParent(getInfo("macro.filepath")));
data = call("ij.Macro.getValue", arg + " ", "data", project + "/sample-images/materials/expt_gap.csv");
out = call("ij.Macro.getValue", arg + " ", "out", getDirectory("temp") + "matinf");
trees = call("ij.Macro.getValue", arg + " ", "trees", "100");
File.makeDirectory(out);

run("Composition Descriptors", "input=[" + data + "] formula_column=formula preset=magpie output=[" + out + "/features.csv]");
run("Train Property Model", "input=[" + out + "/features.csv] target=target model=RandomForest parameters=[trees=" + trees + "] folds=5 seed=18012019 output=[" + out + "/gap.matinf] plot=[" + out + "/parity.png]");
saveAs("Results", out + "/cv.csv");
print("cross-validated MAE (eV): " + getResultString("mae", nResults - 1));
run("Predict Property", "model=[" + out + "/gap.matinf] input=[" + out + "/features.csv] output=[" + out + "/predicted.csv]");
