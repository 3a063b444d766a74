package org.matinf.fiji.orientation;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.matinf.core.deep.BundledModels;
import org.matinf.core.deep.DeepEngineException;
import org.matinf.core.deep.DeepFileException;
import org.matinf.core.deep.OrientationModel;

/**
 * What the deep-learning commands share: running their work so that a deep-learning engine that
 * cannot load (old system library, missing native library or DJL jar) becomes a clear failure
 * message instead of an exception in Fiji, and opening a model by folder or {@code bundled:NAME}.
 */
final class DeepCommands {
    /** The work of a command. */
    @FunctionalInterface
    interface Work {
        void run() throws IOException;
    }

    private DeepCommands() {
    }

    /**
     * Runs the work; a {@link DeepEngineException} or a missing engine class becomes an
     * {@link IllegalArgumentException} with the reason, which {@link org.matinf.fiji.MatInfCommand}
     * reports as the command's failure.
     */
    static void run(Work work) throws IOException {
        try {
            work.run();
        } catch (DeepEngineException ex) {
            throw new IllegalArgumentException(ex.getMessage(), ex);
        } catch (LinkageError ex) {
            throw new IllegalArgumentException("Deep learning is unavailable: the Deep Java Library or its PyTorch engine could not be "
                    + "loaded (" + ex + "); reinstall MatInf from its update site", ex);
        }
    }

    /**
     * The model of a {@code model} parameter: a folder written by Train Orientation Model, or
     * {@code bundled:NAME}.
     *
     * @throws IllegalArgumentException if none is given or the bundled model does not exist
     * @throws DeepFileException if the folder is missing or its files are missing or corrupt
     */
    static OrientationModel open(File model) throws IOException {
        if (model == null || model.getPath().isBlank()) {
            throw new IllegalArgumentException("no model given (macro: model=[folder] or model=[" + BundledModels.PREFIX + "NAME])");
        }
        if (BundledModels.isBundled(model.getPath())) {
            return BundledModels.load(model.getPath());
        }
        if (BundledModels.isBundled(model.getName()) && !model.exists()) { // made absolute on the way
            return BundledModels.load(model.getName());
        }
        Path folder = model.toPath();
        if (!Files.isDirectory(folder)) {
            throw new DeepFileException(folder.toString(), Files.exists(folder)
                    ? "not a folder; give the model folder written by Train Orientation Model"
                    : "no such model folder; give the folder written by Train Orientation Model or " + BundledModels.PREFIX + "NAME");
        }
        return OrientationModel.load(folder);
    }
}
