package org.matinf.fiji.orientation;

import java.util.Locale;
import org.matinf.core.deep.NetworkConfig;
import org.matinf.core.deep.OrientationDataset;
import org.matinf.core.deep.OrientationTrainer;
import org.matinf.core.deep.TrainingResult;
import org.matinf.fiji.MatInfMenus;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Trains a CNN that reads a crystal orientation from a diffraction pattern, on a folder written by
 * Generate Diffraction Dataset ({@link OrientationTrainer}: 6D rotation output, loss minimised over
 * the Laue group, Adam, early stopping on the validation median disorientation). Progress shows in
 * the status bar (Esc stops); the plot, the output folder and the summary are those of
 * {@link OrientationTrainingCommand}.
 *
 * <p>Macro: {@code run("Train Orientation Model", "dataset=[/data/ni] architecture=small-cnn symmetry=m-3m epochs=30
 * batch=32 learning_rate=0.001 schedule=constant validation=0.2 patience=5 augment=false seed=1 dropout=0.2 output=[/models/ni]");}
 */
@Plugin(type = Command.class, menuPath = MatInfMenus.ORIENTATION + "Train Orientation Model")
public class TrainOrientationModel extends OrientationTrainingCommand {
    @Parameter(label = "Architecture", choices = {NetworkConfig.SMALL_CNN, NetworkConfig.RESNET18}, persist = false,
            description = "small-cnn: four conv stages and a dense layer (fast); resnet18: ResNet-18 (patterns of 32 pixels or more)")
    private String architecture = NetworkConfig.SMALL_CNN;

    @Parameter(label = "Symmetry (Laue class)", persist = false, choices = {"m-3m", "m-3", "6/mmm", "6/m", "-3m", "-3", "4/mmm", "4/m", "mmm", "2/m", "-1"},
            description = "Laue class of the dataset's phase: symmetry-equivalent orientations are not punished")
    private String symmetry = "m-3m";

    @Parameter(label = "Dropout (before the output layer)", persist = false, min = "0", max = "0.95",
            description = "Share of units dropped in training; 0 for large datasets (the bundled model), 0.2 for small ones")
    private double dropout = 0.2;

    @Override
    protected TrainingResult train(OrientationDataset data, OrientationTrainer.EpochListener epochListener) {
        String arch = architecture.strip().toLowerCase(Locale.ROOT);
        NetworkConfig network = NetworkConfig.RESNET18.equals(arch) ? NetworkConfig.resnet18(data.size()) : NetworkConfig.SMALL_CNN.equals(arch)
                ? NetworkConfig.smallCnn(data.size()) : new NetworkConfig(arch, data.size(), null, 0, 0);
        network = new NetworkConfig(network.architecture(), network.inputSize(), network.widths(), network.dense(), dropout);
        return new OrientationTrainer(data, OrientationChoices.laueGroup(symmetry), settings(network)).train(progress(), epochListener);
    }
}
