// MatInf example: a virtual lab for Bayesian optimisation. Featurises the 3428 compositions of
// sample-images/materials/bulk_modulus.csv (AFLOW AEL bulk moduli, GPa) with the Magpie preset, then
// replays, for 30 seeds, campaigns that start from 10 random materials of a pool of 1000 and propose
// one experiment at a time (EI, UCB, Thompson sampling and random search) until the stiffest material
// of the pool is measured. Writes into OUT: features.csv, benchmark.csv (the Results table:
// strategy, median_iterations, mean_iterations, found_fraction), per_seed.csv, convergence.png.
// With these defaults it takes about 15 minutes on two busy cores (seeds 0..29 gave EI a median of
// 18.5 iterations, UCB 21, TS 41.5, random search 481.5; see the README); pool, seeds, acquisition and
// budget can be given smaller for a quick look:
//
//   bin/matinf -batch macros/bayesian_optimization_benchmark.ijm "out=[/tmp/matinf] seeds=5 acquisition=EI"

arg = getArgument();
project = File.getParent(File.getParent(getInfo("macro.filepath")));
data = call("ij.Macro.getValue", arg + " ", "data", project + "/sample-images/materials/bulk_modulus.csv");
out = call("ij.Macro.getValue", arg + " ", "out", getDirectory("temp") + "matinf");
pool = call("ij.Macro.getValue", arg + " ", "pool", "1000");
seeds = call("ij.Macro.getValue", arg + " ", "seeds", "30");
acquisition = call("ij.Macro.getValue", arg + " ", "acquisition", "EI,UCB,TS");
budget = call("ij.Macro.getValue", arg + " ", "budget", "200");
File.makeDirectory(out);

run("Composition Descriptors", "input=[" + data + "] formula_column=formula preset=magpie output=[" + out + "/features.csv]");
run("Bayesian Optimization Benchmark", "input=[" + out + "/features.csv] target=target goal=maximize pool=" + pool + " initial=10 seeds=" + seeds + " acquisition=" + acquisition + " budget=" + budget + " kernel=Matern52+White seed=0 plot=[" + out + "/convergence.png] output=[" + out + "/per_seed.csv]");
saveAs("Results", out + "/benchmark.csv");
for (i = 0; i < nResults; i++)
    print(getResultString("strategy", i) + ": median " + getResult("median_iterations", i) + " experiments, found in " + (100 * getResult("found_fraction", i)) + " % of the seeds");
