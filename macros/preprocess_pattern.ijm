// MatInf example: preprocess every diffraction pattern (.tif, .tiff, .png) in a folder with one
// recipe and save the results as 32-bit TIFFs whose Info holds the recipe line (Image > Show Info).
//
//   bin/matinf -batch macros/preprocess_pattern.ijm "folder=[/path/patterns] out=[/tmp/matinf]"
//   ... "folder=[...] options=[denoise=median radius=2 background=radial-median normalise=min-max]"
// Without a folder the macro first writes a synthetic 256 x 256 spot pattern with a halo, noise and
// two hot pixels into out/demo and processes that. Results: out/NAME_preprocessed.tif.

arg = getArgument();
out = call("ij.Macro.getValue", arg + " ", "out", getDirectory("temp") + "matinf");
folder = call("ij.Macro.getValue", arg + " ", "folder", "");
options = call("ij.Macro.getValue", arg + " ", "options",
    "hotpixels=true hot_threshold=5 denoise=gaussian sigma=1 background=rolling-ball ball_radius=50 "
    + "normalise=percentile p_low=1 p_high=99.5 scale=log mask=true mask_radius=120");
File.makeDirectory(out);

if (folder == "") {
    folder = out + "/demo";
    File.makeDirectory(folder);
    newImage("demo_pattern", "32-bit black", 256, 256, 1);
    random("seed", 1);
    for (y = 0; y < 256; y++) {
        for (x = 0; x < 256; x++) {
            r = sqrt((x - 127.5) * (x - 127.5) + (y - 127.5) * (y - 127.5));
            v = 2000 * exp(-r / 25) + 100 + 10 * random("gaussian");
            for (i = -3; i <= 3; i++) {
                for (j = -3; j <= 3; j++) {
                    dx = x - 127.5 - 30 * i;
                    dy = y - 127.5 - 30 * j;
                    v = v + 400 * exp(-(dx * dx + dy * dy) / 4.5);
                }
            }
            setPixel(x, y, v);
        }
    }
    setPixel(40, 50, 60000);
    setPixel(200, 31, 45000);
    setVoxelSize(0.02, 0.02, 1, "1/nm");
    saveAs("Tiff", folder + "/demo_pattern.tif");
    close();
}

list = getFileList(folder);
done = 0;
for (k = 0; k < list.length; k++) {
    name = list[k];
    lower = toLowerCase(name);
    if (endsWith(lower, ".tif") || endsWith(lower, ".tiff") || endsWith(lower, ".png")) {
        open(folder + "/" + name);
        input = getImageID();
        run("Preprocess Diffraction Pattern", options);
        base = File.getNameWithoutExtension(name);
        saveAs("Tiff", out + "/" + base + "_preprocessed.tif");
        close();
        selectImage(input);
        close();
        done++;
    }
}
print(done + " patterns -> " + out);
